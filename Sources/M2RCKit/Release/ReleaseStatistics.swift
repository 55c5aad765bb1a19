/// `stats.json`: per-language figures of a release, what `m2rc audit` and the dataset card read. Every breakdown
/// lists its keys in a fixed order (splits, buckets 1–10, the paper's class order, difficulty), never by hashing.
public struct ReleaseStatistics: Sendable {
    public let samples: [MinedSample]
    public let scans: [RepositoryScan]
    public let shortfalls: [QuotaSelection.Shortfall]

    public init(samples: [MinedSample], scans: [RepositoryScan], shortfalls: [QuotaSelection.Shortfall]) {
        self.samples = samples
        self.scans = scans
        self.shortfalls = shortfalls
    }

    public func json(seed: UInt64) -> JSONValue {
        .object([
            ("tool_version", .string(M2RCVersion.current)),
            ("seed", .string(String(seed))),
            ("samples", perSplit { split in .int(samples.filter { $0.file.split == split }.count) }),
            ("languages", .object(Language.allCases.map { ($0.rawValue, language($0)) })),
            ("rejections", rejections()),
        ])
    }

    func perSplit(_ value: (Split) -> JSONValue) -> JSONValue {
        .object(Split.allCases.map { ($0.rawValue, value($0)) })
    }

    func language(_ language: Language) -> JSONValue {
        let mine = samples.filter { $0.file.language == language }
        let kept = scans.filter(\.isKept)
        func inSplit(_ split: Split) -> [MinedSample] { mine.filter { $0.file.split == split } }
        return .object([
            ("repositories", .int(kept.filter { $0.files.contains { $0.language == language } }.count)),
            ("files", .int(kept.flatMap(\.files).filter { $0.language == language }.count)),
            ("samples", perSplit { .int(inSplit($0).count) }),
            ("multiline_share", perSplit { split in
                let group = inSplit(split)
                return group.isEmpty ? .null : .double(Self.rounded(Double(group.filter { $0.lines >= 2 }.count)
                                                                    / Double(group.count)))
            }),
            ("buckets", perSplit { split in
                .array((1...DepthBucket.count).map { bucket in .int(inSplit(split).filter { $0.bucket == bucket }.count) })
            }),
            ("classes", perSplit { split in
                .object(SemanticClass.allCases.map { semanticClass in
                    (semanticClass.rawValue, .int(inSplit(split).filter { $0.label?.semanticClass == semanticClass }.count))
                })
            }),
            ("subcategories", perSplit { split in
                let labels = inSplit(split).compactMap(\.label).map(\.description)
                return .object(Array(Set(labels)).sorted().map { label in (label, .int(labels.filter { $0 == label }.count)) })
            }),
            ("difficulty", perSplit { split in
                .object(Difficulty.allCases.map { level in
                    (level.rawValue, .int(inSplit(split).filter { $0.difficulty == level }.count))
                })
            }),
            ("groundtruth_chars", perSplit { Self.summary(inSplit($0).map { $0.groundtruth.unicodeScalars.count }) }),
            ("prompt_chars", perSplit { Self.summary(inSplit($0).map { $0.prompt.unicodeScalars.count }) }),
            ("shortfalls", .array(shortfalls.filter { $0.language == language }.map { shortfall in
                .object([
                    ("split", .string(shortfall.split.rawValue)), ("quota", .int(shortfall.quota)),
                    ("kept", .int(shortfall.kept)),
                    ("multiline_kept", shortfall.multiline.map { .int($0.kept) } ?? .null),
                    ("multiline_required", shortfall.multiline.map { .int($0.required) } ?? .null),
                ])
            })),
        ])
    }

    func rejections() -> JSONValue {
        let repositories = RepositoryRejection.allCases.map { reason in
            (reason.rawValue, JSONValue.int(scans.filter { $0.rejection == reason }.count))
        }
        let files = scans.filter(\.isKept).flatMap(\.rejectedFiles)
        return .object([
            ("repositories", .object(repositories)),
            ("files", .object(FileRejection.allCases.map { reason in
                (reason.rawValue, .int(files.filter { $0.reason == reason }.count))
            })),
        ])
    }

    /// min, median, mean, 90th percentile and max (nearest-rank percentiles), or null for no values.
    static func summary(_ values: [Int]) -> JSONValue {
        guard !values.isEmpty else { return .null }
        let sorted = values.sorted()
        func rank(_ fraction: Double) -> Int { sorted[max(0, Int((fraction * Double(sorted.count)).rounded(.up)) - 1)] }
        return .object([
            ("min", .int(sorted.first!)), ("median", .int(rank(0.5))),
            ("mean", .double(rounded(Double(sorted.reduce(0, +)) / Double(sorted.count)))),
            ("p90", .int(rank(0.9))), ("max", .int(sorted.last!)),
        ])
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
