import CZstd

/// Owns a `ZSTD_DCtx` and decodes a stream of one or more concatenated frames. It also decides when the
/// stream is over, because that is where truncation hides: at the end of input, zstd's non-zero "hint"
/// means a frame is unfinished, and must become an error rather than a silently short result.
final class DecompressionContext {
    private let context: OpaquePointer
    /// The file (or `Zstd.memoryPath`) that errors name.
    let path: String
    /// Whether the last step finished a frame and flushed all of it (zstd returned 0).
    private var atFrameEnd = false

    init(path: String) throws(ZstdError) {
        guard let context = ZSTD_createDCtx() else {
            throw .libraryFailure(path: path, reason: "cannot allocate a decompression context")
        }
        self.context = context
        self.path = path
    }

    deinit {
        ZSTD_freeDCtx(context)
    }

    /// Bytes the context holds (window and internal buffers): what "bounded memory" bounds.
    var memoryFootprint: Int { ZSTD_sizeof_DCtx(context) }

    /// Decodes from `input` into `output` as far as both allow. Pass `inputEnded` once `input` holds the
    /// last bytes there will ever be. Returns true when the stream is complete: all input consumed, every
    /// frame finished, every byte flushed. Throws `.truncated` if the input ended inside a frame (or
    /// before any frame: an empty stream is not a valid one, as with the `zstd` tool).
    func decode(
        _ input: inout ZSTD_inBuffer, into output: inout ZSTD_outBuffer, inputEnded: Bool
    ) throws(ZstdError) -> Bool {
        // Not calling zstd again here matters: after a finished frame, a call starts the next frame
        // and, finding no input, would ask for its header as if the stream were cut.
        if inputEnded && input.pos == input.size && atFrameEnd { return true }
        let hint = ZSTD_decompressStream(context, &output, &input)
        if ZSTD_isError(hint) != 0 {
            throw .corruptFrame(path: path, reason: String(cString: ZSTD_getErrorName(hint)))
        }
        atFrameEnd = hint == 0
        guard inputEnded, input.pos == input.size else { return false }
        if atFrameEnd { return true }
        // With output to spare, zstd has flushed all it can and is waiting for input that will not come.
        if output.pos < output.size { throw .truncated(path: path) }
        return false
    }
}
