import Testing
@testable import M2RCKit

@Suite("C++ labels")
struct CppLabelTests {
    let header = """
        #pragma once

        #include <vector>

        namespace geom {

        class Polygon : public Shape {
        public:
            /// Signed area of the outline.
            double area() const override;

        private:
            std::vector<Vec2> vertices_;
        };

        }  // namespace geom

        """

    let area = """
        double Polygon::area() const {
            double sum = 0.0;
            for (std::size_t i = 0; i < vertices_.size(); ++i) {
                const auto& a = vertices_[i];
                sum += a.cross(vertices_[(i + 1) % vertices_.size()]);
            }
            return sum / 2.0;
        }

        """

    @Test("a class in a namespace: its name, members, access and member documentation, with depth and bucket")
    func classDeclaration() throws {
        // translation_unit (1) > namespace_definition (2) > declaration_list (3) > class_specifier (4); the deepest
        // layer is `Vec2` in field_declaration > qualified_identifier > template_type > template_argument_list >
        // type_descriptor > type_identifier (11), so N = 11: class_specifier is in bucket ⌈40/11⌉ = 4 and the
        // method name (depth 8) in bucket ⌈80/11⌉ = 8.
        try expectLabel(.cpp, header.replacingOccurrences(of: "class Polygon :", with: "⏩class Polygon :")
                            .replacingOccurrences(of: "vertices_;\n};", with: "vertices_;\n}⏪;"),
                        node: "class_specifier", .declarationAndDefinition, "Class", depth: 4, bucket: 4)
        try expectLabel(.cpp, header.replacingOccurrences(of: "double area()", with: "double ⏩area⏪()"),
                        node: "field_identifier", .declarationAndDefinition, "Function", depth: 8, bucket: 8)
        try expectLabel(.cpp, header.replacingOccurrences(of: "class Polygon :", with: "class ⏩Polygon⏪ :"),
                        node: "type_identifier", .declarationAndDefinition, "Class")
        try expectLabel(.cpp, header.replacingOccurrences(of: "namespace geom {", with: "namespace ⏩geom⏪ {"),
                        node: "namespace_identifier", .programStructure, "Namespace")
        try expectLabel(.cpp, header.replacingOccurrences(of: "private:", with: "⏩private⏪:"),
                        node: "access_specifier", .modifierAndAttribute, "Access Modifiers")
        try expectLabel(.cpp, header.replacingOccurrences(of: "override;", with: "⏩override⏪;"),
                        node: "virtual_specifier", .modifierAndAttribute, "Other Modifiers")
        try expectLabel(.cpp, header.replacingOccurrences(of: "/// Signed area of the outline.",
                                                          with: "⏩/// Signed area of the outline.⏪"),
                        node: "comment", .commentsAndDocumentation, "Documentation Comment")
        try expectLabel(.cpp, header.replacingOccurrences(of: "}  // namespace geom", with: "}  ⏩// namespace geom⏪"),
                        node: "comment", .commentsAndDocumentation, "Single-line Comment")
        try expectLabel(.cpp, header.replacingOccurrences(of: "vertices_;", with: "⏩vertices_⏪;"),
                        node: "field_identifier", .declarationAndDefinition, "Variable")
    }

    @Test("identifiers and types by context: qualified names, callees, templates")
    func identifiersByContext() throws {
        try expectLabel(.cpp, area.replacingOccurrences(of: "double Polygon::area()", with: "double ⏩Polygon::area⏪()"),
                        node: "qualified_identifier", .declarationAndDefinition, "Function")
        try expectLabel(.cpp, area.replacingOccurrences(of: "for (std::size_t", with: "for (⏩std::size_t⏪"),
                        node: "qualified_identifier", .dataType, "Composite Type")
        try expectLabel(.cpp, area.replacingOccurrences(of: "sum += a.cross(", with: "sum += ⏩a.cross⏪("),
                        node: "field_expression", .expression, "Function Call")
        try expectLabel(.cpp, area.replacingOccurrences(of: "sum += a", with: "⏩sum⏪ += a"),
                        node: "identifier", .identifierAndScope, "Identifier")
        try expectLabel(.cpp, header.replacingOccurrences(of: "std::vector<Vec2>", with: "std::⏩vector<Vec2>⏪"),
                        node: "template_type", .dataType, "Generic")
        try expectLabel(.cpp, "void f() {\n    std::cout << ⏩std::endl⏪;\n}\n",
                        node: "qualified_identifier", .identifierAndScope, "Qualified Name")
        try expectLabel(.cpp, "auto p = ⏩std::make_unique<Circle>⏪(1.0);\n",
                        node: "qualified_identifier", .expression, "Function Call")
        try expectLabel(.cpp, "⏩using ShapePtr = std::unique_ptr<Shape>;⏪\n",
                        node: "alias_declaration", .declarationAndDefinition, "Type Definition")
        try expectLabel(.cpp, "⏩using namespace geom;⏪\n", node: "using_declaration", .programStructure, "Import/Include")
    }

    @Test("loops, conditions, jumps and exceptions")
    func controlFlow() throws {
        // N = 15 (the identifiers in `(i + 1)` inside the subscript); the loop condition is at depth 5 → bucket 4.
        try expectLabel(.cpp, area.replacingOccurrences(of: "i < vertices_.size()", with: "⏩i < vertices_.size()⏪"),
                        node: "binary_expression", .expression, "Logical Operation", depth: 5, bucket: 4)
        try expectLabel(.cpp, area.replacingOccurrences(of: "return sum / 2.0;", with: "⏩return sum / 2.0;⏪"),
                        node: "return_statement", .controlFlowStructure, "Jump", depth: 4, bucket: 3)
        try expectLabel(.cpp, area.replacingOccurrences(of: "sum / 2.0", with: "⏩sum / 2.0⏪"),
                        node: "binary_expression", .expression, "Arithmetic Operation")
        let guarded = """
            int main() {
                try {
                    for (const auto& s : shapes) { total += s->area(); }
                    if (auto [ok, err] = validate(total); !ok) {
                        throw std::runtime_error(err);
                    }
                } catch (const std::exception& ex) {
                    return 1;
                }
                return 0;
            }

            """
        try expectLabel(.cpp, guarded.replacingOccurrences(of: "for (const auto& s : shapes) { total += s->area(); }",
                                                           with: "⏩for (const auto& s : shapes) { total += s->area(); }⏪"),
                        node: "for_range_loop", .controlFlowStructure, "Loop")
        try expectLabel(.cpp, guarded.replacingOccurrences(of: "(auto [ok, err] = validate(total); !ok)",
                                                           with: "⏩(auto [ok, err] = validate(total); !ok)⏪"),
                        node: "condition_clause", .controlFlowStructure, "Conditional")
        try expectLabel(.cpp, guarded.replacingOccurrences(of: "throw std::runtime_error(err);",
                                                           with: "⏩throw std::runtime_error(err);⏪"),
                        node: "throw_statement", .controlFlowStructure, "Exception Handling")
        try expectLabel(.cpp, guarded.replacingOccurrences(of: "catch (const std::exception& ex) {\n        return 1;\n    }",
                                                           with: "⏩catch (const std::exception& ex) {\n        return 1;\n    }⏪"),
                        node: "catch_clause", .controlFlowStructure, "Exception Handling")
        try expectLabel(.cpp, guarded.replacingOccurrences(of: "[ok, err]", with: "[⏩ok⏪, err]"),
                        node: "identifier", .declarationAndDefinition, "Variable")
    }

    @Test("templates, concepts, lambdas and coroutines")
    func specialForms() throws {
        let generic = """
            template <typename T>
            concept Measurable = requires(const T& t) { t.area(); };

            template <Measurable T>
            double total_area(const std::vector<T>& shapes) {
                return std::accumulate(shapes.begin(), shapes.end(), 0.0,
                                       [](double acc, const T& s) { return acc + s.area(); });
            }

            Task<int> load(Store& store) {
                auto value = co_await store.fetch();
                co_return value;
            }

            """
        try expectLabel(.cpp, generic.replacingOccurrences(of: "template <typename T>", with: "template ⏩<typename T>⏪"),
                        node: "template_parameter_list", .dataType, "Generic")
        try expectLabel(.cpp, generic.replacingOccurrences(of: "requires(const T& t) { t.area(); }",
                                                           with: "⏩requires(const T& t) { t.area(); }⏪"),
                        node: "requires_expression", .dataType, "Generic")
        try expectLabel(.cpp, generic.replacingOccurrences(of: "[](double acc, const T& s) { return acc + s.area(); }",
                                                           with: "⏩[](double acc, const T& s) { return acc + s.area(); }⏪"),
                        node: "lambda_expression", .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.cpp, generic.replacingOccurrences(of: "co_await store.fetch()", with: "⏩co_await store.fetch()⏪"),
                        node: "co_await_expression", .specialLanguageStructure, "Coroutine")
        try expectLabel(.cpp, generic.replacingOccurrences(of: "co_return value;", with: "⏩co_return value;⏪"),
                        node: "co_return_statement", .specialLanguageStructure, "Coroutine")
        try expectLabel(.cpp, generic.replacingOccurrences(of: "double total_area(", with: "double ⏩total_area⏪("),
                        node: "identifier", .declarationAndDefinition, "Function")
        try expectLabel(.cpp, generic.replacingOccurrences(of: "auto value", with: "⏩auto⏪ value"),
                        node: "auto", .dataType, "Primitive Type")
    }

    @Test("objects: construction, deletion, literals and casts")
    func expressions() throws {
        let body = """
            void demo() {
                Point* p = new Point(1, 2);
                Point q(3, 4);
                auto n = static_cast<int>(p->x) + 1;
                const char* name = "poly";
                bool ok = p != nullptr && true;
                delete p;
            }

            """
        try expectLabel(.cpp, body.replacingOccurrences(of: "new Point(1, 2)", with: "⏩new Point(1, 2)⏪"),
                        node: "new_expression", .expression, "Object Creation")
        try expectLabel(.cpp, body.replacingOccurrences(of: "q(3, 4)", with: "q⏩(3, 4)⏪"),
                        node: "argument_list", .expression, "Object Creation")
        try expectLabel(.cpp, body.replacingOccurrences(of: "delete p;", with: "⏩delete p⏪;"),
                        node: "delete_expression", .expression, "Other")
        try expectLabel(.cpp, body.replacingOccurrences(of: "p->x", with: "⏩p->x⏪"),
                        node: "field_expression", .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.cpp, body.replacingOccurrences(of: "\"poly\"", with: "⏩\"poly\"⏪"),
                        node: "string_literal", .dataType, "String")
        try expectLabel(.cpp, body.replacingOccurrences(of: "nullptr", with: "⏩nullptr⏪"),
                        node: "null", .dataType, "Special Value")
        try expectLabel(.cpp, body.replacingOccurrences(of: "&& true", with: "&& ⏩true⏪"),
                        node: "true", .dataType, "Boolean")
        try expectLabel(.cpp, body.replacingOccurrences(of: "Point q(3, 4);", with: "⏩Point q(3, 4);⏪"),
                        node: "declaration", .declarationAndDefinition, "Variable")
    }

    @Test("preprocessor directives, includes and linkage")
    func preprocessor() throws {
        let source = """
            #pragma once
            #include "geom/vec2.hpp"
            #ifdef GEOM_DEBUG
            #define GEOM_ASSERT(x) assert(x)
            #endif

            extern "C" {
            int geom_version(void);
            }

            """
        try expectLabel(.cpp, source.replacingOccurrences(of: "#pragma once\n", with: "⏩#pragma once\n⏪"),
                        node: "preproc_call", .preprocessingDirective, "Other")
        try expectLabel(.cpp, source.replacingOccurrences(of: "\"geom/vec2.hpp\"", with: "⏩\"geom/vec2.hpp\"⏪"),
                        node: "string_literal", .programStructure, "Import/Include")
        try expectLabel(.cpp, source.replacingOccurrences(of: "#ifdef GEOM_DEBUG", with: "#ifdef ⏩GEOM_DEBUG⏪"),
                        node: "identifier", .preprocessingDirective, "Conditional Compilation")
        try expectLabel(.cpp, source.replacingOccurrences(of: "#define GEOM_ASSERT(x) assert(x)\n",
                                                          with: "⏩#define GEOM_ASSERT(x) assert(x)\n⏪"),
                        node: "preproc_function_def", .preprocessingDirective, "Macro Definition")
        try expectLabel(.cpp, source.replacingOccurrences(of: "int geom_version(void);", with: "⏩int geom_version(void);⏪"),
                        node: "declaration", .declarationAndDefinition, "Function")
        try expectLabel(.cpp, source.replacingOccurrences(of: "extern \"C\" {\nint geom_version(void);\n}",
                                                          with: "⏩extern \"C\" {\nint geom_version(void);\n}⏪"),
                        node: "linkage_specification", .programStructure, "Linkage")
    }
}
