/// Exact and near-duplicate removal, and decontamination (the config's `dedup` section). Defaults are BigCode's
/// near-dedup v1 parameters (`bigcode-dataset/near_deduplication`): word 5-grams, 256 permutations, Jaccard 0.7,
/// bands and rows chosen for that threshold, seed 42.
///
/// Every key is optional; `bands` and `rows` are written as null when they are derived from the threshold.
public struct DedupSettings: Codable, Sendable, Equatable {
    /// Words per shingle.
    public var ngram = 5
    /// MinHash permutations (values per signature).
    public var permutations = 256
    /// Documents at least this similar (estimated Jaccard of their shingle sets) are near duplicates.
    public var threshold = 0.7
    /// LSH bands and rows per band; nil for both means "chosen for the threshold" (see `LSHParameters.optimal`).
    public var bands: Int?
    public var rows: Int?
    /// The weights of the false-positive and false-negative areas when bands and rows are chosen.
    public var falsePositiveWeight = 0.5
    public var falseNegativeWeight = 0.5
    /// Seeds the permutations' coefficients. Separate from the build's seed so that reshuffling splits or samples
    /// does not change which files are duplicates.
    public var seed: UInt64 = 42
    /// Documents with fewer tokens (or fewer than `ngram`) have no shingles and take no part in near dedup;
    /// exact dedup still applies to them.
    public var minTokens = 5
    /// What makes a pair that shares an LSH bucket an edge of the duplicate graph.
    public var verify = Verification.signature
    public var decontamination = DecontaminationSettings()

    public enum Verification: String, Codable, Sendable, Equatable, CaseIterable {
        /// Every pair sharing a bucket is linked (BigCode v1).
        case none
        /// A pair is linked only when its estimated Jaccard (equal signature positions / permutations) reaches the
        /// threshold: drops the S-curve's false positives for 256 comparisons per candidate pair.
        case signature
    }

    public init() {}

    /// The LSH shape in use: the configured bands and rows, else the optimum for the threshold (computed on each
    /// call, about 50 ms; `Deduplicator` keeps it).
    public var lsh: LSHParameters {
        if let bands, let rows { return LSHParameters(bands: bands, rows: rows) }
        return LSHParameters.optimal(threshold: threshold, permutations: permutations,
                                     falsePositiveWeight: falsePositiveWeight,
                                     falseNegativeWeight: falseNegativeWeight)
    }

    /// Documents with fewer tokens than this have no signature.
    public var signatureMinimumTokens: Int { max(ngram, minTokens) }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case ngram, permutations, threshold, bands, rows
        case falsePositiveWeight = "false_positive_weight", falseNegativeWeight = "false_negative_weight"
        case seed, minTokens = "min_tokens", verify, decontamination
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let defaults = DedupSettings()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ngram = try container.decodeIfPresent(Int.self, forKey: .ngram) ?? defaults.ngram
        permutations = try container.decodeIfPresent(Int.self, forKey: .permutations) ?? defaults.permutations
        threshold = try container.decodeIfPresent(Double.self, forKey: .threshold) ?? defaults.threshold
        bands = try container.decodeIfPresent(Int.self, forKey: .bands)
        rows = try container.decodeIfPresent(Int.self, forKey: .rows)
        falsePositiveWeight = try container.decodeIfPresent(Double.self, forKey: .falsePositiveWeight)
            ?? defaults.falsePositiveWeight
        falseNegativeWeight = try container.decodeIfPresent(Double.self, forKey: .falseNegativeWeight)
            ?? defaults.falseNegativeWeight
        seed = try container.decodeIfPresent(UInt64.self, forKey: .seed) ?? defaults.seed
        minTokens = try container.decodeIfPresent(Int.self, forKey: .minTokens) ?? defaults.minTokens
        verify = try container.decodeIfPresent(Verification.self, forKey: .verify) ?? defaults.verify
        decontamination = try container.decodeIfPresent(DecontaminationSettings.self, forKey: .decontamination)
            ?? defaults.decontamination
        if let problem = problem() {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath,
                                                                    debugDescription: problem))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ngram, forKey: .ngram)
        try container.encode(permutations, forKey: .permutations)
        try container.encode(threshold, forKey: .threshold)
        // Written as null, not left out: the dumped config shows the key exists and is derived.
        if let bands { try container.encode(bands, forKey: .bands) } else { try container.encodeNil(forKey: .bands) }
        if let rows { try container.encode(rows, forKey: .rows) } else { try container.encodeNil(forKey: .rows) }
        try container.encode(falsePositiveWeight, forKey: .falsePositiveWeight)
        try container.encode(falseNegativeWeight, forKey: .falseNegativeWeight)
        try container.encode(seed, forKey: .seed)
        try container.encode(minTokens, forKey: .minTokens)
        try container.encode(verify, forKey: .verify)
        try container.encode(decontamination, forKey: .decontamination)
    }

    /// What is wrong with these settings, if anything.
    public func problem() -> String? {
        if ngram < 1 { return "ngram must be at least 1" }
        if permutations < 1 { return "permutations must be at least 1" }
        if !(threshold > 0 && threshold < 1) { return "threshold must be between 0 and 1 (exclusive)" }
        if (bands == nil) != (rows == nil) { return "bands and rows are given together, or both left out" }
        if let bands, let rows {
            if bands < 1 || rows < 1 { return "bands and rows must be at least 1" }
            if bands > permutations / rows {
                return "bands × rows (\(bands) × \(rows)) exceeds permutations (\(permutations))"
            }
        }
        if falsePositiveWeight < 0 || falseNegativeWeight < 0 || falsePositiveWeight + falseNegativeWeight <= 0 {
            return "the false-positive and false-negative weights are ≥ 0 and not both 0"
        }
        if minTokens < 0 { return "min_tokens must be ≥ 0" }
        return decontamination.problem()
    }
}

/// Eval samples whose ground truth occurs in known benchmarks (HumanEval, MBPP, …) are removed.
public struct DecontaminationSettings: Codable, Sendable, Equatable {
    /// JSON Lines files of benchmark text: each line a JSON string, or an object whose `fields` hold strings.
    public var benchmarks: [String] = []
    /// Which string fields of an object line are benchmark text (each one present is used).
    public var fields = ["text"]
    /// A ground truth shorter than this (UTF-8 bytes after normalisation) is never flagged: an identifier or
    /// `return result` occurs in any code and says nothing about contamination.
    public var minLength = 32

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case benchmarks, fields, minLength = "min_length"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let defaults = DecontaminationSettings()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        benchmarks = try container.decodeIfPresent([String].self, forKey: .benchmarks) ?? defaults.benchmarks
        fields = try container.decodeIfPresent([String].self, forKey: .fields) ?? defaults.fields
        minLength = try container.decodeIfPresent(Int.self, forKey: .minLength) ?? defaults.minLength
        if let problem = problem() {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath,
                                                                    debugDescription: problem))
        }
    }

    public func problem() -> String? {
        if fields.isEmpty { return "decontamination.fields names at least one field" }
        if minLength < 1 { return "decontamination.min_length must be at least 1" }
        return nil
    }
}
