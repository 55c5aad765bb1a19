import Testing
@testable import M2RCKit

@Suite("C# labels")
struct CSharpLabelTests {
    /// 16 layers (`m2rc parse --tree`): the deepest nodes sit in `_log.Add(ex.Message)` inside the catch block.
    let runner = """
        #define TRACE_JOBS
        using System;
        using System.Collections.Generic;

        namespace Jobs.Core;

        /// <summary>Runs queued jobs.</summary>
        [Serializable]
        public sealed class Runner : IDisposable
        {
            private readonly List<string> _log = new();

            public int Count => _log.Count;

            public async Task<bool> RunAsync(IJob job, int retries = 3)
            {
        #if TRACE_JOBS
                Console.WriteLine($"running {job.Name}");
        #endif
                for (var i = 0; i < retries; i++)
                {
                    try
                    {
                        await job.ExecuteAsync();
                        return true;
                    }
                    catch (TimeoutException ex) when (i + 1 < retries)
                    {
                        _log.Add(ex.Message);
                    }
                }
                return false;
            }

            public string Describe(object value) => value switch
            {
                int n when n > 0 => "positive",
                string { Length: 0 } => "empty",
                null => "nothing",
                _ => value.ToString() ?? "",
            };

            public IEnumerable<string> Recent(int max)
            {
                var query = from entry in _log where entry.Length > max select entry.ToUpper();
                foreach (var line in query.Select(l => l.Trim()))
                {
                    yield return line;
                }
            }

            public void Dispose() => _log.Clear(); // done
        }
        """

    func marked(_ text: String, _ span: String) -> String {
        runner.replacingOccurrences(of: text, with: span.replacingOccurrences(of: "⟨", with: "⏩")
            .replacingOccurrences(of: "⟩", with: "⏪"))
    }

    @Test("usings and namespaces are Program Structure near the root")
    func programStructure() throws {
        // compilation_unit(1) > using_directive(2): depth 2 of 16, bucket ⌈20/16⌉ = 2.
        try expectLabel(.csharp, marked("using System;", "⟨using System;⟩"),
                        node: "using_directive", .programStructure, "Import/Include", depth: 2, bucket: 2)
        try expectLabel(.csharp, marked("namespace Jobs.Core;", "⟨namespace Jobs.Core;⟩"),
                        node: "file_scoped_namespace_declaration", .programStructure, "Namespace")
    }

    @Test("identifiers: declared names, call targets, types and plain uses")
    func identifiersByContext() throws {
        // compilation_unit > class_declaration > declaration_list > method_declaration > identifier: 5 of 16 → 4.
        try expectLabel(.csharp, marked("RunAsync(", "⟨RunAsync⟩("),
                        node: "identifier", .declarationAndDefinition, "Function", depth: 5, bucket: 4)
        try expectLabel(.csharp, marked("class Runner", "class ⟨Runner⟩"),
                        node: "identifier", .declarationAndDefinition, "Class")
        try expectLabel(.csharp, marked("_log = new()", "⟨_log⟩ = new()"),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.csharp, marked("TimeoutException ex)", "TimeoutException ⟨ex⟩)"),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.csharp, marked("(IJob job", "(⟨IJob⟩ job"),
                        node: "identifier", .dataType, "Composite Type")
        try expectLabel(.csharp, marked("Console.WriteLine", "⟨Console.WriteLine⟩"),
                        node: "member_access_expression", .expression, "Function Call")
        try expectLabel(.csharp, marked("Add(ex.Message)", "Add(⟨ex.Message⟩)"),
                        node: "member_access_expression", .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.csharp, marked("yield return line;", "yield return ⟨line⟩;"),
                        node: "identifier", .identifierAndScope, "Identifier")
        try expectLabel(.csharp, marked("Task<bool>", "⟨Task<bool>⟩"),
                        node: "generic_name", .dataType, "Generic")
    }

    @Test("control flow: loops, conditions, jumps and exception filters")
    func controlFlow() throws {
        try expectLabel(.csharp, marked("for (var i = 0; i < retries; i++)\n        {",
                                        "⟨for (var i = 0; i < retries; i++)\n        {")
                            .replacingOccurrences(of: "    }\n        return false;", with: "    }⏪\n        return false;"),
                        node: "for_statement", .controlFlowStructure, "Loop")
        try expectLabel(.csharp, marked("i < retries;", "⟨i < retries⟩;"),
                        node: "binary_expression", .expression, "Logical Operation")
        try expectLabel(.csharp, marked("(i + 1 < retries)", "(⟨i + 1⟩ < retries)"),
                        node: "binary_expression", .expression, "Arithmetic Operation")
        try expectLabel(.csharp, marked("when (i + 1 < retries)", "⟨when (i + 1 < retries)⟩"),
                        node: "catch_filter_clause", .controlFlowStructure, "Exception Handling")
        try expectLabel(.csharp, marked("return false;", "⟨return false;⟩"),
                        node: "return_statement", .controlFlowStructure, "Jump")
    }

    @Test("preprocessor directives, attributes, modifiers and comments")
    func directivesAndAttributes() throws {
        try expectLabel(.csharp, marked("#define TRACE_JOBS\n", "⟨#define TRACE_JOBS\n⟩"),
                        node: "preproc_define", .preprocessingDirective, "Macro Definition", depth: 2, bucket: 2)
        try expectLabel(.csharp, marked("#if TRACE_JOBS", "#if ⟨TRACE_JOBS⟩"),
                        node: "identifier", .preprocessingDirective, "Conditional Compilation")
        try expectLabel(.csharp, marked("[Serializable]", "⟨[Serializable]⟩"),
                        node: "attribute_list", .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.csharp, marked("private readonly", "⟨private⟩ readonly"),
                        node: "modifier", .modifierAndAttribute, "Access Modifiers")
        try expectLabel(.csharp, marked("// done", "⟨// done⟩"),
                        node: "comment", .commentsAndDocumentation, "Single-line Comment")
    }

    @Test("pattern matching, async, iterators, lambdas and LINQ")
    func specialForms() throws {
        try expectLabel(.csharp, marked("int n when n > 0", "⟨int n⟩ when n > 0"),
                        node: "declaration_pattern", .specialLanguageStructure, "Pattern Matching")
        try expectLabel(.csharp, marked("string { Length: 0 } => \"empty\"", "⟨string { Length: 0 } => \"empty\"⟩"),
                        node: "switch_expression_arm", .specialLanguageStructure, "Pattern Matching")
        try expectLabel(.csharp, marked("await job.ExecuteAsync()", "⟨await job.ExecuteAsync()⟩"),
                        node: "await_expression", .specialLanguageStructure, "Coroutine")
        try expectLabel(.csharp, marked("yield return line;", "⟨yield return line;⟩"),
                        node: "yield_statement", .specialLanguageStructure, "Coroutine")
        try expectLabel(.csharp, marked("l => l.Trim()", "⟨l => l.Trim()⟩"),
                        node: "lambda_expression", .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.csharp, marked("where entry.Length > max", "⟨where entry.Length > max⟩"),
                        node: "where_clause", .specialLanguageStructure, "Query Expression")
    }

    @Test("literals, types and object creation")
    func dataAndExpressions() throws {
        try expectLabel(.csharp, marked("$\"running {job.Name}\"", "⟨$\"running {job.Name}\"⟩"),
                        node: "interpolated_string_expression", .dataType, "String")
        try expectLabel(.csharp, marked("return true;", "return ⟨true⟩;"),
                        node: "boolean_literal", .dataType, "Boolean")
        try expectLabel(.csharp, marked("null => \"nothing\"", "⟨null⟩ => \"nothing\""),
                        node: "null_literal", .dataType, "Special Value")
        try expectLabel(.csharp, marked("_log = new()", "_log = ⟨new()⟩"),
                        node: "implicit_object_creation_expression", .expression, "Object Creation")
        try expectLabel(.csharp, marked("public int Count", "public ⟨int⟩ Count"),
                        node: "predefined_type", .dataType, "Primitive Type")
        try expectLabel(.csharp, marked("_log.Add(ex.Message);", "⟨_log.Add(ex.Message);⟩"),
                        node: "expression_statement", .statement, "Expression Statement")
    }
}
