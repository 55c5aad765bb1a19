import Foundation
import Testing
@testable import M2RCKit

@Suite("Reading datasets and predictions")
struct DatasetReaderTests {
    @Test("a release directory: eval/<split>/ files of every language, zstd or plain, sorted by task id")
    func releaseDirectory() throws {
        let scratch = ScratchFolder()
        try scratch.write("release.json", ["{}"])
        try scratch.write("eval/test/python.jsonl.zst", [taskLine("t/py/2", "python", "b"), taskLine("t/py/1", "python", "a")])
        try scratch.write("eval/test/java.jsonl", [taskLine("t/java/1", "java", "c;")])
        try scratch.write("eval/validation/python.jsonl.zst", [taskLine("v/py/1", "python", "d")])
        let test = try DatasetReader.load(scratch.path)
        #expect(test.samples.map(\.taskID) == ["t/java/1", "t/py/1", "t/py/2"])
        #expect(test.samples.map(\.language) == [.java, .python, .python])
        #expect(!test.hasLabels)
        let validation = try DatasetReader.load(scratch.path, split: .validation)
        #expect(validation.samples.map(\.taskID) == ["v/py/1"])
        let all = try DatasetReader.load(scratch.path, split: .all)
        #expect(all.samples.count == 4)
    }

    @Test("one file: aliases, labels, prompt, CrossCodeEval's metadata.task_id and a default language")
    func oneFile() throws {
        let scratch = ScratchFolder()
        let file = try scratch.write("tasks.jsonl", [
            taskLine("a", "c#", "x;", prompt: "int ", bucket: 3, semanticClass: "expression", difficulty: "easy"),
            #"{"metadata": {"task_id": "b", "repository": "r"}, "prompt": "p", "groundtruth": "y", "right_context": "z"}"#,
            #"{"task_id": 7, "language": "ts", "groundtruth": "z", "labels": {"bucket": "2", "difficulty": 0.5}}"#,
        ])
        let loaded = try DatasetReader.load(file, policy: InputPolicy(defaultLanguage: .python))
        #expect(loaded.samples.map(\.taskID) == ["7", "a", "b"])
        #expect(loaded.samples.map(\.language) == [.typescript, .csharp, .python])
        #expect(loaded.samples[1].prompt == "int ")
        #expect(loaded.samples[1].labels == SampleLabels(bucket: "3", semanticClass: "expression", difficulty: "easy"))
        #expect(loaded.samples[0].labels == SampleLabels(bucket: "2", semanticClass: nil, difficulty: "0.5"))
        #expect(loaded.hasLabels)
    }

    struct BadRecord: Sendable, CustomTestStringConvertible {
        let line: String
        let message: String
        var testDescription: String { message }
    }

    static let badRecords: [BadRecord] = [
        BadRecord(line: #"{"task_id": "x", "language": "python""#, message: "not valid JSON"),
        BadRecord(line: "[1, 2]", message: "not a JSON object"),
        BadRecord(line: #"{"language": "python", "groundtruth": "g"}"#, message: "missing \"task_id\""),
        BadRecord(line: #"{"task_id": ["x"], "language": "python", "groundtruth": "g"}"#,
                  message: "\"task_id\" must be a string or an integer"),
        BadRecord(line: #"{"task_id": "x", "language": "cobol", "groundtruth": "g"}"#,
                  message: "unknown language \"cobol\""),
        BadRecord(line: #"{"task_id": "x", "groundtruth": "g"}"#, message: "missing \"language\""),
        BadRecord(line: #"{"task_id": "x", "language": "go"}"#, message: "\"groundtruth\" is missing"),
        BadRecord(line: #"{"task_id": "x", "language": "go", "groundtruth": 3}"#,
                  message: "\"groundtruth\" must be a string"),
        BadRecord(line: #"{"task_id": "a", "language": "go", "groundtruth": "again"}"#,
                  message: "duplicate task_id \"a\""),
    ]

    @Test("an invalid dataset line stops the reading, naming the file and line", arguments: badRecords)
    func invalidDatasetLine(_ bad: BadRecord) throws {
        let scratch = ScratchFolder()
        let file = try scratch.write("tasks.jsonl", [taskLine("a", "go", "x"), "", bad.line, taskLine("z", "go", "y")])
        let error = #expect(throws: InputError.self) { try DatasetReader.load(file) }
        #expect(error?.file == file)
        #expect(error?.line == 3)  // blank lines count in line numbers
        #expect(error?.message.contains(bad.message) == true, "\(error?.message ?? "")")
        #expect(error?.description.hasPrefix("\(file):3: ") == true)
    }

    @Test("with skipInvalid, invalid dataset lines are counted and the first of a duplicate kept")
    func skipInvalidDataset() throws {
        let scratch = ScratchFolder()
        let file = try scratch.write("tasks.jsonl", [
            taskLine("a", "go", "first"), "{oops", taskLine("a", "go", "second"), taskLine("b", "go", "y"),
        ])
        let loaded = try DatasetReader.load(file, policy: InputPolicy(skipInvalid: true))
        #expect(loaded.samples.map(\.groundtruth) == ["first", "y"])
        #expect(loaded.skipped.map(\.line) == [2, 3])
    }

    @Test("a path that is not there, or a folder without JSONL files, is bad input")
    func missingPaths() throws {
        let scratch = ScratchFolder()
        #expect(throws: InputError.self) { try DatasetReader.load(scratch.path + "/nothing") }
        #expect(throws: InputError.self) { try DatasetReader.load(scratch.path) }
    }

    @Test("predictions: `prediction` or `pred`; missing ones are nil and counted")
    func predictions() throws {
        let scratch = ScratchFolder()
        let dataset = try DatasetReader.load(try scratch.write("d.jsonl", [
            taskLine("a", "python", "x"), taskLine("b", "python", "y"), taskLine("c", "python", "z"),
        ]))
        let file = try scratch.write("p.jsonl.zst", [predictionLine("c", "zz"), predictionLine("a", "xx", field: "pred")])
        let loaded = try PredictionReader.load(file, for: dataset.samples)
        #expect(loaded.predictions == ["xx", nil, "zz"])
        #expect(loaded.missing == 1)
    }

    static let badPredictions: [BadRecord] = [
        BadRecord(line: #"{"task_id": "zzz", "prediction": "q"}"#, message: "unknown task_id \"zzz\""),
        BadRecord(line: #"{"task_id": "a", "prediction": "again"}"#, message: "duplicate task_id \"a\" (first at line 1)"),
        BadRecord(line: #"{"task_id": "b", "prediction": "#, message: "not valid JSON"),
        BadRecord(line: #"{"task_id": "b", "prediction": null}"#, message: "missing \"prediction\""),
        BadRecord(line: #"{"task_id": "b", "pred": 12}"#, message: "the prediction must be a string"),
        BadRecord(line: #"{"prediction": "q"}"#, message: "missing \"task_id\""),
    ]

    @Test("an invalid prediction line stops the reading, naming the file and line", arguments: badPredictions)
    func invalidPredictionLine(_ bad: BadRecord) throws {
        let scratch = ScratchFolder()
        let dataset = try DatasetReader.load(try scratch.write("d.jsonl", [taskLine("a", "go", "x"), taskLine("b", "go", "y")]))
        let file = try scratch.write("p.jsonl", [predictionLine("a", "x"), bad.line])
        let error = #expect(throws: InputError.self) { try PredictionReader.load(file, for: dataset.samples) }
        #expect(error?.description.hasPrefix("\(file):2: ") == true)
        #expect(error?.message.contains(bad.message) == true, "\(error?.message ?? "")")
        let skipped = try PredictionReader.load(file, for: dataset.samples, skipInvalid: true)
        #expect(skipped.skipped.count == 1)
        #expect(skipped.predictions[0] == "x")
    }
}
