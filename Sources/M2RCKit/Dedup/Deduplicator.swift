/// Exact and near-duplicate removal over every file of a build, in BigCode's four steps:
/// signature (`Fingerprinter`) → bucket (`BandBuckets`) → cluster (union-find) → filter (`SurvivorRule`).
///
/// The duplicate graph links two files when their normalised contents have the same SHA-256, or when they share an
/// LSH bucket (and, with `verify: signature`, their estimated Jaccard reaches the threshold). Each connected
/// component keeps one file, the one `SurvivorRule` prefers; every other file is removed, as an exact duplicate
/// when its content equals the survivor's, else as a near duplicate with its estimated Jaccard to the survivor
/// (in a chain A ~ B ~ C that Jaccard may be below the threshold). Files without a signature (too few tokens) are
/// only ever exact duplicates.
///
/// The result is a function of the set of files: inputs are put in (repository, path) order first, buckets come
/// from sorting, components do not depend on the order of joins, and the survivor is a minimum under a total order.
public struct Deduplicator: Sendable {
    public let settings: DedupSettings
    public let lsh: LSHParameters
    public let fingerprinter: Fingerprinter

    /// The settings must be valid (`settings.problem() == nil`; decoding a config checks this).
    public init(settings: DedupSettings) {
        precondition(settings.problem() == nil, "invalid dedup settings: \(settings.problem() ?? "")")
        self.settings = settings
        lsh = settings.lsh
        fingerprinter = Fingerprinter(settings: settings)
    }

    /// Fingerprints the documents (at most `parallelism` tasks at a time) and deduplicates them.
    public func deduplicate(_ documents: [DedupDocument], parallelism: Int) async -> DedupOutcome {
        let prints = await fingerprinter.fingerprints(of: documents.map(\.content), parallelism: parallelism)
        return decide(files: documents.map(\.info), fingerprints: prints)
    }

    /// Deduplicates files whose fingerprints are already computed (`fingerprints[i]` belongs to `files[i]`).
    /// Each (repository, path) must appear once.
    public func decide(files unordered: [DedupFile], fingerprints unorderedPrints: [DocumentFingerprint]) -> DedupOutcome {
        precondition(unordered.count == unorderedPrints.count, "one fingerprint per file")
        let order = unordered.indices.sorted { DedupFile.byLocation(unordered[$0], unordered[$1]) }
        let files = order.map { unordered[$0] }
        let prints = order.map { unorderedPrints[$0] }
        for index in files.indices.dropFirst() {
            let previous = files[index - 1], current = files[index]
            precondition(previous.repository != current.repository || previous.path != current.path,
                         "\(current.location) is given twice to dedup")
        }

        let exactRepresentative = Self.exactRepresentatives(files: files, prints: prints)
        let representatives = files.indices.filter { exactRepresentative[$0] == $0 }
        var statistics = DedupStatistics(files: files.count, signed: 0, distinctContents: representatives.count)
        // Near dedup runs on one copy of each content; exact copies share its signature and its fate.
        let signed = representatives.filter { prints[$0].signature != nil }
        statistics.signed = signed.count
        var components = nearComponents(signatures: signed.map { prints[$0].signature! }, statistics: &statistics)

        // The survivor of each component, then of each file.
        var componentSurvivor = [Int](repeating: -1, count: signed.count)
        for (position, index) in signed.enumerated() {
            let root = components.find(position)
            let current = componentSurvivor[root]
            if current < 0 || SurvivorRule.prefers(files[index], over: files[current]) { componentSurvivor[root] = index }
        }
        var survivor = Array(files.indices)
        for (position, index) in signed.enumerated() {
            survivor[index] = componentSurvivor[components.find(position)]
        }
        for index in files.indices where exactRepresentative[index] != index {
            survivor[index] = survivor[exactRepresentative[index]]
        }

        var kept: [DedupFile] = []
        var removals: [DedupRemoval] = []
        for index in files.indices {
            let keeper = survivor[index]
            if keeper == index {
                kept.append(files[index])
            } else if prints[index].digest == prints[keeper].digest {
                removals.append(.duplicate(files[index], of: files[keeper], reason: .exactDuplicate,
                                           estimatedJaccard: nil))
            } else {
                let jaccard = prints[index].signature!.estimatedJaccard(with: prints[keeper].signature!)
                removals.append(.duplicate(files[index], of: files[keeper], reason: .nearDuplicate,
                                           estimatedJaccard: jaccard))
            }
        }
        removals.sort(by: DedupRemoval.inOrder)
        return DedupOutcome(kept: kept, removals: removals,
                            counts: DedupCounts.perLanguage(files: files, removals: removals),
                            statistics: statistics, lsh: lsh)
    }

    /// For each file, the best copy (by `SurvivorRule`) of its normalised content: itself when it is that copy.
    private static func exactRepresentatives(files: [DedupFile], prints: [DocumentFingerprint]) -> [Int] {
        // By digest, then by preference, so each group's first member is its best copy.
        let byDigest = files.indices.sorted { lhs, rhs in
            prints[lhs].digest != prints[rhs].digest ? prints[lhs].digest < prints[rhs].digest
                : SurvivorRule.prefers(files[lhs], over: files[rhs])
        }
        var representative = Array(files.indices)
        var groupFirst = byDigest.first ?? 0
        for index in byDigest {
            if prints[index].digest == prints[groupFirst].digest {
                representative[index] = groupFirst
            } else {
                groupFirst = index
            }
        }
        return representative
    }

    /// Union-find over the signatures: pairs sharing an LSH bucket are joined, after verification when it is on.
    private func nearComponents(signatures: [MinHashSignature], statistics: inout DedupStatistics) -> UnionFind {
        var components = UnionFind(count: signatures.count)
        let minimumAgreements = Self.minimumAgreements(threshold: settings.threshold,
                                                       permutations: settings.permutations)
        var buckets = 0, candidatePairs = 0, links = 0
        BandBuckets.forEachBucket(signatures: signatures, parameters: lsh) { bucket in
            buckets += 1
            switch settings.verify {
            case .none:
                for member in bucket.dropFirst() where components.union(bucket[0], member) { links += 1 }
            case .signature:
                // Every pair not already joined; a pair is checked at most once per bucket it shares.
                for (offset, first) in bucket.enumerated() {
                    for second in bucket[(offset + 1)...] where components.find(first) != components.find(second) {
                        candidatePairs += 1
                        if signatures[first].agreements(with: signatures[second]) >= minimumAgreements {
                            components.union(first, second)
                            links += 1
                        }
                    }
                }
            }
        }
        statistics.buckets = buckets
        statistics.candidatePairs = candidatePairs
        statistics.links = links
        statistics.nearClusters = signatures.indices.filter { components.find($0) == $0 }.count
        return components
    }

    /// The smallest number of equal positions whose share reaches the threshold, computed once so every pair is
    /// judged by the same integer comparison.
    static func minimumAgreements(threshold: Double, permutations: Int) -> Int {
        var needed = Int((threshold * Double(permutations)).rounded(.down))
        while Double(needed) / Double(permutations) < threshold { needed += 1 }
        while needed > 0, Double(needed - 1) / Double(permutations) >= threshold { needed -= 1 }
        return needed
    }
}

/// What dedup decided.
public struct DedupOutcome: Sendable {
    /// Files kept, in (repository, path) order.
    public let kept: [DedupFile]
    /// Files removed, in `DedupRemoval.inOrder`.
    public let removals: [DedupRemoval]
    /// Per language, languages in name order.
    public let counts: [DedupCounts]
    public let statistics: DedupStatistics
    public let lsh: LSHParameters

    /// Whether the file at this location was kept (binary search over `kept`).
    public func isKept(repository: String, path: String) -> Bool {
        let probe = DedupFile(repository: repository, path: path, language: .c, stars: 0, split: .instruct)
        var low = 0, high = kept.count
        while low < high {
            let middle = (low + high) / 2
            if DedupFile.byLocation(kept[middle], probe) { low = middle + 1 } else { high = middle }
        }
        return low < kept.count && kept[low].repository == repository && kept[low].path == path
    }
}

/// How the run went, for logs and benchmarks.
public struct DedupStatistics: Sendable, Equatable {
    public var files: Int
    /// Distinct contents with a MinHash signature (enough tokens): the documents LSH sees.
    public var signed: Int
    /// Distinct normalised contents.
    public var distinctContents: Int
    /// LSH buckets with two or more members, over all bands.
    public var buckets = 0
    /// Pairs whose signatures were compared (`verify: signature`).
    public var candidatePairs = 0
    /// Joins that merged two clusters.
    public var links = 0
    /// Near-duplicate clusters among the distinct signed contents (singletons included).
    public var nearClusters = 0

    public init(files: Int, signed: Int, distinctContents: Int) {
        self.files = files
        self.signed = signed
        self.distinctContents = distinctContents
    }
}
