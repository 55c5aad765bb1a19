import Foundation
import Testing
@testable import M2RCKit

@Suite("CodeBLEU golden vectors")
struct CodeBLEUGoldenTests {
    @Test("every golden vector, all components", arguments: GoldenCodeBLEU.file.vectors)
    func vector(_ vector: GoldenCodeBLEU.Vector) throws {
        let scorer = try codeBLEUScorer(language(packageName: vector.lang))
        let statistics = scorer.statistics(reference: vector.reference, prediction: vector.prediction)
        let score = statistics.score()
        #expect(close(score.ngramMatch, vector.ngramMatch), "ngram \(score.ngramMatch) vs \(vector.ngramMatch)")
        #expect(close(score.weightedNgramMatch, vector.weightedNgramMatch),
                "weighted \(score.weightedNgramMatch) vs \(vector.weightedNgramMatch)")
        #expect(statistics.syntaxMatches == vector.details.syntaxMatchCount
                    && statistics.syntaxTotal == vector.details.syntaxTotal,
                "syntax \(statistics.syntaxMatches)/\(statistics.syntaxTotal) vs \(vector.details.syntaxMatchCount)/\(vector.details.syntaxTotal)")
        #expect(close(score.syntaxMatch, vector.syntaxMatch))
        if let observed = vector.observedOver40Seeds {
            #expect(observed.dataflowValues.contains { close(score.dataflowMatch, $0) },
                    "dataflow \(score.dataflowMatch) not among \(observed.dataflowValues)")
            #expect(observed.codebleuValues.contains { close(score.codebleu, $0) },
                    "codebleu \(score.codebleu) not among \(observed.codebleuValues)")
        } else {
            #expect(statistics.dataflowMatches == vector.details.dataflowMatchCount
                        && statistics.dataflowTotal == vector.details.dataflowTotal,
                    "dataflow \(statistics.dataflowMatches)/\(statistics.dataflowTotal) vs \(vector.details.dataflowMatchCount)/\(vector.details.dataflowTotal)")
            #expect(close(score.dataflowMatch, vector.dataflowMatch))
            #expect(close(score.codebleu, vector.codebleu), "codebleu \(score.codebleu) vs \(vector.codebleu)")
            let original = statistics.score(combination: .original)
            #expect(close(original.codebleu, vector.codebleuIfNoOr1))
        }
        #expect(score.dataflowDefined == (vector.details.dataflowTotal > 0))
    }

    @Test("comment stripping matches the reference's stripped text", arguments: GoldenCodeBLEU.file.vectors)
    func commentStripping(_ vector: GoldenCodeBLEU.Vector) throws {
        let scorer = try codeBLEUScorer(language(packageName: vector.lang))
        func stripped(_ text: String) -> String {
            String(decoding: scorer.removeComments(PythonWhitespace.strip(Array(text.utf8))), as: UTF8.self)
        }
        #expect(stripped(vector.reference) == vector.details.commentStrippedRef)
        #expect(stripped(vector.prediction) == vector.details.commentStrippedHyp)
    }

    @Test("corpus scores from summed statistics", arguments: GoldenCodeBLEU.file.corpusVectors)
    func corpus(_ corpus: GoldenCodeBLEU.Corpus) throws {
        let scorer = try codeBLEUScorer(language(packageName: corpus.lang))
        var total = CodeBLEUStatistics.zero
        var sentences: [Double] = []
        for (reference, prediction) in zip(corpus.references, corpus.predictions) {
            let pair = scorer.statistics(reference: reference, prediction: prediction)
            total = total + pair
            sentences.append(pair.score().codebleu)
        }
        let score = total.score()
        #expect(total.pairs == corpus.references.count)
        #expect(close(score.ngramMatch, corpus.ngramMatch))
        #expect(close(score.weightedNgramMatch, corpus.weightedNgramMatch))
        #expect(close(score.syntaxMatch, corpus.syntaxMatch))
        if let observed = corpus.observedOver40Seeds {
            #expect(observed.dataflowMatch.keys.compactMap(Double.init).contains { close(score.dataflowMatch, $0) },
                    "dataflow \(score.dataflowMatch)")
            #expect(observed.codebleu.keys.compactMap(Double.init).contains { close(score.codebleu, $0) },
                    "codebleu \(score.codebleu)")
        } else {
            #expect(close(score.dataflowMatch, corpus.dataflowMatch))
            #expect(close(score.codebleu, corpus.codebleu), "codebleu \(score.codebleu) vs \(corpus.codebleu)")
            for (index, (actual, expected)) in zip(sentences, corpus.sentenceCodebleu).enumerated() {
                #expect(close(actual, expected), "pair \(index): \(actual) vs \(expected)")
            }
            let mean = sentences.reduce(0, +) / Double(sentences.count)
            #expect(close(mean, corpus.meanOfSentenceCodebleu))
        }
    }
}
