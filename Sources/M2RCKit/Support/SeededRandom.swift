/// The project's own random numbers, so a release never depends on the standard library's algorithms (whose
/// shuffle and `random(in:using:)` may change between Swift versions) or on Swift's per-process hash seed.
///
/// SplitMix64 (Steele, Lea and Flood, 2014): a 64-bit state advanced by a fixed odd constant and mixed by a
/// bijective finaliser. Fast, statistically strong enough for sampling, and trivially reproducible in any language.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one decision about one thing: keyed by the global seed and the thing's identity
    /// (e.g. `["mine", repository, path]`), so the decision never depends on what else was processed, or in
    /// which order, or on which machine of a sharded build.
    public init(seed: UInt64, key: [String]) {
        var hash = StableHash.fnv1a64(key: key)
        hash ^= SeededRandom.mix(seed &+ 0x9E37_79B9_7F4A_7C15)
        self.init(seed: SeededRandom.mix(hash))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SeededRandom.mix(state)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound`, without modulo bias (Lemire's multiply-and-reject method).
    public mutating func uniform(below bound: Int) -> Int {
        precondition(bound > 0, "the bound must be positive")
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold {
                product = next().multipliedFullWidth(by: limit)
            }
        }
        return Int(product.high)
    }

    /// A uniform double in [0, 1), from the top 53 bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Fisher–Yates, from the last position down, with `uniform(below:)`.
    public mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for index in stride(from: elements.count - 1, to: 0, by: -1) {
            elements.swapAt(index, uniform(below: index + 1))
        }
    }

    /// `count` distinct indices of `0..<population`, in the order drawn.
    public mutating func sample(_ count: Int, from population: Int) -> [Int] {
        var indices = Array(0..<population)
        let take = min(count, population)
        for position in 0..<take {
            indices.swapAt(position, position + uniform(below: population - position))
        }
        return Array(indices.prefix(take))
    }
}

/// Hashes that are the same in every process, on every machine, in every Swift version (unlike `hashValue`).
public enum StableHash {
    /// 64-bit FNV-1a of bytes.
    public static func fnv1a64(_ bytes: some Sequence<UInt8>, seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// FNV-1a of the parts' UTF-8 bytes, each followed by a 0xFF separator (a byte UTF-8 never contains), so
    /// `["ab", "c"]` and `["a", "bc"]` differ.
    public static func fnv1a64(key: [String]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for part in key {
            hash = fnv1a64(part.utf8, seed: hash)
            hash = fnv1a64(CollectionOfOne(0xFF), seed: hash)
        }
        return hash
    }

    /// A value in [0, 1) for a key: deterministic placement, e.g. of a repository into a split.
    public static func unitInterval(seed: UInt64, key: [String]) -> Double {
        var random = SeededRandom(seed: seed, key: key)
        return random.unit()
    }
}
