import Testing
@testable import M2RCKit

@Suite("Ruby labels")
struct RubyLabelTests {
    /// 13 layers (anonymous tokens included): `module` is at depth 2, the class body at 5.
    let library = """
        require "json"

        module Shop
          # A priced item.
          class Item < Base
            attr_reader :price

            def initialize(name, price = 0)
              @name = name
              total = price * 2
            end

            private

            def self.parse(text)
              # split on commas
              data = JSON.parse(text)
              return nil unless data
              new(data["name"], data[:price])
            rescue JSON::ParserError => e
              warn e.message
            end
          end
        end
        """

    func marking(_ text: String, as marked: String) -> String {
        precondition(library.components(separatedBy: text).count == 2, "`\(text)` must occur once")
        return library.replacingOccurrences(of: text, with: marked)
    }

    @Test("a module is a namespace near the root, a class and its names are declarations")
    func declarations() throws {
        try expectLabel(.ruby, marking("module Shop\n", as: "⏩module Shop\n")
                            .replacingOccurrences(of: "  end\nend", with: "  end\nend⏪"),
                        node: "module", .programStructure, "Namespace", depth: 2, bucket: 2)
        try expectLabel(.ruby, marking("class Item", as: "class ⏩Item⏪"),
                        node: "constant", .declarationAndDefinition, "Class", depth: 5, bucket: 4)
        try expectLabel(.ruby, marking("< Base", as: "⏩< Base⏪"),
                        node: "superclass", .declarationAndDefinition, "Class")
        try expectLabel(.ruby, marking("total = price * 2", as: "⏩total = price * 2⏪"),
                        node: "assignment", .declarationAndDefinition, "Variable")
    }

    @Test("identifiers by context: method names, callees, parameters, assigned and used variables")
    func identifiersByContext() throws {
        try expectLabel(.ruby, marking("def initialize", as: "def ⏩initialize⏪"),
                        node: "identifier", .declarationAndDefinition, "Function", depth: 7, bucket: 6)
        try expectLabel(.ruby, marking("JSON.parse(text)", as: "JSON.⏩parse⏪(text)"),
                        node: "identifier", .expression, "Function Call")
        try expectLabel(.ruby, marking("(name, price = 0)", as: "(⏩name⏪, price = 0)"),
                        node: "identifier", .expression, "Parameter")
        try expectLabel(.ruby, marking("data = JSON", as: "⏩data⏪ = JSON"),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.ruby, marking("unless data", as: "unless ⏩data⏪"),
                        node: "identifier", .identifierAndScope, "Identifier")
        try expectLabel(.ruby, marking("JSON::ParserError", as: "⏩JSON::ParserError⏪"),
                        node: "scope_resolution", .identifierAndScope, "Qualified Name")
    }

    @Test("class-body keywords and macros are modifiers; `def self.` marks a class method")
    func modifiers() throws {
        try expectLabel(.ruby, marking("    private\n", as: "    ⏩private⏪\n"),
                        node: "identifier", .modifierAndAttribute, "Access Modifiers", depth: 6, bucket: 5)
        try expectLabel(.ruby, marking("attr_reader :price", as: "⏩attr_reader :price⏪"),
                        node: "call", .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.ruby, marking("def self.parse", as: "def ⏩self⏪.parse"),
                        node: "self", .modifierAndAttribute, "Other Modifiers")
    }

    @Test("control flow: modifiers, jumps, rescue and a begin's else")
    func controlFlow() throws {
        try expectLabel(.ruby, marking("return nil unless data", as: "⏩return nil unless data⏪"),
                        node: "unless_modifier", .controlFlowStructure, "Conditional")
        try expectLabel(.ruby, marking("return nil unless", as: "⏩return nil⏪ unless"),
                        node: "return", .controlFlowStructure, "Jump")
        try expectLabel(.ruby, marking("rescue JSON::ParserError => e\n      warn e.message",
                                       as: "⏩rescue JSON::ParserError => e\n      warn e.message⏪"),
                        node: "rescue", .controlFlowStructure, "Exception Handling")
        try expectLabel(.ruby, "begin\n  load!\nrescue IOError\n  retry\n⏩else\n  done⏪\nend\n",
                        node: "else", .controlFlowStructure, "Exception Handling")
        try expectLabel(.ruby, "if ready\n  go\n⏩else\n  wait⏪\nend\n",
                        node: "else", .controlFlowStructure, "Conditional")
        try expectLabel(.ruby, "⏩until queue.empty?\n  queue.pop\nend⏪\n",
                        node: "until", .controlFlowStructure, "Loop")
    }

    @Test("expressions, literals and comments")
    func expressionsAndData() throws {
        try expectLabel(.ruby, marking("data[:price]", as: "⏩data[:price]⏪"),
                        node: "element_reference", .expression, "Access")
        try expectLabel(.ruby, marking("price * 2", as: "⏩price * 2⏪"),
                        node: "binary", .expression, "Arithmetic Operation")
        try expectLabel(.ruby, "if a && !b\n  go\nend\n".replacingOccurrences(of: "a && !b", with: "⏩a && !b⏪"),
                        node: "binary", .expression, "Logical Operation")
        try expectLabel(.ruby, marking(":price\n", as: "⏩:price⏪\n"),
                        node: "simple_symbol", .dataType, "Primitive Type")
        try expectLabel(.ruby, "opts = ⏩{ verbose: true, depth: 2 }⏪\n",
                        node: "hash", .dataType, "Composite Type")
        try expectLabel(.ruby, marking("# A priced item.", as: "⏩# A priced item.⏪"),
                        node: "comment", .commentsAndDocumentation, "Documentation Comment")
        try expectLabel(.ruby, marking("# split on commas", as: "⏩# split on commas⏪"),
                        node: "comment", .commentsAndDocumentation, "Single-line Comment")
    }

    @Test("blocks, lambdas, yield and pattern matching")
    func specialForms() throws {
        try expectLabel(.ruby, "items.map ⏩{ |i| i * 2 }⏪\n",
                        node: "block", .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.ruby, "square = ⏩->(x) { x * x }⏪\n",
                        node: "lambda", .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.ruby, "def each\n  ⏩yield 1⏪\nend\n",
                        node: "yield", .specialLanguageStructure, "Coroutine")
        try expectLabel(.ruby, "case point\n⏩in {x: Integer => x, y:}\n  x + y⏪\nend\n",
                        node: "in_clause", .specialLanguageStructure, "Pattern Matching")
        try expectLabel(.ruby, "case point\nin {x: Integer => ⏩x⏪}\n  x\nend\n",
                        node: "identifier", .specialLanguageStructure, "Pattern Matching")
    }
}
