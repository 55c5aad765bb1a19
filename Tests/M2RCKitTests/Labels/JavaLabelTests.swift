import Testing
@testable import M2RCKit

@Suite("Java labels")
struct JavaLabelTests {
    /// 15 layers (`m2rc parse --tree`): the deepest nodes are the `()` of `item.size()` in the `+=` line.
    let shelf = """
        package com.acme.stock;

        import java.util.List;

        /** Keeps the shelf counts. */
        public class Shelf {
            private final List<Item> items = new ArrayList<>();

            // counts items above a threshold
            @Override
            public int count(int min) {
                int total = 0;
                for (Item item : items) {
                    if (item.size() > min && item.ok()) {
                        total += item.size() * 2;
                    }
                }
                return total;
            }
        }
        """

    let shapes = """
        class Shapes {
            double area(Object shape) {
                return switch (shape) {
                    case Circle c when c.r() > 0 -> Math.PI * c.r() * c.r();
                    case Square s -> {
                        yield s.side() * s.side();
                    }
                    default -> 0.0;
                };
            }

            String label(List<String> names, Object lock) {
                synchronized (lock) {
                    names.sort(String::compareTo);
                }
                try {
                    return names.stream().map(n -> n.toUpperCase()).findFirst().orElse(null);
                } catch (IllegalStateException e) {
                    throw new RuntimeException("no label", e);
                } finally {
                    int size = (int) names.size();
                }
            }
        }
        """

    @Test("a top-level import is Program Structure near the root")
    func importDeclaration() throws {
        // program(1) > import_declaration(2) > scoped_identifier(3) > scoped_identifier(4) > identifier(5): N = 5.
        try expectLabel(.java, "⏩import java.util.List;⏪\n\nclass A {\n}\n",
                        node: "import_declaration", .programStructure, "Import/Include", depth: 2, bucket: 4)
        try expectLabel(.java, shelf.replacingOccurrences(of: "package com.acme.stock;", with: "⏩package com.acme.stock;⏪"),
                        node: "package_declaration", .programStructure, "Namespace", depth: 2, bucket: 2)
    }

    @Test("identifiers: declared names, call targets, plain uses and types")
    func identifiersByContext() throws {
        // program > class_declaration > class_body > method_declaration > identifier: depth 5 of 15, bucket 4.
        try expectLabel(.java, shelf.replacingOccurrences(of: "int count(", with: "int ⏩count⏪("),
                        node: "identifier", .declarationAndDefinition, "Function", depth: 5, bucket: 4)
        try expectLabel(.java, shelf.replacingOccurrences(of: "class Shelf", with: "class ⏩Shelf⏪"),
                        node: "identifier", .declarationAndDefinition, "Class")
        try expectLabel(.java, shelf.replacingOccurrences(of: "int total = 0", with: "int ⏩total⏪ = 0"),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.java, shelf.replacingOccurrences(of: "item.ok()", with: "item.⏩ok⏪()"),
                        node: "identifier", .expression, "Function Call")
        try expectLabel(.java, shelf.replacingOccurrences(of: "return total;", with: "return ⏩total⏪;"),
                        node: "identifier", .identifierAndScope, "Identifier")
        try expectLabel(.java, shelf.replacingOccurrences(of: "for (Item item", with: "for (⏩Item⏪ item"),
                        node: "type_identifier", .dataType, "Composite Type")
        try expectLabel(.java, shelf.replacingOccurrences(of: "List<Item> items", with: "⏩List<Item>⏪ items"),
                        node: "generic_type", .dataType, "Generic")
    }

    @Test("control flow: conditions, loops, jumps and exceptions")
    func controlFlow() throws {
        try expectLabel(.java, shelf.replacingOccurrences(of: "return total;", with: "⏩return total;⏪"),
                        node: "return_statement", .controlFlowStructure, "Jump")
        try expectLabel(.java, shelf.replacingOccurrences(of: "item.size() > min && item.ok()",
                                                          with: "⏩item.size() > min && item.ok()⏪"),
                        node: "binary_expression", .expression, "Logical Operation")
        try expectLabel(.java, shelf.replacingOccurrences(of: "item.size() * 2", with: "⏩item.size() * 2⏪"),
                        node: "binary_expression", .expression, "Arithmetic Operation")
        try expectLabel(.java, shapes.replacingOccurrences(of: "catch (IllegalStateException e) {\n            throw",
                                                           with: "⏩catch (IllegalStateException e) {\n            throw")
                            .replacingOccurrences(of: "e);\n        }", with: "e);\n        }⏪"),
                        node: "catch_clause", .controlFlowStructure, "Exception Handling")
        // Java's `yield` hands a switch expression its value: a jump, not a coroutine.
        try expectLabel(.java, shapes.replacingOccurrences(of: "yield s.side() * s.side();",
                                                           with: "⏩yield s.side() * s.side();⏪"),
                        node: "yield_statement", .controlFlowStructure, "Jump")
    }

    @Test("comments, Javadoc and annotations")
    func commentsAndAnnotations() throws {
        try expectLabel(.java, shelf.replacingOccurrences(of: "// counts items above a threshold",
                                                          with: "⏩// counts items above a threshold⏪"),
                        node: "line_comment", .commentsAndDocumentation, "Single-line Comment")
        try expectLabel(.java, shelf.replacingOccurrences(of: "/** Keeps the shelf counts. */",
                                                          with: "⏩/** Keeps the shelf counts. */⏪"),
                        node: "block_comment", .commentsAndDocumentation, "Multi-line Comment")
        try expectLabel(.java, shelf.replacingOccurrences(of: "@Override", with: "⏩@Override⏪"),
                        node: "marker_annotation", .modifierAndAttribute, "Attribute Annotation")
        try expectLabel(.java, shelf.replacingOccurrences(of: "private final List", with: "⏩private final⏪ List"),
                        node: "modifiers", .modifierAndAttribute, "Access Modifiers")
    }

    @Test("lambdas, method references, switch patterns and synchronized blocks")
    func specialForms() throws {
        try expectLabel(.java, shapes.replacingOccurrences(of: "n -> n.toUpperCase()", with: "⏩n -> n.toUpperCase()⏪"),
                        node: "lambda_expression", .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.java, shapes.replacingOccurrences(of: "String::compareTo", with: "⏩String::compareTo⏪"),
                        node: "method_reference", .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.java, shapes.replacingOccurrences(of: "case Circle c when", with: "case ⏩Circle c⏪ when"),
                        node: "type_pattern", .specialLanguageStructure, "Pattern Matching")
        try expectLabel(.java, shapes.replacingOccurrences(of: "when c.r() > 0", with: "⏩when c.r() > 0⏪"),
                        node: "guard", .specialLanguageStructure, "Pattern Matching")
        try expectLabel(.java, shapes.replacingOccurrences(of: "case Circle c", with: "case Circle ⏩c⏪"),
                        node: "identifier", .declarationAndDefinition, "Variable")
    }

    @Test("literals, casts and object creation")
    func expressionsAndData() throws {
        try expectLabel(.java, shapes.replacingOccurrences(of: "(int) names.size()", with: "⏩(int) names.size()⏪"),
                        node: "cast_expression", .expression, "Type Casting")
        try expectLabel(.java, shapes.replacingOccurrences(of: "new RuntimeException(\"no label\", e)",
                                                           with: "⏩new RuntimeException(\"no label\", e)⏪"),
                        node: "object_creation_expression", .expression, "Object Creation")
        try expectLabel(.java, shapes.replacingOccurrences(of: "\"no label\"", with: "⏩\"no label\"⏪"),
                        node: "string_literal", .dataType, "String")
        try expectLabel(.java, shapes.replacingOccurrences(of: "orElse(null)", with: "orElse(⏩null⏪)"),
                        node: "null_literal", .dataType, "Special Value")
        try expectLabel(.java, shapes.replacingOccurrences(of: "default -> 0.0", with: "default -> ⏩0.0⏪"),
                        node: "decimal_floating_point_literal", .dataType, "Numeric")
        try expectLabel(.java, shapes.replacingOccurrences(of: "double area", with: "⏩double⏪ area"),
                        node: "floating_point_type", .dataType, "Primitive Type")
        try expectLabel(.java, shelf.replacingOccurrences(of: "int total = 0;", with: "⏩int total = 0;⏪"),
                        node: "local_variable_declaration", .declarationAndDefinition, "Variable")
    }
}
