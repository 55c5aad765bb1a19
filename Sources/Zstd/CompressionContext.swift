import CZstd

/// Owns a `ZSTD_CCtx` configured the one way m2rc compresses: a checked level, a content checksum, and
/// no worker threads. One context compresses one stream at a time; it is not shared between tasks.
final class CompressionContext {
    private let context: OpaquePointer
    /// The file (or `Zstd.memoryPath`) that errors name.
    let path: String

    init(level: Int, path: String) throws(ZstdError) {
        guard Zstd.levels.contains(level) else { throw .invalidLevel(path: path, level: level) }
        guard let context = ZSTD_createCCtx() else {
            throw .libraryFailure(path: path, reason: "cannot allocate a compression context")
        }
        self.context = context
        self.path = path
        try set(ZSTD_c_compressionLevel, Int32(level))
        // The checksum lets a reader detect a flipped byte; without it some corruption decodes silently.
        try set(ZSTD_c_checksumFlag, 1)
        // Pinned to 0: multi-threaded zstd may emit different bytes, and outputs must not depend on threads.
        try set(ZSTD_c_nbWorkers, 0)
    }

    deinit {
        ZSTD_freeCCtx(context)
    }

    /// Bytes the context holds (tables, window, internal buffers): what "bounded memory" bounds.
    var memoryFootprint: Int { ZSTD_sizeof_CCtx(context) }

    /// One `ZSTD_compressStream2` step; returns zstd's count of bytes still to flush (0 = all flushed).
    func compress(
        _ input: inout ZSTD_inBuffer, into output: inout ZSTD_outBuffer, _ directive: ZSTD_EndDirective
    ) throws(ZstdError) -> Int {
        try checked(ZSTD_compressStream2(context, &output, &input, directive))
    }

    /// Compresses `input` as one whole frame into `output`, which must hold `ZSTD_compressBound` bytes.
    func compressFrame(
        _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
    ) throws(ZstdError) -> Int {
        try checked(ZSTD_compress2(context, output.baseAddress, output.count, input.baseAddress, input.count))
    }

    private func set(_ parameter: ZSTD_cParameter, _ value: Int32) throws(ZstdError) {
        _ = try checked(ZSTD_CCtx_setParameter(context, parameter, value))
    }

    private func checked(_ result: Int) throws(ZstdError) -> Int {
        if ZSTD_isError(result) != 0 {
            throw .libraryFailure(path: path, reason: String(cString: ZSTD_getErrorName(result)))
        }
        return result
    }
}
