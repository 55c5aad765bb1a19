/// Dedup and decontamination counts for one language: what the release's stats and card report.
public struct DedupCounts: Sendable, Equatable {
    public let language: Language
    /// Files that went into dedup.
    public var files = 0
    public var exactDuplicates = 0
    public var nearDuplicates = 0
    /// Instruct files removed (exact or near) because they copy an eval file; included in the two counts above.
    public var instructAgainstEval = 0
    /// Eval samples removed because their ground truth is in a benchmark.
    public var contaminatedSamples = 0

    public init(language: Language) {
        self.language = language
    }

    /// Files kept after dedup.
    public var keptFiles: Int { files - exactDuplicates - nearDuplicates }

    /// Counts for every language that has a file or a removal, in language-name order. `removals` may mix file
    /// removals from dedup with sample removals from decontamination.
    public static func perLanguage(files: [DedupFile], removals: [DedupRemoval]) -> [DedupCounts] {
        let languages = Language.allCases.sorted { $0.rawValue < $1.rawValue }
        var counts = languages.map(DedupCounts.init(language:))
        for file in files { counts[languages.firstIndex(of: file.language)!].files += 1 }
        for removal in removals {
            let index = languages.firstIndex(of: removal.language)!
            switch removal.reason {
            case .exactDuplicate: counts[index].exactDuplicates += 1
            case .nearDuplicate: counts[index].nearDuplicates += 1
            case .contaminated: counts[index].contaminatedSamples += 1
            }
            if removal.isDecontamination { counts[index].instructAgainstEval += 1 }
        }
        return counts.filter { $0.files > 0 || $0 != DedupCounts(language: $0.language) }
    }

    /// `{"files", "exact_duplicates", "near_duplicates", "instruct_against_eval", "contaminated_samples", "kept_files"}`.
    public func record() -> JSONValue {
        .object([
            ("files", .int(files)),
            ("exact_duplicates", .int(exactDuplicates)),
            ("near_duplicates", .int(nearDuplicates)),
            ("instruct_against_eval", .int(instructAgainstEval)),
            ("contaminated_samples", .int(contaminatedSamples)),
            ("kept_files", .int(keptFiles)),
        ])
    }
}
