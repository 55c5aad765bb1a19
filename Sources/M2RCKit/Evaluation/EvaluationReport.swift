/// Everything an evaluation produced: the settings, the counts, per-sample scores and per-group figures.
public struct EvaluationReport: Sendable {
    public struct Settings: Sendable {
        public var dataset: String
        public var predictions: String
        public var split: DatasetSplit?
        public var options: ScoringOptions
        public var toolVersion: String

        public init(dataset: String, predictions: String, split: DatasetSplit?, options: ScoringOptions,
                    toolVersion: String = M2RCVersion.current) {
            self.dataset = dataset
            self.predictions = predictions
            self.split = split
            self.options = options
            self.toolVersion = toolVersion
        }
    }

    public struct Counts: Sendable, Equatable {
        public var samples: Int
        public var missingPredictions: Int
        public var invalidDatasetLines: Int
        public var invalidPredictionLines: Int
    }

    /// One sample's scores.
    public struct Sample: Sendable {
        public var taskID: String
        public var language: Language
        public var labels: SampleLabels
        public var scores: CompletionScores
    }

    /// The figures of one group: `key` is a language name, a bucket, a class or a difficulty.
    public struct Group: Sendable, Equatable {
        public var key: String
        public var summary: MetricSummary
    }

    public var settings: Settings
    public var counts: Counts
    /// Sorted by task id.
    public var samples: [Sample]
    public var overall: MetricSummary
    /// Sorted by name.
    public var byLanguage: [Group]
    /// Present when the dataset carries labels; sorted numerically when every key is a number.
    public var byBucket: [Group]?
    public var bySemanticClass: [Group]?
    public var byDifficulty: [Group]?

    /// Aggregates scored samples (in task id order, so floating-point sums are reproducible).
    public init(settings: Settings, counts: Counts, samples: [Sample], hasLabels: Bool) {
        self.settings = settings
        self.counts = counts
        self.samples = samples
        let setup = settings.options.codeBLEU
        var overallTotals = MetricTotals()
        for sample in samples { overallTotals.add(sample.scores) }
        overall = overallTotals.summary(codeBLEU: setup)
        byLanguage = Self.groups(samples, setup: setup) { $0.language.rawValue }
        if hasLabels {
            byBucket = Self.groups(samples, setup: setup) { $0.labels.bucket }
            bySemanticClass = Self.groups(samples, setup: setup) { $0.labels.semanticClass }
            byDifficulty = Self.groups(samples, setup: setup) { $0.labels.difficulty }
        }
    }

    /// Groups samples by `key` (samples without one are left out), totals each group in sample order.
    static func groups(_ samples: [Sample], setup: CodeBLEUSetup, key: (Sample) -> String?) -> [Group] {
        var keys: [String] = []
        var totals: [String: MetricTotals] = [:]
        for sample in samples {
            guard let name = key(sample) else { continue }
            if totals[name] == nil { keys.append(name) }
            totals[name, default: MetricTotals()].add(sample.scores)
        }
        return sortedKeys(keys).map { Group(key: $0, summary: totals[$0]!.summary(codeBLEU: setup)) }
    }

    /// Numbers in numeric order when every key is an integer, else by UTF-8 bytes.
    static func sortedKeys(_ keys: [String]) -> [String] {
        let numbers = keys.compactMap { Int($0) }
        if numbers.count == keys.count {
            return keys.sorted { (Int($0)!, $0.utf8.count) < (Int($1)!, $1.utf8.count) }
        }
        return keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
