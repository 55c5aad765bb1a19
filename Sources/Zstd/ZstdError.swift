import Foundation

/// Every failure of the Zstd module. Each case names the file it concerns (the in-memory helpers use
/// `Zstd.memoryPath`), because a dataset build touches thousands of files and an error that does not
/// say which one is useless. Cases that concern a line also carry its 1-based number.
public enum ZstdError: Error, Equatable, Hashable, Sendable {
    /// `open(2)` for reading failed; `code` is the errno value.
    case cannotOpen(path: String, code: Int32)
    /// `open(2)` for writing (create or truncate) failed; `code` is the errno value.
    case cannotCreate(path: String, code: Int32)
    /// `read(2)` failed; `code` is the errno value.
    case readFailed(path: String, code: Int32)
    /// `write(2)` or `close(2)` of a written file failed; `code` is the errno value.
    case writeFailed(path: String, code: Int32)
    /// A reader that accepts only zstd was given a file that does not start with a zstd frame.
    case notZstd(path: String)
    /// libzstd rejected the data; `reason` is its own error name (checksum mismatch, bad block, ...).
    case corruptFrame(path: String, reason: String)
    /// The input ended inside a frame (or held no frame at all): the file was cut short.
    case truncated(path: String)
    /// A writer was used after `finish()`.
    case writeAfterFinish(path: String)
    /// The compression level is outside `Zstd.levels`.
    case invalidLevel(path: String, level: Int)
    /// libzstd failed for a reason that is not about the data (allocation, parameter rejected).
    case libraryFailure(path: String, reason: String)
    /// A JSON Lines record holds a raw "\n" or "\r", so it would not read back as one line.
    case recordContainsLineBreak(path: String, line: Int)
    /// A line grew past the reader's `maxLineLength` before its newline was found.
    case lineTooLong(path: String, line: Int, limit: Int)

    /// The file the error is about.
    public var path: String {
        switch self {
        case .cannotOpen(let path, _), .cannotCreate(let path, _), .readFailed(let path, _),
            .writeFailed(let path, _), .notZstd(let path), .corruptFrame(let path, _), .truncated(let path),
            .writeAfterFinish(let path), .invalidLevel(let path, _), .libraryFailure(let path, _),
            .recordContainsLineBreak(let path, _), .lineTooLong(let path, _, _):
            return path
        }
    }
}

extension ZstdError: CustomStringConvertible, LocalizedError {
    public var description: String {
        switch self {
        case .cannotOpen(let path, let code):
            return "cannot open '\(path)' for reading: \(Self.text(code)); check that the path is right and readable"
        case .cannotCreate(let path, let code):
            return "cannot create '\(path)': \(Self.text(code)); check that its directory exists and is writable"
        case .readFailed(let path, let code):
            return "cannot read '\(path)': \(Self.text(code))"
        case .writeFailed(let path, let code):
            return "cannot write '\(path)': \(Self.text(code)); the file is incomplete, check free space and rerun"
        case .notZstd(let path):
            return "'\(path)' is not zstd-compressed (it does not start with a zstd frame); "
                + "open it with allowUncompressed: true or JSONLReader if plain files are expected"
        case .corruptFrame(let path, let reason):
            return "'\(path)' holds corrupt zstd data (\(reason)); the file is damaged, regenerate or re-download it"
        case .truncated(let path):
            return "'\(path)' ends in the middle of a zstd frame: the file is truncated "
                + "(an interrupted write or copy?); regenerate or re-download it"
        case .writeAfterFinish(let path):
            return "cannot write to '\(path)': its writer was already finished (write every record before finish())"
        case .invalidLevel(let path, let level):
            let levels = Zstd.levels
            return "cannot write '\(path)': zstd level \(level) is outside \(levels.lowerBound)...\(levels.upperBound)"
        case .libraryFailure(let path, let reason):
            return "zstd failed on '\(path)': \(reason)"
        case .recordContainsLineBreak(let path, let line):
            return "\(path):\(line): the record contains a raw line break; a JSON Lines record must be one line "
                + "(JSON strings escape newlines as \\n)"
        case .lineTooLong(let path, let line, let limit):
            return "\(path):\(line): the line is longer than \(limit) bytes; check that this is a JSON Lines file, "
                + "or raise maxLineLength"
        }
    }

    public var errorDescription: String? { description }

    /// The C library's text for an errno value ("No such file or directory").
    private static func text(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
