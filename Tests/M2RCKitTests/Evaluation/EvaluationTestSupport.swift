import Foundation
import Testing
import Zstd
@testable import M2RCKit

/// A fresh temporary folder per test, removed when the value goes away.
final class ScratchFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "m2rc-evaluation-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `lines` (joined with "\n", with a final "\n") to `name`, zstd-compressed when it ends in `.zst`.
    @discardableResult
    func write(_ name: String, _ lines: [String]) throws -> String {
        let file = (path as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        if name.hasSuffix(".zst") {
            let writer = try JSONLWriter(path: file)
            for line in lines { try writer.append(line) }
            try writer.finish()
        } else {
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        }
        return file
    }
}

/// One dataset record as a JSON line.
func taskLine(_ id: String, _ language: String, _ groundtruth: String, prompt: String? = nil,
              bucket: Int? = nil, semanticClass: String? = nil, difficulty: String? = nil) -> String {
    var fields: [(String, JSONValue)] = [("task_id", .string(id)), ("language", .string(language))]
    if let prompt { fields.append(("prompt", .string(prompt))) }
    fields.append(("groundtruth", .string(groundtruth)))
    if bucket != nil || semanticClass != nil || difficulty != nil {
        var labels: [(String, JSONValue)] = []
        if let bucket { labels.append(("bucket", .int(bucket))) }
        if let semanticClass { labels.append(("semantic_class", .string(semanticClass))) }
        if let difficulty { labels.append(("difficulty", .string(difficulty))) }
        fields.append(("labels", .object(labels)))
    }
    return JSONValue.object(fields).serialized()
}

/// One prediction record as a JSON line (`field` is "prediction" or CrossCodeEval's "pred").
func predictionLine(_ id: String, _ text: String, field: String = "prediction") -> String {
    JSONValue.object([("task_id", .string(id)), (field, .string(text))]).serialized()
}
