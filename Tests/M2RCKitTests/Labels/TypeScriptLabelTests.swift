import Testing
@testable import M2RCKit

@Suite("TypeScript labels")
struct TypeScriptLabelTests {
    // 12 layers, the deepest paths: program > export_statement > interface_declaration > interface_body >
    // method_signature > type_annotation > generic_type > type_arguments > union_type > literal_type > undefined
    // (and its `undefined` token); the method's return ends in `this` at layer 12 too.
    let module = """
        import type { Product } from "./models";

        export interface Repository<T> {
          find(id: string): Promise<T | undefined>;
        }

        export class ProductRepo implements Repository<Product> {
          private readonly items = new Map<string, Product>();

          async get(sku: string): Promise<Product | undefined> {
            return this.items.get(sku) as Product;
          }
        }
        """

    /// `source` with the first `span` that follows `context` marked.
    func mark(_ span: String, in source: String, after context: String = "") -> String {
        guard let found = source.range(of: context + span) else { preconditionFailure("no `\(context + span)`") }
        let start = source.index(found.lowerBound, offsetBy: context.count)
        return String(source[..<start]) + "⏩" + span + "⏪" + String(source[found.upperBound...])
    }

    @Test("an interface near the root, a cast deep in a method")
    func depthAndBucket() throws {
        try expectLabel(.typescript, mark("interface Repository<T> {\n  find(id: string): Promise<T | undefined>;\n}",
                                          in: module),
                        node: "interface_declaration", .declarationAndDefinition, "Class", depth: 3, bucket: 3)
        try expectLabel(.typescript, mark("get", in: module, after: "async "),
                        node: "property_identifier", .declarationAndDefinition, "Function", depth: 6, bucket: 5)
        try expectLabel(.typescript, mark("this.items.get(sku) as Product", in: module),
                        node: "as_expression", .expression, "Type Casting", depth: 8, bucket: 7)
    }

    @Test("names and types by context")
    func typesAndIdentifiers() throws {
        try expectLabel(.typescript, mark("ProductRepo", in: module, after: "class "),
                        node: "type_identifier", .declarationAndDefinition, "Class")
        try expectLabel(.typescript, mark("Product", in: module, after: "Map<string, "),
                        node: "type_identifier", .dataType, "Composite Type")
        try expectLabel(.typescript, mark("Promise", in: module, after: "find(id: string): "),
                        node: "type_identifier", .dataType, "Generic")
        try expectLabel(.typescript, mark("string", in: module, after: "find(id: "),
                        node: "predefined_type", .dataType, "Primitive Type")
        try expectLabel(.typescript, mark("items", in: module, after: "readonly "),
                        node: "property_identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.typescript, mark("Map", in: module, after: "new "),
                        node: "identifier", .expression, "Object Creation")
        try expectLabel(.typescript, mark("this.items.get", in: module),
                        node: "member_expression", .expression, "Function Call")
        try expectLabel(.typescript, mark("Product", in: module, after: "import type { "),
                        node: "identifier", .identifierAndScope, "Identifier")
    }

    @Test("declarations, modifiers and decorators")
    func declarations() throws {
        try expectLabel(.typescript, mark("private", in: module),
                        node: "accessibility_modifier", .modifierAndAttribute, "Access Modifiers")
        try expectLabel(.typescript, "⏩enum Unit {\n  Piece = \"pc\",\n  Box = \"box\",\n}⏪\n",
                        node: "enum_declaration", .declarationAndDefinition, "Class")
        try expectLabel(.typescript, "⏩type Sku = string & { readonly __brand: \"Sku\" };⏪\n",
                        node: "type_alias_declaration", .declarationAndDefinition, "Class")
        try expectLabel(.typescript, "⏩namespace Inventory {\n  export const version = 2;\n}⏪\n",
                        node: "internal_module", .programStructure, "Namespace")
        try expectLabel(.typescript, "@Component({ selector: \"app-root\" })\nexport class AppComponent {\n"
                            + "  ⏩@Input()⏪ title = \"\";\n}\n",
                        node: "decorator", .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.typescript, "function reset(state: State) {\n  ⏩state.total = 0⏪;\n}\n",
                        node: "assignment_expression", .declarationAndDefinition, "Variable")
    }

    @Test("literal values and generic constructs")
    func dataTypes() throws {
        try expectLabel(.typescript, "const limit = ⏩100⏪;\n", node: "number", .dataType, "Numeric")
        try expectLabel(.typescript, "const label = ⏩\"in stock\"⏪;\n", node: "string", .dataType, "String")
        try expectLabel(.typescript, "let done = ⏩false⏪;\n", node: "false", .dataType, "Boolean")
        try expectLabel(.typescript, "let current: Product | null = ⏩null⏪;\n",
                        node: "null", .dataType, "Special Value")
        try expectLabel(.typescript, "function first⏩<T extends { id: string }>⏪(xs: T[]): T {\n  return xs[0];\n}\n",
                        node: "type_parameters", .dataType, "Generic")
        try expectLabel(.typescript, "type Keys = ⏩keyof Product⏪;\n", node: "index_type_query", .dataType, "Generic")
    }

    @Test("control flow and coroutines")
    func controlFlow() throws {
        let source = """
            async function restock(level: StockLevel): Promise<void> {
              switch (level.status) {
                case "out":
                  await reorder(level.sku);
                  break;
                default:
                  throw new Error(`unexpected ${level.status}`);
              }
            }
            """
        try expectLabel(.typescript, mark("case \"out\":\n      await reorder(level.sku);\n      break;", in: source),
                        node: "switch_case", .controlFlowStructure, "Conditional")
        try expectLabel(.typescript, mark("await reorder(level.sku)", in: source),
                        node: "await_expression", .specialLanguageStructure, "Coroutine")
        try expectLabel(.typescript, mark("break;", in: source),
                        node: "break_statement", .controlFlowStructure, "Jump")
        try expectLabel(.typescript, mark("throw new Error(`unexpected ${level.status}`);", in: source),
                        node: "throw_statement", .controlFlowStructure, "Exception Handling")
    }

    @Test("comments and TSX markup")
    func commentsAndTSX() throws {
        try expectLabel(.typescript, "⏩/** Product catalogue types. */⏪\nexport type Id = string;\n", node: "comment",
                        .commentsAndDocumentation, "Multi-line Comment")
        try expectLabel(.typescript, "function f(): number {\n  ⏩// minor units⏪\n  return 1;\n}\n", node: "comment",
                        .commentsAndDocumentation, "Single-line Comment")
        let component = """
            export function Badge({ level }: { level: number }) {
              return <span className="badge">{level}</span>;
            }
            """
        try expectLabel(.typescript, mark("<span className=\"badge\">{level}</span>", in: component),
                        path: "x.tsx", node: "jsx_element", .specialLanguageStructure, "JSX")
        try expectLabel(.typescript, mark("className=\"badge\"", in: component),
                        path: "x.tsx", node: "jsx_attribute", .specialLanguageStructure, "JSX")
        try expectLabel(.typescript, mark("level", in: component, after: "Badge({ "),
                        path: "x.tsx", node: "shorthand_property_identifier_pattern", .declarationAndDefinition,
                        "Variable")
    }
}
