import Testing
@testable import M2RCKit

@Suite("C labels")
struct CLabelTests {
    let header = """
        #ifndef RB_H
        #define RB_H

        #include <stddef.h>

        size_t rb_size(const ringbuf *rb);

        #endif

        """

    let find = """
        static long rb_find(const ringbuf *rb, uint8_t needle)
        {
            for (size_t i = 0; i < rb->count; i++) {
                if (rb->data[i] == needle)
                    return (long)i;
            }
            return -1;
        }

        """

    @Test("a header: include guard, macro, include and a prototype near the root")
    func headerFile() throws {
        // translation_unit (1) > preproc_ifdef (2) > declaration (3); the deepest layer is the identifier `rb`
        // in parameter_declaration > pointer_declarator (8), so N = 8 and the bucket is ⌈3·10/8⌉ = 4.
        try expectLabel(.c, self.header.replacingOccurrences(of: "size_t rb_size(const ringbuf *rb);",
                                                             with: "⏩size_t rb_size(const ringbuf *rb);⏪"),
                        node: "declaration", .declarationAndDefinition, "Function", depth: 3, bucket: 4)
        try expectLabel(.c, self.header.replacingOccurrences(of: "#ifndef RB_H", with: "#ifndef ⏩RB_H⏪"),
                        node: "identifier", .preprocessingDirective, "Conditional Compilation")
        try expectLabel(.c, self.header.replacingOccurrences(of: "#define RB_H\n", with: "⏩#define RB_H\n⏪"),
                        node: "preproc_def", .preprocessingDirective, "Macro Definition")
        try expectLabel(.c, self.header.replacingOccurrences(of: "#include <stddef.h>\n",
                                                             with: "⏩#include <stddef.h>\n⏪"),
                        node: "preproc_include", .programStructure, "Import/Include")
    }

    @Test("declared names vs used names, callees and type names")
    func identifiersByContext() throws {
        try expectLabel(.c, find.replacingOccurrences(of: "long rb_find(", with: "long ⏩rb_find⏪("),
                        node: "identifier", .declarationAndDefinition, "Function")
        try expectLabel(.c, find.replacingOccurrences(of: "uint8_t needle)", with: "uint8_t ⏩needle⏪)"),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.c, find.replacingOccurrences(of: "== needle", with: "== ⏩needle⏪"),
                        node: "identifier", .identifierAndScope, "Identifier")
        try expectLabel(.c, find.replacingOccurrences(of: "i < rb->count", with: "i < ⏩rb->count⏪"),
                        node: "field_expression", .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.c, find.replacingOccurrences(of: "const ringbuf *rb, uint8_t",
                                                      with: "const ⏩ringbuf⏪ *rb, uint8_t"),
                        node: "type_identifier", .dataType, "Composite Type")
        try expectLabel(.c, "void f(void)\n{\n    ⏩rb_free⏪(&buf);\n}\n",
                        node: "identifier", .expression, "Function Call")
    }

    @Test("loops, conditions and jumps, with depth and bucket")
    func controlFlow() throws {
        // translation_unit > function_definition > compound_statement > for_statement > compound_statement >
        // if_statement (6) > parenthesized_expression (7) > binary_expression (8) > subscript_expression (9) >
        // field_expression (10) > identifier (11): N = 11.
        try expectLabel(.c, find.replacingOccurrences(of: "rb->data[i] == needle", with: "⏩rb->data[i] == needle⏪"),
                        node: "binary_expression", .expression, "Logical Operation", depth: 8, bucket: 8)
        try expectLabel(.c, find.replacingOccurrences(of: "return (long)i;", with: "⏩return (long)i;⏪"),
                        node: "return_statement", .controlFlowStructure, "Jump", depth: 7, bucket: 7)
        try expectLabel(.c, find.replacingOccurrences(of: "(rb->data[i] == needle)", with: "⏩(rb->data[i] == needle)⏪"),
                        node: "parenthesized_expression", .controlFlowStructure, "Conditional")
        try expectLabel(.c, find.replacingOccurrences(of: "i++", with: "⏩i++⏪"),
                        node: "update_expression", .expression, "Arithmetic Operation")
        try expectLabel(.c, find.replacingOccurrences(of: "for (size_t", with: "⏩for (size_t")
                            .replacingOccurrences(of: "    }\n    return -1;", with: "    }⏪\n    return -1;"),
                        node: "for_statement", .controlFlowStructure, "Loop")
        let labelled = "int g(int n)\n{\n    if (n < 0)\n        goto fail;\n    return n;\n⏩fail:\n    return -1;⏪\n}\n"
        try expectLabel(.c, labelled, node: "labeled_statement", .controlFlowStructure, "Label")
        try expectLabel(.c, labelled.replacingOccurrences(of: "⏩", with: "").replacingOccurrences(of: "⏪", with: "")
                            .replacingOccurrences(of: "goto fail;", with: "goto ⏩fail⏪;"),
                        node: "statement_identifier", .controlFlowStructure, "Jump")
    }

    @Test("struct definitions, struct uses, typedef names and enumerators")
    func typesAndStructures() throws {
        let node = "typedef struct node {\n    int value;\n    struct node *next;\n} node_t;\n"
        try expectLabel(.c, node.replacingOccurrences(of: "typedef struct node {", with: "typedef struct ⏩node⏪ {"),
                        node: "type_identifier", .declarationAndDefinition, "Structure")
        try expectLabel(.c, node.replacingOccurrences(of: "    struct node *next;", with: "    ⏩struct node⏪ *next;"),
                        node: "struct_specifier", .dataType, "Composite Type")
        try expectLabel(.c, node.replacingOccurrences(of: "} node_t;", with: "} ⏩node_t⏪;"),
                        node: "type_identifier", .declarationAndDefinition, "Type Definition")
        try expectLabel(.c, node.replacingOccurrences(of: "int value;", with: "int ⏩value⏪;"),
                        node: "field_identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.c, "enum color { ⏩RED = 1⏪, GREEN };\n",
                        node: "enumerator", .declarationAndDefinition, "Enum")
        try expectLabel(.c, "union value { int i; float f; };\nvoid show(⏩union value⏪ v);\n",
                        node: "union_specifier", .dataType, "Composite Type")
        try expectLabel(.c, "unsigned f(⏩const⏪ char *s);\n", node: "type_qualifier", .dataType, "Modifiers")
    }

    @Test("expressions and literals")
    func expressions() throws {
        let body = """
            void f(struct point *out, const char *s)
            {
                *out = (struct point){ .x = 1, .y = 2 };
                size_t n = sizeof(struct point) + strlen(s);
                char c = '\\n';
                if (s == NULL)
                    return;
            }

            """
        try expectLabel(.c, body.replacingOccurrences(of: "(struct point){ .x = 1, .y = 2 }",
                                                      with: "⏩(struct point){ .x = 1, .y = 2 }⏪"),
                        node: "compound_literal_expression", .expression, "Object Creation")
        try expectLabel(.c, body.replacingOccurrences(of: "*out = (", with: "⏩*out = (")
                            .replacingOccurrences(of: "2 };", with: "2 }⏪;"),
                        node: "assignment_expression", .declarationAndDefinition, "Variable")
        try expectLabel(.c, body.replacingOccurrences(of: "sizeof(struct point)", with: "⏩sizeof(struct point)⏪"),
                        node: "sizeof_expression", .expression, "Other")
        try expectLabel(.c, body.replacingOccurrences(of: "strlen(s)", with: "⏩strlen(s)⏪"),
                        node: "call_expression", .expression, "Function Call")
        try expectLabel(.c, body.replacingOccurrences(of: "'\\n'", with: "⏩'\\n'⏪"),
                        node: "char_literal", .dataType, "Character")
        try expectLabel(.c, body.replacingOccurrences(of: "s == NULL", with: "s == ⏩NULL⏪"),
                        node: "null", .dataType, "Special Value")
        try expectLabel(.c, "int x = ⏩(int)y⏪;\n", node: "cast_expression", .expression, "Type Casting")
        try expectLabel(.c, "const char *s = ⏩\"ring\"⏪;\n", node: "string_literal", .dataType, "String")
    }

    @Test("comments, attributes, storage classes, inline assembly and linkage")
    func specialForms() throws {
        try expectLabel(.c, "⏩/* Ring buffer. */⏪\nint x;\n", node: "comment", .commentsAndDocumentation, "Comment")
        try expectLabel(.c, "⏩static⏪ int counter;\n", node: "storage_class_specifier",
                        .modifierAndAttribute, "Other Modifiers")
        try expectLabel(.c, "⏩__attribute__((unused))⏪ static int g(void) { return 0; }\n",
                        node: "attribute_specifier", .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.c, "void barrier(void)\n{\n    ⏩__asm__ volatile (\"\" : : : \"memory\")⏪;\n}\n",
                        node: "gnu_asm_expression", .specialLanguageStructure, "Inline Assembly")
        try expectLabel(.c, "⏩extern \"C\" {\nint f(void);\n}⏪\n", node: "linkage_specification",
                        .programStructure, "Linkage")
    }

    @Test("conditional compilation, macros and other directives")
    func preprocessor() throws {
        let source = """
            #if defined(__GNUC__) && RB_VERSION > 2
            #define RB_LIKELY(x) __builtin_expect(!!(x), 1)
            #else
            #define RB_LIKELY(x) (x)
            #endif
            #pragma pack(1)

            """
        try expectLabel(.c, source.replacingOccurrences(of: "defined(__GNUC__) && RB_VERSION > 2",
                                                        with: "⏩defined(__GNUC__) && RB_VERSION > 2⏪"),
                        node: "binary_expression", .preprocessingDirective, "Conditional Compilation")
        try expectLabel(.c, source.replacingOccurrences(of: "#else\n#define RB_LIKELY(x) (x)\n",
                                                        with: "⏩#else\n#define RB_LIKELY(x) (x)\n⏪"),
                        node: "preproc_else", .preprocessingDirective, "Conditional Compilation")
        try expectLabel(.c, source.replacingOccurrences(of: "#define RB_LIKELY(x) (x)", with: "#define ⏩RB_LIKELY⏪(x) (x)"),
                        node: "identifier", .preprocessingDirective, "Macro Definition")
        try expectLabel(.c, source.replacingOccurrences(of: "#pragma pack(1)\n", with: "⏩#pragma pack(1)\n⏪"),
                        node: "preproc_call", .preprocessingDirective, "Other")
    }
}
