/// MinHash over 32-bit shingle hashes with the universal family BigCode uses:
/// `π_i(h) = ((a_i · h + b_i) mod (2^61 − 1)) & (2^32 − 1)`, and a signature value is the minimum of `π_i` over a
/// document's shingles. Two documents agree at position i with probability equal to their shingle sets' Jaccard.
///
/// The coefficients come from `SeededRandom(seed: seed, key: ["minhash"])`, drawn in pairs: for each permutation
/// in order, `a = 1 + uniform(below: p − 1)` (so a ∈ [1, p)), then `b = uniform(below: p)` (b ∈ [0, p)).
///
/// The product `a · h` is reduced modulo p exactly. numpy's uint64 arithmetic in BigCode's
/// script wraps `a · h` at 2^64 before the modulo; the formula, not that overflow, is what is implemented here.
public struct MinHasher: Sendable {
    /// The Mersenne prime 2^61 − 1.
    public static let prime: UInt64 = (1 << 61) - 1

    public let multipliers: [UInt64]
    public let increments: [UInt64]
    /// Each multiplier cut at bit 32, so every product is a 32 × 32-bit one (see `permuted`).
    private let multiplierHigh: [UInt64]
    private let multiplierLow: [UInt64]

    public var permutations: Int { multipliers.count }

    public init(permutations: Int, seed: UInt64) {
        var random = SeededRandom(seed: seed, key: ["minhash"])
        var multipliers: [UInt64] = []
        var increments: [UInt64] = []
        for _ in 0..<permutations {
            multipliers.append(1 + UInt64(random.uniform(below: Int(Self.prime - 1))))
            increments.append(UInt64(random.uniform(below: Int(Self.prime))))
        }
        self.multipliers = multipliers
        self.increments = increments
        multiplierHigh = multipliers.map { $0 >> 32 }
        multiplierLow = multipliers.map { $0 & 0xFFFF_FFFF }
    }

    /// The signature of a non-empty set of shingle hashes.
    public func signature(of hashes: [UInt32]) -> MinHashSignature {
        precondition(!hashes.isEmpty, "an empty shingle set has no MinHash signature")
        var values = [UInt32](repeating: .max, count: permutations)
        // Permutation outside, shingles inside: the coefficients stay in registers and the inner loop is a plain
        // min-reduction the compiler can unroll.
        hashes.withUnsafeBufferPointer { shingles in
            values.withUnsafeMutableBufferPointer { out in
                for position in 0..<out.count {
                    let high = multiplierHigh[position], low = multiplierLow[position]
                    let increment = increments[position]
                    var minimum = UInt32.max
                    for shingle in shingles {
                        minimum = min(minimum, Self.permuted(UInt64(shingle), high: high, low: low, increment))
                    }
                    out[position] = minimum
                }
            }
        }
        return MinHashSignature(values: values)
    }

    /// `((a · h + b) mod p) & (2^32 − 1)` for one permutation, a = high · 2^32 + low.
    public func permuted(_ hash: UInt32, permutation: Int) -> UInt32 {
        Self.permuted(UInt64(hash), high: multiplierHigh[permutation], low: multiplierLow[permutation],
                      increments[permutation])
    }

    /// With h < 2^32, high < 2^29 and low < 2^32, both products fit in 64 bits:
    /// a·h = x·2^32 + y with x = high·h < 2^61 and y = low·h < 2^64. Modulo p = 2^61 − 1 (2^61 ≡ 1):
    /// x·2^32 ≡ (x >> 29) + (x mod 2^29)·2^32 and y ≡ (y >> 61) + (y mod 2^61). The sum with b stays below 2^63,
    /// and one fold and one conditional subtraction give the exact residue. Twice as fast as a 128-bit product.
    @inline(__always)
    static func permuted(_ hash: UInt64, high: UInt64, low: UInt64, _ increment: UInt64) -> UInt32 {
        let x = high &* hash
        let y = low &* hash
        var sum = (x >> 29) &+ ((x & 0x1FFF_FFFF) << 32) &+ (y & prime) &+ (y >> 61) &+ increment
        sum = (sum & prime) &+ (sum >> 61)
        if sum >= prime { sum &-= prime }
        return UInt32(truncatingIfNeeded: sum)
    }
}

/// A document's MinHash values, one per permutation.
public struct MinHashSignature: Sendable, Equatable {
    public let values: [UInt32]

    public init(values: [UInt32]) {
        self.values = values
    }

    /// The share of positions where the two signatures agree: an unbiased estimate of the Jaccard similarity of the
    /// two shingle sets (k/256 for the default, so the value prints exactly).
    public func estimatedJaccard(with other: MinHashSignature) -> Double {
        Double(agreements(with: other)) / Double(values.count)
    }

    public func agreements(with other: MinHashSignature) -> Int {
        precondition(values.count == other.values.count, "signatures of different lengths")
        var equal = 0
        values.withUnsafeBufferPointer { mine in
            other.values.withUnsafeBufferPointer { theirs in
                for index in 0..<mine.count where mine[index] == theirs[index] { equal += 1 }
            }
        }
        return equal
    }
}
