/// How many samples a release keeps, and how its dataset card describes it.
public struct ReleaseSettings: Codable, Sendable, Equatable {
    /// Samples per language in each split (M2RC: 100 validation, 500 test, 50,000 instruct files).
    public var validationQuota = 100
    public var testQuota = 500
    public var instructQuota = 50_000
    /// At most this many samples of one file in an eval split (M2RC samples files: one each).
    public var evalSamplesPerFile = 1
    /// M2RC: at least 30% of test ground truths span two or more lines.
    public var testMinimumMultilineShare = 0.3
    /// The dataset card's name.
    public var prettyName = "M2RC-style repository-level code completion"

    public init() {}

    public func quota(for split: Split) -> Int {
        switch split {
        case .validation: validationQuota
        case .test: testQuota
        case .instruct: instructQuota
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case validationQuota = "validation_quota", testQuota = "test_quota", instructQuota = "instruct_quota"
        case evalSamplesPerFile = "eval_samples_per_file", testMinimumMultilineShare = "test_minimum_multiline_share"
        case prettyName = "pretty_name"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let defaults = ReleaseSettings()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        validationQuota = try container.decodeIfPresent(Int.self, forKey: .validationQuota) ?? defaults.validationQuota
        testQuota = try container.decodeIfPresent(Int.self, forKey: .testQuota) ?? defaults.testQuota
        instructQuota = try container.decodeIfPresent(Int.self, forKey: .instructQuota) ?? defaults.instructQuota
        evalSamplesPerFile = try container.decodeIfPresent(Int.self, forKey: .evalSamplesPerFile)
            ?? defaults.evalSamplesPerFile
        testMinimumMultilineShare = try container.decodeIfPresent(Double.self, forKey: .testMinimumMultilineShare)
            ?? defaults.testMinimumMultilineShare
        prettyName = try container.decodeIfPresent(String.self, forKey: .prettyName) ?? defaults.prettyName
        guard validationQuota >= 0, testQuota >= 0, instructQuota >= 0, evalSamplesPerFile >= 1,
              (0...1).contains(testMinimumMultilineShare) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription:
                "quotas ≥ 0, eval_samples_per_file ≥ 1, test_minimum_multiline_share between 0 and 1"))
        }
    }
}
