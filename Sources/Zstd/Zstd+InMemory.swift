import CZstd

/// Whole-buffer helpers for small data and tests. Errors name `Zstd.memoryPath`.
extension Zstd {
    /// Compresses `bytes` into one frame, with the same settings as `ZstdFileWriter` (checksum, no
    /// worker threads). Empty input gives a valid frame that decompresses to empty output.
    public static func compress(_ bytes: [UInt8], level: Int = defaultLevel) throws(ZstdError) -> [UInt8] {
        let context = try CompressionContext(level: level, path: memoryPath)
        let bound = ZSTD_compressBound(bytes.count)
        if ZSTD_isError(bound) != 0 {
            throw .libraryFailure(path: memoryPath, reason: "input of \(bytes.count) bytes is too large")
        }
        var result: [UInt8] = []
        try withBytes(of: bytes) { (input) throws(ZstdError) in
            result = try [UInt8](capacity: bound) { (output) throws(ZstdError) in
                try context.compressFrame(input, into: output)
            }
        }
        return result
    }

    /// Decompresses one or more concatenated frames. Throws `.truncated` if the data ends inside a frame
    /// (empty input included) and `.corruptFrame` if zstd rejects it. The output grows as needed, so use
    /// `ZstdFileReader` for data that may be large or untrusted.
    public static func decompress(_ bytes: [UInt8]) throws(ZstdError) -> [UInt8] {
        let context = try DecompressionContext(path: memoryPath)
        let chunk = OwnedBuffer(count: ZSTD_DStreamOutSize())
        var result: [UInt8] = []
        try withBytes(of: bytes) { (data) throws(ZstdError) in
            var input = ZSTD_inBuffer(src: data.baseAddress, size: data.count, pos: 0)
            var finished = false
            while !finished {
                var output = ZSTD_outBuffer(dst: chunk.bytes.baseAddress, size: chunk.bytes.count, pos: 0)
                finished = try context.decode(&input, into: &output, inputEnded: true)
                result.append(contentsOf: UnsafeBufferPointer(rebasing: chunk.elements[..<output.pos]))
            }
        }
        return result
    }
}

extension Array where Element == UInt8 {
    /// An array of up to `capacity` bytes, filled by `body`, which returns how many it wrote.
    fileprivate init(
        capacity: Int, filling body: (UnsafeMutableRawBufferPointer) throws(ZstdError) -> Int
    ) throws(ZstdError) {
        var failure: ZstdError?
        self.init(unsafeUninitializedCapacity: capacity) { buffer, count in
            do throws(ZstdError) {
                count = try body(UnsafeMutableRawBufferPointer(buffer))
            } catch {
                failure = error
                count = 0
            }
        }
        if let failure { throw failure }
    }
}
