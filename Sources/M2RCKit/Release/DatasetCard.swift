/// The release's `README.md`: a Hugging Face dataset card (YAML header) with tables generated from the statistics,
/// never edited by hand.
public struct DatasetCard: Sendable {
    public let settings: ReleaseSettings
    public let statistics: ReleaseStatistics
    public let seed: UInt64
    /// Things a reader must know: a relaxed rule, shortfalls.
    public let notes: [String]

    public init(settings: ReleaseSettings, statistics: ReleaseStatistics, seed: UInt64, notes: [String]) {
        self.settings = settings
        self.statistics = statistics
        self.seed = seed
        self.notes = notes
    }

    public func markdown() -> String {
        let samples = statistics.samples
        let licenses = Array(Set(statistics.scans.filter(\.isKept).compactMap(\.license))).sorted()
        var lines: [String] = [
            "---",
            "license: other",
            "license_name: mixed-permissive",
            "license_details: \"Each sample keeps its repository's licence (metadata.license): "
                + licenses.joined(separator: ", ") + "\"",
            "language:",
            "- code",
            "pretty_name: \"\(settings.prettyName)\"",
            "size_categories:",
            "- \(Self.sizeCategory(samples.count))",
            "task_categories:",
            "- text-generation",
            "tags:",
            "- code-completion",
            "- repository-level",
            "- m2rc",
            "configs:",
        ]
        for split in Split.allCases where samples.contains(where: { $0.file.split == split }) {
            let path = split == .instruct ? "instruct/*.jsonl.zst" : "eval/\(split.rawValue)/*.jsonl.zst"
            lines += ["- config_name: \(split.rawValue)", "  data_files: \"\(path)\""]
        }
        lines += ["---", "", "# \(settings.prettyName)", ""]
        lines += [
            "Built by m2rc \(M2RCVersion.current) with seed \(seed): completion spans at syntax-tree nodes of "
                + "permissively licensed repositories, labelled with their depth bucket and semantic class "
                + "(M2RC-Eval, ACL 2025). `release.json` records the config, the grammars and every repository's "
                + "commit; `stats.json` holds the figures below.",
            "",
        ]
        if !notes.isEmpty {
            lines += ["## Notes", ""] + notes.map { "- \($0)" } + [""]
        }
        lines += ["## Samples per language", "",
                  "| language | repositories | files | validation | test | instruct | test multi-line |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        for language in Language.allCases {
            let mine = samples.filter { $0.file.language == language }
            let test = mine.filter { $0.file.split == .test }
            let kept = statistics.scans.filter(\.isKept)
            let repositories = kept.filter { $0.files.contains { $0.language == language } }.count
            let files = kept.flatMap(\.files).filter { $0.language == language }.count
            let multiline = test.isEmpty ? "–" : "\(test.filter { $0.lines >= 2 }.count * 100 / test.count)%"
            lines.append("| \(language.rawValue) | \(repositories) | \(files) | "
                         + Split.allCases.map { split in "\(mine.filter { $0.file.split == split }.count)" }
                            .joined(separator: " | ") + " | \(multiline) |")
        }
        lines += ["", "## Semantic classes (all splits)", "", "| class | samples |", "|---|---:|"]
        for semanticClass in SemanticClass.allCases {
            lines.append("| \(semanticClass.rawValue) | \(samples.filter { $0.label?.semanticClass == semanticClass }.count) |")
        }
        lines += ["", "## Depth buckets (all splits)", "", "| bucket | samples |", "|---:|---:|"]
        for bucket in 1...DepthBucket.count {
            lines.append("| \(bucket) | \(samples.filter { $0.bucket == bucket }.count) |")
        }
        let shortfalls = statistics.shortfalls
        if !shortfalls.isEmpty {
            lines += ["", "## Shortfalls", "",
                      "Languages and splits with fewer samples than the quota (kept as they are, not padded):", "",
                      "| language | split | quota | kept | multi-line kept / required |", "|---|---|---:|---:|---|"]
            for shortfall in shortfalls {
                let multiline = shortfall.multiline.map { "\($0.kept) / \($0.required)" } ?? "–"
                lines.append("| \(shortfall.language.rawValue) | \(shortfall.split.rawValue) | \(shortfall.quota) | "
                             + "\(shortfall.kept) | \(multiline) |")
            }
        }
        lines += ["", "## Record fields", "",
                  "`task_id`, `language`, `prompt` (the file before the span), `groundtruth`, `right_context` (the "
                    + "file after it; the three concatenated are the file), `metadata` (repository, commit, file, "
                    + "license, split, 0-based line numbers, byte offsets), `labels` (node_type, depth, tree_depth, "
                    + "bucket, semantic_class, subcategory, lines, difficulty). Files are zstd-compressed JSON Lines; "
                    + "`zstd -dc FILE | head` reads them, and any JSON Lines reader converts them to Parquet.", ""]
        return lines.joined(separator: "\n")
    }

    static func sizeCategory(_ count: Int) -> String {
        switch count {
        case ..<1_000: "n<1K"
        case ..<10_000: "1K<n<10K"
        case ..<100_000: "10K<n<100K"
        case ..<1_000_000: "100K<n<1M"
        default: "1M<n<10M"
        }
    }
}
