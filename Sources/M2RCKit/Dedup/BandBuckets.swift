/// The LSH bucketing step: for each band, the groups of documents whose signatures agree on every row of it.
///
/// Buckets are found by sorting, not by a hash table: each document's band gets a 64-bit key, the (key, index)
/// pairs are sorted, and within a run of equal keys the rows are compared exactly (so a key collision never makes
/// a false bucket). Groups come out in a fixed order, members ascending.
enum BandBuckets {
    /// Calls `body` with every bucket of two or more members (indices into `signatures`), band by band.
    static func forEachBucket(signatures: [MinHashSignature], parameters: LSHParameters,
                              _ body: ([Int]) -> Void) {
        guard signatures.count > 1 else { return }
        var keyed: [(key: UInt64, index: Int)] = []
        keyed.reserveCapacity(signatures.count)
        for band in 0..<parameters.bands {
            let rows = band * parameters.rows..<(band + 1) * parameters.rows
            keyed.removeAll(keepingCapacity: true)
            for (index, signature) in signatures.enumerated() {
                keyed.append((bandKey(signature.values[rows]), index))
            }
            keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
            var runStart = 0
            while runStart < keyed.count {
                var runEnd = runStart + 1
                while runEnd < keyed.count, keyed[runEnd].key == keyed[runStart].key { runEnd += 1 }
                if runEnd - runStart > 1 {
                    let members = keyed[runStart..<runEnd].map(\.index)
                    for group in exactGroups(members, signatures: signatures, rows: rows) where group.count > 1 {
                        body(group)
                    }
                }
                runStart = runEnd
            }
        }
    }

    /// Splits members with equal band keys by their actual rows (almost always a single group).
    private static func exactGroups(_ members: [Int], signatures: [MinHashSignature], rows: Range<Int>) -> [[Int]] {
        var groups: [[Int]] = []
        for member in members {
            let band = signatures[member].values[rows]
            if let position = groups.firstIndex(where: { signatures[$0[0]].values[rows] == band }) {
                groups[position].append(member)
            } else {
                groups.append([member])
            }
        }
        return groups
    }

    /// FNV-1a-style mixing of the band's 32-bit values, finished with SplitMix64's mixer.
    private static func bandKey(_ values: ArraySlice<UInt32>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for value in values {
            hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
        }
        return SeededRandom.mix(hash)
    }
}
