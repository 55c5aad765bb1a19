import Foundation
import Testing
import Zstd
@testable import M2RCKit

@Suite("Evaluator: parallel scoring, aggregation and the output files")
struct EvaluatorTests {
    static func samples(_ count: Int) -> ([EvaluationSample], [String?]) {
        let languages: [Language] = [.python, .java, .go, .rust, .html]
        var samples: [EvaluationSample] = []
        var predictions: [String?] = []
        for index in 0..<count {
            let language = languages[index % languages.count]
            samples.append(EvaluationSample(taskID: String(format: "task/%04d", index), language: language,
                                            groundtruth: "value_\(index) = compute(x, \(index % 7))",
                                            labels: SampleLabels(bucket: "\(index % 10 + 1)")))
            predictions.append(index % 9 == 0 ? nil : "value_\(index) = compute(y, \(index % 5))")
        }
        return (samples, predictions)
    }

    @Test("scores land at their sample's index whatever the number of tasks")
    func parallelEqualsSequential() async throws {
        let (samples, predictions) = Self.samples(500)
        let options = ScoringOptions(includesCodeBLEU: false)
        var sequential = Evaluator(options: options, catalog: nil, jobs: 1)
        sequential.chunkSize = 1000
        var parallel = Evaluator(options: options, catalog: nil, jobs: 4)
        parallel.chunkSize = 7
        let one = try await sequential.score(samples, predictions: predictions)
        let many = try await parallel.score(samples, predictions: predictions)
        #expect(one.map(\.editSimilarity) == many.map(\.editSimilarity))
        #expect(one.map(\.levenshteinSimilarity) == many.map(\.levenshteinSimilarity))
        #expect(one.map(\.identifier) == many.map(\.identifier))
        // A missing prediction is scored as an empty one.
        #expect(one[0].editSimilarity == 0 && !one[0].exactMatch)
    }

    @Test("chunks hold one language each and cover every index once")
    func chunks() {
        let languages: [Language] = [.go, .c, .go, .go, .c, .python]
        let chunks = Evaluator.chunks(languages, size: 2)
        #expect(chunks == [[0, 2], [3], [1, 4], [5]])
    }

    @Test("an end-to-end run writes the three files, details keyed and ordered as specified")
    func endToEnd() async throws {
        let scratch = ScratchFolder()
        let dataset = try scratch.write("tasks.jsonl", [
            taskLine("b", "python", "return w * h", prompt: "def f(w, h):\n    ", bucket: 10, semanticClass: "return",
                     difficulty: "easy"),
            taskLine("a", "java", "int x = 1;", bucket: 2, semanticClass: "declaration", difficulty: "hard"),
            taskLine("c", "lua", "local y = 2", bucket: 2, semanticClass: "declaration", difficulty: "hard"),
        ])
        let predictions = try scratch.write("p.jsonl", [
            predictionLine("b", "return w * h\n    print(w)"), predictionLine("a", "int x = 1; int z;", field: "pred"),
        ])
        let job = EvaluationJob(dataset: dataset, predictions: predictions,
                                options: ScoringOptions(postProcessing: .crossCodeEval, includesCodeBLEU: false),
                                jobs: 2)
        let report = try await job.evaluate(try job.read(), catalog: metricsCatalog)
        #expect(report.counts == .init(samples: 3, missingPredictions: 1, invalidDatasetLines: 0,
                                       invalidPredictionLines: 0))
        #expect(report.samples.map(\.taskID) == ["a", "b", "c"])
        #expect(report.samples.map(\.scores.exactMatch) == [true, true, false])
        #expect(report.overall.exactMatch == 66.67)
        #expect(report.byLanguage.map(\.key) == ["java", "lua", "python"])
        #expect(report.byBucket?.map(\.key) == ["2", "10"])  // numeric order
        #expect(report.byDifficulty?.map(\.key) == ["easy", "hard"])

        let output = scratch.path + "/out"
        try ReportWriter.write(report, to: output)
        let details = try JSONLReader(path: output + "/details.jsonl.zst")
        var lines: [String] = []
        while let line = try details.next() { lines.append(String(decoding: line.bytes, as: UTF8.self)) }
        #expect(lines.count == 3)
        #expect(lines[0] == #"{"task_id":"a","language":"java","em":1,"em_tokens":1,"es":100,"es_levmax":1.0,"#
                + #""identifier":{"em":1,"precision":1.0,"recall":1.0,"f1":1.0},"codebleu":null}"#)
        #expect(lines[2].hasPrefix(#"{"task_id":"c","language":"lua","em":0,"em_tokens":0,"es":0,"es_levmax":0.0,"#))

        let results = try String(contentsOfFile: output + "/results.json", encoding: .utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(results.utf8)) as? [String: Any])
        let counts = try #require(json["counts"] as? [String: Any])
        #expect(counts["missing_predictions"] as? Int == 1)
        let settings = try #require(json["settings"] as? [String: Any])
        #expect(settings["postprocess"] as? String == "cceval")
        #expect(settings["es_backend"] as? String == "indel")
        let metrics = try #require(json["metrics"] as? [String: Any])
        #expect(Set(metrics.keys) == ["overall", "by_language", "by_bucket", "by_semantic_class", "by_difficulty"])
        // Keys are written sorted at every level.
        let topKeys = results.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { String($0) }
        #expect(topKeys == topKeys.sorted())
        let markdown = try String(contentsOfFile: output + "/results.md", encoding: .utf8)
        #expect(markdown.contains("## By depth bucket"))
        #expect(markdown.contains("| **all** | 3 | 66.67 |"))
    }
}
