/// Cross-file retrieval and prompt assembly (the config's `retrieval` section). Defaults are M2RC's where the paper
/// states them (10-line chunks and queries, Jaccard similarity, a 4,096-token prompt) and CrossCodeEval's where
/// M2RC defers to it (path distance ≤ 100, at most 1,000 candidate files and 1,000 chunks, top 5).
public struct RetrievalSettings: Codable, Sendable, Equatable {
    /// Retrieve at all; without it records carry an empty cross-file context.
    public var enabled = true
    /// Non-blank lines per chunk of a candidate file (chunks do not overlap).
    public var chunkLines = 10
    /// Non-blank lines at the end of the prefix that form the query.
    public var queryLines = 10
    /// Candidate files kept after ordering by path distance.
    public var maxCandidateFiles = 1_000
    /// Files farther than this (in folders, see `PathDistance`) are not candidates.
    public var maxPathDistance = 100
    /// Chunks scored per sample, taken in candidate-file order.
    public var maxChunks = 1_000
    public var scoring = Scoring.jaccard
    /// BM25Okapi's parameters (rank_bm25's defaults).
    public var bm25K1 = 1.5
    public var bm25B = 0.75
    public var bm25Epsilon = 0.25
    /// Snippets per sample.
    public var topK = 5
    /// CrossCodeEval's "rg1" trick: return the chunk that follows each best-matching chunk.
    public var nextChunk = false
    /// The query also holds the ground truth (an upper bound for experiments; such records are flagged).
    public var oracle = false
    /// The model prompt (snippets + prefix + suffix + FIM sentinels) is fitted to this many tokens.
    public var tokenBudget = 4_096
    /// `approximate` (see `ApproximateTokenCounter`) or the path of a Hugging Face `tokenizer.json`
    /// (byte-level BPE).
    public var tokenizer = RetrievalSettings.approximateTokenizer
    /// The sentinels and order of the model prompt and of instruct records' `fim` string.
    public var fim = FIMSettings()

    public static let approximateTokenizer = "approximate"

    public enum Scoring: String, Codable, Sendable, Equatable, CaseIterable {
        /// |q ∩ d| / |q ∪ d| over the sets of word tokens (M2RC).
        case jaccard
        /// Okapi BM25 over the candidate chunks as the corpus (CrossCodeEval's default).
        case bm25
    }

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case enabled, chunkLines = "chunk_lines", queryLines = "query_lines"
        case maxCandidateFiles = "max_candidate_files", maxPathDistance = "max_path_distance"
        case maxChunks = "max_chunks", scoring, bm25K1 = "bm25_k1", bm25B = "bm25_b", bm25Epsilon = "bm25_epsilon"
        case topK = "top_k", nextChunk = "next_chunk", oracle, tokenBudget = "token_budget", tokenizer, fim
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let defaults = RetrievalSettings()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func value<T: Decodable>(_ key: CodingKeys, _ fallback: T) throws -> T {
            try container.decodeIfPresent(T.self, forKey: key) ?? fallback
        }
        enabled = try value(.enabled, defaults.enabled)
        chunkLines = try value(.chunkLines, defaults.chunkLines)
        queryLines = try value(.queryLines, defaults.queryLines)
        maxCandidateFiles = try value(.maxCandidateFiles, defaults.maxCandidateFiles)
        maxPathDistance = try value(.maxPathDistance, defaults.maxPathDistance)
        maxChunks = try value(.maxChunks, defaults.maxChunks)
        scoring = try value(.scoring, defaults.scoring)
        bm25K1 = try value(.bm25K1, defaults.bm25K1)
        bm25B = try value(.bm25B, defaults.bm25B)
        bm25Epsilon = try value(.bm25Epsilon, defaults.bm25Epsilon)
        topK = try value(.topK, defaults.topK)
        nextChunk = try value(.nextChunk, defaults.nextChunk)
        oracle = try value(.oracle, defaults.oracle)
        tokenBudget = try value(.tokenBudget, defaults.tokenBudget)
        tokenizer = try value(.tokenizer, defaults.tokenizer)
        fim = try value(.fim, defaults.fim)
        func check(_ condition: Bool, _ key: CodingKeys, _ message: String) throws {
            if !condition {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: message)
            }
        }
        try check(chunkLines >= 1, .chunkLines, "chunk_lines must be at least 1")
        try check(queryLines >= 1, .queryLines, "query_lines must be at least 1")
        try check(maxCandidateFiles >= 0, .maxCandidateFiles, "max_candidate_files must not be negative")
        try check(maxPathDistance >= 0, .maxPathDistance, "max_path_distance must not be negative")
        try check(maxChunks >= 0, .maxChunks, "max_chunks must not be negative")
        try check(bm25K1 >= 0, .bm25K1, "bm25_k1 must not be negative")
        try check((0...1).contains(bm25B), .bm25B, "bm25_b must be between 0 and 1")
        try check(bm25Epsilon >= 0, .bm25Epsilon, "bm25_epsilon must not be negative")
        try check(topK >= 0, .topK, "top_k must not be negative")
        try check(tokenBudget >= 1, .tokenBudget, "token_budget must be at least 1")
        try check(!tokenizer.isEmpty, .tokenizer, "tokenizer is `approximate` or the path of a tokenizer.json")
    }
}
