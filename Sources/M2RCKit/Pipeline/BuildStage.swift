/// The stages of `m2rc build`, in order. `--until` stops after one.
public enum BuildStage: String, CaseIterable, Sendable, Codable, Comparable {
    /// Fetch every repository into the mirror cache and apply the file and repository rules.
    case scan
    /// Remove exact and near-duplicate files across repositories, and instruct files that duplicate eval files.
    case dedup
    /// Assign repositories to splits, parse every kept file, draw its spans and label them; drop eval samples
    /// whose ground truth occurs in the configured benchmarks.
    case mine
    /// Apply the quotas and write the release: split files, rejected rows, statistics, card, release.json.
    case release

    public static func < (lhs: BuildStage, rhs: BuildStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
