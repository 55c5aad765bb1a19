/// The two n-gram components of CodeBLEU for one pair: BLEU's clipped precision counts and the weighted n-gram
/// recall, over whitespace tokens (Python's `str.split()`).
struct NGramStatistics {
    private var tokens = ByteInterner()
    private var referenceIDs: [Int32] = []
    private var hypothesisIDs: [Int32] = []
    private var referenceCounts: [Int32] = []
    private var hypothesisCounts: [Int32] = []
    private var referenceGrams: [NGramKey] = []
    private var hypothesisGrams: [NGramKey] = []

    /// Adds the pair's n-gram counts to `statistics`. `keywords` weigh 1, other tokens 0.2.
    mutating func add(reference: [UInt8], hypothesis: [UInt8], keywords: ByteInterner,
                      to statistics: inout CodeBLEUStatistics)
    {
        tokens.removeAll()
        // Reference first, so its distinct tokens get ids 0..<k in order of first appearance: the order in which
        // the reference accumulates the weighted sums.
        Self.split(reference, into: &referenceIDs, interner: &tokens)
        let referenceVocabulary = tokens.count
        Self.split(hypothesis, into: &hypothesisIDs, interner: &tokens)

        referenceCounts.removeAll(keepingCapacity: true)
        hypothesisCounts.removeAll(keepingCapacity: true)
        referenceCounts.append(contentsOf: repeatElement(0, count: tokens.count))
        hypothesisCounts.append(contentsOf: repeatElement(0, count: tokens.count))
        for id in referenceIDs { referenceCounts[Int(id)] += 1 }
        for id in hypothesisIDs { hypothesisCounts[Int(id)] += 1 }

        let hypothesisLength = hypothesisIDs.count
        let referenceLength = referenceIDs.count
        statistics.pairs += 1
        statistics.hypothesisLength += hypothesisLength
        statistics.referenceLength += referenceLength

        // Order 1: BLEU's clipped count, and the weighted sums over distinct reference tokens.
        var unigramOverlap = 0
        for id in 0..<tokens.count {
            unigramOverlap += Int(min(referenceCounts[id], hypothesisCounts[id]))
        }
        var weightedMatches = 0.0
        var weightedTotal = 0.0
        for id in 0..<referenceVocabulary {
            let weight = tokens.bytes(of: Int32(id)).withUnsafeBufferPointer { keywords.contains($0) } ? 1.0 : 0.2
            weightedMatches += Double(min(referenceCounts[id], hypothesisCounts[id])) * weight
            weightedTotal += Double(referenceCounts[id]) * weight
        }
        statistics.ngramMatches.n1 += unigramOverlap
        statistics.ngramTotals.n1 += max(1, hypothesisLength)
        statistics.weightedUnigramMatches += weightedMatches
        statistics.weightedUnigramTotal += max(1, weightedTotal)

        // Orders 2–4: the clipped overlap is the same sum whether read as precision or recall.
        for order in 2...4 {
            let overlap = overlap(order: order)
            statistics.ngramMatches[order] += overlap
            statistics.ngramTotals[order] += max(1, hypothesisLength - order + 1)
            statistics.weightedMatches[order] += overlap
            statistics.weightedTotals[order] += max(1, referenceLength - order + 1)
        }
    }

    /// Σ over n-grams of min(count in hypothesis, count in reference), by sorting both lists of n-grams.
    private mutating func overlap(order: Int) -> Int {
        Self.grams(of: referenceIDs, order: order, into: &referenceGrams)
        Self.grams(of: hypothesisIDs, order: order, into: &hypothesisGrams)
        guard !referenceGrams.isEmpty, !hypothesisGrams.isEmpty else { return 0 }
        referenceGrams.sort()
        hypothesisGrams.sort()
        var overlap = 0
        var r = 0
        var h = 0
        while r < referenceGrams.count && h < hypothesisGrams.count {
            if referenceGrams[r] < hypothesisGrams[h] {
                r += 1
            } else if hypothesisGrams[h] < referenceGrams[r] {
                h += 1
            } else {
                overlap += 1
                r += 1
                h += 1
            }
        }
        return overlap
    }

    private static func grams(of ids: [Int32], order: Int, into grams: inout [NGramKey]) {
        grams.removeAll(keepingCapacity: true)
        guard ids.count >= order else { return }
        for start in 0...(ids.count - order) {
            var high: UInt64 = UInt64(UInt32(bitPattern: ids[start])) << 32
            high |= UInt64(UInt32(bitPattern: ids[start + 1]))
            var low: UInt64 = 0
            if order >= 3 { low = UInt64(UInt32(bitPattern: ids[start + 2])) << 32 }
            if order >= 4 { low |= UInt64(UInt32(bitPattern: ids[start + 3])) }
            grams.append(NGramKey(high: high, low: low))
        }
    }

    /// Python's `str.split()` over UTF-8 bytes, each field interned.
    static func split(_ text: [UInt8], into ids: inout [Int32], interner: inout ByteInterner) {
        ids.removeAll(keepingCapacity: true)
        text.withUnsafeBufferPointer { bytes in
            var index = 0
            var fieldStart = -1
            while index < bytes.count {
                let width = PythonWhitespace.length(in: bytes, at: index)
                if width > 0 {
                    if fieldStart >= 0 {
                        ids.append(interner.intern(UnsafeBufferPointer(rebasing: bytes[fieldStart..<index])))
                        fieldStart = -1
                    }
                    index += width
                } else {
                    if fieldStart < 0 { fieldStart = index }
                    index += 1
                }
            }
            if fieldStart >= 0 {
                ids.append(interner.intern(UnsafeBufferPointer(rebasing: bytes[fieldStart..<bytes.count])))
            }
        }
    }
}

/// Up to four token ids of 32 bits, ordered.
struct NGramKey: Comparable {
    let high: UInt64
    let low: UInt64

    static func < (lhs: NGramKey, rhs: NGramKey) -> Bool {
        lhs.high != rhs.high ? lhs.high < rhs.high : lhs.low < rhs.low
    }
}

/// Python's whitespace (`str.split()` / `str.strip()`) found directly in UTF-8 bytes.
enum PythonWhitespace {
    /// The byte length of the whitespace character starting at `index`, or 0 when it is not whitespace.
    @inline(__always)
    static func length(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            return (0x09...0x0D).contains(byte) || (0x1C...0x20).contains(byte) ? 1 : 0
        }
        let remaining = bytes.count - index
        switch byte {
        case 0xC2:  // U+0085, U+00A0
            guard remaining >= 2 else { return 0 }
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1:  // U+1680
            guard remaining >= 3 else { return 0 }
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:  // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
            guard remaining >= 3 else { return 0 }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80 {
                return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:  // U+3000
            guard remaining >= 3 else { return 0 }
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// Whether the bytes hold only Python whitespace (or nothing).
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let width = length(in: bytes, at: index)
            if width == 0 { return false }
            index += width
        }
        return true
    }

    /// `s.strip()` of UTF-8 bytes.
    static func strip(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                let width = length(in: buffer, at: start)
                if width == 0 { break }
                start += width
            }
            guard start < buffer.count else { return [] }
            // Scan forward remembering the end of the last non-whitespace character (UTF-8 cannot be read backwards
            // safely for multi-byte whitespace without decoding).
            var end = start
            var index = start
            while index < buffer.count {
                let width = length(in: buffer, at: index)
                if width == 0 {
                    index += 1
                    end = index
                } else {
                    index += width
                }
            }
            return Array(buffer[start..<end])
        }
    }
}
