#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An owned file descriptor with the loops POSIX I/O needs (short reads and writes, EINTR) and errors
/// that name the file. Plain POSIX rather than FileHandle: every return code is visible and checked.
final class POSIXFile {
    let path: String
    private var descriptor: Int32

    /// Opens an existing file for reading.
    init(readingAt path: String) throws(ZstdError) {
        self.path = path
        descriptor = retryingOnInterrupt { open(path, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw .cannotOpen(path: path, code: errno) }
    }

    /// Creates a file for writing, or truncates an existing one.
    init(creatingAt path: String) throws(ZstdError) {
        self.path = path
        descriptor = retryingOnInterrupt { open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
        guard descriptor >= 0 else { throw .cannotCreate(path: path, code: errno) }
    }

    deinit {
        // Only reached without close() (an error path or a reader); nothing useful to report then.
        if descriptor >= 0 { _ = closeDescriptor(descriptor) }
    }

    /// Reads until `buffer` is full or the file ends; returns the byte count (0 only at the end).
    /// Filling the whole buffer keeps the callers' loops simple, even on pipes that return short reads.
    func readFully(into buffer: UnsafeMutableRawBufferPointer) throws(ZstdError) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let count = retryingOnInterrupt { read(descriptor, base + filled, buffer.count - filled) }
            if count < 0 { throw .readFailed(path: path, code: errno) }
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    /// Writes every byte of `bytes`, looping over short writes.
    func writeAll(_ bytes: UnsafeRawBufferPointer) throws(ZstdError) {
        guard let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let count = retryingOnInterrupt { write(descriptor, base + written, bytes.count - written) }
            if count < 0 { throw .writeFailed(path: path, code: errno) }
            written += count
        }
    }

    /// Closes the descriptor. For a written file, a failing close can be the first report of a lost write
    /// (NFS, quotas), so it is an error like any other.
    func close() throws(ZstdError) {
        guard descriptor >= 0 else { return }
        let result = closeDescriptor(descriptor)
        descriptor = -1  // even on failure: retrying close(2) on Linux may close someone else's descriptor
        if result != 0 { throw .writeFailed(path: path, code: errno) }
    }
}

/// The system close(2), reachable here without the method of the same name shadowing it.
private func closeDescriptor(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}

/// Repeats a system call that was interrupted by a signal before doing anything.
private func retryingOnInterrupt<T: SignedInteger>(_ call: () -> T) -> T {
    while true {
        let result = call()
        if result >= 0 || errno != EINTR { return result }
    }
}
