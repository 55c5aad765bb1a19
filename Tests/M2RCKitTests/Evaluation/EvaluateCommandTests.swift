import Foundation
import Testing
@testable import M2RCKit

/// The built `m2rc` executable: next to the test bundle (`swift test` builds it there), else in `.build/debug`.
private let builtM2RC: String? = {
    var candidates: [URL] = []
    if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() { candidates.append(bundle) }
    candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(root.appendingPathComponent(".build/debug"))
    for folder in candidates {
        var url = folder
        // Inside an .xctest bundle the test executable sits a few levels down from the build folder.
        for _ in 0..<4 {
            let binary = url.appendingPathComponent("m2rc").path
            if FileManager.default.isExecutableFile(atPath: binary) { return binary }
            url = url.deletingLastPathComponent()
        }
    }
    return nil
}()

/// Runs the built `m2rc evaluate` to check its exit statuses and messages; skipped when it is not built.
@Suite("m2rc evaluate (the built binary)", .enabled(if: builtM2RC != nil, "m2rc is not built"))
struct EvaluateCommandTests {
    static var binary: String? { builtM2RC }

    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary!)
        process.arguments = ["evaluate"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func dataset(_ scratch: ScratchFolder) throws -> String {
        try scratch.write("tasks.jsonl", [
            taskLine("a", "python", "x = 1"), taskLine("b", "java", "int y = 2;"), taskLine("c", "go", "z := 3"),
        ])
    }

    @Test("a good run exits 0, prints the table, writes the files and counts a missing prediction")
    func success() throws {
        let scratch = ScratchFolder()
        let predictions = try scratch.write("p.jsonl", [predictionLine("a", "x = 1"), predictionLine("b", "int y = 3;")])
        let outcome = try Self.run(["--dataset", try Self.dataset(scratch), "--predictions", predictions,
                                    "--output", scratch.path + "/out", "--no-codebleu"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("python"))
        #expect(outcome.stdout.contains("1 without a prediction"))
        for name in ["results.json", "results.md", "details.jsonl.zst"] {
            #expect(FileManager.default.fileExists(atPath: scratch.path + "/out/" + name))
        }
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let name: String
        let lines: [String]
        let message: String
        var testDescription: String { name }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(name: "unknown task_id", lines: [predictionLine("a", "x"), predictionLine("nope", "y")],
                  message: ":2: unknown task_id \"nope\""),
        ErrorCase(name: "duplicate task_id", lines: [predictionLine("a", "x"), predictionLine("a", "y")],
                  message: ":2: duplicate task_id \"a\""),
        ErrorCase(name: "malformed line", lines: [predictionLine("a", "x"), "{\"task_id\": \"b\",", predictionLine("c", "z")],
                  message: ":2: not valid JSON"),
    ]

    @Test("bad prediction lines exit 2 naming the file and line; --skip-invalid counts them and exits 0",
          arguments: errorCases)
    func badInput(_ error: ErrorCase) throws {
        let scratch = ScratchFolder()
        let dataset = try Self.dataset(scratch)
        let predictions = try scratch.write("p.jsonl", error.lines)
        let failed = try Self.run(["--dataset", dataset, "--predictions", predictions, "--no-codebleu"])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains(predictions + error.message), "\(failed.stderr)")
        let skipped = try Self.run(["--dataset", dataset, "--predictions", predictions, "--no-codebleu",
                                    "--skip-invalid", "--output", scratch.path + "/out"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stdout.contains("1 invalid lines skipped"))
        #expect(skipped.stderr.contains(predictions + error.message))
        let results = try String(contentsOfFile: scratch.path + "/out/results.json", encoding: .utf8)
        #expect(results.contains("\"predictions\": 1"))
    }

    @Test("a bad dataset line, a missing file and a bad option exit 2")
    func otherBadInput() throws {
        let scratch = ScratchFolder()
        let dataset = try scratch.write("tasks.jsonl", [taskLine("a", "python", "x"), #"{"task_id": "b", "language": "klingon", "groundtruth": "y"}"#])
        let predictions = try scratch.write("p.jsonl", [predictionLine("a", "x")])
        let badDataset = try Self.run(["--dataset", dataset, "--predictions", predictions])
        #expect(badDataset.status == 2)
        #expect(badDataset.stderr.contains(dataset + ":2: unknown language \"klingon\""))
        let missing = try Self.run(["--dataset", scratch.path + "/none.jsonl", "--predictions", predictions])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.jsonl: no such file or folder"))
        let option = try Self.run(["--dataset", dataset, "--predictions", predictions, "--postprocess", "bogus"])
        #expect(option.status == 2)
        let weights = try Self.run(["--dataset", dataset, "--predictions", predictions, "--codebleu-weights", "1,2"])
        #expect(weights.status == 2)
    }

    @Test("without the compiled grammars CodeBLEU cannot run: exit 1, unless --no-codebleu")
    func missingGrammars() throws {
        let scratch = ScratchFolder()
        let dataset = try Self.dataset(scratch)
        let predictions = try scratch.write("p.jsonl", [predictionLine("a", "x = 1")])
        let nowhere = ["M2RC_GRAMMARS_DIR": scratch.path + "/no-grammars"]
        let failed = try Self.run(["--dataset", dataset, "--predictions", predictions], environment: nowhere)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("--no-codebleu"))
        let without = try Self.run(["--dataset", dataset, "--predictions", predictions, "--no-codebleu"],
                                   environment: nowhere)
        #expect(without.status == 0, "\(without.stderr)")
    }
}
