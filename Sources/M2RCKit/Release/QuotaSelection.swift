/// Chooses which mined samples a release keeps: per language and split, up to the quota, in a seeded order that
/// depends only on each sample's task id, so adding a repository changes what is kept only where it must.
///
/// Eval splits keep at most `evalSamplesPerFile` samples of a file. The test split then keeps at least
/// `testMinimumMultilineShare` multi-line samples when it has them: the last single-line picks give way to the
/// next multi-line samples in the same order. A language that cannot fill a quota keeps what it has and is
/// reported as a shortfall, never padded.
public struct QuotaSelection: Sendable {
    public let settings: ReleaseSettings
    public let seed: UInt64

    public init(settings: ReleaseSettings, seed: UInt64) {
        self.settings = settings
        self.seed = seed
    }

    /// A language and split that kept fewer samples than its quota, or fewer multi-line test samples than the rule.
    public struct Shortfall: Sendable, Equatable {
        public let language: Language
        public let split: Split
        public let quota: Int
        public let kept: Int
        /// For the test split: multi-line samples kept and required.
        public let multiline: (kept: Int, required: Int)?

        public static func == (lhs: Shortfall, rhs: Shortfall) -> Bool {
            lhs.language == rhs.language && lhs.split == rhs.split && lhs.quota == rhs.quota && lhs.kept == rhs.kept
                && lhs.multiline?.kept == rhs.multiline?.kept && lhs.multiline?.required == rhs.multiline?.required
        }
    }

    public struct Result: Sendable {
        /// Kept samples, sorted by task id.
        public var kept: [MinedSample]
        public var shortfalls: [Shortfall]
    }

    public func select(_ samples: [MinedSample]) -> Result {
        var kept: [MinedSample] = []
        var shortfalls: [Shortfall] = []
        for language in Language.allCases {
            for split in Split.allCases {
                let group = samples.filter { $0.file.language == language && $0.file.split == split }
                guard !group.isEmpty else {
                    if settings.quota(for: split) > 0 {
                        shortfalls.append(Shortfall(language: language, split: split, quota: settings.quota(for: split),
                                                    kept: 0, multiline: nil))
                    }
                    continue
                }
                let (chosen, shortfall) = choose(group, language: language, split: split)
                kept += chosen
                if let shortfall { shortfalls.append(shortfall) }
            }
        }
        return Result(kept: kept.sorted { $0.taskID < $1.taskID }, shortfalls: shortfalls)
    }

    private func order(_ sample: MinedSample) -> UInt64 {
        StableHash.fnv1a64(key: ["quota", String(seed), sample.taskID])
    }

    private func choose(_ group: [MinedSample], language: Language, split: Split) -> ([MinedSample], Shortfall?) {
        let quota = settings.quota(for: split)
        var ordered = group.map { (key: order($0), sample: $0) }
            .sorted { ($0.key, $0.sample.taskID) < ($1.key, $1.sample.taskID) }.map(\.sample)
        if split.isEval {
            // At most so many samples of one file, the earliest in the seeded order.
            var perFile: [String: Int] = [:]
            ordered = ordered.filter { sample in
                let file = sample.file.repository + "/" + sample.file.path
                perFile[file, default: 0] += 1
                return perFile[file]! <= settings.evalSamplesPerFile
            }
        }
        var chosen = Array(ordered.prefix(quota))
        var multiline: (kept: Int, required: Int)?
        if split == .test {
            let required = Int((settings.testMinimumMultilineShare * Double(chosen.count)).rounded(.up))
            var spare = ordered.dropFirst(quota).filter { $0.lines >= 2 }[...]
            var count = chosen.filter { $0.lines >= 2 }.count
            // Replace single-line picks from the end of the order with the next multi-line samples.
            var position = chosen.count - 1
            while count < required, position >= 0, let next = spare.popFirst() {
                while position >= 0, chosen[position].lines >= 2 { position -= 1 }
                guard position >= 0 else { break }
                chosen[position] = next
                count += 1
                position -= 1
            }
            multiline = (count, required)
        }
        let short = chosen.count < quota || (multiline.map { $0.kept < $0.required } ?? false)
        return (chosen, short ? Shortfall(language: language, split: split, quota: quota, kept: chosen.count,
                                          multiline: multiline) : nil)
    }
}
