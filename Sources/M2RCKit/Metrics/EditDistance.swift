/// Edit distances on sequences of Unicode scalar values (or of ASCII bytes, which are the same thing for ASCII
/// text). Both run bit-parallel, 64 positions of the shorter sequence per machine word, after the common
/// prefix and suffix are set aside.
enum EditDistance {
    /// InDel distance (insertions and deletions only, i.e. Levenshtein with substitution cost 2):
    /// `len a + len b − 2·LCS(a, b)`.
    static func indel<Element: FixedWidthInteger & UnsignedInteger>(
        _ a: UnsafeBufferPointer<Element>, _ b: UnsafeBufferPointer<Element>
    ) -> Int {
        a.count + b.count - 2 * longestCommonSubsequence(a, b)
    }

    /// The length of a longest common subsequence (Hyyrö's bit-vector recurrence `S ← (S + (S & M)) | (S & ~M)`;
    /// the zero bits of `S` at the end count the LCS).
    static func longestCommonSubsequence<Element: FixedWidthInteger & UnsignedInteger>(
        _ a: UnsafeBufferPointer<Element>, _ b: UnsafeBufferPointer<Element>
    ) -> Int {
        let (prefix, suffix) = commonAffixes(a, b)
        let a = UnsafeBufferPointer(rebasing: a[prefix..<(a.count - suffix)])
        let b = UnsafeBufferPointer(rebasing: b[prefix..<(b.count - suffix)])
        let affixes = prefix + suffix
        if a.isEmpty || b.isEmpty { return affixes }
        let (pattern, text) = a.count <= b.count ? (a, b) : (b, a)
        if pattern.count <= 512, let lcs = asciiLCS(pattern: pattern, text: text) { return affixes + lcs }
        let table = PatternTable(pattern)
        let words = table.words
        var state = [UInt64](repeating: ~0, count: words)
        state.withUnsafeMutableBufferPointer { state in
            for character in text {
                let row = table.row(for: UInt32(character))
                var carry: UInt64 = 0
                for word in 0..<words {
                    let match = table.mask(row: row, word: word)
                    let current = state[word]
                    let u = current & match
                    let (partial, overflow1) = current.addingReportingOverflow(u)
                    let (sum, overflow2) = partial.addingReportingOverflow(carry)
                    carry = (overflow1 || overflow2) ? 1 : 0
                    state[word] = sum | (current & ~match)
                }
            }
        }
        var lcs = 0
        for word in 0..<words {
            let validBits = min(64, pattern.count - word * 64)
            let valid: UInt64 = validBits == 64 ? ~0 : (1 << UInt64(validBits)) - 1
            lcs += (~state[word] & valid).nonzeroBitCount
        }
        return affixes + lcs
    }

    /// Levenshtein distance (insert, delete and substitute each cost 1): Myers' bit-vector algorithm when the
    /// shorter sequence fits a word, the two-row table otherwise.
    static func levenshtein<Element: FixedWidthInteger & UnsignedInteger>(
        _ a: UnsafeBufferPointer<Element>, _ b: UnsafeBufferPointer<Element>
    ) -> Int {
        let (prefix, suffix) = commonAffixes(a, b)
        let a = UnsafeBufferPointer(rebasing: a[prefix..<(a.count - suffix)])
        let b = UnsafeBufferPointer(rebasing: b[prefix..<(b.count - suffix)])
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let (pattern, text) = a.count <= b.count ? (a, b) : (b, a)
        if pattern.count <= 64 {
            let table = PatternTable(pattern)
            var positive: UInt64 = ~0
            var negative: UInt64 = 0
            var distance = pattern.count
            let last: UInt64 = 1 << UInt64(pattern.count - 1)
            for character in text {
                let match = table.mask(row: table.row(for: UInt32(character)), word: 0)
                let vertical = match | negative
                let horizontal = (((match & positive) &+ positive) ^ positive) | match
                var horizontalPositive = negative | ~(horizontal | positive)
                var horizontalNegative = positive & horizontal
                if horizontalPositive & last != 0 { distance += 1 }
                if horizontalNegative & last != 0 { distance -= 1 }
                horizontalPositive = (horizontalPositive << 1) | 1
                horizontalNegative = horizontalNegative << 1
                positive = horizontalNegative | ~(vertical | horizontalPositive)
                negative = horizontalPositive & vertical
            }
            return distance
        }
        var previous = Array(0...pattern.count)
        var current = [Int](repeating: 0, count: pattern.count + 1)
        for (row, character) in text.enumerated() {
            current[0] = row + 1
            for column in 1...pattern.count {
                let substitution = previous[column - 1] + (pattern[column - 1] == character ? 0 : 1)
                current[column] = min(substitution, previous[column] + 1, current[column - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[pattern.count]
    }

    /// The lengths of the common prefix and of the common suffix (not overlapping the prefix).
    static func commonAffixes<Element: Equatable>(
        _ a: UnsafeBufferPointer<Element>, _ b: UnsafeBufferPointer<Element>
    ) -> (prefix: Int, suffix: Int) {
        let shorter = min(a.count, b.count)
        var prefix = 0
        while prefix < shorter && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < shorter - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        return (prefix, suffix)
    }

    /// The LCS of a pattern of at most 512 ASCII elements, with its masks (128 per word) and state on the stack;
    /// nil when the pattern has a non-ASCII element (the caller then builds a `PatternTable`).
    private static func asciiLCS<Element: FixedWidthInteger & UnsignedInteger>(
        pattern: UnsafeBufferPointer<Element>, text: UnsafeBufferPointer<Element>
    ) -> Int? {
        let words = (pattern.count + 63) / 64
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 128 * words + words) { buffer -> Int? in
            let table = UnsafeMutableBufferPointer(rebasing: buffer[..<(128 * words)])
            table.initialize(repeating: 0)  // a plain memset beats tracking which rows are in use
            for (position, element) in pattern.enumerated() {
                guard element < 128 else { return nil }
                table[Int(element) * words + position / 64] |= 1 << UInt64(position % 64)
            }
            if words == 1 {
                var state: UInt64 = ~0
                for element in text {
                    let match = element < 128 ? table[Int(element)] : 0
                    state = (state &+ (state & match)) | (state & ~match)
                }
                let valid: UInt64 = pattern.count == 64 ? ~0 : (1 << UInt64(pattern.count)) - 1
                return (~state & valid).nonzeroBitCount
            }
            let state = UnsafeMutableBufferPointer(rebasing: buffer[(128 * words)...])
            state.initialize(repeating: ~0)
            for element in text where element < 128 {  // others match nothing, which leaves the state as it is
                let row = Int(element) * words
                var carry: UInt64 = 0
                for word in 0..<words {
                    let match = table[row + word]
                    let current = state[word]
                    let (partial, overflow1) = current.addingReportingOverflow(current & match)
                    let (sum, overflow2) = partial.addingReportingOverflow(carry)
                    carry = (overflow1 || overflow2) ? 1 : 0
                    state[word] = sum | (current & ~match)
                }
            }
            var lcs = 0
            for word in 0..<words {
                let validBits = min(64, pattern.count - word * 64)
                let valid: UInt64 = validBits == 64 ? ~0 : (1 << UInt64(validBits)) - 1
                lcs += (~state[word] & valid).nonzeroBitCount
            }
            return lcs
        }
    }
}

/// For each distinct element of a pattern, the bit mask of the positions where it occurs, one 64-bit word per
/// 64 positions. Rows of masks: row 0 is all zeros (elements not in the pattern); Latin-1 elements find their
/// row in an array, others in a dictionary (only lookups, never its order, are used).
private struct PatternTable {
    let words: Int
    private var latin1Rows = [Int32](repeating: 0, count: 256)
    private var otherRows: [UInt32: Int32] = [:]
    private var masks: [UInt64]

    init<Element: FixedWidthInteger & UnsignedInteger>(_ pattern: UnsafeBufferPointer<Element>) {
        words = (pattern.count + 63) / 64
        masks = [UInt64](repeating: 0, count: words)
        var rows: Int32 = 1
        for (position, element) in pattern.enumerated() {
            let value = UInt32(element)
            var row = value < 256 ? latin1Rows[Int(value)] : (otherRows[value] ?? 0)
            if row == 0 {
                row = rows
                rows += 1
                masks.append(contentsOf: repeatElement(0, count: words))
                if value < 256 { latin1Rows[Int(value)] = row } else { otherRows[value] = row }
            }
            masks[Int(row) * words + position / 64] |= 1 << UInt64(position % 64)
        }
    }

    @inline(__always)
    func row(for element: UInt32) -> Int {
        Int(element < 256 ? latin1Rows[Int(element)] : (otherRows[element] ?? 0))
    }

    @inline(__always)
    func mask(row: Int, word: Int) -> UInt64 { masks[row * words + word] }
}
