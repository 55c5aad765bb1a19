/// One task of the dataset being scored: what the model had to produce, and the labels to group results by.
public struct EvaluationSample: Sendable, Equatable {
    public var taskID: String
    public var language: Language
    public var groundtruth: String
    /// The code before the completion; `""` when the record has none.
    public var prompt: String
    public var labels: SampleLabels

    public init(taskID: String, language: Language, groundtruth: String, prompt: String = "",
                labels: SampleLabels = SampleLabels()) {
        self.taskID = taskID
        self.language = language
        self.groundtruth = groundtruth
        self.prompt = prompt
        self.labels = labels
    }
}

/// The record labels the evaluator groups by (`labels.bucket`, `labels.semantic_class`, `labels.difficulty`),
/// as text: a number is written as JSON writes it (`3`, not `3.0`).
public struct SampleLabels: Sendable, Equatable {
    public var bucket: String?
    public var semanticClass: String?
    public var difficulty: String?

    public init(bucket: String? = nil, semanticClass: String? = nil, difficulty: String? = nil) {
        self.bucket = bucket
        self.semanticClass = semanticClass
        self.difficulty = difficulty
    }
}

/// Task ids are ordered by their UTF-8 bytes: a total order that does not depend on the locale or on Unicode
/// normalisation.
@inline(__always)
func taskIDPrecedes(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}
