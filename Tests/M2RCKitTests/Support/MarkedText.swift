import Testing
import TreeSitter
@testable import M2RCKit

/// A snippet with one span marked `⏩…⏪`: the source without the markers, and the span's UTF-8 byte range.
struct MarkedText {
    let source: String
    let span: Range<Int>

    static let start = "⏩"
    static let end = "⏪"

    init(_ marked: String) {
        let before = marked.components(separatedBy: Self.start)
        precondition(before.count == 2, "mark exactly one span with ⏩…⏪")
        let after = before[1].components(separatedBy: Self.end)
        precondition(after.count == 2, "mark exactly one span with ⏩…⏪")
        source = before[0] + after[0] + after[1]
        let lower = before[0].utf8.count
        span = lower..<(lower + after[0].utf8.count)
    }
}

/// The grammars the tests parse with.
let testCatalog: GrammarCatalog = {
    do {
        return try GrammarCatalog.locate()
    } catch {
        fatalError("\(error)")
    }
}()

/// The labelled nodes of a snippet of `language` (`path` picks a grammar variant, e.g. `x.tsx`).
func labeledNodes(_ language: Language, _ source: String, path: String = "") throws -> [LabeledNode] {
    let tree = try SourceParser(catalog: testCatalog).parse(Array(source.utf8), language: language, path: path)
    return try NodeLabeler(language: language, grammar: tree.grammar).labeledNodes(of: tree)
}

/// Asserts that the marked span is a node of `nodeType` with the given labels (and depth/bucket when given).
func expectLabel(
    _ language: Language, _ marked: String, path: String = "",
    node nodeType: String, _ semanticClass: SemanticClass, _ subcategory: String?,
    depth: Int? = nil, bucket: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let text = MarkedText(marked)
    let nodes = try labeledNodes(language, text.source, path: path)
    let atSpan = nodes.filter { $0.byteRange == text.span }
    guard let node = atSpan.first(where: { $0.nodeType == nodeType }) else {
        let there = atSpan.map(\.nodeType).joined(separator: ", ")
        Issue.record("no `\(nodeType)` node spans the marked text; nodes there: \(there)", sourceLocation: sourceLocation)
        return
    }
    #expect(node.label == SemanticLabel(semanticClass, subcategory), sourceLocation: sourceLocation)
    #expect(!node.hasError, "the snippet must parse cleanly", sourceLocation: sourceLocation)
    if let depth { #expect(node.depth == depth, sourceLocation: sourceLocation) }
    if let bucket { #expect(node.bucket == bucket, sourceLocation: sourceLocation) }
}
