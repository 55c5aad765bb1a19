import Foundation

/// α, β, γ, θ: the weights of n-gram match, weighted n-gram match, syntax match and dataflow match.
public struct CodeBLEUWeights: Sendable, Equatable, Codable {
    public var ngram: Double
    public var weightedNgram: Double
    public var syntax: Double
    public var dataflow: Double

    public init(ngram: Double, weightedNgram: Double, syntax: Double, dataflow: Double) {
        self.ngram = ngram
        self.weightedNgram = weightedNgram
        self.syntax = syntax
        self.dataflow = dataflow
    }

    /// 0.25 each: what every implementation defaults to.
    public static let `default` = CodeBLEUWeights(ngram: 0.25, weightedNgram: 0.25, syntax: 0.25, dataflow: 0.25)
    /// The paper's proposal (0.1, 0.1, 0.4, 0.4), which no implementation uses by default.
    public static let paper = CodeBLEUWeights(ngram: 0.1, weightedNgram: 0.1, syntax: 0.4, dataflow: 0.4)
}

/// How the dataflow component enters the sum.
public enum CodeBLEUCombination: String, Sendable, Codable, CaseIterable {
    /// `codebleu` 0.7.0: `θ · (dataflow or 1)`, so a zero dataflow score (no reference dataflow, or none matched)
    /// counts as 1.
    case package
    /// The original CodeXGLUE formula: `θ · dataflow`, the raw score.
    case original
}

/// Counts per n-gram order n = 1…4.
public struct OrderCounts: Sendable, Equatable, Codable {
    public var n1 = 0, n2 = 0, n3 = 0, n4 = 0

    public init(_ n1: Int = 0, _ n2: Int = 0, _ n3: Int = 0, _ n4: Int = 0) {
        (self.n1, self.n2, self.n3, self.n4) = (n1, n2, n3, n4)
    }

    public subscript(order: Int) -> Int {
        get {
            switch order {
            case 1: return n1
            case 2: return n2
            case 3: return n3
            default: return n4
            }
        }
        set {
            switch order {
            case 1: n1 = newValue
            case 2: n2 = newValue
            case 3: n3 = newValue
            default: n4 = newValue
            }
        }
    }

    public static func + (lhs: OrderCounts, rhs: OrderCounts) -> OrderCounts {
        OrderCounts(lhs.n1 + rhs.n1, lhs.n2 + rhs.n2, lhs.n3 + rhs.n3, lhs.n4 + rhs.n4)
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        self.init(try container.decode(Int.self), try container.decode(Int.self), try container.decode(Int.self),
                  try container.decode(Int.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(contentsOf: [n1, n2, n3, n4])
    }
}

/// CodeBLEU's sufficient statistics: everything the four components are computed from, summed over pairs.
///
/// A corpus score is the score of the sum of its pairs' statistics, as `codebleu` computes it when given the whole
/// corpus in one call (micro-averaging, with the brevity penalties and the `num₁ = 0` rule applied to the sums).
/// Every field is an integer count except the weighted unigram sums, which the reference accumulates in floating
/// point pair after pair: folding pairs left to right in corpus order (`reduce(.zero, +)`) reproduces its bits.
public struct CodeBLEUStatistics: Sendable, Equatable, Codable {
    public var pairs = 0

    /// BLEU (modified precision): clipped matches and hypothesis n-gram counts (each pair adds at least 1),
    /// hypothesis length and closest reference length.
    public var ngramMatches = OrderCounts()
    public var ngramTotals = OrderCounts()
    public var hypothesisLength = 0
    public var referenceLength = 0

    /// Weighted n-gram match (a recall): keyword-weighted unigram sums, plain counts for n = 2…4 in `n2…n4`
    /// (`n1` unused), over reference n-grams (each pair adds at least 1 to a total).
    public var weightedUnigramMatches = 0.0
    public var weightedUnigramTotal = 0.0
    public var weightedMatches = OrderCounts()
    public var weightedTotals = OrderCounts()

    /// Syntax match: reference subtrees found among the hypothesis's, and all reference subtrees.
    public var syntaxMatches = 0
    public var syntaxTotal = 0

    /// Dataflow match: reference dataflow edges matched, and all reference edges.
    public var dataflowMatches = 0
    public var dataflowTotal = 0

    public init() {}

    public static let zero = CodeBLEUStatistics()

    public static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.pairs += rhs.pairs
        sum.ngramMatches = lhs.ngramMatches + rhs.ngramMatches
        sum.ngramTotals = lhs.ngramTotals + rhs.ngramTotals
        sum.hypothesisLength += rhs.hypothesisLength
        sum.referenceLength += rhs.referenceLength
        sum.weightedUnigramMatches += rhs.weightedUnigramMatches
        sum.weightedUnigramTotal += rhs.weightedUnigramTotal
        sum.weightedMatches = lhs.weightedMatches + rhs.weightedMatches
        sum.weightedTotals = lhs.weightedTotals + rhs.weightedTotals
        sum.syntaxMatches += rhs.syntaxMatches
        sum.syntaxTotal += rhs.syntaxTotal
        sum.dataflowMatches += rhs.dataflowMatches
        sum.dataflowTotal += rhs.dataflowTotal
        return sum
    }

    public static func += (lhs: inout Self, rhs: Self) { lhs = lhs + rhs }

    /// The four components and their combination. With no pairs every value is 0.
    public func score(weights: CodeBLEUWeights = .default, combination: CodeBLEUCombination = .package)
        -> CodeBLEUScore
    {
        let ngram = Self.bleu(
            numerators: SIMD4(Double(ngramMatches.n1), Double(ngramMatches.n2), Double(ngramMatches.n3),
                              Double(ngramMatches.n4)),
            denominators: SIMD4(Double(ngramTotals.n1), Double(ngramTotals.n2), Double(ngramTotals.n3),
                                Double(ngramTotals.n4)),
            hypothesisLength: hypothesisLength, referenceLength: referenceLength)
        // The reference hands the length code `[tokens, weights]` as the reference, so r is 2 per pair.
        let weighted = Self.bleu(
            numerators: SIMD4(weightedUnigramMatches, Double(weightedMatches.n2), Double(weightedMatches.n3),
                              Double(weightedMatches.n4)),
            denominators: SIMD4(weightedUnigramTotal, Double(weightedTotals.n2), Double(weightedTotals.n3),
                                Double(weightedTotals.n4)),
            hypothesisLength: hypothesisLength, referenceLength: 2 * pairs)
        let syntax = syntaxTotal > 0 ? Double(syntaxMatches) / Double(syntaxTotal) : 0
        let dataflow = dataflowTotal > 0 ? Double(dataflowMatches) / Double(dataflowTotal) : 0
        let dataflowTerm = combination == .package && dataflow == 0 ? 1 : dataflow
        // Left to right, as the reference adds them.
        let codebleu = weights.ngram * ngram + weights.weightedNgram * weighted + weights.syntax * syntax
            + weights.dataflow * dataflowTerm
        return CodeBLEUScore(codebleu: pairs > 0 ? codebleu : 0, ngramMatch: ngram, weightedNgramMatch: weighted,
                             syntaxMatch: syntax, dataflowMatch: dataflow, dataflowDefined: dataflowTotal > 0)
    }

    /// NLTK's `corpus_bleu` on summed counts: uniform weights 0.25, Chen & Cherry method 1 (ε = 0.1 added to zero
    /// numerators only), 0 when nothing of order 1 matched, and the brevity penalty.
    static func bleu(numerators: SIMD4<Double>, denominators: SIMD4<Double>, hypothesisLength: Int,
                     referenceLength: Int) -> Double
    {
        guard numerators[0] != 0 else { return 0 }
        var terms = SIMD4<Double>()
        for order in 0..<4 {
            let numerator = numerators[order] == 0 ? 0.1 : numerators[order]
            terms[order] = 0.25 * Foundation.log(numerator / denominators[order])
        }
        let brevityPenalty: Double
        if hypothesisLength > referenceLength {
            brevityPenalty = 1
        } else if hypothesisLength == 0 {
            brevityPenalty = 0
        } else {
            brevityPenalty = Foundation.exp(1 - Double(referenceLength) / Double(hypothesisLength))
        }
        return brevityPenalty * Foundation.exp(CorrectlyRoundedSum.sum(terms))
    }
}

/// CodeBLEU and its components, 0–1.
public struct CodeBLEUScore: Sendable, Equatable, Codable {
    public var codebleu: Double
    public var ngramMatch: Double
    public var weightedNgramMatch: Double
    public var syntaxMatch: Double
    /// The raw dataflow score; 0 when the references have no dataflow edges (`dataflowDefined` false).
    public var dataflowMatch: Double
    /// Whether any reference had a dataflow edge.
    public var dataflowDefined: Bool

    public init(codebleu: Double, ngramMatch: Double, weightedNgramMatch: Double, syntaxMatch: Double,
                dataflowMatch: Double, dataflowDefined: Bool) {
        self.codebleu = codebleu
        self.ngramMatch = ngramMatch
        self.weightedNgramMatch = weightedNgramMatch
        self.syntaxMatch = syntaxMatch
        self.dataflowMatch = dataflowMatch
        self.dataflowDefined = dataflowDefined
    }
}
