import Testing
@testable import M2RCKit

@Suite("Go labels")
struct GoLabelTests {
    // 9 layers: the deepest nodes are the operands of `c.items` in the `if` initializer (depth 9).
    let cache = """
        package store

        import "errors"

        // ErrMissing is returned when a key is absent.
        var ErrMissing = errors.New("missing")

        type Cache struct {
        \titems map[string]int `json:"items"`
        }

        func (c *Cache) Get(key string) (int, error) {
        \tif v, ok := c.items[key]; ok {
        \t\treturn v, nil
        \t}
        \tfor i := 0; i < 3; i++ {
        \t\tgo c.refresh(key)
        \t}
        \treturn 0, ErrMissing
        }
        """

    @Test("package and import clauses are Program Structure near the root")
    func programStructure() throws {
        // source_file (1) > import_declaration (2); N = 9, bucket = ⌈2·10/9⌉ = 3.
        try expectLabel(.go, cache.replacingOccurrences(of: "import \"errors\"", with: "⏩import \"errors\"⏪"),
                        node: "import_declaration", .programStructure, "Import/Include", depth: 2, bucket: 3)
        try expectLabel(.go, cache.replacingOccurrences(of: "package store", with: "package ⏩store⏪"),
                        node: "package_identifier", .programStructure, "Namespace", depth: 3, bucket: 4)
        try expectLabel(.go, cache.replacingOccurrences(of: "\"errors\"", with: "⏩\"errors\"⏪"),
                        node: "interpreted_string_literal", .programStructure, "Import/Include")
    }

    @Test("identifiers: declared names, callees, types and plain uses")
    func identifiersByContext() throws {
        // source_file > method_declaration > field_identifier: depth 3, bucket ⌈30/9⌉ = 4.
        try expectLabel(.go, cache.replacingOccurrences(of: "Cache) Get(", with: "Cache) ⏩Get⏪("),
                        node: "field_identifier", .declarationAndDefinition, "Function", depth: 3, bucket: 4)
        try expectLabel(.go, cache.replacingOccurrences(of: "type Cache struct", with: "type ⏩Cache⏪ struct"),
                        node: "type_identifier", .declarationAndDefinition, "Class")
        try expectLabel(.go, cache.replacingOccurrences(of: "var ErrMissing", with: "var ⏩ErrMissing⏪"),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.go, cache.replacingOccurrences(of: "errors.New(", with: "⏩errors.New⏪("),
                        node: "selector_expression", .expression, "Function Call")
        try expectLabel(.go, cache.replacingOccurrences(of: "(key string)", with: "(key ⏩string⏪)"),
                        node: "type_identifier", .dataType, "Primitive Type")
        try expectLabel(.go, cache.replacingOccurrences(of: "return 0, ErrMissing", with: "return 0, ⏩ErrMissing⏪"),
                        node: "identifier", .identifierAndScope, "Identifier")
        try expectLabel(.go, cache.replacingOccurrences(of: "ok := c.items[key]", with: "ok := ⏩c.items⏪[key]"),
                        node: "selector_expression", .modifierAndAttribute, "Attribute Annotation")
    }

    @Test("conditionals, loops, jumps and conditions")
    func controlFlow() throws {
        // source_file > method_declaration > block > if_statement: depth 4, bucket ⌈40/9⌉ = 5.
        try expectLabel(.go, cache.replacingOccurrences(of: "if v, ok := c.items[key]; ok {\n\t\treturn v, nil\n\t}",
                                                        with: "⏩if v, ok := c.items[key]; ok {\n\t\treturn v, nil\n\t}⏪"),
                        node: "if_statement", .controlFlowStructure, "Conditional", depth: 4, bucket: 5)
        try expectLabel(.go, cache.replacingOccurrences(of: "for i := 0; i < 3; i++", with: "for ⏩i := 0; i < 3; i++⏪"),
                        node: "for_clause", .controlFlowStructure, "Loop")
        try expectLabel(.go, cache.replacingOccurrences(of: "return 0, ErrMissing", with: "⏩return 0, ErrMissing⏪"),
                        node: "return_statement", .controlFlowStructure, "Jump")
        try expectLabel(.go, cache.replacingOccurrences(of: "i < 3", with: "⏩i < 3⏪"),
                        node: "binary_expression", .expression, "Logical Operation")
        try expectLabel(.go, "package p\n\nfunc f() {\n\tdefer ⏩mu.Unlock()⏪\n}\n",
                        node: "call_expression", .expression, "Function Call")
        try expectLabel(.go, "package p\n\nfunc f() {\n\t⏩defer mu.Unlock()⏪\n}\n",
                        node: "defer_statement", .controlFlowStructure, "Exception Handling")
        try expectLabel(.go, "package p\n\nfunc f(x int) {\n\t⏩switch x {\n\tcase 1:\n\t\tfallthrough\n\tdefault:\n\t}⏪\n}\n",
                        node: "expression_switch_statement", .controlFlowStructure, "Conditional")
        try expectLabel(.go, "package p\n\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\t⏩fallthrough⏪\n\tdefault:\n\t}\n}\n",
                        node: "fallthrough_statement", .controlFlowStructure, "Jump")
    }

    @Test("expressions: arithmetic, indexing, composite literals and conversions")
    func expressions() throws {
        try expectLabel(.go, cache.replacingOccurrences(of: "ok := c.items[key]", with: "ok := ⏩c.items[key]⏪"),
                        node: "index_expression", .expression, "Index Expression")
        try expectLabel(.go, cache.replacingOccurrences(of: "i++", with: "⏩i++⏪"),
                        node: "inc_statement", .expression, "Arithmetic Operation")
        try expectLabel(.go, "package p\n\nvar origin = ⏩Point{X: 0, Y: 0}⏪\n",
                        node: "composite_literal", .expression, "Object Creation")
        try expectLabel(.go, "package p\n\nfunc f(v any) string {\n\treturn ⏩v.(string)⏪\n}\n",
                        node: "type_assertion_expression", .expression, "Type Casting")
        try expectLabel(.go, "package p\n\nvar area = ⏩w * h⏪\n",
                        node: "binary_expression", .expression, "Arithmetic Operation")
    }

    @Test("types: maps, pointers, generics and struct declarations")
    func types() throws {
        try expectLabel(.go, cache.replacingOccurrences(of: "items map[string]int", with: "items ⏩map[string]int⏪"),
                        node: "map_type", .dataType, "Composite Type")
        try expectLabel(.go, "package p\n\nfunc Map⏩[T, U any]⏪(xs []T, f func(T) U) []U { return nil }\n",
                        node: "type_parameter_list", .dataType, "Generic")
        try expectLabel(.go, "package p\n\ntype Stack struct{ items ⏩[]int⏪ }\n",
                        node: "slice_type", .dataType, "Composite Type")
        try expectLabel(.go, "package p\n\nconst limit = ⏩64⏪\n", node: "int_literal", .dataType, "Primitive Type")
        try expectLabel(.go, cache.replacingOccurrences(of: "type Cache struct {\n\titems map[string]int `json:\"items\"`\n}",
                                                        with: "⏩type Cache struct {\n\titems map[string]int `json:\"items\"`\n}⏪"),
                        node: "type_declaration", .declarationAndDefinition, "Class")
    }

    @Test("comments, struct tags, goroutines, channels and closures")
    func specialForms() throws {
        try expectLabel(.go, cache.replacingOccurrences(of: "// ErrMissing is returned when a key is absent.",
                                                        with: "⏩// ErrMissing is returned when a key is absent.⏪"),
                        node: "comment", .commentsAndDocumentation, "Single-line Comment", depth: 2, bucket: 3)
        try expectLabel(.go, cache.replacingOccurrences(of: "`json:\"items\"`", with: "⏩`json:\"items\"`⏪"),
                        node: "raw_string_literal", .modifierAndAttribute, "Attribute Annotation")
        try expectLabel(.go, cache.replacingOccurrences(of: "go c.refresh(key)", with: "⏩go c.refresh(key)⏪"),
                        node: "go_statement", .specialLanguageStructure, "Coroutine")
        try expectLabel(.go, "package p\n\nfunc f(ch chan int) {\n\t⏩select {\n\tcase v := <-ch:\n\t\tuse(v)\n\t}⏪\n}\n",
                        node: "select_statement", .specialLanguageStructure, "Coroutine")
        try expectLabel(.go, "package p\n\nvar double = ⏩func(x int) int { return x * 2 }⏪\n",
                        node: "func_literal", .specialLanguageStructure, "Lambda Expression")
    }
}
