import CZstd
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a JSON Lines file line by line, zstd-compressed or plain (told apart by the zstd magic number,
/// not by the file name), in bounded memory: one decompressed buffer plus the current line.
///
/// Line rules, so that files written by other tools read as their authors meant:
/// - Lines end at "\n"; one "\r" before it is dropped, so CRLF files read like LF files.
/// - A last line without a final "\n" is still a line (many editors and tools omit it).
/// - A final "\n" ends the last line; it does not start an empty one. An empty file has no lines.
/// - Blank lines (empty, or only spaces and tabs) are skipped by default, since JSON Lines has no use
///   for them and hand-edited files often end with one; they still count in line numbers. Pass
///   `skipBlankLines: false` to receive them.
/// - A line longer than `maxLineLength` throws, so a file without line breaks cannot exhaust memory.
///
/// Usage: `while let line = try reader.next() { ... line.bytes ... line.number ... }`.
/// Not Sendable: one task owns a reader.
public final class JSONLReader {
    /// The default `maxLineLength`: far above any record m2rc writes, far below the machine's memory.
    public static let defaultMaxLineLength = 256 << 20

    public var path: String { source.path }
    /// Whether the file is zstd-compressed.
    public var isCompressed: Bool { source.isCompressed }
    public let skipsBlankLines: Bool
    public let maxLineLength: Int

    private let source: ZstdFileReader
    private let buffer: OwnedBuffer
    /// The unread part of `buffer` is `start..<end`.
    private var start = 0
    private var end = 0
    private var sourceEnded = false
    /// The beginning of a line that continues past the end of `buffer`.
    private var partial: [UInt8] = []
    private var lineNumber = 0
    private var failure: ZstdError?

    public init(
        path: String, skipBlankLines: Bool = true, maxLineLength: Int = JSONLReader.defaultMaxLineLength
    ) throws(ZstdError) {
        source = try ZstdFileReader(path: path, allowUncompressed: true)
        buffer = OwnedBuffer(count: ZSTD_DStreamOutSize())
        skipsBlankLines = skipBlankLines
        self.maxLineLength = maxLineLength
    }

    /// The next line, or nil at the end of the file. After an error, every call throws it again.
    public func next() throws(ZstdError) -> JSONLLine? {
        if let failure { throw failure }
        do throws(ZstdError) {
            while let bytes = try nextLine() {
                // The first byte of a JSON line is not blank, so this usually looks at one byte.
                if skipsBlankLines && bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                return JSONLLine(number: lineNumber, bytes: bytes)
            }
            return nil
        } catch {
            failure = error
            throw error
        }
    }

    /// The next line's bytes without its line break, or nil at the end of the file. Line breaks are
    /// found with memchr over the whole buffer, never byte by byte in Swift.
    private func nextLine() throws(ZstdError) -> [UInt8]? {
        while true {
            if start < end, let found = memchr(buffer.elements.baseAddress! + start, 0x0A, end - start) {
                let lineEnd = buffer.bytes.baseAddress!.distance(to: found)
                let line = try finishLine(with: UnsafeBufferPointer(rebasing: buffer.elements[start..<lineEnd]))
                start = lineEnd + 1
                return line
            }
            // No line break in what is buffered: keep it and read on.
            if start < end {
                partial.append(contentsOf: UnsafeBufferPointer(rebasing: buffer.elements[start..<end]))
                if partial.count > maxLineLength {
                    throw .lineTooLong(path: path, line: lineNumber + 1, limit: maxLineLength)
                }
            }
            start = 0
            end = 0
            if sourceEnded {
                return partial.isEmpty ? nil : try finishLine(with: UnsafeBufferPointer(start: nil, count: 0))
            }
            end = try source.read(into: buffer.bytes)
            sourceEnded = end < buffer.elements.count  // read fills the buffer unless the stream ended
        }
    }

    /// Counts a line and returns its bytes: any partial beginning, then `tail`, less one trailing "\r".
    private func finishLine(with tail: UnsafeBufferPointer<UInt8>) throws(ZstdError) -> [UInt8] {
        lineNumber += 1
        guard partial.count + tail.count <= maxLineLength else {
            throw .lineTooLong(path: path, line: lineNumber, limit: maxLineLength)
        }
        var line: [UInt8]
        if partial.isEmpty {
            line = Array(tail)
        } else {
            partial.append(contentsOf: tail)
            line = partial
            partial = []
        }
        if line.last == 0x0D { line.removeLast() }
        return line
    }
}
