/// The chunks of the files of one language of one repository, built once and read by every sample of it.
///
/// Chunking follows CrossCodeEval: blank lines dropped, the rest cut into consecutive, non-overlapping groups of
/// `chunkLines` lines (the last may be shorter); a group with no word token is not a chunk, and chunk indices count
/// only the chunks kept (so a chunk's id is `path|index`). Tokens are interned to integer ids; each chunk keeps its
/// distinct ids in ascending order with their counts, and its token count with repeats (BM25's document length).
struct ChunkStore: Sendable {
    struct File: Sendable {
        let path: String
        let folders: [Substring]
        let bytes: [UInt8]
        /// The non-blank lines: byte ranges and 0-based rows.
        let lines: [Range<Int>]
        let rows: [Int32]
        /// The file's chunks, as indices into the store's chunk arrays.
        let chunks: Range<Int>
    }

    private(set) var files: [File] = []
    /// Per chunk: its file, its first and past-the-end line (indices into the file's `lines`), its token count.
    private(set) var chunkFile: [Int32] = []
    private(set) var chunkLineStart: [Int32] = []
    private(set) var chunkLineEnd: [Int32] = []
    private(set) var chunkLength: [Int32] = []
    /// Per chunk, `termOffsets[c]..<termOffsets[c + 1]` in `terms` and `termCounts`.
    private(set) var termOffsets: [Int32] = [0]
    private(set) var terms: [Int32] = []
    private(set) var termCounts: [Int32] = []

    var chunkCount: Int { chunkFile.count }

    func termRange(of chunk: Int) -> Range<Int> { Int(termOffsets[chunk])..<Int(termOffsets[chunk + 1]) }

    /// Adds a file; files must come in the order the store keeps them (by path).
    mutating func add(path: String, bytes: [UInt8], chunkLines: Int, vocabulary: inout ByteInterner) {
        let fileIndex = Int32(files.count)
        let firstChunk = chunkCount
        var lines: [Range<Int>] = []
        var rows: [Int32] = []
        var scratch: [Int32] = []
        bytes.withUnsafeBufferPointer { buffer in
            for line in TextLines.nonBlank(buffer) {
                lines.append(line.range)
                rows.append(Int32(line.row))
            }
            var start = 0
            while start < lines.count {
                let end = min(start + chunkLines, lines.count)
                scratch.removeAll(keepingCapacity: true)
                for line in lines[start..<end] {
                    WordTokenizer.forEachToken(buffer, in: line) { token in
                        scratch.append(vocabulary.intern(UnsafeBufferPointer(rebasing: buffer[token])))
                    }
                }
                if !scratch.isEmpty {
                    appendChunk(file: fileIndex, lines: start..<end, tokens: &scratch)
                }
                start = end
            }
        }
        files.append(File(path: path, folders: PathDistance.folders(of: path), bytes: bytes, lines: lines,
                          rows: rows, chunks: firstChunk..<chunkCount))
    }

    private mutating func appendChunk(file: Int32, lines: Range<Int>, tokens: inout [Int32]) {
        chunkFile.append(file)
        chunkLineStart.append(Int32(lines.lowerBound))
        chunkLineEnd.append(Int32(lines.upperBound))
        chunkLength.append(Int32(tokens.count))
        tokens.sort()
        var index = 0
        while index < tokens.count {
            var next = index + 1
            while next < tokens.count, tokens[next] == tokens[index] { next += 1 }
            terms.append(tokens[index])
            termCounts.append(Int32(next - index))
            index = next
        }
        termOffsets.append(Int32(terms.count))
    }

    /// A chunk's text: its lines, verbatim, joined with `\n`.
    func text(of chunk: Int) -> String {
        let file = files[Int(chunkFile[chunk])]
        var bytes: [UInt8] = []
        for line in Int(chunkLineStart[chunk])..<Int(chunkLineEnd[chunk]) {
            if line > Int(chunkLineStart[chunk]) { bytes.append(UInt8(ascii: "\n")) }
            bytes += file.bytes[file.lines[line]]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The index of a chunk within its file (the `index` of `path|index`).
    func indexInFile(_ chunk: Int) -> Int { chunk - files[Int(chunkFile[chunk])].chunks.lowerBound }

    /// Bytes held, roughly (array payloads), for the benchmark's memory figures.
    var approximateBytes: Int {
        var total = (chunkFile.count + chunkLineStart.count + chunkLineEnd.count + chunkLength.count
                     + termOffsets.count + terms.count + termCounts.count) * MemoryLayout<Int32>.stride
        for file in files {
            total += file.bytes.count + file.path.utf8.count + file.lines.count * MemoryLayout<Range<Int>>.stride
                + file.rows.count * MemoryLayout<Int32>.stride + file.folders.count * MemoryLayout<Substring>.stride
        }
        return total
    }
}

extension ByteInterner {
    /// Bytes held, roughly, for the benchmark's memory figures.
    var approximateBytes: Int {
        // Per token: about 8 bytes of text, an end offset (4), a hash (8), and 2 to 4 table slots (4 each).
        count * (8 + 4 + 8 + 16)
    }
}
