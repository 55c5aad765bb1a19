import Crypto
import Zstd

/// A JSON Lines writer that also computes the SHA-256 of the uncompressed lines: the hash a release records,
/// because zstd's bytes may differ between library versions while the content must not.
final class HashingJSONLWriter {
    private let writer: JSONLWriter
    private var hasher = SHA256()

    init(_ writer: JSONLWriter) {
        self.writer = writer
    }

    func append(_ line: String) throws {
        try writer.append(line)
        hasher.update(data: Array(line.utf8))
        hasher.update(data: [UInt8(ascii: "\n")])
    }

    var lineCount: Int { writer.lineCount }

    /// The hex SHA-256 of everything appended so far (call once, at the end).
    func finalize() -> String { Self.hex(hasher.finalize()) }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    static func sha256(_ text: String) -> String { hex(SHA256.hash(data: Array(text.utf8))) }
    static func sha256(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }
}

/// One file of a release and the SHA-256 of its uncompressed content.
public struct ReleaseOutput: Sendable, Equatable {
    public let path: String
    public let records: Int?
    public let sha256: String
}

extension AtomicFile {
    /// Writes JSON Lines atomically and returns the output's record count and uncompressed SHA-256.
    static func writeHashedJSONL(to directory: String, _ relativePath: String, lines: [String]) throws -> ReleaseOutput {
        var digest = ""
        let count = try writeJSONL(to: "\(directory)/\(relativePath)") { writer in
            let hashing = HashingJSONLWriter(writer)
            for line in lines { try hashing.append(line) }
            digest = hashing.finalize()
        }
        return ReleaseOutput(path: relativePath, records: count, sha256: digest)
    }

    /// Writes a text file atomically and returns its SHA-256.
    static func writeHashed(_ text: String, to directory: String, _ relativePath: String) throws -> ReleaseOutput {
        try write(text, to: "\(directory)/\(relativePath)")
        return ReleaseOutput(path: relativePath, records: nil, sha256: HashingJSONLWriter.sha256(text))
    }
}
