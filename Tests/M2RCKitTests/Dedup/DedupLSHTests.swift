import Testing
@testable import M2RCKit

/// Expected optima and areas from BigCode's procedure run with `scipy.integrate.quad`.
@Suite("Dedup: LSH bands and rows")
struct DedupLSHTests {
    @Test("256 permutations at threshold 0.7 give 25 bands of 10 rows, with the S-curve's midpoint near 0.7")
    func bigCodeDefault() {
        let lsh = LSHParameters.optimal(threshold: 0.7, permutations: 256)
        #expect(lsh == LSHParameters(bands: 25, rows: 10))
        #expect(DedupSettings().lsh == lsh)
        #expect(abs(lsh.halfwayPoint - 0.7) < 0.01)
        #expect(abs(lsh.candidateProbability(similarity: lsh.halfwayPoint) - 0.5) < 1e-12)
        // The S-curve: rare below the threshold, near certain well above it.
        #expect(lsh.candidateProbability(similarity: 0.5) < 0.03)
        #expect(lsh.candidateProbability(similarity: 0.85) > 0.99)
    }

    @Test("the false-positive and false-negative areas agree with adaptive quadrature")
    func areas() {
        let lsh = LSHParameters(bands: 25, rows: 10)
        #expect(abs(lsh.falsePositiveArea(threshold: 0.7) - 0.038_005_248_583_904_25) < 1e-12)
        #expect(abs(lsh.falseNegativeArea(threshold: 0.7) - 0.026_021_727_000_221_366) < 1e-12)
    }

    @Test("the optimum for other thresholds, sizes and weights",
          arguments: [(0.85, 256, 0.5, 13, 19), (0.5, 128, 0.5, 25, 5), (0.8, 100, 0.5, 8, 12), (0.7, 250, 0.5, 25, 10),
                      (0.7, 256, 0.3, 28, 9)])
    func otherOptima(threshold: Double, permutations: Int, falsePositiveWeight: Double, bands: Int, rows: Int) {
        let lsh = LSHParameters.optimal(threshold: threshold, permutations: permutations,
                                        falsePositiveWeight: falsePositiveWeight,
                                        falseNegativeWeight: 1 - falsePositiveWeight)
        #expect(lsh == LSHParameters(bands: bands, rows: rows))
    }

    @Test("the agreement count a pair needs reaches the threshold exactly")
    func agreements() {
        #expect(Deduplicator.minimumAgreements(threshold: 0.7, permutations: 256) == 180)  // 179.2 → 180
        #expect(Deduplicator.minimumAgreements(threshold: 0.5, permutations: 256) == 128)
        #expect(Deduplicator.minimumAgreements(threshold: 0.7, permutations: 10) == 7)
    }
}
