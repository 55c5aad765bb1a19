import Foundation
import Zstd

/// Which eval split of a release directory to read.
public enum DatasetSplit: String, CaseIterable, Sendable {
    case test
    case validation
    case all
}

/// How the reader treats bad lines.
public struct InputPolicy: Sendable {
    /// Skip and count invalid lines instead of stopping at the first one.
    public var skipInvalid: Bool
    /// The language of records that carry none (CrossCodeEval's files keep it in the folder name).
    public var defaultLanguage: Language?
    /// Whether to keep each record's `prompt` (CrossCodeEval's Python post-processing needs it; otherwise it is
    /// skipped unread, which saves the memory of a whole release's prefixes).
    public var readsPrompts: Bool

    public init(skipInvalid: Bool = false, defaultLanguage: Language? = nil, readsPrompts: Bool = true) {
        self.skipInvalid = skipInvalid
        self.defaultLanguage = defaultLanguage
        self.readsPrompts = readsPrompts
    }
}

/// The tasks of a dataset, sorted by task id, and what was skipped on the way.
public struct LoadedDataset: Sendable {
    public var files: [String]
    /// Whether the path was a release directory (so the split applies).
    public var isRelease: Bool
    public var samples: [EvaluationSample]
    /// Whether any record carried `labels`.
    public var hasLabels: Bool
    public var skipped: [InputError]
}

/// Reads the tasks to score from a release directory (its `eval/<split>/` files), a folder of JSONL files, or
/// one JSONL file, zstd-compressed or not. Records need `task_id` (or CrossCodeEval's `metadata.task_id`),
/// `language` and `groundtruth`; `prompt` and `labels` are read when present.
public enum DatasetReader {
    /// The files `path` stands for, in a fixed order.
    public static func files(at path: String, split: DatasetSplit = .test) throws(InputError) -> [String] {
        try locate(path, split: split).files
    }

    /// The files, and whether `path` is a release directory (one with an `eval/` folder).
    static func locate(_ path: String, split: DatasetSplit) throws(InputError) -> (files: [String], isRelease: Bool) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, "no such file or folder")
        }
        guard isDirectory.boolValue else { return ([path], false) }
        let folder = URL(fileURLWithPath: path)
        let evalFolder = folder.appendingPathComponent("eval")
        var folders: [URL] = [folder]
        let isRelease = FileManager.default.fileExists(atPath: evalFolder.path)
        if isRelease {
            let splits = split == .all ? ["test", "validation"] : [split.rawValue]
            folders = splits.map { evalFolder.appendingPathComponent($0) }
        }
        var found: [String] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            found += names.filter { $0.hasSuffix(".jsonl") || $0.hasSuffix(".jsonl.zst") }
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                .map { folder.appendingPathComponent($0).path }
        }
        guard !found.isEmpty else {
            let looked = folders.map(\.path).joined(separator: ", ")
            throw InputError(file: path, "no .jsonl or .jsonl.zst files (looked in \(looked))")
        }
        return (found, isRelease)
    }

    /// Reads and checks every record. Invalid lines (bad JSON, a missing or mistyped field, an unknown
    /// language, a repeated task id) stop the reading unless `policy.skipInvalid`; a repeated task id keeps
    /// the first record.
    public static func load(_ path: String, split: DatasetSplit = .test, policy: InputPolicy = InputPolicy())
        throws(InputError) -> LoadedDataset
    {
        let (files, isRelease) = try locate(path, split: split)
        var samples: [EvaluationSample] = []
        var seen: [String: (file: String, line: Int)] = [:]
        var skipped: [InputError] = []
        var hasLabels = false
        for file in files {
            try readLines(file) { (number, bytes) throws(InputError) in
                func reject(_ message: String) throws(InputError) {
                    let error = InputError(file: file, line: number, message)
                    guard policy.skipInvalid else { throw error }
                    skipped.append(error)
                }
                let fields: RecordFields
                switch RecordFields.decode(bytes, readingPrompt: policy.readsPrompts) {
                case .success(let decoded): fields = decoded
                case .failure(let shape): return try reject(shape.message)
                }
                let taskID: String
                switch fields.resolvedTaskID() {
                case .id(let id): taskID = id
                case .problem(let message): return try reject(message)
                }
                let language: Language
                switch fields.language {
                case .value(let name):
                    guard let known = Language(name: name) else {
                        return try reject("unknown language \"\(name)\" (task \(taskID)); known: "
                                          + Language.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    language = known
                case .wrongType:
                    return try reject("\"language\" must be a string (task \(taskID))")
                case .absent:
                    guard let fallback = policy.defaultLanguage else {
                        return try reject("missing \"language\" (task \(taskID)); pass --language for files without one")
                    }
                    language = fallback
                }
                guard let groundtruth = fields.groundtruth.value else {
                    let problem = if case .wrongType = fields.groundtruth { "must be a string" } else { "is missing" }
                    return try reject("\"groundtruth\" \(problem) (task \(taskID))")
                }
                if case .wrongType = fields.prompt { return try reject("\"prompt\" must be a string (task \(taskID))") }
                if let first = seen[taskID] {
                    return try reject("duplicate task_id \"\(taskID)\" (first at \(first.file):\(first.line))")
                }
                seen[taskID] = (file, number)
                hasLabels = hasLabels || fields.hasLabels
                samples.append(EvaluationSample(
                    taskID: taskID, language: language, groundtruth: groundtruth, prompt: fields.prompt.value ?? "",
                    labels: SampleLabels(bucket: fields.bucket.value, semanticClass: fields.semanticClass.value,
                                         difficulty: fields.difficulty.value)))
            }
        }
        samples.sort { taskIDPrecedes($0.taskID, $1.taskID) }
        return LoadedDataset(files: files, isRelease: isRelease, samples: samples, hasLabels: hasLabels,
                             skipped: skipped)
    }

    /// Calls `body` with each non-blank line's number and bytes; a file that cannot be read is bad input.
    static func readLines(_ file: String, _ body: (Int, [UInt8]) throws(InputError) -> Void) throws(InputError) {
        let reader: JSONLReader
        do {
            reader = try JSONLReader(path: file)
        } catch {
            throw InputError(file: file, "cannot read: \(error)")
        }
        while true {
            let line: JSONLLine?
            do {
                line = try reader.next()
            } catch {
                throw InputError(file: file, "cannot read: \(error)")
            }
            guard let line else { return }
            try body(line.number, line.bytes)
        }
    }
}
