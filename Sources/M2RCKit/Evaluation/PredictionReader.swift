/// Predictions matched to the tasks of a dataset.
public struct LoadedPredictions: Sendable {
    public var file: String
    /// One entry per dataset sample, in the dataset's order; nil where the file has no prediction.
    public var predictions: [String?]
    public var skipped: [InputError]

    /// Samples without a prediction (scored as an empty prediction).
    public var missing: Int { predictions.lazy.filter { $0 == nil }.count }
}

/// Reads a JSONL(.zst) file of `{"task_id": …, "prediction": …}` records (CrossCodeEval's `pred` is accepted
/// too; `prediction` wins when both are there).
public enum PredictionReader {
    /// Invalid lines (bad JSON, no task id, no string prediction, a task id the dataset does not have, or one
    /// seen before) stop the reading unless `skipInvalid`; a repeated task id keeps the first prediction.
    public static func load(_ file: String, for samples: [EvaluationSample], skipInvalid: Bool = false)
        throws(InputError) -> LoadedPredictions
    {
        var index: [String: Int] = [:]
        for (position, sample) in samples.enumerated() { index[sample.taskID] = position }
        var predictions = [String?](repeating: nil, count: samples.count)
        var firstLine = [Int](repeating: 0, count: samples.count)
        var skipped: [InputError] = []
        try DatasetReader.readLines(file) { (number, bytes) throws(InputError) in
            func reject(_ message: String) throws(InputError) {
                let error = InputError(file: file, line: number, message)
                guard skipInvalid else { throw error }
                skipped.append(error)
            }
            let fields: RecordFields
            switch RecordFields.decode(bytes) {
            case .success(let decoded): fields = decoded
            case .failure(let shape): return try reject(shape.message)
            }
            let taskID: String
            switch fields.resolvedTaskID() {
            case .id(let id): taskID = id
            case .problem(let message): return try reject(message)
            }
            let text: String
            switch (fields.prediction, fields.pred) {
            case (.value(let value), _), (.absent, .value(let value)): text = value
            case (.wrongType, _), (.absent, .wrongType):
                return try reject("the prediction must be a string (task \(taskID))")
            case (.absent, .absent):
                return try reject("missing \"prediction\" (or \"pred\") (task \(taskID))")
            }
            guard let position = index[taskID] else {
                return try reject("unknown task_id \"\(taskID)\": the dataset has no such task")
            }
            if predictions[position] != nil {
                return try reject("duplicate task_id \"\(taskID)\" (first at line \(firstLine[position]))")
            }
            predictions[position] = text
            firstLine[position] = number
        }
        return LoadedPredictions(file: file, predictions: predictions, skipped: skipped)
    }
}
