import Git

/// Dedup over the kept files of a scan, between scan and mine: every file is fingerprinted from its mirror
/// (repositories in parallel, one repository per task), then one global decision removes exact and near
/// duplicates across all repositories and instruct files that duplicate eval files.
public struct DedupStage: Sendable {
    public let config: BuildConfig
    public let seed: UInt64
    public let intake: Intake

    public init(config: BuildConfig, seed: UInt64, intake: Intake) {
        self.config = config
        self.seed = seed
        self.intake = intake
    }

    /// The outcome, and the scans with the removed files taken out of their file lists.
    public func run(_ scans: [RepositoryScan], jobs: Int) async -> (outcome: DedupOutcome, scans: [RepositoryScan]) {
        let deduplicator = Deduplicator(settings: config.dedup)
        let kept = scans.filter(\.isKept)
        var parts: [(index: Int, files: [DedupFile], prints: [DocumentFingerprint])] = []
        await withTaskGroup(of: (Int, [DedupFile], [DocumentFingerprint]).self) { group in
            var next = 0
            func startNext() {
                guard next < kept.count else { return }
                let index = next
                next += 1
                group.addTask { fingerprint(kept[index], with: deduplicator.fingerprinter, index: index) }
            }
            for _ in 0..<max(1, jobs) { startNext() }
            while let (index, files, prints) = await group.next() {
                parts.append((index, files, prints))
                startNext()
            }
        }
        parts.sort { $0.index < $1.index }
        let outcome = deduplicator.decide(files: parts.flatMap(\.files), fingerprints: parts.flatMap(\.prints))
        let filtered = scans.map { scan -> RepositoryScan in
            guard scan.isKept else { return scan }
            var trimmed = scan
            trimmed.files = scan.files.filter { outcome.isKept(repository: scan.entry.repo, path: $0.path) }
            return trimmed
        }
        return (outcome, filtered)
    }

    private func fingerprint(_ scan: RepositoryScan, with fingerprinter: Fingerprinter, index: Int)
        -> (Int, [DedupFile], [DocumentFingerprint])
    {
        let split = config.splits.split(of: scan.entry.repo, seed: seed)
        guard let repository = try? Repository.open(at: intake.mirrorPath(for: scan.entry)) else { return (index, [], []) }
        var files: [DedupFile] = []
        var prints: [DocumentFingerprint] = []
        for file in scan.files {
            // A blob that cannot be read is left to mining, which reports it; dedup just does not see it.
            guard let bytes = try? repository.readBlob(file.blob) else { continue }
            files.append(DedupFile(repository: scan.entry.repo, path: file.path, language: file.language,
                                   stars: scan.entry.stars, split: split))
            prints.append(fingerprinter.fingerprint(of: bytes))
        }
        return (index, files, prints)
    }
}
