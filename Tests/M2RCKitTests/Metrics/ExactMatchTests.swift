import Testing
@testable import M2RCKit

@Suite("Exact match, comment removal and the worked examples of METRICS.md §5.1")
struct ExactMatchTests {
    /// A row of §5.1 (CrossCodeEval post-processing not applied).
    struct Row: Sendable, CustomTestStringConvertible {
        let language: Language
        let target: String
        let prediction: String
        let em: Bool
        let es: Int
        let identifierEM: Bool
        let identifierF1: Double
        let tokenEM: Bool  // RepoBench EM (and CodeXGLUE's, which agrees on these rows)
        let repoBenchES: Int  // fuzz.ratio(gt, pred), nothing stripped
        let codeXGLUEES: Int  // fuzz.ratio(pred.strip(), gt)
        var testDescription: String { target.debugDescription }
    }

    static let rows: [Row] = [
        Row(language: .python, target: "result = self.model.predict(x)  # run model",
            prediction: "result = self.model.predict(inputs)", em: false, es: 89, identifierEM: false,
            identifierF1: 0.8, tokenEM: false, repoBenchES: 74, codeXGLUEES: 74),
        Row(language: .java, target: #"String url = "http://example.com/api";"#,
            prediction: #"String url = "http://example.com/v2";"#, em: true, es: 100, identifierEM: true,
            identifierF1: 1, tokenEM: false, repoBenchES: 93, codeXGLUEES: 93),
        Row(language: .python, target: "color = '#ff0000'", prediction: "color = '#00ff00'", em: true, es: 100,
            identifierEM: true, identifierF1: 1, tokenEM: false, repoBenchES: 88, codeXGLUEES: 88),
        Row(language: .python, target: "foo(a,b)", prediction: "foo(a, b)", em: false, es: 94, identifierEM: true,
            identifierF1: 1, tokenEM: false, repoBenchES: 94, codeXGLUEES: 94),
        Row(language: .python, target: "    x = 1\n\n    y = 2", prediction: "x = 1\ny = 2", em: true, es: 81,
            identifierEM: true, identifierF1: 1, tokenEM: true, repoBenchES: 71, codeXGLUEES: 71),
        Row(language: .python, target: "return None", prediction: "return  None ", em: false, es: 96,
            identifierEM: true, identifierF1: 0, tokenEM: true, repoBenchES: 92, codeXGLUEES: 96),
        Row(language: .python, target: "", prediction: "", em: true, es: 100, identifierEM: true, identifierF1: 0,
            tokenEM: true, repoBenchES: 100, codeXGLUEES: 100),
        Row(language: .java, target: "if (x == null) return;", prediction: "if (x == null) { return; }", em: false,
            es: 92, identifierEM: true, identifierF1: 1, tokenEM: false, repoBenchES: 92, codeXGLUEES: 92),
    ]

    @Test("§5.1 rows: every column", arguments: rows)
    func workedRow(_ row: Row) throws {
        #expect(ExactMatch.crossCodeEval(prediction: row.prediction, reference: row.target) == row.em)
        #expect(EditSimilarity.crossCodeEval(prediction: row.prediction, reference: row.target) == row.es)
        let identifiers = IdentifierMatch(prediction: CrossCodeEvalComments.remove(row.prediction),
                                          reference: CrossCodeEvalComments.remove(row.target), language: row.language)
        #expect(identifiers.exactMatch == row.identifierEM)
        #expect(abs(identifiers.f1 - row.identifierF1) < 1e-12)
        #expect(ExactMatch.whitespaceTokens(prediction: row.prediction, reference: row.target) == row.tokenEM)
        #expect(EditSimilarity.fuzzRatio(row.target, row.prediction) == row.repoBenchES)
        #expect(EditSimilarity.fuzzRatio(PythonText.strip(row.prediction), row.target) == row.codeXGLUEES)

        // The library scorer gives the same per-sample numbers.
        let scores = try CompletionScorer(language: row.language, catalog: nil)
            .score(prediction: row.prediction, reference: row.target)
        #expect(scores.exactMatch == row.em)
        #expect(scores.editSimilarity == row.es)
        #expect(scores.identifier.exactMatch == row.identifierEM)
        #expect(scores.tokenExactMatch == row.tokenEM)
    }

    @Test("remove_comments cuts from # or // to the end of the line, \\r included, \\n kept")
    func comments() {
        #expect(CrossCodeEvalComments.remove("x = 1  # one\ny = 2 // two\nz") == "x = 1  \ny = 2 \nz")
        #expect(CrossCodeEvalComments.remove("a // b # c\nd # e // f") == "a \nd ")
        #expect(CrossCodeEvalComments.remove("#include <stdio.h>\nint x;") == "\nint x;")
        #expect(CrossCodeEvalComments.remove("url = \"http://x\"") == "url = \"http:")
        #expect(CrossCodeEvalComments.remove("a # c\r\nb") == "a \nb")
        #expect(CrossCodeEvalComments.remove("a / b /// c") == "a / b ")
        #expect(CrossCodeEvalComments.remove("é # ü\n日本") == "é \n日本")
        #expect(CrossCodeEvalComments.remove("plain") == "plain")
    }

    @Test("CrossCodeEval EM compares stripped non-empty lines split on \\n")
    func lines() {
        #expect(ExactMatch.codeLines("  a  \n\n\tb\r\n \n") == ["a", "b"])
        #expect(ExactMatch.linesMatch("a\nb", "  a\n\n  b  \n"))
        #expect(!ExactMatch.linesMatch("a b", "a  b"))  // spaces inside a line count
        #expect(!ExactMatch.linesMatch("a\nb", "b\na"))
    }

    /// Edge cases through the library scorer: (prediction, target) → em, tokens em, es, 1 − Lev/max, id em, id f1.
    struct EdgeCase: Sendable, CustomTestStringConvertible {
        let name: String
        let prediction: String
        let target: String
        let em: Bool
        let tokenEM: Bool
        let es: Int
        let levenshtein: Double
        let identifierEM: Bool
        let identifierF1: Double
        var testDescription: String { name }
    }

    static let edgeCases: [EdgeCase] = [
        EdgeCase(name: "both empty", prediction: "", target: "", em: true, tokenEM: true, es: 100, levenshtein: 0,
                 identifierEM: true, identifierF1: 0),
        EdgeCase(name: "empty prediction", prediction: "", target: "x = 1", em: false, tokenEM: false, es: 0,
                 levenshtein: 0, identifierEM: false, identifierF1: 0),
        EdgeCase(name: "empty target", prediction: "x = 1", target: "", em: false, tokenEM: false, es: 0,
                 levenshtein: 0, identifierEM: false, identifierF1: 0),
        EdgeCase(name: "whitespace-only prediction", prediction: " \n\t\n", target: "", em: true, tokenEM: true,
                 es: 100, levenshtein: 0, identifierEM: true, identifierF1: 0),
        EdgeCase(name: "whitespace-only against code", prediction: "   ", target: "x", em: false, tokenEM: false,
                 es: 0, levenshtein: 0, identifierEM: false, identifierF1: 0),
        EdgeCase(name: "non-ASCII", prediction: "prix = \"€5\"  # coût", target: "prix = \"€6\"", em: false,
                 tokenEM: false, es: 91, levenshtein: 10.0 / 19.0, identifierEM: true, identifierF1: 1),
        EdgeCase(name: "CRLF against LF", prediction: "a = 1\r\nb = 2", target: "a = 1\nb = 2", em: true,
                 tokenEM: true, es: 96, levenshtein: 11.0 / 12.0, identifierEM: true, identifierF1: 1),
        EdgeCase(name: "prediction only a comment", prediction: "# compute x from y", target: "x = compute(y)",
                 em: false, tokenEM: false, es: 0, levenshtein: 6.0 / 18.0, identifierEM: false, identifierF1: 0),
    ]

    @Test("edge cases", arguments: edgeCases)
    func edgeCase(_ edge: EdgeCase) throws {
        let scores = try CompletionScorer(language: .python, catalog: nil)
            .score(prediction: edge.prediction, reference: edge.target)
        #expect(scores.exactMatch == edge.em)
        #expect(scores.tokenExactMatch == edge.tokenEM)
        #expect(scores.editSimilarity == edge.es)
        #expect(abs(scores.levenshteinSimilarity - edge.levenshtein) < 1e-12)
        #expect(scores.identifier.exactMatch == edge.identifierEM)
        #expect(abs(scores.identifier.f1 - edge.identifierF1) < 1e-12)
        #expect(scores.codeBLEU == nil)  // no catalog: no CodeBLEU
    }
}
