/// Which nodes may become completion spans, and how spans are drawn from a file (M2RC §3–4 as defaults).
public struct MiningRules: Codable, Sendable, Equatable {
    /// M2RC: the ground truth is at most 5 lines.
    public var maxLines = 5
    /// M2RC: a ground truth shorter than this many characters (Unicode scalars)…
    public var shortSpanCharacters = 20
    /// …must be at least this share alphabetic (Unicode letters).
    public var minAlphabeticShare = 0.2
    /// Anonymous tokens (keywords, operators) as candidates too; M2RC does not say, and they carry no label of
    /// their own, so they are left out by default.
    public var includeAnonymous = false
    /// Spans drawn per file (M2RC samples files: one each).
    public var samplesPerFile = 1
    public var strategy = SamplingStrategy.uniform
    /// For the test split: the share of draws made among multi-line candidates, so that at least 30% of test
    /// spans span two or more lines (M2RC's quota). The release writer checks the quota on what it keeps.
    public var testMultilineShare = 0.35
    /// Files whose parse takes longer are left out (seconds).
    public var parseTimeoutSeconds = 10.0

    public enum SamplingStrategy: String, Codable, Sendable, Equatable, CaseIterable {
        /// Every eligible node equally likely: M2RC's literal rule (dominated by identifiers and small expressions).
        case uniform
        /// First a (semantic class, bucket) group uniformly among the file's non-empty groups, then a node in it:
        /// rarer kinds of spans get their share.
        case stratified
    }

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case maxLines = "max_lines", shortSpanCharacters = "short_span_characters"
        case minAlphabeticShare = "min_alphabetic_share", includeAnonymous = "include_anonymous"
        case samplesPerFile = "samples_per_file", strategy, testMultilineShare = "test_multiline_share"
        case parseTimeoutSeconds = "parse_timeout_seconds"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let defaults = MiningRules()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        maxLines = try container.decodeIfPresent(Int.self, forKey: .maxLines) ?? defaults.maxLines
        shortSpanCharacters = try container.decodeIfPresent(Int.self, forKey: .shortSpanCharacters)
            ?? defaults.shortSpanCharacters
        minAlphabeticShare = try container.decodeIfPresent(Double.self, forKey: .minAlphabeticShare)
            ?? defaults.minAlphabeticShare
        includeAnonymous = try container.decodeIfPresent(Bool.self, forKey: .includeAnonymous)
            ?? defaults.includeAnonymous
        samplesPerFile = try container.decodeIfPresent(Int.self, forKey: .samplesPerFile) ?? defaults.samplesPerFile
        strategy = try container.decodeIfPresent(SamplingStrategy.self, forKey: .strategy) ?? defaults.strategy
        testMultilineShare = try container.decodeIfPresent(Double.self, forKey: .testMultilineShare)
            ?? defaults.testMultilineShare
        parseTimeoutSeconds = try container.decodeIfPresent(Double.self, forKey: .parseTimeoutSeconds)
            ?? defaults.parseTimeoutSeconds
        guard maxLines >= 1, samplesPerFile >= 0, (0...1).contains(testMultilineShare),
              (0...1).contains(minAlphabeticShare) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription:
                "max_lines ≥ 1, samples_per_file ≥ 0, and shares between 0 and 1"))
        }
    }
}

/// The number of lines of a span's text: its `\n`-separated lines, not counting an empty one after a final `\n`.
public func lineCount(of bytes: some Collection<UInt8>) -> Int {
    guard !bytes.isEmpty else { return 0 }
    var lines = 1
    var last: UInt8 = 0
    for byte in bytes {
        if byte == UInt8(ascii: "\n") { lines += 1 }
        last = byte
    }
    return last == UInt8(ascii: "\n") ? lines - 1 : lines
}

/// M2RC's difficulty by the number of lines of the ground truth.
public enum Difficulty: String, Codable, Sendable, CaseIterable, Comparable {
    case easy, middle, hard

    /// easy: 1 line; middle: 2–3; hard: 4–5 (and more, should a config allow longer spans).
    public init(lines: Int) {
        switch lines {
        case ...1: self = .easy
        case 2...3: self = .middle
        default: self = .hard
        }
    }

    public static func < (lhs: Difficulty, rhs: Difficulty) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
