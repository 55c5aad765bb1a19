/// A file of the repository as retrieval sees it.
public struct ContextFile: Sendable {
    public let path: String
    public let language: Language
    public let text: String

    public init(path: String, language: Language, text: String) {
        self.path = path
        self.language = language
        self.text = text
    }
}

/// Cross-file retrieval over one repository at one commit, built once and shared by all its samples.
///
/// For a sample of file F in language L, the candidates are the other files of L (never F itself, matched by path),
/// ordered by `PathDistance` from F and then by path (byte order), those farther than `max_path_distance` dropped,
/// the first `max_candidate_files` kept. Their chunks are taken in that order, at most `max_chunks`, scored against
/// the query (`ChunkScorer`), and ranked by score, highest first; ties go to the chunk that comes first in candidate
/// order, that is to the nearer file, then the path that sorts first, then the earlier chunk. Never the order files
/// were read or hashed. The first `top_k` are returned; with `next_chunk`, each ranked chunk is replaced by the chunk
/// that follows it in its file (itself when it is the last), skipping a text already returned, until `top_k`.
public final class RepositoryContextIndex: Sendable {
    public let settings: RetrievalSettings
    private let stores: [Language: ChunkStore]
    private let vocabulary: ByteInterner

    public init(files: [ContextFile], settings: RetrievalSettings) {
        self.settings = settings
        var vocabulary = ByteInterner()
        var stores: [Language: ChunkStore] = [:]
        // Stable sort by path bytes: a store's order, and so every id, never depends on the order of `files`.
        let sorted = files.enumerated().sorted { left, right in
            if left.element.path.utf8.elementsEqual(right.element.path.utf8) { return left.offset < right.offset }
            return left.element.path.utf8.lexicographicallyPrecedes(right.element.path.utf8)
        }
        // A path listed twice keeps its first listing.
        var previous: String?
        for (_, file) in sorted where !(previous.map { $0.utf8.elementsEqual(file.path.utf8) } ?? false) {
            previous = file.path
            stores[file.language, default: ChunkStore()].add(
                path: file.path, bytes: Array(file.text.utf8), chunkLines: settings.chunkLines, vocabulary: &vocabulary)
        }
        self.stores = stores
        self.vocabulary = vocabulary
    }

    public convenience init(files: [(path: String, language: Language, text: String)], settings: RetrievalSettings) {
        self.init(files: files.map { ContextFile(path: $0.path, language: $0.language, text: $0.text) },
                  settings: settings)
    }

    /// The cross-file context of a mined sample.
    public func context(for sample: MinedSample) -> CrossFileContext {
        context(path: sample.file.path, language: sample.file.language, prefix: sample.prompt,
                groundtruth: sample.groundtruth)
    }

    /// The cross-file context for a completion at the end of `prefix` in the file at `path`. `groundtruth` is read
    /// only in oracle mode.
    public func context(path: String, language: Language, prefix: String, groundtruth: String) -> CrossFileContext {
        let oracle = settings.oracle
        guard settings.enabled, settings.topK > 0, let store = stores[language] else {
            return .empty(language: language, oracle: oracle)
        }
        let candidates = candidateChunks(store, excluding: path)
        guard !candidates.isEmpty else { return .empty(language: language, oracle: oracle) }
        let query = RetrievalQuery(prefix: prefix, groundtruth: oracle ? groundtruth : nil,
                                   lines: settings.queryLines, vocabulary: vocabulary)
        let scores = ChunkScorer(store: store, vocabularySize: vocabulary.count)
            .scores(of: candidates, query: query, settings: settings)
        // Candidate positions by score, highest first, then by position (the documented tie-break).
        let ranked = candidates.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return CrossFileContext(language: language, snippets: select(ranked, candidates, scores, store),
                                oracle: oracle, query: query.text)
    }

    /// Chunks indexed for a language.
    public func chunkCount(of language: Language) -> Int { stores[language]?.chunkCount ?? 0 }

    /// Every chunk of a language, in index order: its file, its index in the file, its text.
    func chunks(of language: Language) -> [(path: String, index: Int, text: String)] {
        guard let store = stores[language] else { return [] }
        return (0..<store.chunkCount).map { chunk in
            (store.files[Int(store.chunkFile[chunk])].path, store.indexInFile(chunk), store.text(of: chunk))
        }
    }

    /// Bytes the index holds, roughly (file texts, chunk tables, the token vocabulary).
    public var approximateBytes: Int {
        stores.values.map(\.approximateBytes).reduce(0, +) + vocabulary.approximateBytes
    }

    /// The candidate chunks of a sample, in candidate order.
    private func candidateChunks(_ store: ChunkStore, excluding path: String) -> [Int] {
        let own = PathDistance.folders(of: path)
        var files: [(distance: Int, file: Int)] = []
        for (index, file) in store.files.enumerated() where !file.path.utf8.elementsEqual(path.utf8) {
            let distance = PathDistance.between(folders: own, file.folders)
            if distance <= settings.maxPathDistance { files.append((distance, index)) }
        }
        files.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.file < $1.file }
        var chunks: [Int] = []
        for candidate in files.prefix(settings.maxCandidateFiles) {
            for chunk in store.files[candidate.file].chunks {
                guard chunks.count < settings.maxChunks else { return chunks }
                chunks.append(chunk)
            }
        }
        return chunks
    }

    private func select(_ ranked: [Int], _ candidates: [Int], _ scores: [Double],
                        _ store: ChunkStore) -> [RetrievedSnippet] {
        func snippet(_ chunk: Int, score: Double) -> RetrievedSnippet {
            let file = store.files[Int(store.chunkFile[chunk])]
            return RetrievedSnippet(
                path: file.path, chunkIndex: store.indexInFile(chunk), text: store.text(of: chunk), score: score,
                firstRow: Int(file.rows[Int(store.chunkLineStart[chunk])]),
                lastRow: Int(file.rows[Int(store.chunkLineEnd[chunk]) - 1]))
        }
        guard settings.nextChunk else {
            return ranked.prefix(settings.topK).map { snippet(candidates[$0], score: scores[$0]) }
        }
        var selected: [RetrievedSnippet] = []
        for position in ranked {
            let chunk = candidates[position]
            let next = chunk + 1 < store.chunkCount && store.chunkFile[chunk + 1] == store.chunkFile[chunk]
                ? chunk + 1 : chunk
            let candidate = snippet(next, score: scores[position])
            guard !selected.contains(where: { $0.text.utf8.elementsEqual(candidate.text.utf8) }) else { continue }
            selected.append(candidate)
            if selected.count == settings.topK { break }
        }
        return selected
    }
}
