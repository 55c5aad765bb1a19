import Testing
@testable import M2RCKit

/// Golden values recomputed independently from the definitions (Python: `hashlib.sha1`, big integers for the
/// permutation, a separate SplitMix64): if one moves, every release's dedup decisions move with it.
@Suite("Dedup: shingles and MinHash")
struct DedupMinHashTests {
    static let snippet = Array("""
    def load_tasks(path):
        with open(path) as handle:
            return [line.strip() for line in handle]

    """.utf8)

    @Test("tokens are the runs of [A-Za-z_0-9]; punctuation, spaces and non-ASCII bytes separate")
    func tokens() {
        #expect(Shingles.tokens(of: Self.snippet) == ["def", "load_tasks", "path", "with", "open", "path", "as", "handle",
                                                     "return", "line", "strip", "for", "line", "in", "handle"])
        #expect(Shingles.tokens(of: Array("naïve_x = a+b;;  c".utf8)) == ["na", "ve_x", "a", "b", "c"])
        #expect(Shingles.tokens(of: Array("  \n\t()".utf8)).isEmpty)
    }

    @Test("the shingle hash is the first 4 bytes of SHA-1, little-endian")
    func sha1Hash() {
        #expect(Shingles.hash32(Array("def load_tasks path return".utf8)) == 0x6789_7E84)
        #expect(Shingles.hash32(Array("a b c d e".utf8)) == 0xB6A3_9587)
        #expect(Shingles.hash32([]) == 0xEEA3_39DA)
    }

    @Test("shingles are word 5-grams, distinct and sorted")
    func shingles() {
        let result = Shingles.hashes(of: Self.snippet, ngram: 5, minTokens: 5)
        #expect(result.tokens == 15)
        #expect(result.hashes.count == 11)  // 15 − 5 + 1 five-grams, all different
        #expect(result.hashes == result.hashes.sorted())
        #expect(result.hashes.contains(Shingles.hash32(Array("def load_tasks path with open".utf8))))
        // A repeated shingle counts once.
        #expect(Shingles.hashes(of: Array("a b c d e a b c d e".utf8), ngram: 5, minTokens: 5).hashes.count == 5)
    }

    @Test("the permutation coefficients come from SeededRandom(seed: 42, key: [\"minhash\"])")
    func coefficients() {
        let hasher = MinHasher(permutations: 256, seed: 42)
        #expect(hasher.multipliers[0] == 0x1C75_8D29_C8F8_9675 && hasher.increments[0] == 0x0DB5_B7F3_3174_28FF)
        #expect(hasher.multipliers[1] == 0x09CE_CCE6_AF0D_A590 && hasher.increments[1] == 0x0581_25EB_9B9B_09DC)
        #expect(hasher.multipliers[255] == 0x033E_7B8A_525E_B1EF && hasher.increments[255] == 0x1CB8_B11E_54C1_7996)
        #expect(hasher.multipliers.allSatisfy { $0 >= 1 && $0 < MinHasher.prime })
        #expect(hasher.increments.allSatisfy { $0 < MinHasher.prime })
    }

    @Test("(a·h + b) mod (2^61 − 1) & (2^32 − 1) is exact, including the largest hash",
          arguments: [(0, [0x3174_28FF, 0x9B9B_09DC, 0x54C1_7996]),
                      (1, [0xFA6C_BF75, 0x4AA8_AF6C, 0xA720_2B85]),
                      (0xFFFF_FFFF, [0x4C27_FBD7, 0x3B03_CB81, 0x1C56_A3FA]),
                      (0x6789_7E84, [0x1F60_F97A, 0x3FED_0FC6, 0xD58E_E8CC])] as [(UInt32, [UInt32])])
    func permutation(hash: UInt32, expected: [UInt32]) {
        let hasher = MinHasher(permutations: 256, seed: 42)
        #expect([0, 1, 255].map { hasher.permuted(hash, permutation: $0) } == expected)
    }

    @Test("the 32-bit-product reduction equals 128-bit arithmetic on edge values")
    func reduction() {
        var random = SeededRandom(seed: 3)
        let multipliers: [UInt64] = [1, 2, MinHasher.prime - 1, 1 << 32, (1 << 32) - 1, (1 << 60) + 12345]
            + (0..<200).map { _ in 1 + UInt64(random.uniform(below: Int(MinHasher.prime - 1))) }
        let increments: [UInt64] = [0, 1, MinHasher.prime - 1]
        let hashes: [UInt64] = [0, 1, 0xFFFF_FFFF, 0x8000_0000, 0x7FFF_FFFF]
            + (0..<20).map { _ in UInt64(UInt32(truncatingIfNeeded: random.next())) }
        for a in multipliers {
            for b in increments {
                for h in hashes {
                    let product = a.multipliedFullWidth(by: h)
                    // 2^64 ≡ 8 (mod p); every term is below 2^61, so the sum cannot overflow.
                    let residue = ((product.high << 3) + product.low % MinHasher.prime + b) % MinHasher.prime
                    let fast = MinHasher.permuted(h, high: a >> 32, low: a & 0xFFFF_FFFF, b)
                    #expect(UInt64(fast) == residue & 0xFFFF_FFFF, "a=\(a) b=\(b) h=\(h)")
                }
            }
        }
    }

    @Test("a document's signature matches the reference")
    func signature() throws {
        let print = Fingerprinter(settings: DedupSettings()).fingerprint(of: Self.snippet)
        let values = try #require(print.signature).values
        #expect(values.count == 256)
        #expect(Array(values.prefix(4)) == [0x0834_D25C, 0x04AB_6002, 0x0BB9_DDC1, 0x0ED0_05CF])
        #expect(values[255] == 0x00C4_AF3F)
    }

    @Test("the agreement share estimates the Jaccard similarity of the shingle sets")
    func estimate() {
        let hasher = MinHasher(permutations: 256, seed: 42)
        var random = SeededRandom(seed: 5)
        let shared = (0..<600).map { _ in UInt32(truncatingIfNeeded: random.next()) }
        let onlyA = (0..<200).map { _ in UInt32(truncatingIfNeeded: random.next()) }
        let onlyB = (0..<200).map { _ in UInt32(truncatingIfNeeded: random.next()) }
        let a = hasher.signature(of: shared + onlyA), b = hasher.signature(of: shared + onlyB)
        // True Jaccard 600 / 1000; the standard error with 256 permutations is about 0.03.
        #expect(abs(a.estimatedJaccard(with: b) - 0.6) < 0.1)
        #expect(a.estimatedJaccard(with: a) == 1)
    }
}
