import Foundation
import M2RCKit
import Testing
@testable import TreeSitter

@Suite("Parsing and nodes")
struct ParserTests {
    @Test("nodes carry types, fields, UTF-8 byte ranges and points")
    func nodeBasics() throws {
        let source = "def café(x):\n    return x + 1\n"
        let tree = try parser("python").parse(source)
        let function = try #require(tree.root.namedChild(at: 0))
        #expect(function.type == "function_definition")
        #expect(function.isNamed)
        let name = try #require(function.child(field: "name"))
        #expect(name.text == "café")
        // "café" is 5 UTF-8 bytes: byte offsets, not characters.
        #expect(name.byteRange == 4..<9)
        #expect(name.startPoint == Point(row: 0, column: 4))
        #expect(name.endPoint == Point(row: 0, column: 9))
        #expect(function.fieldName(forChildAt: 1) == "name")
        let body = try #require(function.child(field: "body"))
        #expect(body.startPoint.row == 1)
        #expect(body.text == "return x + 1")
        #expect(function.children.map(\.type) == ["def", "identifier", "parameters", ":", "block"])
        #expect(!function.children[0].isNamed)
        #expect(name.parent == function)
        #expect(tree.root.descendant(forBytes: 4..<9)?.type == "identifier")
    }

    @Test("the walk visits every node once, in document order, with the root at depth 1")
    func walkOrderAndDepth() throws {
        let tree = try parser("javascript").parse("let a = [1, [2]];")
        var entered: [(String, Int)] = []
        var left = 0
        tree.walk(enter: { step in
            entered.append((step.node.type, step.depth))
            return .visitChildren
        }, leave: { _ in left += 1 })
        #expect(entered.first! == ("program", 1))
        #expect(entered.count == left)
        #expect(entered.map(\.0) == ["program", "lexical_declaration", "let", "variable_declarator", "identifier",
                                     "=", "array", "[", "number", ",", "array", "[", "number", "]", "]", ";"])
        let statistics = tree.statistics()
        #expect(statistics.nodes == entered.count)
        #expect(statistics.depth == entered.map(\.1).max())
        #expect(statistics.depth == 6)
    }

    @Test("a walk can skip subtrees and reports field names")
    func walkSkipsAndFields() throws {
        let tree = try parser("python").parse("x = f(1)\ny = 2\n")
        var seen: [String] = []
        var fields: [String] = []
        tree.walk(enter: { step in
            seen.append(step.node.type)
            if let field = step.fieldName { fields.append(field) }
            return step.node.type == "call" ? .skipChildren : .visitChildren
        }, leave: { _ in })
        #expect(!seen.contains("argument_list"))
        #expect(fields.contains("left") && fields.contains("right"))
    }

    @Test("the iterative S-expression equals tree-sitter's own for clean trees",
          arguments: GrammarSamples.byGrammar.map(\.grammar))
    func sExpressionMatchesC(symbol: String) throws {
        let sample = try #require(GrammarSamples.byGrammar.first { $0.grammar == symbol })
        let tree = try parser(symbol).parse(sample.source)
        #expect(tree.sExpression() == tree.root.cSExpression)
    }

    @Test("S-expressions mark missing nodes as tree-sitter does")
    func sExpressionMissing() throws {
        let tree = try parser("c").parse("int main(void) { return 0 }")
        #expect(tree.statistics().missingNodes == 1)
        #expect(tree.sExpression() == tree.root.cSExpression)
        #expect(tree.sExpression().contains("(MISSING \";\")"))
    }

    @Test("a file nested 100,000 levels deep parses, walks and prints without recursion")
    func veryDeepNesting() throws {
        let depth = 100_000
        let source = "x = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let tree = try parser("python", timeout: .seconds(120)).parse(source)
        let statistics = tree.statistics()
        #expect(statistics.depth > depth)
        #expect(statistics.errors == 0)
        let printed = tree.sExpression()
        #expect(printed.hasPrefix("(module (expression_statement (assignment left: (identifier) right: (list (list"))
    }

    @Test("a 10 MB single-line file parses, and a short timeout is honoured")
    func hugeSingleLine() throws {
        var source = "var data = ["
        var index = 0
        while source.utf8.count < 10_000_000 {
            source += "\(index),"
            index += 1
        }
        source += "];"
        let bytes = Array(source.utf8)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: ParseError.timedOut(after: .milliseconds(5))) {
            try parser("javascript", timeout: .milliseconds(5)).parse(bytes)
        }
        #expect(clock.now - start < .seconds(5), "the timeout must stop the parse early")
        let tree = try parser("javascript", timeout: .seconds(120)).parse(bytes)
        #expect(tree.root.endByte == bytes.count)
        #expect(tree.statistics().errors == 0)
    }

    @Test("a parser that timed out parses the next file from scratch")
    func parserUsableAfterTimeout() throws {
        let javascript = try parser("javascript", timeout: .milliseconds(1))
        let big = Array(("var a = [" + String(repeating: "1,", count: 2_000_000) + "];").utf8)
        #expect(throws: ParseError.self) { try javascript.parse(big) }
        javascript.timeout = nil
        let tree = try javascript.parse("let ok = 1;")
        #expect(tree.root.type == "program")
        #expect(tree.statistics().errors == 0)
    }

    @Test("invalid UTF-8 and NUL bytes neither crash nor shift byte offsets",
          arguments: ["c", "python", "html", "rust"])
    func invalidBytes(symbol: String) throws {
        var bytes = Array("int x = 1; /* caf".utf8)
        bytes += [0xC3, 0x28, 0xFF, 0xFE, 0x00, 0x80]  // an invalid sequence, stray bytes and a NUL
        bytes += Array(" */\nint y = 2;\n".utf8) + [0x00, 0x00]
        let tree = try parser(symbol).parse(bytes)
        #expect(tree.root.endByte <= bytes.count)
        #expect(tree.source == bytes)
        _ = tree.statistics()
        _ = tree.sExpression()
        var lastEnd = 0
        tree.walk { step in
            #expect(step.node.startByte <= step.node.endByte)
            lastEnd = max(lastEnd, step.node.endByte)
        }
        #expect(lastEnd <= bytes.count)
    }

    @Test("empty input gives an empty root")
    func emptyInput() throws {
        let tree = try parser("go").parse([UInt8]())
        #expect(tree.root.byteRange == 0..<0)
        #expect(tree.sExpression() == tree.root.cSExpression)
    }

    @Test("trees and nodes outlive the parser that made them")
    func ownership() throws {
        var node: Node?
        do {
            let tree = try parser("rust").parse("fn main() { let x = 1; }")
            node = tree.root.namedChild(at: 0)
        }
        #expect(node?.type == "function_item")
        #expect(node?.child(field: "name")?.text == "main")
    }
}
