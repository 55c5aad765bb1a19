/// The three parts of a release. Repositories are disjoint between them (M2RC: eval repositories are absent from
/// the instruct set).
public enum Split: String, Codable, Sendable, CaseIterable, Comparable {
    case validation
    case test
    case instruct

    public static func < (lhs: Split, rhs: Split) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var isEval: Bool { self != .instruct }
}

/// Which split each repository goes to: a stable seeded hash of its name placed on [0, 1), cut at the shares.
/// A repository's split depends only on the seed and its own name, so adding a repository never moves another.
public struct SplitRules: Codable, Sendable, Equatable {
    /// Defaults follow M2RC's repository counts: 1,635 validation, 5,993 test, 37,439 instruct (about 4%, 13%, 83%).
    public var validation = 0.04
    public var test = 0.13

    public var instruct: Double { max(0, 1 - validation - test) }

    public init() {}

    public init(validation: Double, test: Double) {
        self.validation = validation
        self.test = test
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case validation, test }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        validation = try container.decodeIfPresent(Double.self, forKey: .validation) ?? SplitRules().validation
        test = try container.decodeIfPresent(Double.self, forKey: .test) ?? SplitRules().test
        guard validation >= 0, test >= 0, validation + test <= 1 else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription:
                "validation and test are shares: each ≥ 0, together ≤ 1"))
        }
    }

    public func split(of repository: String, seed: UInt64) -> Split {
        let position = StableHash.unitInterval(seed: seed, key: ["split", repository])
        if position < validation { return .validation }
        if position < validation + test { return .test }
        return .instruct
    }
}
