import Foundation
import Testing
import TreeSitter
@testable import M2RCKit

@Suite("Label tables")
struct LabelTableTests {
    @Test("every table maps every named node type of its grammars, with valid classes and subcategories",
          arguments: Language.allCases)
    func tableIsCompleteAndValid(language: Language) throws {
        let table = try LabelTables.table(for: language)
        let profile = language.profile
        let grammars = try ([profile.grammar] + profile.grammarVariants.values.sorted()).map {
            try testCatalog.grammar(symbol: $0)
        }
        let problems = table.problems(grammars: grammars)
        let report = problems.prefix(30).map(\.description).joined(separator: "\n")
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(report)")
    }

    @Test("Documentation/Languages.md is generated from the tables")
    func documentationIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent(LabelDocumentation.path), encoding: .utf8)
        #expect(committed == LabelDocumentation.markdown(),
                "regenerate it: .build/debug/m2rc labels markdown > \(LabelDocumentation.path)")
    }

    @Test("the table format: plain and context rules, additions, and errors with line numbers")
    func format() throws {
        let table = try LabelTable(language: .python, source: """
            # a comment
            identifier | Identifier and Scope | Identifier   # trailing comment
            identifier in call.function | Expression | Function Call
            identifier in *.name within class_definition | Declaration and Definition | Class
            + Expression | Walrus | the taxonomy has no assignment expression
            """)
        #expect(table.rules.count == 3)
        #expect(table.additions.map(\.subcategory) == ["Walrus"])
        #expect(table.label(nodeType: "identifier", field: "function", ancestors: ["module", "call"])
                == SemanticLabel(.expression, "Function Call"))
        #expect(table.label(nodeType: "identifier", field: "name", ancestors: ["class_definition", "x"])
                == SemanticLabel(.declarationAndDefinition, "Class"))
        #expect(table.label(nodeType: "identifier", field: "name", ancestors: ["function_definition"])
                == SemanticLabel(.identifierAndScope, "Identifier"))
        #expect(table.label(nodeType: "nothing", field: nil, ancestors: []) == nil)
        #expect(throws: LabelTableError(language: .go, line: 2, message: "`Expressions` is not one of the 11 class names")) {
            try LabelTable(language: .go, source: "\ncall_expression | Expressions | Function Call")
        }
        #expect(throws: LabelTableError.self) { try LabelTable(language: .go, source: "a in | Expression | x") }
        #expect(throws: LabelTableError.self) { try LabelTable(language: .go, source: "a | Expression") }
    }

    @Test("checks catch unknown types, fields, subcategories and duplicates")
    func problemsAreFound() throws {
        let table = try LabelTable(language: .python, source: """
            identifier | Identifier and Scope | Identifier
            identifier | Identifier and Scope | Identifier
            nosuchtype | Expression | Function Call
            identifier in call.nosuchfield | Expression | Function Call
            integer | Data Type | Integers
            comment | Comments and Documentation | -
            """)
        let problems = table.problems(grammars: [try testCatalog.grammar(symbol: "python")]).map(\.description)
        #expect(problems.contains { $0.contains("line 2") && $0.contains("second plain rule") })
        #expect(problems.contains { $0.contains("line 3") && $0.contains("nosuchtype") })
        #expect(problems.contains { $0.contains("line 4") && $0.contains("nosuchfield") })
        #expect(problems.contains { $0.contains("line 5") && $0.contains("Integers") })
        #expect(problems.contains { $0.contains("line 6") && $0.contains("`-`") })
        #expect(problems.contains { $0.contains("`module` has no plain rule") })
    }

    @Test("buckets: ⌈depth / (N/10)⌉ in integers, always 1…10")
    func buckets() {
        #expect(DepthBucket.bucket(depth: 1, treeDepth: 1) == 10)
        #expect(DepthBucket.bucket(depth: 1, treeDepth: 10) == 1)
        #expect(DepthBucket.bucket(depth: 10, treeDepth: 10) == 10)
        #expect(DepthBucket.bucket(depth: 3, treeDepth: 15) == 2)
        #expect(DepthBucket.bucket(depth: 1, treeDepth: 25) == 1)
        #expect(DepthBucket.bucket(depth: 4, treeDepth: 25) == 2)
        #expect(DepthBucket.bucket(depth: 25, treeDepth: 25) == 10)
        for n in 1...60 {
            for d in 1...n {
                let bucket = DepthBucket.bucket(depth: d, treeDepth: n)
                #expect((1...10).contains(bucket))
                #expect(bucket == Int((Double(d) / (Double(n) / 10)).rounded(.up)) || (Double(d * 10) / Double(n)).rounded(.up) == Double(bucket))
            }
        }
    }
}
