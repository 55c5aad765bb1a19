import TreeSitter

/// A node that may become a completion span, with everything sampling and labelling need, as plain values.
public struct SpanCandidate: Sendable, Equatable {
    public let symbol: UInt16
    public let byteRange: Range<Int>
    public let startPoint: Point
    public let endPoint: Point
    /// The node's layer (root = 1).
    public let depth: Int
    public let lines: Int
    /// The field the node fills in its parent, and its place in the file's lineage: what its label needs.
    let fieldID: UInt16
    let lineageIndex: Int32

    public var isMultiline: Bool { lines >= 2 }
}

/// Every candidate span of a file, and the file's number of layers (N of the bucket rule).
///
/// Labels are computed on demand: most candidates are never drawn, and a label's context rules look at the
/// node's ancestors, which the lineage (every node's symbol and parent) gives back without keeping a stack per node.
public struct FileCandidates: Sendable {
    public let candidates: [SpanCandidate]
    public let treeDepth: Int
    let labels: BoundLabelTable
    let lineageSymbols: [UInt16]
    let lineageParents: [Int32]

    /// The candidate's semantic label.
    public func label(of candidate: SpanCandidate) -> SemanticLabel? {
        var ancestors: [UInt16] = []
        var index = lineageParents[Int(candidate.lineageIndex)]
        while index >= 0 {
            ancestors.append(lineageSymbols[Int(index)])
            index = lineageParents[Int(index)]
        }
        ancestors.reverse()
        return labels.label(symbol: candidate.symbol, fieldID: candidate.fieldID, ancestors: ancestors)
    }
}

/// Finds the candidate spans of a tree: every node but the root, outside ERROR nodes, whose subtree has no ERROR or
/// MISSING node and
/// whose text passes M2RC's filters (at most `maxLines` lines; not white space only; if shorter than
/// `shortSpanCharacters` characters, at least `minAlphabeticShare` of them letters). One walk, no recursion.
public struct CandidateFinder: Sendable {
    public let rules: MiningRules
    public let labels: BoundLabelTable

    public init(rules: MiningRules, labels: BoundLabelTable) {
        self.rules = rules
        self.labels = labels
    }

    public func candidates(in tree: Tree) -> FileCandidates {
        var candidates: [SpanCandidate] = []
        // Every entered node's symbol and parent (an index into these arrays), and the open ancestors' indices.
        var lineageSymbols: [UInt16] = []
        var lineageParents: [Int32] = []
        var open: [Int32] = []
        var treeDepth = 0
        // Roughly one named node per 6 bytes of source: reserve once instead of growing.
        lineageSymbols.reserveCapacity(tree.source.count / 6)
        lineageParents.reserveCapacity(tree.source.count / 6)
        candidates.reserveCapacity(tree.source.count / 12)
        let source = tree.source
        source.withUnsafeBufferPointer { bytes in
            tree.walk(enter: { step in
                treeDepth = max(treeDepth, step.depth)
                let node = step  // the step's own accessors: no node object, no reference counting
                let symbol = node.symbol
                let named = node.isNamed
                // Anonymous tokens are leaves: never a parent, so never in the lineage (-1 keeps the stack even).
                guard named || rules.includeAnonymous else {
                    open.append(-1)
                    return .visitChildren
                }
                let index = Int32(lineageSymbols.count)
                lineageSymbols.append(symbol)
                lineageParents.append(open.last(where: { $0 >= 0 }) ?? -1)
                defer { open.append(index) }
                // Nothing inside an ERROR node is a span: it is text the grammar could not place.
                if node.isError { return .skipChildren }
                // A node with an error inside contributes nothing, but its clean descendants still may.
                guard step.depth > 1, !node.hasError else { return .visitChildren }
                let start = node.startPoint
                let end = node.endPoint
                // Lines from the points, not the bytes (spans nest, so scanning each would cost bytes × depth): a
                // span ending just after a newline ends at column 0 of the next row, which holds none of its text.
                let lines = end.row == start.row ? 1 : end.row - start.row + (end.column > 0 ? 1 : 0)
                guard lines <= rules.maxLines else { return .visitChildren }
                let range = node.byteRange
                guard !range.isEmpty, passesTextFilters(UnsafeBufferPointer(rebasing: bytes[range])) else {
                    return .visitChildren
                }
                candidates.append(SpanCandidate(
                    symbol: symbol, byteRange: range, startPoint: start, endPoint: end, depth: step.depth, lines: lines,
                    fieldID: step.fieldID, lineageIndex: index))
                return .visitChildren
            }, leave: { _ in open.removeLast() })
        }
        return FileCandidates(candidates: candidates, treeDepth: treeDepth, labels: labels,
                              lineageSymbols: lineageSymbols, lineageParents: lineageParents)
    }

    /// Not white space only; short spans need enough letters. Characters are Unicode scalars.
    func passesTextFilters(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var isBlank = true
        for byte in text where !(byte == 0x20 || (0x09...0x0D).contains(byte)) {
            isBlank = false
            break
        }
        if isBlank {
            // Only ASCII white space was seen; a non-ASCII space (U+3000, …) alone is rare enough to decode.
            return false
        }
        // A span of 4 × shortSpanCharacters bytes or more has at least that many scalars: not short.
        guard text.count < rules.shortSpanCharacters * 4 else { return true }
        var scalars = 0
        var letters = 0
        var nonBlank = false
        if !text.contains(where: { $0 >= 0x80 }) {
            // ASCII, the common case: no decoding, no allocation.
            for byte in text {
                scalars += 1
                if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") { letters += 1 }
                if !(byte == 0x20 || (0x09...0x0D).contains(byte) || (0x1C...0x1F).contains(byte)) { nonBlank = true }
            }
        } else {
            for scalar in String(decoding: text, as: UTF8.self).unicodeScalars {
                scalars += 1
                if scalar.properties.isAlphabetic { letters += 1 }
                if !scalar.properties.isWhitespace { nonBlank = true }
            }
        }
        guard nonBlank else { return false }
        guard scalars < rules.shortSpanCharacters else { return true }
        return Double(letters) >= rules.minAlphabeticShare * Double(scalars)
    }
}
