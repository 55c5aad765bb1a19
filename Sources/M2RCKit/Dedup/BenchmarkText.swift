import Foundation

/// Texts of public benchmarks (HumanEval, MBPP, …) that eval ground truths must not come from.
///
/// The files are JSON Lines. A line is either a JSON string, or an object from which each of the configured
/// `fields` that is present is taken (it must be a string; other keys are ignored, so a benchmark's own JSONL,
/// e.g. HumanEval's with `fields: ["prompt", "canonical_solution"]`, can be used as it is). An object with none of
/// the fields, a line that is neither, or malformed JSON is an input error naming the file and line. Blank lines
/// are skipped.
public struct BenchmarkText: Sendable, Equatable {
    public let file: String
    /// 1-based.
    public let line: Int
    public let text: String

    public init(file: String, line: Int, text: String) {
        self.file = file
        self.line = line
        self.text = text
    }

    /// Every text of the files, in file order then line order (field order within a line).
    public static func load(paths: [String], fields: [String]) throws(InputError) -> [BenchmarkText] {
        var texts: [BenchmarkText] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputError(file: path, "cannot read the benchmark file")
            }
            texts += try parse([UInt8](data), file: path, fields: fields)
        }
        return texts
    }

    public static func parse(_ bytes: [UInt8], file: String, fields: [String]) throws(InputError) -> [BenchmarkText] {
        var texts: [BenchmarkText] = []
        var lineNumber = 0
        for rawLine in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Array(rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine)
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
            let value: JSONValue
            do {
                value = try JSONValue.parse(line)
            } catch {
                throw InputError(file: file, line: lineNumber, "not JSON: \(error)")
            }
            switch value {
            case .string(let text):
                texts.append(BenchmarkText(file: file, line: lineNumber, text: text))
            case .object:
                var found = false
                for field in fields {
                    guard let fieldValue = value[field] else { continue }
                    guard let text = fieldValue.stringValue else {
                        throw InputError(file: file, line: lineNumber, "field \"\(field)\" is not a string")
                    }
                    texts.append(BenchmarkText(file: file, line: lineNumber, text: text))
                    found = true
                }
                if !found {
                    let names = fields.map { "\"\($0)\"" }.joined(separator: ", ")
                    throw InputError(file: file, line: lineNumber, "an object with none of the fields \(names)")
                }
            default:
                throw InputError(file: file, line: lineNumber, "expected a JSON string or an object")
            }
        }
        return texts
    }
}
