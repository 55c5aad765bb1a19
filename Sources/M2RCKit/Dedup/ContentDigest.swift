import Crypto

/// The SHA-256 of a file's normalised content: two files with the same digest are exact duplicates.
public struct ContentDigest: Sendable, Comparable, CustomStringConvertible {
    /// The 32 digest bytes as four big-endian words, so comparing words compares bytes.
    public let words: (UInt64, UInt64, UInt64, UInt64)

    public init(sha256Of bytes: some Collection<UInt8>) {
        let digest = bytes.withContiguousStorageIfAvailable { buffer in
            var hasher = SHA256()
            hasher.update(bufferPointer: UnsafeRawBufferPointer(buffer))
            return hasher.finalize()
        } ?? SHA256.hash(data: Array(bytes))
        var words: [UInt64] = []
        digest.withUnsafeBytes { raw in
            for start in stride(from: 0, to: 32, by: 8) {
                words.append(raw[start..<start + 8].reduce(0) { $0 << 8 | UInt64($1) })
            }
        }
        self.words = (words[0], words[1], words[2], words[3])
    }

    /// The digest of `content` after `ContentNormalization`.
    public init(normalizing content: [UInt8]) {
        self.init(sha256Of: ContentNormalization.normalized(content))
    }

    /// Lower-case hexadecimal, as `sha256sum` prints it.
    public var hex: String {
        [words.0, words.1, words.2, words.3].map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }

    public var description: String { hex }

    public static func == (lhs: ContentDigest, rhs: ContentDigest) -> Bool { lhs.words == rhs.words }

    public static func < (lhs: ContentDigest, rhs: ContentDigest) -> Bool { lhs.words < rhs.words }
}

/// What "the same content" means for exact dedup, so a copy that only went through another editor or OS matches:
///
/// 1. a leading UTF-8 byte-order mark is dropped;
/// 2. line endings become `\n` (`\r\n` and a lone `\r` alike);
/// 3. trailing spaces, tabs, form feeds and vertical tabs are stripped from every line;
/// 4. blank lines at the end are dropped, and a non-empty text ends with exactly one `\n`.
///
/// Nothing else changes: indentation, blank lines inside the file, and letter case all count.
public enum ContentNormalization {
    public static func normalized(_ content: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(content.count + 1)
        content.withUnsafeBufferPointer { input in
            var index = 0
            if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { index = 3 }
            // End of the current line's last byte that is not trailing whitespace.
            var lineEnd = 0
            while index < input.count {
                let byte = input[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                    if byte == UInt8(ascii: "\r"), index < input.count, input[index] == UInt8(ascii: "\n") { index += 1 }
                    output.removeLast(output.count - lineEnd)
                    output.append(UInt8(ascii: "\n"))
                    lineEnd = output.count
                case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0B, 0x0C:
                    output.append(byte)
                default:
                    output.append(byte)
                    lineEnd = output.count
                }
            }
            output.removeLast(output.count - lineEnd)
        }
        while output.last == UInt8(ascii: "\n") { output.removeLast() }
        if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
        return output
    }
}
