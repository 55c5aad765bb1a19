import CZstd

/// Reads the uncompressed bytes of a zstd file as a stream, in bounded memory: one input buffer of
/// `ZSTD_DStreamInSize()` bytes plus zstd's own window, whatever the file size.
///
/// Concatenated frames read as one stream, as with the `zstd` tool. A file that ends inside a frame
/// (including an empty file) throws `.truncated`; damaged data throws `.corruptFrame`. With
/// `allowUncompressed`, a file that does not start with a zstd frame is passed through unchanged, so
/// callers can accept plain and compressed files alike; the check is on content, not on the name.
/// After an error the reader keeps throwing that error. Not Sendable: one task owns a reader.
public final class ZstdFileReader {
    public let path: String
    /// False when the file is plain and passed through (only possible with `allowUncompressed`).
    public let isCompressed: Bool

    private let file: POSIXFile
    private let decoder: DecompressionContext?
    private let inputBuffer: OwnedBuffer
    private var input: ZSTD_inBuffer
    private var inputEnded: Bool
    private var finished = false
    private var failure: ZstdError?

    public init(path: String, allowUncompressed: Bool = false) throws(ZstdError) {
        self.path = path
        file = try POSIXFile(readingAt: path)
        inputBuffer = OwnedBuffer(count: ZSTD_DStreamInSize())
        // The first block of input decides the format; it is then decoded or passed through, not re-read,
        // so pipes work too.
        let count = try file.readFully(into: inputBuffer.bytes)
        input = ZSTD_inBuffer(src: inputBuffer.bytes.baseAddress, size: count, pos: 0)
        inputEnded = count < inputBuffer.bytes.count  // readFully comes back short only at the end
        let prefix = UnsafeRawBufferPointer(rebasing: inputBuffer.bytes[..<count])
        if Zstd.startsFrame(prefix) {
            isCompressed = true
        } else if allowUncompressed {
            isCompressed = false
        } else if count >= 4 {
            throw .notZstd(path: path)
        } else {
            isCompressed = true  // too short to tell: decoding reports it as truncated
        }
        decoder = isCompressed ? try DecompressionContext(path: path) : nil
    }

    /// Fills `buffer` with the next uncompressed bytes and returns how many. The buffer is filled
    /// completely unless the stream ends; for a non-empty buffer, 0 means the stream has ended and was
    /// complete (a truncated or corrupt one throws instead).
    /// Bytes this reader holds (decompression context and input buffer), whatever the file's size: bounded.
    public var memoryFootprint: Int { (decoder?.memoryFootprint ?? 0) + inputBuffer.elements.count }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ZstdError) -> Int {
        if let failure { throw failure }
        do throws(ZstdError) {
            if let decoder {
                return try decode(into: buffer, with: decoder)
            }
            return try passThrough(into: buffer)
        } catch {
            failure = error
            throw error
        }
    }

    private func decode(
        into buffer: UnsafeMutableRawBufferPointer, with decoder: DecompressionContext
    ) throws(ZstdError) -> Int {
        var output = ZSTD_outBuffer(dst: buffer.baseAddress, size: buffer.count, pos: 0)
        while !finished && output.pos < output.size {
            if input.pos == input.size && !inputEnded { try refill() }
            finished = try decoder.decode(&input, into: &output, inputEnded: inputEnded)
        }
        return output.pos
    }

    /// Plain files: first what detection already read, then straight from the file into `buffer`.
    private func passThrough(into buffer: UnsafeMutableRawBufferPointer) throws(ZstdError) -> Int {
        guard let target = buffer.baseAddress else { return 0 }
        let buffered = min(input.size - input.pos, buffer.count)
        if buffered > 0 {
            target.copyMemory(from: input.src! + input.pos, byteCount: buffered)
            input.pos += buffered
        }
        guard buffered < buffer.count, !inputEnded else { return buffered }
        let rest = UnsafeMutableRawBufferPointer(rebasing: buffer[buffered...])
        let count = try file.readFully(into: rest)
        inputEnded = count < rest.count
        return buffered + count
    }

    private func refill() throws(ZstdError) {
        let count = try file.readFully(into: inputBuffer.bytes)
        input = ZSTD_inBuffer(src: inputBuffer.bytes.baseAddress, size: count, pos: 0)
        inputEnded = count < inputBuffer.bytes.count
    }
}
