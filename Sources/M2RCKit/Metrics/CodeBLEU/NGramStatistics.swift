/// One string's whitespace tokens (Python's `str.split()`) as CodeBLEU's two n-gram components need them, built
/// once per distinct string: token ids come from an interner shared by every string of a scorer's cache.
struct NGramProfile {
    /// The number of tokens.
    let length: Int
    /// The number of distinct tokens.
    private let distinctCount: Int
    /// Where the n-grams of orders 2, 3 and 4 end, counted in n-grams.
    private let gramEnds: (Int, Int, Int)
    /// Everything in one allocation (profiles are copied and kept by the thousand): per distinct token in order of
    /// first appearance (the order in which the reference sums its weights) its id and count (`id << 32 | count`),
    /// then each one's weight (1 for a keyword, 0.2 otherwise) as a bit pattern, then the n-grams of orders 2, 3
    /// and 4, each order's run sorted, two words each.
    private let words: [UInt64]

    /// `isKeyword[id]` says whether token `id` is a keyword; it is extended here for tokens new to `tokens`.
    init(_ text: [UInt8], tokens: inout ByteInterner, keywords: ByteInterner, isKeyword: inout [Bool],
         scratch: inout NGramScratch)
    {
        var ids = scratch.takeIDs()
        NGramProfile.split(text, into: &ids, interner: &tokens)
        length = ids.count
        while isKeyword.count < tokens.count {
            isKeyword.append(tokens.bytes(of: Int32(isKeyword.count)).withUnsafeBufferPointer { keywords.contains($0) })
        }
        // Distinct tokens with their counts, then their weights.
        scratch.nextPair(tokenCount: tokens.count)
        var words: [UInt64] = []
        words.reserveCapacity(2 * ids.count + 2 * max(0, 3 * ids.count - 6))
        for id in ids {
            if let slot = scratch.value(of: id) {
                words[Int(slot)] += 1
            } else {
                scratch.set(id, to: Int32(words.count))
                words.append(UInt64(UInt32(bitPattern: id)) << 32 | 1)
            }
        }
        let distinctCount = words.count
        for index in 0..<distinctCount {
            words.append((isKeyword[Int(words[index] >> 32)] ? 1.0 : 0.2).bitPattern)
        }
        // The n-grams of orders 2–4, written and sorted in place, two words each.
        let counts = (max(0, ids.count - 1), max(0, ids.count - 2), max(0, ids.count - 3))
        let gramsStart = words.count
        words.append(contentsOf: repeatElement(0, count: 2 * (counts.0 + counts.1 + counts.2)))
        words.withUnsafeMutableBufferPointer { words in
            ids.withUnsafeBufferPointer { ids in
                var at = gramsStart
                for order in 2...4 { at = NGramProfile.writeSortedGrams(of: ids, order: order, into: words, at: at) }
            }
        }
        self.distinctCount = distinctCount
        gramEnds = (counts.0, counts.0 + counts.1, counts.0 + counts.1 + counts.2)
        self.words = words
        scratch.giveBack(ids: ids)
    }

    /// The profile's parts, read in place.
    struct Parts {
        /// Per distinct token, `id << 32 | count`.
        let tokens: UnsafeBufferPointer<UInt64>
        /// Per distinct token, its weight's bit pattern.
        let weights: UnsafeBufferPointer<UInt64>
        /// The n-grams of all three orders, two words each.
        let grams: UnsafeBufferPointer<UInt64>
        let gramEnds: (Int, Int, Int)

        /// The sorted n-grams of one order (2, 3 or 4), as a range of `grams` counted in n-grams.
        func range(order: Int) -> Range<Int> {
            switch order {
            case 2: 0..<gramEnds.0
            case 3: gramEnds.0..<gramEnds.1
            default: gramEnds.1..<gramEnds.2
            }
        }
    }

    func withParts<Result>(_ body: (Parts) -> Result) -> Result {
        words.withUnsafeBufferPointer { all in
            body(Parts(tokens: UnsafeBufferPointer(rebasing: all[0..<distinctCount]),
                       weights: UnsafeBufferPointer(rebasing: all[distinctCount..<(2 * distinctCount)]),
                       grams: UnsafeBufferPointer(rebasing: all[(2 * distinctCount)...]), gramEnds: gramEnds))
        }
    }

    /// Writes the n-grams of one order at `at` (two words each: the first two ids, then the next two or zeros),
    /// sorted; returns where the next order starts.
    private static func writeSortedGrams(of ids: UnsafeBufferPointer<Int32>, order: Int,
                                         into words: UnsafeMutableBufferPointer<UInt64>, at first: Int) -> Int
    {
        guard ids.count >= order else { return first }
        var at = first
        for start in 0...(ids.count - order) {
            words[at] = UInt64(UInt32(bitPattern: ids[start])) << 32 | UInt64(UInt32(bitPattern: ids[start + 1]))
            var low: UInt64 = 0
            if order >= 3 { low = UInt64(UInt32(bitPattern: ids[start + 2])) << 32 }
            if order >= 4 { low |= UInt64(UInt32(bitPattern: ids[start + 3])) }
            words[at + 1] = low
            at += 2
        }
        let count = (at - first) / 2
        guard count <= 64 else {
            var keys = (0..<count).map { NGramKey(high: words[first + 2 * $0], low: words[first + 2 * $0 + 1]) }
            keys.sort()
            for (index, key) in keys.enumerated() {
                words[first + 2 * index] = key.high
                words[first + 2 * index + 1] = key.low
            }
            return at
        }
        // Insertion sort for the usual few: ids are numbered in order of first appearance, so a snippet's
        // n-grams arrive mostly in order.
        for index in 1..<max(1, count) {
            let key = NGramKey(high: words[first + 2 * index], low: words[first + 2 * index + 1])
            var position = index
            while position > 0 {
                let previous = NGramKey(high: words[first + 2 * position - 2], low: words[first + 2 * position - 1])
                guard key < previous else { break }
                words[first + 2 * position] = previous.high
                words[first + 2 * position + 1] = previous.low
                position -= 1
            }
            words[first + 2 * position] = key.high
            words[first + 2 * position + 1] = key.low
        }
        return at
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

/// A map from token id to a small integer, emptied in O(1) between uses by counting up a stamp.
struct NGramScratch {
    private var stamps: [UInt32] = []
    private var values: [Int32] = []
    private var stamp: UInt32 = 0
    /// A profile's token ids while it is built, kept for their capacity.
    private var ids: [Int32] = []

    mutating func takeIDs() -> [Int32] {
        var taken: [Int32] = []
        swap(&taken, &ids)
        taken.removeAll(keepingCapacity: true)
        return taken
    }

    mutating func giveBack(ids: [Int32]) {
        self.ids = ids
    }

    /// Empties the map and makes room for ids below `tokenCount`.
    mutating func nextPair(tokenCount: Int) {
        if stamps.count < tokenCount {
            stamps.append(contentsOf: repeatElement(0, count: tokenCount - stamps.count))
            values.append(contentsOf: repeatElement(0, count: tokenCount - values.count))
        }
        stamp &+= 1
        if stamp == 0 {
            for index in stamps.indices { stamps[index] = 0 }
            stamp = 1
        }
    }

    func value(of id: Int32) -> Int32? { stamps[Int(id)] == stamp ? values[Int(id)] : nil }

    mutating func set(_ id: Int32, to value: Int32) {
        stamps[Int(id)] = stamp
        values[Int(id)] = value
    }
}

/// The two n-gram components of CodeBLEU for one pair: BLEU's clipped precision counts and the weighted n-gram
/// recall, from the two strings' profiles.
enum NGramStatistics {
    /// Adds the pair's n-gram counts to `statistics`; `scratch` must cover the profiles' token ids.
    static func add(reference: NGramProfile, hypothesis: NGramProfile, scratch: inout NGramScratch, tokenCount: Int,
                    to statistics: inout CodeBLEUStatistics)
    {
        statistics.pairs += 1
        statistics.hypothesisLength += hypothesis.length
        statistics.referenceLength += reference.length
        reference.withParts { reference in
            hypothesis.withParts { hypothesis in
                addParts(reference: reference, hypothesis: hypothesis, scratch: &scratch, tokenCount: tokenCount,
                         to: &statistics)
            }
        }
        // Orders 2–4 totals depend on the lengths alone.
        for order in 2...4 {
            statistics.ngramTotals[order] += max(1, hypothesis.length - order + 1)
            statistics.weightedTotals[order] += max(1, reference.length - order + 1)
        }
        statistics.ngramTotals.n1 += max(1, hypothesis.length)
    }

    private static func addParts(reference: NGramProfile.Parts, hypothesis: NGramProfile.Parts,
                                 scratch: inout NGramScratch, tokenCount: Int, to statistics: inout CodeBLEUStatistics)
    {
        // Order 1: BLEU's clipped count (tokens absent from the reference clip to 0), and the weighted sums over
        // distinct reference tokens in order of first appearance.
        scratch.nextPair(tokenCount: tokenCount)
        for token in hypothesis.tokens {
            scratch.set(Int32(truncatingIfNeeded: token >> 32), to: Int32(truncatingIfNeeded: token & 0xFFFF_FFFF))
        }
        var unigramOverlap = 0
        var weightedMatches = 0.0
        var weightedTotal = 0.0
        for index in reference.tokens.indices {
            let token = reference.tokens[index]
            let count = Int32(truncatingIfNeeded: token & 0xFFFF_FFFF)
            let clipped = min(count, scratch.value(of: Int32(truncatingIfNeeded: token >> 32)) ?? 0)
            let weight = Double(bitPattern: reference.weights[index])
            unigramOverlap += Int(clipped)
            weightedMatches += Double(clipped) * weight
            weightedTotal += Double(count) * weight
        }
        statistics.ngramMatches.n1 += unigramOverlap
        statistics.weightedUnigramMatches += weightedMatches
        statistics.weightedUnigramTotal += max(1, weightedTotal)

        // Orders 2–4: the clipped overlap is the same sum whether read as precision or recall.
        for order in 2...4 {
            let overlap = overlap(reference.grams, reference.range(order: order), hypothesis.grams,
                                  hypothesis.range(order: order))
            statistics.ngramMatches[order] += overlap
            statistics.weightedMatches[order] += overlap
        }
    }

    /// Σ over n-grams of min(count in hypothesis, count in reference), walking both sorted runs (two words an
    /// n-gram).
    private static func overlap(_ reference: UnsafeBufferPointer<UInt64>, _ referenceRange: Range<Int>,
                                _ hypothesis: UnsafeBufferPointer<UInt64>, _ hypothesisRange: Range<Int>) -> Int
    {
        func key(_ words: UnsafeBufferPointer<UInt64>, _ index: Int) -> NGramKey {
            NGramKey(high: words[2 * index], low: words[2 * index + 1])
        }
        var overlap = 0
        var r = referenceRange.lowerBound
        var h = hypothesisRange.lowerBound
        while r < referenceRange.upperBound && h < hypothesisRange.upperBound {
            let referenceKey = key(reference, r)
            let hypothesisKey = key(hypothesis, h)
            if referenceKey < hypothesisKey {
                r += 1
            } else if hypothesisKey < referenceKey {
                h += 1
            } else {
                overlap += 1
                r += 1
                h += 1
            }
        }
        return overlap
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
        bytes.withUnsafeBufferPointer { Array(stripped($0)) }
    }

    /// `s.strip()` of UTF-8 bytes, as a slice of them.
    static func stripped(_ buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        while start < buffer.count {
            let width = length(in: buffer, at: start)
            if width == 0 { break }
            start += width
        }
        guard start < buffer.count else { return UnsafeBufferPointer(rebasing: buffer[0..<0]) }
        // Trailing ASCII is read backwards; a byte of a multi-byte character there (which may be whitespace)
        // sends the search to the forward scan below.
        var end = buffer.count
        while end > start {
            let byte = buffer[end - 1]
            if byte >= 0x80 { return UnsafeBufferPointer(rebasing: buffer[start..<forwardEnd(buffer, from: start)]) }
            if length(in: buffer, at: end - 1) == 0 { break }
            end -= 1
        }
        return UnsafeBufferPointer(rebasing: buffer[start..<end])
    }

    /// The end of the last non-whitespace character at or after `start`, scanning forward (UTF-8 cannot be read
    /// backwards safely for multi-byte whitespace without decoding).
    private static func forwardEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
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
        return end
    }
}
