import Foundation
import Testing
@testable import M2RCKit

/// `codebleu-edge-cases.json`: values the reference package (codebleu 0.7.0, the pinned environment of
/// METRICS.md §6.8) returned for edge cases the golden file does not cover.
struct CodeBLEUEdgeCase: Decodable, CustomTestStringConvertible {
    let lang: String
    let reference: String
    let prediction: String
    let codebleu: Double
    let ngramMatchScore: Double
    let weightedNgramMatchScore: Double
    let syntaxMatchScore: Double
    let dataflowMatchScore: Double

    var testDescription: String { "\(lang): \(reference.debugDescription) / \(prediction.debugDescription)" }

    static let all: [CodeBLEUEdgeCase] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/codebleu-edge-cases.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try! decoder.decode([CodeBLEUEdgeCase].self, from: Data(contentsOf: url))
    }()
}

@Suite("CodeBLEU edge cases")
struct CodeBLEUEdgeCaseTests {
    @Test("empty, whitespace-only, CRLF, non-ASCII, comment-only and docstring inputs", arguments: CodeBLEUEdgeCase.all)
    func edgeCase(_ edge: CodeBLEUEdgeCase) throws {
        let score = try codeBLEUScorer(language(packageName: edge.lang))
            .sentence(reference: edge.reference, prediction: edge.prediction)
        #expect(close(score.ngramMatch, edge.ngramMatchScore))
        #expect(close(score.weightedNgramMatch, edge.weightedNgramMatchScore))
        #expect(close(score.syntaxMatch, edge.syntaxMatchScore))
        #expect(close(score.dataflowMatch, edge.dataflowMatchScore))
        #expect(close(score.codebleu, edge.codebleu), "\(score.codebleu) vs \(edge.codebleu)")
    }

    @Test("an empty prediction scores 0.25 under the package's combination and 0 under the original")
    func emptyPrediction() throws {
        let statistics = try codeBLEUScorer(.python).statistics(reference: "x = compute(y)", prediction: "")
        #expect(statistics.score().codebleu == 0.25)
        #expect(statistics.score(combination: .original).codebleu == 0)
        #expect(statistics.dataflowTotal == 3 && statistics.dataflowMatches == 0)
        #expect(statistics.score().dataflowDefined)
    }

    /// METRICS.md §7: `x = compute(y)` against `# compute x from y`.
    @Test("the worked decomposition of py_comment_only_pred")
    func workedDecomposition() throws {
        let statistics = try codeBLEUScorer(.python).statistics(reference: "x = compute(y)",
                                                                prediction: "# compute x from y")
        // Tokens: 3 reference, 5 hypothesis; only `compute` matches.
        #expect(statistics.hypothesisLength == 5 && statistics.referenceLength == 3)
        #expect(statistics.ngramMatches == OrderCounts(1, 0, 0, 0))
        #expect(statistics.ngramTotals == OrderCounts(5, 4, 3, 2))
        // Weighted unigram recall: `compute` weighs 0.2; the reference's weighted length 0.6 is raised to 1.
        #expect(statistics.weightedUnigramMatches == 0.2 && statistics.weightedUnigramTotal == 1)
        #expect(statistics.weightedMatches == OrderCounts(0, 0, 0, 0))
        #expect(statistics.weightedTotals == OrderCounts(0, 2, 1, 1))
        // The stripped hypothesis is empty: `(module)` matches none of the 5 reference subtrees; 0 of 3 edges.
        #expect(statistics.syntaxMatches == 0 && statistics.syntaxTotal == 5)
        #expect(statistics.dataflowMatches == 0 && statistics.dataflowTotal == 3)
        let score = statistics.score()
        let bleu = exp(0.25 * (log(1.0 / 5) + log(0.1 / 4) + log(0.1 / 3) + log(0.1 / 2)))
        let weighted = exp(0.25 * (log(0.2) + log(0.1 / 2) + log(0.1 / 1) + log(0.1 / 1)))
        #expect(close(score.ngramMatch, bleu) && close(score.ngramMatch, 0.053728, tolerance: 5e-7))
        #expect(close(score.weightedNgramMatch, weighted) && close(score.weightedNgramMatch, 0.1, tolerance: 1e-12))
        #expect(close(score.codebleu, 0.25 * (bleu + weighted + 0 + 1)))
        #expect(close(score.codebleu, 0.288432, tolerance: 5e-7))
    }

    @Test("the corpus score is the score of summed statistics, not the mean of sentence scores")
    func corpusIsMicroAveraged() throws {
        let scorer = try codeBLEUScorer(.java)
        let pairs = [("int x = a + b;", "int x = a + b;"), ("return total;", "return sum;"),
                     ("for (int i = 0; i < n; i++) { s += i; }", "for (int i = 0; i < n; i++) {")]
        let statistics = pairs.map { scorer.statistics(reference: $0.0, prediction: $0.1) }
        let total = statistics.reduce(.zero, +)
        #expect(total.pairs == 3)
        #expect(total.syntaxTotal == statistics.map(\.syntaxTotal).reduce(0, +))
        #expect(total.ngramMatches == statistics.map(\.ngramMatches).reduce(OrderCounts(), +))
        #expect(total.hypothesisLength == statistics.map(\.hypothesisLength).reduce(0, +))
        // Statistics survive JSON (the evaluator may store them).
        let decoded = try JSONDecoder().decode(CodeBLEUStatistics.self, from: JSONEncoder().encode(total))
        #expect(decoded == total)
        #expect(CodeBLEUStatistics.zero.score().codebleu == 0)
    }

    @Test("custom weights and the original combination")
    func weightsAndCombination() throws {
        let statistics = try codeBLEUScorer(.java).statistics(reference: "foo.bar();", prediction: "foo.baz();")
        let score = statistics.score()
        #expect(!score.dataflowDefined && score.dataflowMatch == 0)
        let paper = statistics.score(weights: .paper)
        #expect(close(paper.codebleu, 0.1 * score.ngramMatch + 0.1 * score.weightedNgramMatch
                      + 0.4 * score.syntaxMatch + 0.4))
        let original = statistics.score(weights: .paper, combination: .original)
        #expect(close(original.codebleu, paper.codebleu - 0.4))
    }

    @Test("every language has a scorer, HTML without dataflow")
    func allLanguages() throws {
        for language in Language.allCases {
            #expect(CodeBLEUScorer.isSupported(language))
            #expect(CodeBLEUScorer.hasDataflow(language) == (language != .html))
            let scorer = try codeBLEUScorer(language)
            let package = language.profile.codeBLEUName != nil
            #expect(scorer.grammar.symbol == (package ? "codebleu_\(language.profile.codeBLEUName!)"
                                                       : language.profile.grammar))
            #expect(scorer.usesReferenceRuntime)
        }
    }
}

@Suite("CodeBLEU comment removal")
struct CodeBLEUCommentRemovalTests {
    private func python(_ source: String) -> String {
        var remover = PythonCommentRemover()
        return String(decoding: remover.remove(from: Array(source.utf8)), as: UTF8.self)
    }

    @Test("Python: comments, docstrings and blank lines go; other strings stay")
    func pythonRemoval() {
        // The gap before a comment is written back as spaces.
        #expect(python("x = 1  # one\n# alone\n\ny = 'a'") == "x = 1  \ny = 'a'")
        #expect(python("def f():\n    \"\"\"Doc.\"\"\"\n    return 1") == "def f():\n    return 1")
        #expect(python("'''module doc'''\nx = 2") == "x = 2")
        #expect(python("s = (\n  'kept')") == "s = (\n  'kept')")
        // Backslash continuations join lines; a tab between tokens becomes one space.
        #expect(python("x = 1 + \\\n    2\ny =\t3") == "x = 1 +    2\ny = 3")
        // CRLF line ends are kept (the reference's StringIO splits on "\n" only).
        #expect(python("a = 1\r\n# c\r\nb = 2") == "a = 1\r\nb = 2")
    }

    @Test("Python: source that does not tokenize is used unchanged, comments included")
    func pythonTokenizeErrors() {
        #expect(python("f(x,  # open\n  y") == "f(x,  # open\n  y")
        #expect(python("s = '''never closed") == "s = '''never closed")
        #expect(python("if a:\n        b = 1\n    c = 2") == "if a:\n        b = 1\n    c = 2")
        #expect(python("x = 1)") == "x = 1)")
    }

    @Test("C family: comments become a space, literals protect their contents")
    func cFamily() {
        func strip(_ source: String) -> String {
            String(decoding: CodeCommentRemoval.remove(Array(source.utf8), style: .cFamily), as: UTF8.self)
        }
        #expect(strip("int x = 1; // one\n/* two\nlines */ y = 2;") == "int x = 1;  \n  y = 2;")
        #expect(strip("s = \"http://a\"; // c") == "s = \"http://a\";  ")
        #expect(strip("c = '/*'; d = 1; /* x */") == "c = '/*'; d = 1;  ")
        #expect(strip("/* open\nx = 1;") == "/* open\nx = 1;")
        #expect(strip("a;\n\n   \nb;") == "a;\nb;")
    }

    @Test("the other styles")
    func otherStyles() {
        func strip(_ source: String, _ style: CodeBLEUCommentStyle) -> String {
            String(decoding: CodeCommentRemoval.remove(Array(source.utf8), style: style), as: UTF8.self)
        }
        #expect(strip("x <- 1 # one\ns <- \"#\"", .hash) == "x <- 1  \ns <- \"#\"")
        #expect(strip("local a = 1 -- one\n--[[ long\ncomment ]] b = '--'", .lua) == "local a = 1  \n  b = '--'")
        #expect(strip("x = 1 -- one\n{- a {- nested -} block -} y --> z", .haskell) == "x = 1  \n  y --> z")
        #expect(strip("<p>a</p><!-- c\nd -->\n<b>x</b>", .html) == "<p>a</p> \n<b>x</b>")
        #expect(strip("a = 1 # kept\n\nb", .none) == "a = 1 # kept\n\nb")
    }
}
