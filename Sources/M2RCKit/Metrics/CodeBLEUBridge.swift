/// The evaluator's side of CodeBLEU (the metric itself lives in `Metrics/CodeBLEU`): which formula and
/// weights to report, the per-sample values, and the additive statistics that corpus scores are made of.
/// Everything else of the evaluator reaches CodeBLEU only through this file.

/// How CodeBLEU's four components are combined.
public struct CodeBLEUSetup: Sendable, Equatable, Codable {
    /// The package's formula, `dataflow or 1` (a zero dataflow score counts as 1), or the original
    /// CodeXGLUE one (the raw dataflow score).
    public enum Formula: String, Sendable, Codable, CaseIterable {
        case package
        case original
    }

    public var formula: Formula
    /// α, β, γ, θ for n-gram, weighted n-gram, syntax and dataflow match.
    public var weights: [Double]

    public init(formula: Formula = .package, weights: [Double] = [0.25, 0.25, 0.25, 0.25]) {
        precondition(weights.count == 4, "CodeBLEU has four weights")
        self.formula = formula
        self.weights = weights
    }
}

/// CodeBLEU and its four components, 0–1, as the evaluator reports them: the metric's own score type.
public typealias CodeBLEUValues = CodeBLEUScore

/// CodeBLEU's sufficient statistics summed over pairs: a corpus score is computed from the sum, not as the
/// mean of sentence scores.
public struct CodeBLEUTally: Sendable {
    public private(set) var statistics = CodeBLEUStatistics.zero

    /// Pairs added.
    public var pairs: Int { statistics.pairs }

    public static let zero = CodeBLEUTally()

    init(_ statistics: CodeBLEUStatistics) { self.statistics = statistics }
    init() {}

    public static func + (lhs: CodeBLEUTally, rhs: CodeBLEUTally) -> CodeBLEUTally {
        CodeBLEUTally(lhs.statistics + rhs.statistics)
    }

    /// The corpus-level scores, or nil for an empty tally.
    public func values(_ setup: CodeBLEUSetup) -> CodeBLEUValues? {
        pairs == 0 ? nil : statistics.score(weights: setup.codeBLEUWeights, combination: setup.combination)
    }
}

extension CodeBLEUSetup {
    var codeBLEUWeights: CodeBLEUWeights {
        CodeBLEUWeights(ngram: weights[0], weightedNgram: weights[1], syntax: weights[2], dataflow: weights[3])
    }

    var combination: CodeBLEUCombination {
        switch formula {
        case .package: return .package
        case .original: return .original
        }
    }
}

/// Scores pairs of one language. Not shareable: one per task.
public final class CodeBLEUPairScorer {
    private let scorer: CodeBLEUScorer

    /// Whether CodeBLEU is defined for `language` in this build.
    public static func isAvailable(for language: Language) -> Bool { CodeBLEUScorer.isSupported(language) }

    /// `cacheLimit`: distinct strings whose parse results are kept for reuse (`CodeBLEUScorer.defaultCacheLimit`);
    /// 0 parses every string of every pair afresh. No number depends on it.
    public init(language: Language, catalog: GrammarCatalog, cacheLimit: Int = CodeBLEUScorer.defaultCacheLimit) throws {
        scorer = try CodeBLEUScorer(language: language, catalog: catalog, cacheLimit: cacheLimit)
    }

    /// The pair's statistics and its sentence-level values.
    public func score(reference: String, prediction: String, setup: CodeBLEUSetup)
        -> (tally: CodeBLEUTally, values: CodeBLEUValues)?
    {
        let statistics = scorer.statistics(reference: reference, prediction: prediction)
        return (CodeBLEUTally(statistics), statistics.score(weights: setup.codeBLEUWeights, combination: setup.combination))
    }
}
