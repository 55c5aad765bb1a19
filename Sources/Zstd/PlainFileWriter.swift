/// Writes an uncompressed file through one fixed buffer, so that many small writes (one per JSON Lines
/// record) cost few system calls. Same life cycle as `ZstdFileWriter`: `finish()` flushes and closes,
/// errors are sticky, writing after `finish()` throws.
final class PlainFileWriter: ByteSink {
    let path: String
    private let file: POSIXFile
    private let buffer: OwnedBuffer
    private var count = 0
    private var state = WriterState.open

    /// Large enough that system calls are rare, small enough not to matter next to zstd's own buffers.
    private static let bufferSize = 1 << 17

    init(path: String) throws(ZstdError) {
        self.path = path
        file = try POSIXFile(creatingAt: path)
        buffer = OwnedBuffer(count: Self.bufferSize)
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(ZstdError) {
        try state.check(path: path)
        do throws(ZstdError) {
            if count + bytes.count > buffer.bytes.count { try flush() }
            if bytes.count >= buffer.bytes.count {
                try file.writeAll(bytes)  // too big to buffer: write it straight through
            } else if let source = bytes.baseAddress {
                (buffer.bytes.baseAddress! + count).copyMemory(from: source, byteCount: bytes.count)
                count += bytes.count
            }
        } catch {
            state = .failed(error)
            throw error
        }
    }

    func finish() throws(ZstdError) {
        if case .finished = state { return }
        try state.check(path: path)
        do throws(ZstdError) {
            try flush()
            try file.close()
            state = .finished
        } catch {
            state = .failed(error)
            throw error
        }
    }

    private func flush() throws(ZstdError) {
        try file.writeAll(UnsafeRawBufferPointer(rebasing: buffer.bytes[..<count]))
        count = 0
    }
}
