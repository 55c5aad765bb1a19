import Testing
@testable import M2RCKit

@Suite("Python labels")
struct PythonLabelTests {
    let module = """
        import os


        class Store:
            def load(self, path):
                if not os.path.exists(path):
                    return None
                return open(path).read()
        """

    @Test("a top-level import is Program Structure near the root")
    func importStatement() throws {
        try expectLabel(.python, "⏩import os⏪\n\n\nclass Store:\n    pass\n",
                        node: "import_statement", .programStructure, "Import/Include", depth: 2, bucket: 4)
    }

    @Test("a method's name is a function declaration, its call target a function call")
    func identifiersByContext() throws {
        try expectLabel(.python, module.replacingOccurrences(of: "def load", with: "def ⏩load⏪"),
                        node: "identifier", .declarationAndDefinition, "Function", depth: 5)
        try expectLabel(.python, module.replacingOccurrences(of: "return open", with: "return ⏩open⏪"),
                        node: "identifier", .expression, "Function Call")
        try expectLabel(.python, module.replacingOccurrences(of: "(self, path)", with: "(self, ⏩path⏪)"),
                        node: "identifier", .identifierAndScope, "Identifier")
    }

    @Test("control flow, jumps and calls")
    func statements() throws {
        try expectLabel(.python, module.replacingOccurrences(of: "return None", with: "⏩return None⏪"),
                        node: "return_statement", .controlFlowStructure, "Jump")
        try expectLabel(.python, module.replacingOccurrences(of: "not os.path.exists(path)",
                                                             with: "⏩not os.path.exists(path)⏪"),
                        node: "not_operator", .expression, "Logical Operation")
        try expectLabel(.python, module.replacingOccurrences(of: "open(path).read()", with: "⏩open(path).read()⏪"),
                        node: "call", .expression, "Function Call")
    }

    @Test("docstrings, decorators, lambdas and pattern matching")
    func specialForms() throws {
        try expectLabel(.python, "def f():\n    ⏩\"\"\"Say hi.\"\"\"⏪\n", node: "string",
                        .commentsAndDocumentation, "Documentation Comment")
        try expectLabel(.python, "⏩@cached⏪\ndef f():\n    pass\n", node: "decorator",
                        .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.python, "key = ⏩lambda item: item[1]⏪\n", node: "lambda",
                        .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.python, "match cmd:\n    ⏩case [\"go\", where]:\n        move(where)⏪\n", node: "case_clause",
                        .specialLanguageStructure, "Pattern Matching")
        try expectLabel(.python, "x = ⏩3.5⏪\n", node: "float", .dataType, "Numeric")
    }
}
