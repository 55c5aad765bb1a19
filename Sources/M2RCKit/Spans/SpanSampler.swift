/// Draws a file's completion spans from its candidates with the project's seeded generator.
public struct SpanSampler: Sendable {
    public let strategy: MiningRules.SamplingStrategy

    public init(strategy: MiningRules.SamplingStrategy) {
        self.strategy = strategy
    }

    /// Up to `count` candidates, distinct by byte range. With `multilineShare`, each draw is made among the
    /// multi-line candidates with that probability (when the file has any), else among all.
    public func sample(_ file: FileCandidates, count: Int, multilineShare: Double? = nil,
                       random: inout SeededRandom) -> [SpanCandidate] {
        var remaining = file.candidates
        var chosen: [SpanCandidate] = []
        while chosen.count < count, !remaining.isEmpty {
            var pool = remaining.indices.map { $0 }
            if let multilineShare, random.unit() < multilineShare {
                let multiline = pool.filter { remaining[$0].isMultiline }
                if !multiline.isEmpty { pool = multiline }
            }
            let pick = draw(from: pool, of: remaining, in: file, random: &random)
            let span = remaining[pick]
            chosen.append(span)
            remaining.removeAll { $0.byteRange == span.byteRange }
        }
        return chosen
    }

    private func draw(from pool: [Int], of candidates: [SpanCandidate], in file: FileCandidates,
                      random: inout SeededRandom) -> Int {
        switch strategy {
        case .uniform:
            return pool[random.uniform(below: pool.count)]
        case .stratified:
            // Groups in a fixed order (class order, then bucket), so the draw does not depend on hashing.
            var groups: [(key: String, members: [Int])] = []
            for index in pool {
                let candidate = candidates[index]
                let bucket = DepthBucket.bucket(depth: candidate.depth, treeDepth: file.treeDepth)
                let classIndex = file.label(of: candidate).map { SemanticClass.allCases.firstIndex(of: $0.semanticClass)! } ?? 99
                let key = "\(classIndex / 10)\(classIndex % 10)-\(bucket / 10)\(bucket % 10)"
                if let position = groups.firstIndex(where: { $0.key == key }) {
                    groups[position].members.append(index)
                } else {
                    groups.append((key, [index]))
                }
            }
            groups.sort { $0.key < $1.key }
            let group = groups[random.uniform(below: groups.count)].members
            return group[random.uniform(below: group.count)]
        }
    }
}
