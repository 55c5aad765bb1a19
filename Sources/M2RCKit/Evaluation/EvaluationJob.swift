/// One `m2rc evaluate` run as a library call: read the dataset and the predictions, score, aggregate.
public struct EvaluationJob: Sendable {
    public var dataset: String
    public var predictions: String
    public var split: DatasetSplit
    public var policy: InputPolicy
    public var options: ScoringOptions
    public var jobs: Int

    public init(dataset: String, predictions: String, split: DatasetSplit = .test, policy: InputPolicy = InputPolicy(),
                options: ScoringOptions = ScoringOptions(), jobs: Int = 1) {
        self.dataset = dataset
        self.predictions = predictions
        self.split = split
        self.policy = policy
        self.options = options
        self.jobs = jobs
    }

    /// What was read, before scoring: lets a caller check the input (and find the grammars) first.
    public struct Inputs: Sendable {
        public var dataset: LoadedDataset
        public var predictions: LoadedPredictions
    }

    /// Reads and checks both files; bad input throws `InputError` (unless `policy.skipInvalid`).
    public func read() throws(InputError) -> Inputs {
        var policy = policy
        policy.readsPrompts = policy.readsPrompts && options.postProcessing == .crossCodeEval
        let dataset = try DatasetReader.load(self.dataset, split: split, policy: policy)
        let predictions = try PredictionReader.load(self.predictions, for: dataset.samples,
                                                    skipInvalid: policy.skipInvalid)
        return Inputs(dataset: dataset, predictions: predictions)
    }

    /// Scores what `read()` returned.
    public func evaluate(_ inputs: Inputs, catalog: GrammarCatalog?,
                         progress: (@Sendable (Int) -> Void)? = nil) async throws -> EvaluationReport {
        let samples = inputs.dataset.samples
        let evaluator = Evaluator(options: options, catalog: catalog, jobs: jobs)
        let scores = try await evaluator.score(samples, predictions: inputs.predictions.predictions, progress: progress)
        let scored = zip(samples, scores).map { sample, scores in
            EvaluationReport.Sample(taskID: sample.taskID, language: sample.language, labels: sample.labels,
                                    scores: scores)
        }
        return EvaluationReport(
            settings: .init(dataset: dataset, predictions: predictions, split: inputs.dataset.isRelease ? split : nil,
                            options: options),
            counts: .init(samples: samples.count, missingPredictions: inputs.predictions.missing,
                          invalidDatasetLines: inputs.dataset.skipped.count,
                          invalidPredictionLines: inputs.predictions.skipped.count),
            samples: scored, hasLabels: inputs.dataset.hasLabels)
    }
}
