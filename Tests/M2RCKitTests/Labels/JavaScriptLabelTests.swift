import Testing
@testable import M2RCKit

@Suite("JavaScript labels")
struct JavaScriptLabelTests {
    // 13 layers: program > export_statement > function_declaration > statement_block > try_statement >
    // statement_block > lexical_declaration > variable_declarator > await_expression > call_expression >
    // arguments > string > string_fragment (and the quote tokens beside it).
    let module = """
        import { readFile } from 'node:fs/promises';

        /** Loads the JSON config at `path`. */
        export async function loadConfig(path) {
          try {
            const text = await readFile(path, 'utf8');
            return JSON.parse(text);
          } catch (err) {
            console.error(err);
            return null;
          }
        }
        """

    /// `source` with the first `span` that follows `context` marked.
    func mark(_ span: String, in source: String, after context: String = "") -> String {
        guard let found = source.range(of: context + span) else { preconditionFailure("no `\(context + span)`") }
        let start = source.index(found.lowerBound, offsetBy: context.count)
        return String(source[..<start]) + "⏩" + span + "⏪" + String(source[found.upperBound...])
    }

    @Test("an import near the root, a catch block deeper down")
    func depthAndBucket() throws {
        try expectLabel(.javascript, mark("import { readFile } from 'node:fs/promises';", in: module),
                        node: "import_statement", .programStructure, "Import/Include", depth: 2, bucket: 2)
        try expectLabel(.javascript, mark("catch (err) {\n    console.error(err);\n    return null;\n  }", in: module),
                        node: "catch_clause", .controlFlowStructure, "Exception Handling", depth: 6, bucket: 5)
        // The paper's `{console.error(err);}` example: a block is a Statement.
        try expectLabel(.javascript, mark("{\n    console.error(err);\n    return null;\n  }", in: module),
                        node: "statement_block", .statement, "Compound Statement", depth: 7, bucket: 6)
    }

    @Test("identifiers: declared function and variable, callee, constructor, parameter")
    func identifiersByContext() throws {
        try expectLabel(.javascript, mark("loadConfig", in: module, after: "function "),
                        node: "identifier", .declarationAndDefinition, "Function", depth: 4)
        try expectLabel(.javascript, mark("text", in: module, after: "const "),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.javascript, mark("readFile", in: module, after: "await "),
                        node: "identifier", .expression, "Function Call")
        try expectLabel(.javascript, mark("path", in: module, after: "loadConfig("),
                        node: "identifier", .identifierAndScope, "Identifier")
        try expectLabel(.javascript, "const err = new ⏩HttpError⏪(404, 'missing');\n",
                        node: "identifier", .expression, "Object Creation")
        try expectLabel(.javascript, "class ⏩Router⏪ extends EventEmitter {}\n",
                        node: "identifier", .declarationAndDefinition, "Class")
    }

    @Test("calls, property access, operators and assignments")
    func expressions() throws {
        try expectLabel(.javascript, mark("JSON.parse(text)", in: module),
                        node: "call_expression", .expression, "Function Call")
        try expectLabel(.javascript, mark("(text)", in: module, after: "JSON.parse"),
                        node: "arguments", .expression, "Function Call")
        try expectLabel(.javascript, "const y = ⏩position.y⏪ + 1;\n",
                        node: "member_expression", .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.javascript, "if (⏩req.method === 'GET' && !req.body⏪) {\n  next();\n}\n",
                        node: "binary_expression", .expression, "Logical Operation")
        try expectLabel(.javascript, "const row = cells[⏩index + 1⏪];\n",
                        node: "binary_expression", .expression, "Arithmetic Operation")
        try expectLabel(.javascript, "function reset(state) {\n  ⏩state.count = 0⏪;\n}\n",
                        node: "assignment_expression", .statement, "Assignment Statement")
    }

    @Test("loops, branches and jumps")
    func controlFlow() throws {
        let source = """
            for (const route of routes) {
              if (route.matches(path)) {
                return route;
              } else {
                continue;
              }
            }
            """
        try expectLabel(.javascript, mark(source, in: source), node: "for_in_statement", .controlFlowStructure, "Loop",
                        depth: 2)
        try expectLabel(.javascript, mark("(route.matches(path))", in: source),
                        node: "parenthesized_expression", .controlFlowStructure, "Conditional")
        try expectLabel(.javascript, mark("else {\n    continue;\n  }", in: source),
                        node: "else_clause", .controlFlowStructure, "Conditional")
        try expectLabel(.javascript, mark("return route;", in: source),
                        node: "return_statement", .controlFlowStructure, "Jump")
        try expectLabel(.javascript, mark("route", in: source, after: "const "),
                        node: "identifier", .declarationAndDefinition, "Variable")
    }

    @Test("literals, lambdas, coroutines and regular expressions")
    func dataAndSpecialForms() throws {
        try expectLabel(.javascript, "const greeting = ⏩`Hello, ${name}!`⏪;\n", node: "template_string",
                        .dataType, "Primitive Type")
        try expectLabel(.javascript, "const opts = ⏩{ retries: 3, verbose: false }⏪;\n", node: "object",
                        .dataType, "Composite Type")
        try expectLabel(.javascript, "const ids = items.map(⏩(item) => item.id⏪);\n", node: "arrow_function",
                        .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.javascript, "async function main() {\n  const res = ⏩await fetch(url)⏪;\n}\n",
                        node: "await_expression", .specialLanguageStructure, "Coroutine")
        try expectLabel(.javascript, "const SLUG = ⏩/^[a-z0-9-]+$/i⏪;\n", node: "regex",
                        .specialLanguageStructure, "Pattern Matching")
        try expectLabel(.javascript, "function* ids() {\n  ⏩yield 1⏪;\n}\n", node: "yield_expression",
                        .specialLanguageStructure, "Coroutine")
    }

    @Test("comments, directives, decorators and JSX")
    func commentsAndSpecialStructures() throws {
        try expectLabel(.javascript, mark("/** Loads the JSON config at `path`. */", in: module),
                        node: "comment", .commentsAndDocumentation, "Documentation Comment")
        try expectLabel(.javascript, "function f() {\n  ⏩// TODO: cache this⏪\n  return 1;\n}\n", node: "comment",
                        .commentsAndDocumentation, "Single-line Comment")
        try expectLabel(.javascript, "⏩'use strict'⏪;\nmodule.exports = {};\n", node: "string",
                        .modifierAndAttribute, "Other Modifiers")
        try expectLabel(.javascript, "class Store {\n  ⏩@observable⏪ items = [];\n}\n", node: "decorator",
                        .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.javascript, "const App = () => ⏩<main className=\"app\">{title}</main>⏪;\n",
                        node: "jsx_element", .specialLanguageStructure, "JSX")
        try expectLabel(.javascript, "⏩debugger;⏪\n", node: "debugger_statement", .statement, "Other")
    }
}
