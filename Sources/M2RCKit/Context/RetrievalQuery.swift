/// A sample's query: the last `query_lines` non-blank lines of the prefix (CrossCodeEval's "last N lines"), or in
/// oracle mode the last `query_lines` of the prefix's non-blank lines followed by the ground truth's, tokenised and
/// mapped onto the repository's token ids.
struct RetrievalQuery {
    /// The query lines joined with `\n`.
    let text: String
    /// The distinct tokens the repository knows, in the order first seen; a token's position here is its slot.
    let slotIDs: [Int32]
    /// Every token in order (repeats kept, for BM25): its slot, or -1 for a token no chunk of the repository has.
    let sequence: [Int32]
    /// Distinct tokens no chunk has (they still count in the Jaccard union).
    let unknownDistinct: Int

    var distinctCount: Int { slotIDs.count + unknownDistinct }

    init(prefix: String, groundtruth: String?, lines count: Int, vocabulary: ByteInterner) {
        var prefix = prefix
        var groundtruth = groundtruth ?? ""
        let oracle = !groundtruth.isEmpty
        var pieces: [[UInt8]] = []
        var slots: [Int32] = []
        var sequence: [Int32] = []
        var slotOfID: [Int32: Int32] = [:]
        var unknown = ByteInterner()
        func add(_ buffer: UnsafeBufferPointer<UInt8>, _ lines: ArraySlice<Range<Int>>) {
            for line in lines {
                pieces.append(Array(buffer[line]))
                WordTokenizer.forEachToken(buffer, in: line) { token in
                    let bytes = UnsafeBufferPointer(rebasing: buffer[token])
                    guard let id = vocabulary.find(bytes) else {
                        _ = unknown.intern(bytes)
                        sequence.append(-1)
                        return
                    }
                    if let slot = slotOfID[id] {
                        sequence.append(slot)
                    } else {
                        let slot = Int32(slots.count)
                        slotOfID[id] = slot
                        slots.append(id)
                        sequence.append(slot)
                    }
                }
            }
        }
        groundtruth.withUTF8 { truth in
            let truthLines = oracle ? TextLines.lastNonBlank(truth, count: count) : []
            prefix.withUTF8 { before in
                let prefixLines = TextLines.lastNonBlank(before, count: count - truthLines.count)
                add(before, prefixLines[...])
            }
            add(truth, truthLines[...])
        }
        text = pieces.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        slotIDs = slots
        self.sequence = sequence
        unknownDistinct = unknown.count
    }
}
