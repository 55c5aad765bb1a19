/// Scores predictions against a dataset's samples, in parallel, and aggregates the scores.
public struct Evaluator: Sendable {
    public let options: ScoringOptions
    /// Needed for CodeBLEU and for CrossCodeEval's Python post-processing.
    public let catalog: GrammarCatalog?
    /// Scoring tasks run at once.
    public let jobs: Int
    /// Samples per scoring task, or nil for `defaultChunkSize`. Each task builds its own scorers, and a CodeBLEU
    /// scorer costs about as much to build as 20 Java pairs cost to score, and reuses its analyses only within
    /// its task: chunks of 64 made `m2rc evaluate` score CodeBLEU at a third of the benchmark's rate.
    public var chunkSize: Int?

    public init(options: ScoringOptions, catalog: GrammarCatalog?, jobs: Int) {
        self.options = options
        self.catalog = catalog
        self.jobs = max(1, jobs)
    }

    /// Whether scoring `languages` with these options needs the compiled grammars.
    public static func needsGrammars(options: ScoringOptions, languages: [Language]) -> Bool {
        languages.contains { language in
            (options.includesCodeBLEU && CodeBLEUPairScorer.isAvailable(for: language))
                || (options.postProcessing == .crossCodeEval && language == .python)
        }
    }

    /// One score per sample, in the samples' order; a nil prediction is scored as `""`.
    ///
    /// Samples are cut into chunks of one language (each chunk task builds its own scorers, which hold
    /// parsers), at most `jobs` chunks run at once, and each result is put back at its sample's index, so the
    /// output does not depend on which task finished first. `progress` receives the number of samples done.
    public func score(
        _ samples: [EvaluationSample], predictions: [String?], progress: (@Sendable (Int) -> Void)? = nil
    ) async throws -> [CompletionScores] {
        precondition(samples.count == predictions.count, "one prediction slot per sample")
        let chunks = Self.chunks(samples.map(\.language),
                                 size: chunkSize ?? Self.defaultChunkSize(samples: samples.count, jobs: jobs))
        let options = options
        let catalog = catalog
        var results = [CompletionScores?](repeating: nil, count: samples.count)
        try await withThrowingTaskGroup(of: [(Int, CompletionScores)].self) { group in
            var next = 0
            var done = 0
            func startNext() {
                guard next < chunks.count else { return }
                let chunk = chunks[next]
                next += 1
                let work = chunk.map { (index: $0, sample: samples[$0], prediction: predictions[$0] ?? "") }
                group.addTask {
                    let scorer = try CompletionScorer(language: work[0].sample.language, options: options,
                                                      catalog: catalog)
                    return try work.map { item in
                        (item.index, try scorer.score(prediction: item.prediction, reference: item.sample.groundtruth,
                                                      prompt: item.sample.prompt))
                    }
                }
            }
            for _ in 0..<jobs { startNext() }
            while let finished = try await group.next() {
                for (index, scores) in finished { results[index] = scores }
                done += finished.count
                progress?(done)
                startNext()
            }
        }
        return results.map { $0! }
    }

    /// About eight tasks per job, so the last ones finish together, of 256 to 4,096 samples.
    static func defaultChunkSize(samples: Int, jobs: Int) -> Int {
        min(4096, max(256, samples / (max(1, jobs) * 8)))
    }

    /// Indices cut into runs of at most `size` of one language, languages in their first-seen order.
    static func chunks(_ languages: [Language], size: Int) -> [[Int]] {
        var order: [Language] = []
        var byLanguage: [Language: [Int]] = [:]
        for (index, language) in languages.enumerated() {
            if byLanguage[language] == nil { order.append(language) }
            byLanguage[language, default: []].append(index)
        }
        return order.flatMap { language -> [[Int]] in
            let indices = byLanguage[language]!
            return stride(from: 0, to: indices.count, by: size).map { Array(indices[$0..<min($0 + size, indices.count)]) }
        }
    }
}
