import Foundation
import Testing
@testable import M2RCKit

@Suite("Dedup: decontamination")
struct DedupDecontaminationTests {
    typealias F = DedupFixtures

    @Test("an instruct file that copies an eval file is dropped, whatever the stars", arguments: [Split.validation, .test])
    func instructAgainstEval(evalSplit: Split) async throws {
        let outcome = await Deduplicator(settings: DedupSettings()).deduplicate([
            F.file("famous/scheduler", "scheduler.py", stars: 25_000, split: .instruct, F.scheduler),
            F.file("quiet/tasks", "tasks/scheduler.py", stars: 6, split: evalSplit, F.scheduler),
            F.file("famous/scheduler", "scheduler_v2.py", stars: 25_000, split: .instruct, F.schedulerCopy),
            F.file("famous/scheduler", "pool.py", stars: 25_000, split: .instruct, F.workerPool),
        ], parallelism: 2)
        #expect(outcome.kept.map(\.location) == ["famous/scheduler:pool.py", "quiet/tasks:tasks/scheduler.py"])
        #expect(outcome.removals.map(\.reason) == [.exactDuplicate, .nearDuplicate])
        #expect(outcome.removals.allSatisfy { $0.isDecontamination })
        #expect(outcome.removals.allSatisfy { $0.duplicateOf?.split == evalSplit })
        #expect(outcome.removals[0].detail.hasPrefix("instruct file with the same normalised content as eval file"))
        let counts = try #require(outcome.counts.first)
        #expect(counts.language == .python && counts.instructAgainstEval == 2)
        #expect(counts.record().serialized() == """
            {"files":4,"exact_duplicates":1,"near_duplicates":1,"instruct_against_eval":2,"contaminated_samples":0,"kept_files":2}
            """)
    }

    @Test("two eval copies: the rule falls back to stars, and nothing counts as decontamination")
    func evalAgainstEval() async {
        let outcome = await Deduplicator(settings: DedupSettings()).deduplicate([
            F.file("a/val", "s.py", stars: 9, split: .validation, F.scheduler),
            F.file("b/test", "s.py", stars: 90, split: .test, F.scheduler),
        ], parallelism: 1)
        #expect(outcome.kept.map(\.location) == ["b/test:s.py"])
        #expect(outcome.removals.map(\.isDecontamination) == [false])
    }

    static let benchmarkFile = """
    "def has_close_elements(numbers, threshold):\\n    for idx, elem in enumerate(numbers):\\n        pass"
    {"task_id": "HumanEval/1", "prompt": "def add(x, y):", "canonical_solution": "    return sorted(set(l1) & set(l2), key=lambda item: -item)\\n"}

    {"task_id": "MBPP/7", "canonical_solution": "import re\\ndef find_char_long(text):\\n  return (re.findall(r\\"\\\\b\\\\w{4,}\\\\b\\", text))"}\r
    """

    @Test("benchmark JSONL: strings, or objects' configured fields; blank lines skipped; lines numbered from 1")
    func parsing() throws {
        let texts = try BenchmarkText.parse(Array(Self.benchmarkFile.utf8), file: "bench.jsonl",
                                            fields: ["prompt", "canonical_solution"])
        #expect(texts.map(\.line) == [1, 2, 2, 4])
        #expect(texts[1].text == "def add(x, y):")
        #expect(texts[3].text.hasSuffix(#"\b\w{4,}\b", text))"#))
        #expect(throws: InputError(file: "b.jsonl", line: 2, "field \"text\" is not a string")) {
            try BenchmarkText.parse(Array("\"ok\"\n{\"text\": 3}\n".utf8), file: "b.jsonl", fields: ["text"])
        }
        #expect(throws: InputError(file: "b.jsonl", line: 1, "an object with none of the fields \"text\"")) {
            try BenchmarkText.parse(Array("{\"prompt\": \"x\"}\n".utf8), file: "b.jsonl", fields: ["text"])
        }
        #expect(throws: InputError.self) {
            try BenchmarkText.parse(Array("[1, 2]\n".utf8), file: "b.jsonl", fields: ["text"])
        }
    }

    @Test("a ground truth found in a benchmark text after normalisation is flagged; short and absent ones are not")
    func groundTruths() throws {
        let texts = try BenchmarkText.parse(Array(Self.benchmarkFile.utf8), file: "bench.jsonl",
                                            fields: ["prompt", "canonical_solution"])
        let index = ContaminationIndex(benchmarks: texts, minLength: 32)
        let matches = index.matches([
            // Different indentation, line breaks and case: still the MBPP solution's body.
            "def find_char_long(text):\n    return (re.findall(r\"\\b\\w{4,}\\b\", text))",
            "return sorted(set(l1) & set(l2),\n               key=lambda item: -item)",
            "FOR idx, elem IN enumerate(numbers):",
            "return sorted(set(l1))",  // occurs, but shorter than 32 bytes
            "return sorted(set(first) & set(second), key=len)",  // long enough, absent
            "",
        ])
        #expect(matches == [BenchmarkMatch(file: "bench.jsonl", line: 4), BenchmarkMatch(file: "bench.jsonl", line: 2),
                            BenchmarkMatch(file: "bench.jsonl", line: 1), nil, nil, nil])
        #expect(ContaminationIndex.normalized("  Return  X\r\n\t+ Ünï  ") == Array("return x + Ünï".utf8))
        #expect(ContaminationIndex(benchmarks: [], minLength: 32).matches(["anything at all that is long enough"]) == [nil])
    }

    @Test("a flagged eval sample becomes a `contaminated` row naming the benchmark line")
    func contaminationRow() throws {
        let removal = DedupRemoval.contaminated(taskID: "acme/lib/src/a.py:120-180", repository: "acme/lib",
                                                path: "src/a.py", language: .python, split: .test,
                                                match: BenchmarkMatch(file: "humaneval.jsonl", line: 12))
        #expect(removal.record().serialized() == """
            {"kind":"sample","repo":"acme/lib","path":"src/a.py","reason":"contaminated",\
            "detail":"ground truth found in humaneval.jsonl:12","language":"python","split":"test",\
            "task_id":"acme/lib/src/a.py:120-180","duplicate_of":null,"estimated_jaccard":null,\
            "benchmark":{"file":"humaneval.jsonl","line":12}}
            """)
        let counts = DedupCounts.perLanguage(files: [], removals: [removal])
        #expect(counts.map(\.language) == [.python] && counts[0].contaminatedSamples == 1)
    }

    @Test("benchmark files load from the settings; a missing one is an input error")
    func loading() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("m2rc-bench-\(UInt32.random(in: 0...UInt32.max)).jsonl").path
        try Data(Self.benchmarkFile.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var settings = DecontaminationSettings()
        settings.benchmarks = [path]
        settings.fields = ["canonical_solution"]
        let index = try ContaminationIndex(settings: settings)
        #expect(index.matches(["import re def find_char_long(text): return"]) == [BenchmarkMatch(file: path, line: 4)])
        settings.benchmarks = ["/nonexistent/bench.jsonl"]
        #expect(throws: InputError(file: "/nonexistent/bench.jsonl", "cannot read the benchmark file")) {
            try ContaminationIndex(settings: settings)
        }
    }
}
