import Foundation
import Zstd

/// Writes every output to a temporary file in the same folder and renames it into place once complete, so a
/// killed build never leaves a half-written file under a final name.
public enum AtomicFile {
    /// A temporary name beside `path`, unique to this process and call.
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UUID().uuidString.prefix(8))").path
    }

    /// Writes `text` to `path` atomically, creating the folder if needed.
    public static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let temporary = temporaryPath(for: path)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            try rename(temporary, to: path)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Writes JSON Lines to `path` (zstd-compressed when it ends in `.zst`) atomically; `body` appends the records.
    /// Returns the number of records written.
    @discardableResult
    public static func writeJSONL(to path: String, _ body: (JSONLWriter) throws -> Void) throws -> Int {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let temporary = temporaryPath(for: path)
        do {
            let writer = try JSONLWriter(path: temporary, compression: path.hasSuffix(".zst") ? .default : .none)
            try body(writer)
            try writer.finish()
            try rename(temporary, to: path)
            return writer.lineCount
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    private static func rename(_ source: String, to destination: String) throws {
        guard Foundation.rename(source, destination) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination,
                                                           NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
    }
}
