import Foundation
import Testing
@testable import M2RCKit

/// CodeBLEU through the evaluator: sentence level per sample, corpus level per group.
@Suite("CodeBLEU in the evaluator")
struct CodeBLEUAggregationTests {
    struct CorpusVector: Decodable {
        let lang: String
        let references: [String]
        let predictions: [String]
        let codebleu: Double
        let ngram_match: Double
        let syntax_match: Double
        let sentence_codebleu: [Double]
        let mean_of_sentence_codebleu: Double
        let hash_seed_stable: Bool
    }

    static func corpusVector(_ language: String) throws -> CorpusVector {
        struct File: Decodable { let corpus_vectors: [CorpusVector] }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("CodeBLEU/Fixtures/codebleu-vectors.json")
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        return try #require(file.corpus_vectors.first { $0.lang == language })
    }

    @Test("a group's CodeBLEU is corpus-level (summed statistics), not the mean of its sentence scores")
    func corpusNotMean() throws {
        let vector = try Self.corpusVector("python")
        let scorer = try CompletionScorer(language: .python, catalog: metricsCatalog)
        var totals = MetricTotals()
        for (index, (reference, prediction)) in zip(vector.references, vector.predictions).enumerated() {
            let scores = try scorer.score(prediction: prediction, reference: reference)
            let sentence = try #require(scores.codeBLEU)
            #expect(abs(sentence.codebleu - vector.sentence_codebleu[index]) < 1e-9, "pair \(index)")
            totals.add(scores)
        }
        let summary = totals.summary(codeBLEU: CodeBLEUSetup())
        let corpus = try #require(summary.codeBLEU)
        #expect(summary.codeBLEUSamples == 50)
        #expect(corpus.codebleu == PythonRounding.round(vector.codebleu * 100, digits: 2))  // 55.99
        #expect(corpus.codebleu != PythonRounding.round(vector.mean_of_sentence_codebleu * 100, digits: 2))  // 56.87
        #expect(corpus.ngramMatch == PythonRounding.round(vector.ngram_match * 100, digits: 2))
        #expect(corpus.syntaxMatch == PythonRounding.round(vector.syntax_match * 100, digits: 2))
    }

    @Test("the original formula takes the raw dataflow score; weights are applied")
    func formulaAndWeights() throws {
        let package = try CompletionScorer(language: .python, catalog: metricsCatalog)
            .score(prediction: "", reference: "x = compute(y)")
        #expect(abs((package.codeBLEU?.codebleu ?? -1) - 0.25) < 1e-12)  // py_empty_pred: dataflow 0 counts as 1
        let original = try CompletionScorer(
            language: .python, options: ScoringOptions(codeBLEU: CodeBLEUSetup(formula: .original)),
            catalog: metricsCatalog).score(prediction: "", reference: "x = compute(y)")
        #expect(original.codeBLEU?.codebleu == 0)
        let syntaxOnly = try CompletionScorer(
            language: .python, options: ScoringOptions(codeBLEU: CodeBLEUSetup(weights: [0, 0, 1, 0])),
            catalog: metricsCatalog).score(prediction: "a = b + 1", reference: "x = y + 2")
        #expect(syntaxOnly.codeBLEU?.codebleu == syntaxOnly.codeBLEU?.syntaxMatch)
    }

    @Test("details carry the five CodeBLEU numbers in the fixed key order")
    func detailsLine() throws {
        let scores = try CompletionScorer(language: .java, catalog: metricsCatalog)
            .score(prediction: "int x = a + 1;", reference: "int x = a + 1;")
        let line = ReportWriter.detailLine(.init(taskID: "t", language: .java, labels: SampleLabels(), scores: scores))
            .serialized()
        #expect(line.hasSuffix(#""codebleu":{"codebleu":1.0,"ngram_match":1.0,"weighted_ngram_match":1.0,"#
                               + #""syntax_match":1.0,"dataflow_match":1.0}}"#))
    }
}
