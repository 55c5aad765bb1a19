/// Finds eval ground truths that occur in benchmark texts: a ground truth is contaminated when, after
/// `normalized(_:)`, it is at least `minLength` bytes long and a substring of a normalised benchmark text.
///
/// The search is one pass over the benchmark texts with a rolling hash of width `minLength`, looked up among the
/// hashes of the ground truths' first `minLength` bytes; each hit is confirmed byte by byte. The first text (in
/// file, then line order) that contains a ground truth is the match reported.
public struct ContaminationIndex: Sendable {
    public let minLength: Int
    private let texts: [(origin: BenchmarkMatch, bytes: [UInt8])]

    public init(benchmarks: [BenchmarkText], minLength: Int) {
        precondition(minLength >= 1, "the minimum length must be at least 1")
        self.minLength = minLength
        texts = benchmarks.map { (BenchmarkMatch(file: $0.file, line: $0.line), Self.normalized($0.text)) }
    }

    /// Loads the settings' benchmark files (none: an index that matches nothing).
    public init(settings: DecontaminationSettings) throws(InputError) {
        self.init(benchmarks: try BenchmarkText.load(paths: settings.benchmarks, fields: settings.fields),
                  minLength: settings.minLength)
    }

    public var isEmpty: Bool { texts.isEmpty }

    /// The text both sides are compared as: ASCII letters lower-cased (BigCode's decontamination compares
    /// lower-cased text; other characters are left alone so the result never depends on Unicode tables), every run
    /// of ASCII whitespace (space, tab, line feed, carriage return, vertical tab, form feed) made one space, and
    /// none at either end.
    public static func normalized(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C:
                pendingSpace = !output.isEmpty
            default:
                if pendingSpace {
                    output.append(UInt8(ascii: " "))
                    pendingSpace = false
                }
                output.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
            }
        }
        return output
    }

    /// For each ground truth, in order, where it was found; nil when it is too short or found nowhere.
    public func matches(_ groundTruths: [String]) -> [BenchmarkMatch?] {
        let needles = groundTruths.map(Self.normalized)
        var results = [BenchmarkMatch?](repeating: nil, count: needles.count)
        // Lookups only: the table's order never reaches the result, which is decided by the scan order.
        var byPrefix: [UInt64: [Int]] = [:]
        for (index, needle) in needles.enumerated() where needle.count >= minLength {
            byPrefix[Self.windowHash(needle[0..<minLength]), default: []].append(index)
        }
        var remaining = byPrefix.values.reduce(0) { $0 + $1.count }
        guard remaining > 0 else { return results }
        let leadingPower = Self.power(Self.base, minLength - 1)

        for (origin, text) in texts where text.count >= minLength {
            var hash = Self.windowHash(text[0..<minLength])
            var start = 0
            while true {
                if let candidates = byPrefix[hash] {
                    for candidate in candidates where results[candidate] == nil {
                        let needle = needles[candidate]
                        if start + needle.count <= text.count, text[start..<start + needle.count].elementsEqual(needle) {
                            results[candidate] = origin
                            remaining -= 1
                        }
                    }
                    if remaining == 0 { return results }
                }
                guard start + minLength < text.count else { break }
                hash = (hash &- UInt64(text[start]) &* leadingPower) &* Self.base &+ UInt64(text[start + minLength])
                start += 1
            }
        }
        return results
    }

    private static let base: UInt64 = 0x0000_0100_0000_01B3

    /// Σ bytes[i] · base^(count − 1 − i), wrapping: the polynomial the rolling update maintains.
    private static func windowHash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 &* base &+ UInt64($1) }
    }

    private static func power(_ value: UInt64, _ exponent: Int) -> UInt64 {
        (0..<exponent).reduce(1) { result, _ in result &* value }
    }
}
