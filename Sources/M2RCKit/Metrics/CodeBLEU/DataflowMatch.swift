import TreeSitter

/// Builds a source's dataflow tokens, finishes its edges the way the reference's `get_data_flow` does, normalises
/// them, and counts matches.
enum DataflowMatch {
    /// `tree_to_token_index` and `index_to_code`: every token leaf in document order; its text is the source line
    /// sliced with the node's **byte** columns used as **code point** indices (the reference's quirk), and a leaf
    /// resolves to the last token with the same start and end.
    /// Fills `result` (its arrays keep their capacity from one source to the next) with the tokens of `table`.
    static func tokens(table: NodeTable, source: [UInt8], extractor: DataflowExtractor, into result: inout DataflowTokens) {
        result.removeAll()
        result.tokenOfNode.append(contentsOf: repeatElement(-1, count: table.count))
        result.typeIsCode.append(contentsOf: repeatElement(false, count: table.count))
        // The table is in document order, parents first: a leaf is a token unless it lies inside another token
        // (a string's parts).
        var leaves = result.takeLeaves()
        var insideToken = result.takeInsideToken(count: table.count)
        for node in 0..<table.count {
            let parent = Int(table.parents[node])
            if parent >= 0 && (insideToken[parent] || result.tokenOfNode[parent] == -2) {
                insideToken[node] = true
            } else if extractor.isTokenLeaf(node, in: table) {
                leaves.append(node)
                result.tokenOfNode[node] = -2  // marks a token while scanning; resolved below
            }
        }

        // ASCII text with byte columns: a one-line token's text is its bytes. Anything else goes through
        // `SourceLines`, which slices as the reference does.
        let ascii = source.withUnsafeBufferPointer { bytes in bytes.allSatisfy { $0 < 0x80 } }
        var lines: SourceLines?
        var scratch: [UInt8] = []
        source.withUnsafeBufferPointer { bytes in
            for node in leaves {
                let start = Int(table.startBytes[node])
                let end = Int(table.endBytes[node])
                let code: Int32
                if ascii && table.startRows[node] == table.endRows[node] && start <= end && end <= bytes.count {
                    code = result.codeBytes.intern(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                } else {
                    if lines == nil { lines = SourceLines(source) }
                    lines!.slice(startRow: Int(table.startRows[node]), startColumn: Int(table.startColumns[node]),
                                 endRow: Int(table.endRows[node]), endColumn: Int(table.endColumns[node]),
                                 into: &scratch)
                    code = scratch.withUnsafeBufferPointer { result.codeBytes.intern($0) }
                }
                result.codeOfToken.append(code)
                result.startBytes.append(UInt32(start))
                result.endBytes.append(UInt32(end))
            }
        }
        // Tokens with equal spans (zero-width ones) are adjacent: each resolves to the last of its run, whose text
        // is its own (same span, same text).
        var position = leaves.count - 1
        while position >= 0 {
            var last = position
            while last + 1 < leaves.count && result.startBytes[last + 1] == result.startBytes[position]
                && result.endBytes[last + 1] == result.endBytes[position]
            {
                last += 1
            }
            let node = leaves[position]
            result.tokenOfNode[node] = Int32(last)
            result.typeIsCode[node] = result.typeIsCode(symbol: table.symbols[node], token: Int32(last),
                                                        names: extractor.typeNames)
            position -= 1
        }
        // insideToken is free again: it marks the texts seen.
        var distinct = true
        for index in 0..<min(insideToken.count, result.codeBytes.count) { insideToken[index] = false }
        if insideToken.count < result.codeBytes.count {
            insideToken.append(contentsOf: repeatElement(false, count: result.codeBytes.count - insideToken.count))
        }
        for node in leaves where !result.typeIsCode[node] {
            let code = Int(result.codeOfToken[Int(result.tokenOfNode[node])])
            if insideToken[code] {
                distinct = false
                break
            }
            insideToken[code] = true
        }
        result.variableTextsAreDistinct = distinct
        result.giveBack(leaves: leaves, insideToken: insideToken)
    }

    private static func span(_ node: Int, _ table: NodeTable) -> UInt64 {
        UInt64(table.startBytes[node]) << 32 | UInt64(table.endBytes[node])
    }

    /// The rest of `get_data_flow`: edges sorted by token index (stably); kept when their token has parents or is
    /// some edge's parent; edges of one token merged (the later edge's name and relation, parents joined in order
    /// of first occurrence).
    static func finish(_ extracted: [DataflowEdge], tokenCount: Int) -> [DataflowEdge] {
        var edges = extracted
        DataflowExtractor.stableSortByIndex(&edges)
        var referenced = Array(repeating: false, count: tokenCount)
        for edge in edges {
            if !edge.parentIndices.isEmpty { referenced[Int(edge.index)] = true }
            for parent in edge.parentIndices { referenced[Int(parent)] = true }
        }
        var merged: [DataflowEdge] = []
        for edge in edges where referenced[Int(edge.index)] {
            if let last = merged.last, last.index == edge.index {
                merged[merged.count - 1] = DataflowEdge(
                    name: edge.name, index: edge.index, computed: edge.computed,
                    parents: DataflowExtractor.orderedUnion(last.parents, edge.parents),
                    parentIndices: DataflowExtractor.orderedUnion(last.parentIndices, edge.parentIndices))
            } else {
                merged.append(edge)
            }
        }
        return merged
    }

    /// `normalize_dataflow`: names renamed `var_0`, `var_1`, … in order of appearance (each edge's parents first,
    /// then its variable). Each edge becomes [variable, relation, parents…], interned as one id: two edges are
    /// equal exactly when their ids are. `names` is the number of distinct token texts (names are below it).
    static func normalize(_ edges: [DataflowEdge], names: Int, interner: inout SequenceInterner) -> [UInt32] {
        var renamed = Array(repeating: Int32(-1), count: names)
        var next: Int32 = 0
        func rename(_ name: Int32) -> UInt32 {
            if renamed[Int(name)] < 0 {
                renamed[Int(name)] = next
                next += 1
            }
            return UInt32(renamed[Int(name)])
        }
        var parts: [UInt32] = []
        return edges.map { edge in
            parts.removeAll(keepingCapacity: true)
            parts.append(0)
            parts.append(edge.computed ? 1 : 0)
            for parent in edge.parents { parts.append(rename(parent)) }
            parts[0] = rename(edge.name)
            return interner.intern(parts[...])
        }
    }

    /// Reference edges found among the candidate's, each candidate edge used once (the reference removes a
    /// matched edge from the candidate's list): the size of the multisets' intersection. `counts` is scratch
    /// covering every edge id.
    static func matches(reference: [UInt32], candidate: [UInt32], counts: inout [Int32]) -> Int {
        for edge in candidate { counts[Int(edge)] += 1 }
        var matched = 0
        for edge in reference where counts[Int(edge)] > 0 {
            counts[Int(edge)] -= 1
            matched += 1
        }
        for edge in candidate { counts[Int(edge)] = 0 }
        return matched
    }
}

/// A source split on "\n", sliced the way the reference's `index_to_code_token` slices Python strings.
struct SourceLines {
    private let source: [UInt8]
    private var starts: [Int] = []
    private var ends: [Int] = []
    /// Per line, for a non-ASCII line, the byte offset of each code point and of the line's end; else empty.
    private var scalarOffsets: [[Int]] = []

    init(_ source: [UInt8]) {
        self.source = source
        var start = 0
        var ascii = true
        for (index, byte) in source.enumerated() {
            if byte == 0x0A {
                add(start, index, ascii)
                start = index + 1
                ascii = true
            } else if byte >= 0x80 {
                ascii = false
            }
        }
        add(start, source.count, ascii)
    }

    private mutating func add(_ start: Int, _ end: Int, _ ascii: Bool) {
        if !ascii {
            var offsets: [Int] = []
            var index = start
            while index < end {
                offsets.append(index)
                let byte = source[index]
                index += byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            }
            offsets.append(end)
            scalarOffsets.append(offsets)
        } else {
            scalarOffsets.append([])
        }
        starts.append(start)
        ends.append(end)
    }

    /// Appends `line[from:to]` (Python slice semantics on code points) to `output`.
    private func append(line: Int, from: Int?, to: Int?, into output: inout [UInt8]) {
        guard line < starts.count else { return }
        let offsets = scalarOffsets[line]
        if !offsets.isEmpty {
            let count = offsets.count - 1
            let lower = min(from ?? 0, count)
            let upper = min(to ?? count, count)
            if lower < upper { output.append(contentsOf: source[offsets[lower]..<offsets[upper]]) }
        } else {
            let count = ends[line] - starts[line]
            let lower = min(from ?? 0, count)
            let upper = min(to ?? count, count)
            if lower < upper { output.append(contentsOf: source[(starts[line] + lower)..<(starts[line] + upper)]) }
        }
    }

    func slice(startRow: Int, startColumn: Int, endRow: Int, endColumn: Int, into output: inout [UInt8]) {
        output.removeAll(keepingCapacity: true)
        if startRow == endRow {
            append(line: startRow, from: startColumn, to: endColumn, into: &output)
            return
        }
        append(line: startRow, from: startColumn, to: nil, into: &output)
        if startRow + 1 < endRow {
            for line in (startRow + 1)..<endRow { append(line: line, from: nil, to: nil, into: &output) }
        }
        append(line: endRow, from: nil, to: endColumn, into: &output)
    }
}
