/// The number of matching characters `M` that CPython's `difflib.SequenceMatcher(None, a, b)` finds, so that
/// `ratio() = 2M / (len a + len b)`: fuzzywuzzy's `fuzz.ratio` when python-Levenshtein is not installed.
///
/// Ratcliff–Obershelp: the longest matching block (earliest in `a`, then earliest in `b`, on ties), then the
/// same on each side of it. With `autojunk`, when `b` (the second argument) has at least 200 elements, every
/// element occurring more than `len(b) / 100 + 1` times in it is "popular": it cannot start a match, though
/// matches may still extend over it. So the result is at most the LCS, and not symmetric.
enum DifflibMatcher {
    static func matchingCount(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var positions: [UInt32: [Int]] = [:]
        for (index, element) in b.enumerated() { positions[element, default: []].append(index) }
        if b.count >= 200 {
            let limit = b.count / 100 + 1
            positions = positions.filter { $0.value.count <= limit }
        }
        var finder = LongestMatchFinder(a: a, b: b, positions: positions)
        var total = 0
        var pending = [(aLow: 0, aHigh: a.count, bLow: 0, bHigh: b.count)]
        while let (aLow, aHigh, bLow, bHigh) = pending.popLast() {
            let (i, j, size) = finder.longestMatch(aLow: aLow, aHigh: aHigh, bLow: bLow, bHigh: bHigh)
            guard size > 0 else { continue }
            total += size
            if aLow < i && bLow < j { pending.append((aLow, i, bLow, j)) }
            if i + size < aHigh && j + size < bHigh { pending.append((i + size, aHigh, j + size, bHigh)) }
        }
        return total
    }
}

/// `SequenceMatcher.find_longest_match` with no junk function: `lengths[j + 1]` is the length of the match
/// ending at `a[i - 1]`, `b[j]` (the reference's `j2len` dictionary, as two arrays reset after use).
private struct LongestMatchFinder {
    let a: [UInt32]
    let b: [UInt32]
    let positions: [UInt32: [Int]]
    private var lengths: [Int]
    private var nextLengths: [Int]
    private var touched: [Int] = []
    private var nextTouched: [Int] = []

    init(a: [UInt32], b: [UInt32], positions: [UInt32: [Int]]) {
        self.a = a
        self.b = b
        self.positions = positions
        lengths = [Int](repeating: 0, count: b.count + 1)
        nextLengths = lengths
    }

    mutating func longestMatch(aLow: Int, aHigh: Int, bLow: Int, bHigh: Int) -> (Int, Int, Int) {
        var (bestI, bestJ, bestSize) = (aLow, bLow, 0)
        for i in aLow..<aHigh {
            if let js = positions[a[i]] {
                for j in js {
                    if j < bLow { continue }
                    if j >= bHigh { break }
                    let size = lengths[j] + 1
                    nextLengths[j + 1] = size
                    nextTouched.append(j + 1)
                    if size > bestSize { (bestI, bestJ, bestSize) = (i - size + 1, j - size + 1, size) }
                }
            }
            for index in touched { lengths[index] = 0 }
            touched.removeAll(keepingCapacity: true)
            swap(&lengths, &nextLengths)
            swap(&touched, &nextTouched)
        }
        for index in touched { lengths[index] = 0 }
        touched.removeAll(keepingCapacity: true)
        // Extend over equal neighbours, popular elements included (there is no junk without a junk function).
        while bestI > aLow && bestJ > bLow && a[bestI - 1] == b[bestJ - 1] {
            bestI -= 1
            bestJ -= 1
            bestSize += 1
        }
        while bestI + bestSize < aHigh && bestJ + bestSize < bHigh && a[bestI + bestSize] == b[bestJ + bestSize] {
            bestSize += 1
        }
        return (bestI, bestJ, bestSize)
    }
}
