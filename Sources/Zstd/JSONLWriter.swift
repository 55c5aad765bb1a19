#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes JSON Lines: each record becomes one line, its bytes followed by "\n". The caller produces the
/// JSON; this type guarantees the framing, so a record holding a raw line break is refused (it would
/// read back as two lines, or lose a "\r"). A refused record writes nothing and the writer stays usable.
///
/// Call `finish()` to complete the file; see `ZstdFileWriter` for what happens without it.
/// Not Sendable: one task owns a writer.
public final class JSONLWriter {
    /// How the file is stored.
    public enum Compression: Sendable, Hashable {
        case none
        case zstd(level: Int)

        public static let `default` = Compression.zstd(level: Zstd.defaultLevel)
    }

    public var path: String { sink.path }
    /// Records written so far, which is also the line number of the last one.
    public private(set) var lineCount = 0

    private let sink: any ByteSink
    private static let lineBreak: [UInt8] = [0x0A]

    /// Creates (or truncates) the file at `path`.
    public init(path: String, compression: Compression = .default) throws(ZstdError) {
        switch compression {
        case .none: sink = try PlainFileWriter(path: path)
        case .zstd(let level): sink = try ZstdFileWriter(path: path, level: level)
        }
    }

    /// Appends one record (its bytes, without a line break) as the next line.
    public func append(_ record: UnsafeRawBufferPointer) throws(ZstdError) {
        let line = lineCount + 1
        if let base = record.baseAddress,
            memchr(base, 0x0A, record.count) != nil || memchr(base, 0x0D, record.count) != nil
        {
            throw .recordContainsLineBreak(path: path, line: line)
        }
        try sink.write(record)
        try withBytes(of: Self.lineBreak) { (bytes) throws(ZstdError) in try sink.write(bytes) }
        lineCount = line
    }

    public func append(_ record: [UInt8]) throws(ZstdError) {
        try withBytes(of: record) { (bytes) throws(ZstdError) in try append(bytes) }
    }

    /// Appends the UTF-8 bytes of `record`.
    public func append(_ record: String) throws(ZstdError) {
        try withBytes(of: record) { (bytes) throws(ZstdError) in try append(bytes) }
    }

    /// Writes what is buffered and closes the file. Calling it again does nothing.
    public func finish() throws(ZstdError) {
        try sink.finish()
    }
}
