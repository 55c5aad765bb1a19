/// Running totals of per-sample scores for one group of samples (a language, a bucket, everything). Sums are
/// taken in the order samples are added: add them in a fixed order (the evaluator uses task_id order) for
/// reproducible floating-point totals.
public struct MetricTotals: Sendable {
    public private(set) var samples = 0
    public private(set) var exactMatches = 0
    public private(set) var tokenExactMatches = 0
    /// The sum of the `fuzz.ratio` integers.
    public private(set) var editSimilaritySum = 0
    public private(set) var levenshteinSimilaritySum = 0.0
    public private(set) var identifierExactMatches = 0
    public private(set) var identifierPrecisionSum = 0.0
    public private(set) var identifierRecallSum = 0.0
    public private(set) var identifierF1Sum = 0.0
    /// Samples that carry CodeBLEU, and their summed statistics.
    public private(set) var codeBLEUSamples = 0
    public private(set) var codeBLEU = CodeBLEUTally.zero

    public init() {}

    public mutating func add(_ scores: CompletionScores) {
        samples += 1
        if scores.exactMatch { exactMatches += 1 }
        if scores.tokenExactMatch { tokenExactMatches += 1 }
        editSimilaritySum += scores.editSimilarity
        levenshteinSimilaritySum += scores.levenshteinSimilarity
        if scores.identifier.exactMatch { identifierExactMatches += 1 }
        identifierPrecisionSum += scores.identifier.precision
        identifierRecallSum += scores.identifier.recall
        identifierF1Sum += scores.identifier.f1
        if let tally = scores.codeBLEUTally {
            codeBLEUSamples += 1
            codeBLEU = codeBLEU + tally
        }
    }

    /// The group's figures on a 0–100 scale, rounded as CrossCodeEval and RepoBench do.
    public func summary(codeBLEU setup: CodeBLEUSetup) -> MetricSummary {
        let count = Double(max(samples, 1))
        func percent(_ value: Double) -> Double { PythonRounding.round(value, digits: 2) }
        return MetricSummary(
            samples: samples,
            exactMatch: percent(Double(exactMatches) / count * 100),
            tokenExactMatch: percent(Double(tokenExactMatches) / count * 100),
            editSimilarity: percent(Double(editSimilaritySum) / count),
            levenshteinSimilarity: percent(levenshteinSimilaritySum / count * 100),
            identifierExactMatch: percent(Double(identifierExactMatches) / count * 100),
            identifierPrecision: percent(identifierPrecisionSum / count * 100),
            identifierRecall: percent(identifierRecallSum / count * 100),
            identifierF1: percent(identifierF1Sum / count * 100),
            codeBLEUSamples: codeBLEUSamples,
            codeBLEU: codeBLEUSamples == 0 ? nil : codeBLEU.values(setup).map { values in
                CodeBLEUValues(codebleu: percent(values.codebleu * 100), ngramMatch: percent(values.ngramMatch * 100),
                               weightedNgramMatch: percent(values.weightedNgramMatch * 100),
                               syntaxMatch: percent(values.syntaxMatch * 100),
                               dataflowMatch: percent(values.dataflowMatch * 100),
                               dataflowDefined: values.dataflowDefined)
            })
    }
}

/// A group's figures, 0–100, rounded to 2 decimals (Python's `round(·, 2)`):
/// - EM, token EM, identifier EM: `count / n × 100`; ES: `Σ fuzz.ratio / n` (CrossCodeEval's order of operations);
/// - `1 − Lev/max`, identifier precision, recall, F1: `Σ value / n × 100`, the mean of per-sample values;
/// - CodeBLEU: corpus-level, from the statistics summed over the group's pairs, × 100.
public struct MetricSummary: Sendable, Equatable {
    public var samples: Int
    public var exactMatch: Double
    public var tokenExactMatch: Double
    public var editSimilarity: Double
    public var levenshteinSimilarity: Double
    public var identifierExactMatch: Double
    public var identifierPrecision: Double
    public var identifierRecall: Double
    public var identifierF1: Double
    public var codeBLEUSamples: Int
    public var codeBLEU: CodeBLEUValues?
}
