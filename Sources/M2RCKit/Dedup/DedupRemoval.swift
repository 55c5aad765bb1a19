/// One thing dedup or decontamination took out, and what it duplicated: a row of `rejected.jsonl.zst`.
public struct DedupRemoval: Sendable, Equatable {
    public enum Reason: String, Sendable, CaseIterable, Comparable {
        /// Same normalised content (SHA-256) as the kept file.
        case exactDuplicate = "exact-duplicate"
        /// In the kept file's near-duplicate cluster (MinHash LSH).
        case nearDuplicate = "near-duplicate"
        /// An eval sample whose ground truth occurs in a benchmark text.
        case contaminated

        public static func < (lhs: Reason, rhs: Reason) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let reason: Reason
    public let repository: String
    public let path: String
    public let language: Language
    public let split: Split
    /// The sample removed (contamination only).
    public let taskID: String?
    /// The file kept in this one's place (duplicates only).
    public let duplicateOf: DedupFile?
    /// Estimated Jaccard with `duplicateOf` (near duplicates only).
    public let estimatedJaccard: Double?
    /// Where the ground truth was found (contamination only).
    public let benchmark: BenchmarkMatch?

    /// A file removed as a duplicate of `survivor`.
    public static func duplicate(_ file: DedupFile, of survivor: DedupFile, reason: Reason,
                                 estimatedJaccard: Double?) -> DedupRemoval {
        DedupRemoval(reason: reason, repository: file.repository, path: file.path, language: file.language,
                     split: file.split, taskID: nil, duplicateOf: survivor, estimatedJaccard: estimatedJaccard,
                     benchmark: nil)
    }

    /// An eval sample removed because its ground truth is in a benchmark.
    public static func contaminated(taskID: String, repository: String, path: String, language: Language,
                                    split: Split, match: BenchmarkMatch) -> DedupRemoval {
        DedupRemoval(reason: .contaminated, repository: repository, path: path, language: language, split: split,
                     taskID: taskID, duplicateOf: nil, estimatedJaccard: nil, benchmark: match)
    }

    public static func contaminated(sample: MinedSample, match: BenchmarkMatch) -> DedupRemoval {
        contaminated(taskID: sample.taskID, repository: sample.file.repository, path: sample.file.path,
                     language: sample.file.language, split: sample.file.split, match: match)
    }

    /// An instruct file dropped because it copies an eval file: the instruct set's decontamination.
    public var isDecontamination: Bool {
        split == .instruct && duplicateOf?.split.isEval == true
    }

    /// A sentence for people reading the rejections.
    public var detail: String {
        switch reason {
        case .exactDuplicate, .nearDuplicate:
            let kept = duplicateOf.map { "\($0.location) (\($0.split.rawValue), \($0.stars) stars)" } ?? "?"
            let similarity = estimatedJaccard.map { ", estimated Jaccard \(JSONValue.format($0))" } ?? ""
            let what = reason == .exactDuplicate ? "same normalised content as" : "near duplicate\(similarity) of"
            return isDecontamination ? "instruct file with the \(what) eval file \(kept)" : "\(what) \(kept), kept"
        case .contaminated:
            return "ground truth found in \(benchmark.map { "\($0.file):\($0.line)" } ?? "a benchmark")"
        }
    }

    /// The row, keys in a fixed order and always present (null when they do not apply). `kind` and `reason` follow
    /// the scan's rows of `rejected.jsonl.zst`: `kind` is "file" or "sample", `reason` says why.
    public func record() -> JSONValue {
        .object([
            ("kind", .string(taskID == nil ? "file" : "sample")),
            ("repo", .string(repository)),
            ("path", .string(path)),
            ("reason", .string(reason.rawValue)),
            ("detail", .string(detail)),
            ("language", .string(language.rawValue)),
            ("split", .string(split.rawValue)),
            ("task_id", taskID.map { .string($0) } ?? .null),
            ("duplicate_of", duplicateOf.map { kept in
                .object([
                    ("repo", .string(kept.repository)), ("path", .string(kept.path)),
                    ("split", .string(kept.split.rawValue)), ("stars", .int(kept.stars)),
                ])
            } ?? .null),
            ("estimated_jaccard", estimatedJaccard.map { .double($0) } ?? .null),
            ("benchmark", benchmark.map { .object([("file", .string($0.file)), ("line", .int($0.line))]) } ?? .null),
        ])
    }

    /// The order of rows: repository, path (UTF-8 bytes), reason, task id.
    public static func inOrder(_ lhs: DedupRemoval, _ rhs: DedupRemoval) -> Bool {
        if lhs.repository != rhs.repository { return utf8Precedes(lhs.repository, rhs.repository) }
        if lhs.path != rhs.path { return utf8Precedes(lhs.path, rhs.path) }
        if lhs.reason != rhs.reason { return lhs.reason < rhs.reason }
        return utf8Precedes(lhs.taskID ?? "", rhs.taskID ?? "")
    }
}

/// A benchmark text a ground truth was found in: the file as configured and its 1-based line.
public struct BenchmarkMatch: Sendable, Equatable {
    public let file: String
    public let line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
}
