import Foundation

/// Locality-sensitive hashing over MinHash signatures: the first `bands · rows` values cut into `bands` bands of
/// `rows`; two documents are candidates when all the rows of at least one band agree. For Jaccard similarity s
/// that happens with probability `P(s) = 1 − (1 − s^rows)^bands`, an S-curve whose steep part sits near
/// `(1/bands)^(1/rows)`.
public struct LSHParameters: Sendable, Equatable, CustomStringConvertible {
    public let bands: Int
    public let rows: Int

    public init(bands: Int, rows: Int) {
        precondition(bands >= 1 && rows >= 1, "bands and rows must be at least 1")
        self.bands = bands
        self.rows = rows
    }

    public var description: String { "\(bands) bands × \(rows) rows" }

    /// The probability that two documents of Jaccard similarity `similarity` share at least one band.
    public func candidateProbability(similarity: Double) -> Double {
        1 - pow(1 - pow(similarity, Double(rows)), Double(bands))
    }

    /// The similarity at which a pair becomes a candidate with probability one half: `(1 − 2^(−1/bands))^(1/rows)`.
    public var halfwayPoint: Double {
        pow(1 - pow(0.5, 1 / Double(bands)), 1 / Double(rows))
    }

    /// ∫₀ᵗ P(s) ds: how much of the S-curve lies below the threshold (pairs that become candidates but are not
    /// duplicates).
    public func falsePositiveArea(threshold: Double) -> Double {
        Self.integrate(from: 0, to: threshold) { candidateProbability(similarity: $0) }
    }

    /// ∫ₜ¹ (1 − P(s)) ds: duplicates that never become candidates.
    public func falseNegativeArea(threshold: Double) -> Double {
        Self.integrate(from: threshold, to: 1) { 1 - candidateProbability(similarity: $0) }
    }

    /// BigCode's (and datasketch's) choice: over every bands ≥ 1 and rows ≥ 1 with bands · rows ≤ permutations,
    /// the pair minimising `falsePositiveWeight · FP-area + falseNegativeWeight · FN-area`; on a tie the first in
    /// (bands, rows) order is kept. For 256 permutations, threshold 0.7 and weights 0.5/0.5: 25 bands × 10 rows.
    public static func optimal(threshold: Double, permutations: Int, falsePositiveWeight: Double = 0.5,
                               falseNegativeWeight: Double = 0.5) -> LSHParameters {
        var best = LSHParameters(bands: 1, rows: 1)
        var smallestError = Double.infinity
        for bands in 1...max(1, permutations) {
            for rows in 1...max(1, permutations / bands) {
                let candidate = LSHParameters(bands: bands, rows: rows)
                let error = falsePositiveWeight * candidate.falsePositiveArea(threshold: threshold)
                    + falseNegativeWeight * candidate.falseNegativeArea(threshold: threshold)
                if error < smallestError {
                    smallestError = error
                    best = candidate
                }
            }
        }
        return best
    }

    /// Composite 8-point Gauss–Legendre quadrature on 64 panels: the integrands are polynomials of degree up to
    /// 256, smooth on each panel, so the error is far below the gaps between neighbouring (bands, rows) choices.
    static func integrate(from lower: Double, to upper: Double, _ function: (Double) -> Double) -> Double {
        guard upper > lower else { return 0 }
        let panels = 64
        let width = (upper - lower) / Double(panels)
        var total = 0.0
        for panel in 0..<panels {
            let middle = lower + (Double(panel) + 0.5) * width
            var sum = 0.0
            for (node, weight) in gaussLegendre8 {
                sum += weight * (function(middle - node * width / 2) + function(middle + node * width / 2))
            }
            total += sum * width / 2
        }
        return total
    }

    /// The positive nodes of the 8-point Gauss–Legendre rule on [−1, 1] and their weights.
    private static let gaussLegendre8: [(Double, Double)] = [
        (0.183_434_642_495_649_8, 0.362_683_783_378_362_0),
        (0.525_532_409_916_329_0, 0.313_706_645_877_887_3),
        (0.796_666_477_413_626_7, 0.222_381_034_453_374_5),
        (0.960_289_856_497_536_3, 0.101_228_536_290_376_3),
    ]
}
