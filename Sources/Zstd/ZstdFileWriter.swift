import CZstd

/// Streams bytes into a zstd file in bounded memory: the input is handed to zstd as it comes and the
/// output goes through one fixed buffer of `ZSTD_CStreamOutSize()` bytes, whatever the total size.
///
/// The file holds one frame with a content checksum, compressed single-threaded. Call `finish()` to end
/// the frame and close the file; a writer dropped without it leaves a file that readers report as
/// truncated, so an interrupted build never passes for a complete one. After an error the writer keeps
/// throwing that error. Not Sendable: one task owns a writer.
public final class ZstdFileWriter {
    public let path: String
    /// Uncompressed bytes accepted so far.
    public private(set) var byteCount: UInt64 = 0

    private let file: POSIXFile
    private let context: CompressionContext
    private let output: OwnedBuffer
    private var outputCount = 0
    private var state = WriterState.open

    /// Creates (or truncates) the file at `path`. The level is checked before the file is touched.
    public init(path: String, level: Int = Zstd.defaultLevel) throws(ZstdError) {
        self.path = path
        context = try CompressionContext(level: level, path: path)
        file = try POSIXFile(creatingAt: path)
        output = OwnedBuffer(count: ZSTD_CStreamOutSize())
    }

    /// Compresses `bytes` into the file (zstd buffers internally; output is written as blocks fill).
    public func write(_ bytes: UnsafeRawBufferPointer) throws(ZstdError) {
        try state.check(path: path)
        do throws(ZstdError) {
            var input = ZSTD_inBuffer(src: bytes.baseAddress, size: bytes.count, pos: 0)
            while input.pos < input.size {
                try step(&input, ZSTD_e_continue)
            }
            byteCount += UInt64(bytes.count)
        } catch {
            state = .failed(error)
            throw error
        }
    }

    public func write(_ bytes: [UInt8]) throws(ZstdError) {
        try withBytes(of: bytes) { (buffer) throws(ZstdError) in try write(buffer) }
    }

    /// Ends the frame, writes what is left and closes the file. Calling it again does nothing.
    /// Bytes this writer holds (compression context and output buffer), whatever has been written: bounded.
    public var memoryFootprint: Int { context.memoryFootprint + output.elements.count }

    public func finish() throws(ZstdError) {
        if case .finished = state { return }
        try state.check(path: path)
        do throws(ZstdError) {
            var input = ZSTD_inBuffer(src: nil, size: 0, pos: 0)
            while try step(&input, ZSTD_e_end) != 0 {
                try flush()  // zstd still holds bytes: make room for them
            }
            try flush()
            try file.close()
            state = .finished
        } catch {
            state = .failed(error)
            throw error
        }
    }

    /// One compression step into the output buffer, written to the file whenever zstd fills it.
    /// Returns zstd's count of bytes it still holds.
    @discardableResult
    private func step(_ input: inout ZSTD_inBuffer, _ directive: ZSTD_EndDirective) throws(ZstdError) -> Int {
        var buffer = ZSTD_outBuffer(dst: output.bytes.baseAddress, size: output.bytes.count, pos: outputCount)
        let remaining = try context.compress(&input, into: &buffer, directive)
        outputCount = buffer.pos
        if outputCount == output.bytes.count { try flush() }
        return remaining
    }

    private func flush() throws(ZstdError) {
        try file.writeAll(UnsafeRawBufferPointer(rebasing: output.bytes[..<outputCount]))
        outputCount = 0
    }
}

extension ZstdFileWriter: ByteSink {}
