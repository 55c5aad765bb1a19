import Testing
@testable import M2RCKit

@Suite("PHP labels")
struct PHPLabelTests {
    // 13 layers, the deepest path: program > class_declaration > declaration_list > method_declaration >
    // compound_statement > expression_statement > assignment_expression > subscript_expression >
    // function_call_expression > arguments > argument > variable_name > name.
    let module = """
        <?php

        declare(strict_types=1);

        namespace Minirouter\\Http;

        use Minirouter\\Routing\\Route;

        /**
         * An HTTP response.
         */
        final class Response
        {
            public function __construct(private int $status = 200, private array $headers = []) {}

            public function withHeader(string $name, string $value): static
            {
                $copy = clone $this;
                $copy->headers[strtolower($name)] = $value;
                return $copy;
            }
        }
        """

    /// `source` with the first `span` that follows `context` marked.
    func mark(_ span: String, in source: String, after context: String = "") -> String {
        guard let found = source.range(of: context + span) else { preconditionFailure("no `\(context + span)`") }
        let start = source.index(found.lowerBound, offsetBy: context.count)
        return String(source[..<start]) + "⏩" + span + "⏪" + String(source[found.upperBound...])
    }

    @Test("a namespace near the root, a call deep in a method")
    func depthAndBucket() throws {
        try expectLabel(.php, mark("namespace Minirouter\\Http;", in: module),
                        node: "namespace_definition", .programStructure, "Namespace", depth: 2, bucket: 2)
        let method = "public function withHeader(string $name, string $value): static\n    {\n"
            + "        $copy = clone $this;\n        $copy->headers[strtolower($name)] = $value;\n"
            + "        return $copy;\n    }"
        try expectLabel(.php, mark(method, in: module),
                        node: "method_declaration", .declarationAndDefinition, "Function", depth: 4, bucket: 4)
        try expectLabel(.php, mark("strtolower($name)", in: module),
                        node: "function_call_expression", .expression, "Function Call", depth: 9, bucket: 7)
    }

    @Test("names by context: declared, called, typed, promoted")
    func identifiersByContext() throws {
        try expectLabel(.php, mark("Response", in: module, after: "final class "),
                        node: "name", .declarationAndDefinition, "Class")
        try expectLabel(.php, mark("withHeader", in: module, after: "function "),
                        node: "name", .declarationAndDefinition, "Function")
        try expectLabel(.php, mark("strtolower", in: module),
                        node: "name", .expression, "Function Call", depth: 10, bucket: 8)
        try expectLabel(.php, mark("$name", in: module, after: "(string "),
                        node: "variable_name", .identifierAndScope, "Identifier")
        try expectLabel(.php, mark("$status", in: module, after: "private int "),
                        node: "variable_name", .declarationAndDefinition, "Variable")
        try expectLabel(.php, mark("Minirouter\\Routing\\Route", in: module, after: "use "),
                        node: "namespace_use_clause", .programStructure, "Import/Include")
        try expectLabel(.php, "<?php\nfunction load(⏩Request⏪ $request): void {}\n", node: "name",
                        .dataType, "Composite Type")
    }

    @Test("property access, object creation, casts and operators")
    func expressions() throws {
        try expectLabel(.php, mark("$copy->headers", in: module),
                        node: "member_access_expression", .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.php, mark("$copy = clone $this", in: module),
                        node: "assignment_expression", .declarationAndDefinition, "Variable")
        try expectLabel(.php, "<?php\n$route = ⏩new Route('GET', '/todos')⏪;\n", node: "object_creation_expression",
                        .expression, "Object Creation")
        try expectLabel(.php, "<?php\n$limit = ⏩(int) $_GET['limit']⏪;\n", node: "cast_expression",
                        .expression, "Type Casting")
        try expectLabel(.php, "<?php\nif (⏩$user !== null && $user->isAdmin()⏪) {\n    grant();\n}\n",
                        node: "binary_expression", .expression, "Logical Operation")
        try expectLabel(.php, "<?php\necho ⏩'Hello, ' . $name⏪;\n", node: "binary_expression",
                        .expression, "Arithmetic Operation")
    }

    @Test("branches, loops, exceptions and match")
    func controlFlow() throws {
        let source = """
            <?php
            foreach ($routes as $route) {
                try {
                    $route->dispatch($request);
                } catch (RoutingException $e) {
                    continue;
                }
            }
            $status = match ($code) {
                404 => 'Not Found',
                default => 'OK',
            };
            """
        let loop = "foreach ($routes as $route) {\n    try {\n        $route->dispatch($request);\n    }"
            + " catch (RoutingException $e) {\n        continue;\n    }\n}"
        try expectLabel(.php, mark(loop, in: source),
                        node: "foreach_statement", .controlFlowStructure, "Loop")
        try expectLabel(.php, mark("catch (RoutingException $e) {\n        continue;\n    }", in: source),
                        node: "catch_clause", .controlFlowStructure, "Exception Handling")
        try expectLabel(.php, mark("continue;", in: source),
                        node: "continue_statement", .controlFlowStructure, "Jump")
        try expectLabel(.php, mark("404 => 'Not Found'", in: source),
                        node: "match_conditional_expression", .specialLanguageStructure, "Pattern Matching")
    }

    @Test("literals and types")
    func dataTypes() throws {
        try expectLabel(.php, "<?php\n$port = ⏩8080⏪;\n", node: "integer", .dataType, "Numeric")
        try expectLabel(.php, "<?php\n$debug = ⏩false⏪;\n", node: "boolean", .dataType, "Boolean")
        try expectLabel(.php, "<?php\n$next = ⏩null⏪;\n", node: "null", .dataType, "Special Value")
        try expectLabel(.php, "<?php\n$greeting = ⏩\"Hello, {$user->name}\"⏪;\n", node: "encapsed_string",
                        .dataType, "String")
        try expectLabel(.php, "<?php\n$headers = ⏩['Content-Type' => 'text/html']⏪;\n",
                        node: "array_creation_expression", .dataType, "Composite Type")
        try expectLabel(.php, "<?php\nfunction find(int $id): ⏩?Todo⏪ {}\n", node: "optional_type",
                        .dataType, "Composite Type")
        try expectLabel(.php, "<?php\nfunction total(): ⏩int⏪ {}\n", node: "primitive_type",
                        .dataType, "Primitive Type")
    }

    @Test("comments, directives, attributes, lambdas and inline HTML")
    func specialStructures() throws {
        try expectLabel(.php, mark("/**\n * An HTTP response.\n */", in: module),
                        node: "comment", .commentsAndDocumentation, "Documentation Comment")
        try expectLabel(.php, "<?php\nfunction f() {\n    ⏩// keep the original⏪\n    return 1;\n}\n", node: "comment",
                        .commentsAndDocumentation, "Single-line Comment")
        try expectLabel(.php, mark("declare(strict_types=1);", in: module),
                        node: "declare_statement", .preprocessingDirective, "Other")
        try expectLabel(.php, "<?php\nclass TodoController\n{\n    ⏩#[Route('/todos', methods: ['GET'])]⏪\n"
                            + "    public function index(): array { return []; }\n}\n",
                        node: "attribute_list", .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.php, "<?php\n$double = ⏩fn(int $x): int => $x * 2⏪;\n", node: "arrow_function",
                        .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.php, "⏩<?php⏪ if ($ok): ?>\n<p>Saved</p>\n<?php endif; ?>\n", node: "php_tag",
                        .preprocessingDirective, "Other")
        try expectLabel(.php, "<ul>\n<?php foreach ($items as $item): ⏩?>\n  <li>item</li>\n<?php⏪ endforeach; ?>\n",
                        node: "text_interpolation", .specialLanguageStructure, "Inline HTML")
    }
}
