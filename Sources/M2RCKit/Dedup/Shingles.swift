import Crypto

/// The set a document is compared by: its word n-grams (BigCode near-dedup v1).
///
/// - Tokens are the maximal runs of `[A-Za-z_0-9]` bytes; every other byte (punctuation, whitespace, any byte of a
///   non-ASCII character) separates. BigCode splits with Python's `re.split`, which also yields an empty string
///   between two adjacent separators; those are not tokens here, so indentation and runs of punctuation do not
///   change a file's shingles.
/// - A shingle is `n` consecutive tokens joined by one space; its 32-bit hash is the first 4 bytes of its SHA-1,
///   read little-endian (as BigCode and datasketch).
/// - A document with fewer tokens than `max(n, minTokens)` has no shingles.
public enum Shingles {
    /// The tokens' byte ranges, in order.
    public static func tokenRanges(of content: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        content.withUnsafeBufferPointer { bytes in
            var start = -1
            for index in 0..<bytes.count {
                if isTokenByte(bytes[index]) {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    ranges.append(start..<index)
                    start = -1
                }
            }
            if start >= 0 { ranges.append(start..<bytes.count) }
        }
        return ranges
    }

    public static func tokens(of content: [UInt8]) -> [String] {
        tokenRanges(of: content).map { String(decoding: content[$0], as: UTF8.self) }
    }

    /// The distinct shingle hashes of a document, ascending; empty when it has too few tokens.
    public static func hashes(of content: [UInt8], ngram: Int, minTokens: Int) -> (hashes: [UInt32], tokens: Int) {
        let ranges = tokenRanges(of: content)
        guard ranges.count >= max(ngram, minTokens), ngram >= 1 else { return ([], ranges.count) }
        var hashes: [UInt32] = []
        hashes.reserveCapacity(ranges.count - ngram + 1)
        var shingle: [UInt8] = []
        content.withUnsafeBufferPointer { bytes in
            for first in 0...(ranges.count - ngram) {
                shingle.removeAll(keepingCapacity: true)
                for position in first..<first + ngram {
                    if position > first { shingle.append(UInt8(ascii: " ")) }
                    shingle.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[ranges[position]]))
                }
                hashes.append(hash32(shingle))
            }
        }
        hashes.sort()
        return (deduplicatedSorted(hashes), ranges.count)
    }

    /// The first 4 bytes of the SHA-1 of `bytes`, little-endian. swift-crypto's SHA-1 costs about 200 ns for a
    /// shingle; a SHA-1 written out in Swift measured the same, so the library's is used.
    public static func hash32(_ bytes: [UInt8]) -> UInt32 {
        var hasher = Insecure.SHA1()
        bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return hasher.finalize().withUnsafeBytes { digest in
            UInt32(digest[0]) | UInt32(digest[1]) << 8 | UInt32(digest[2]) << 16 | UInt32(digest[3]) << 24
        }
    }

    @inline(__always)
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    private static func deduplicatedSorted(_ sorted: [UInt32]) -> [UInt32] {
        var unique: [UInt32] = []
        unique.reserveCapacity(sorted.count)
        for value in sorted where unique.last != value { unique.append(value) }
        return unique
    }
}
