import Foundation
import Testing
@testable import M2RCKit

/// One pair of a language the package does not support, with every count worked out by hand (the derivations are in
/// the comments of `ExtraLanguagePair.all`).
struct ExtraLanguagePair: CustomTestStringConvertible, Sendable {
    let language: Language
    let reference: String
    let prediction: String
    /// BLEU's clipped matches and hypothesis n-gram counts, n = 1…4; hypothesis and reference lengths.
    let ngram: (matches: [Int], totals: [Int])
    let lengths: (hypothesis: Int, reference: Int)
    /// Weighted unigram recall (keywords 1, other tokens 0.2), then matches / totals for n = 2…4.
    let weighted: (matches: Double, total: Double, higher: [Int], higherTotals: [Int])
    let syntax: (matches: Int, total: Int)
    let dataflow: (matches: Int, total: Int)

    var testDescription: String { "\(language): \(reference.debugDescription)" }

    static let all: [ExtraLanguagePair] = [
        // TypeScript. Identical: 6 tokens, `let` a keyword (weighted length 1 + 5 × 0.2); subtrees program,
        // lexical_declaration, variable_declarator, binary_expression; edges total ← {price, count}, price, count.
        .init(language: .typescript, reference: "let total = price * count;", prediction: "let total = price * count;",
              ngram: ([6, 5, 4, 3], [6, 5, 4, 3]), lengths: (6, 6), weighted: (2, 2, [5, 4, 3], [5, 4, 3]),
              syntax: (4, 4), dataflow: (3, 3)),
        // Renamed: `total` lost from every n-gram containing it; the tree and normalised edges do not change.
        .init(language: .typescript, reference: "let total = price * count;", prediction: "let sum = price * count;",
              ngram: ([5, 3, 2, 1], [6, 5, 4, 3]), lengths: (6, 6), weighted: (1.8, 2, [3, 2, 1], [5, 4, 3]),
              syntax: (4, 4), dataflow: (3, 3)),
        // Truncated to the first statement: all hypothesis n-grams occur in the reference (4 of 10 tokens, so a
        // brevity penalty). Subtrees: the first declaration and its declarator match, of 6. Edges of the reference:
        // a ← 1, 1, b ← {a, 2}, a ← a, 2; the hypothesis has the first two.
        .init(language: .typescript, reference: "let a = 1;\nlet b = a + 2;", prediction: "let a = 1;",
              ngram: ([4, 3, 2, 1], [4, 3, 2, 1]), lengths: (4, 10), weighted: (1.6, 3.6, [3, 2, 1], [9, 8, 7]),
              syntax: (2, 6), dataflow: (2, 5)),

        // Kotlin. source_file, property_declaration, binding_pattern_kind (it holds the `val` token),
        // variable_declaration, multiplicative_expression; variables are `simple_identifier`s.
        .init(language: .kotlin, reference: "val total = price * count", prediction: "val total = price * count",
              ngram: ([6, 5, 4, 3], [6, 5, 4, 3]), lengths: (6, 6), weighted: (2, 2, [5, 4, 3], [5, 4, 3]),
              syntax: (5, 5), dataflow: (3, 3)),
        // i → j: unigrams var = 0 += step match; bigrams (=, 0) and (+=, step). Edges: i ← 0, 0, i ← step, step.
        .init(language: .kotlin, reference: "var i = 0\ni += step", prediction: "var j = 0\nj += step",
              ngram: ([5, 2, 0, 0], [7, 6, 5, 4]), lengths: (7, 7), weighted: (1.8, 2.2, [2, 0, 0], [6, 5, 4]),
              syntax: (6, 6), dataflow: (4, 4)),
        // 8 subtrees (root, 2 × property_declaration, binding_pattern_kind, variable_declaration, and the
        // additive_expression): the hypothesis has the first declaration, and both binding_pattern_kind and both
        // variable_declaration subtrees have the same key.
        .init(language: .kotlin, reference: "val a = 1\nval b = a + 2", prediction: "val a = 1",
              ngram: ([4, 3, 2, 1], [4, 3, 2, 1]), lengths: (4, 10), weighted: (1.6, 3.6, [3, 2, 1], [9, 8, 7]),
              syntax: (5, 8), dataflow: (2, 5)),

        // Scala. compilation_unit, val_definition, infix_expression; the operator is a named leaf whose text is not
        // its type, so it is a variable as literals are: total ← {price, *, count} and three leaves.
        .init(language: .scala, reference: "val total = price * count", prediction: "val total = price * count",
              ngram: ([6, 5, 4, 3], [6, 5, 4, 3]), lengths: (6, 6), weighted: (2, 2, [5, 4, 3], [5, 4, 3]),
              syntax: (3, 3), dataflow: (4, 4)),
        .init(language: .scala, reference: "val total = price * count", prediction: "val sum = price * count",
              ngram: ([5, 3, 2, 1], [6, 5, 4, 3]), lengths: (6, 6), weighted: (1.8, 2, [3, 2, 1], [5, 4, 3]),
              syntax: (3, 3), dataflow: (4, 4)),
        // Only the first val_definition of 4 subtrees matches; edges a ← 1, 1, b ← {a, +, 2}, a ← a, +, 2.
        .init(language: .scala, reference: "val a = 1\nval b = a + 2", prediction: "val a = 1",
              ngram: ([4, 3, 2, 1], [4, 3, 2, 1]), lengths: (4, 10), weighted: (1.6, 3.6, [3, 2, 1], [9, 8, 7]),
              syntax: (1, 4), dataflow: (2, 6)),

        // Lua. chunk, variable_declaration, assignment_statement, variable_list, expression_list, binary_expression.
        .init(language: .lua, reference: "local total = price * count", prediction: "local total = price * count",
              ngram: ([6, 5, 4, 3], [6, 5, 4, 3]), lengths: (6, 6), weighted: (2, 2, [5, 4, 3], [5, 4, 3]),
              syntax: (6, 6), dataflow: (3, 3)),
        // x, y → p, q. No keyword: every token weighs 0.2 (10 tokens; `y` and `=` twice). The lists pair x ← 1,
        // y ← 2, then z ← {x, y}.
        .init(language: .lua, reference: "x, y = 1, 2\nz = x + y", prediction: "p, q = 1, 2\nz = p + q",
              ngram: ([6, 4, 3, 2], [10, 9, 8, 7]), lengths: (10, 10), weighted: (1.2, 2, [4, 3, 2], [9, 8, 7]),
              syntax: (8, 8), dataflow: (7, 7)),
        // 10 subtrees; the first declaration's chain matches (4), and the second variable_list has the same key.
        .init(language: .lua, reference: "local a = 1\nlocal b = a + 2", prediction: "local a = 1",
              ngram: ([4, 3, 2, 1], [4, 3, 2, 1]), lengths: (4, 10), weighted: (1.6, 3.6, [3, 2, 1], [9, 8, 7]),
              syntax: (5, 10), dataflow: (2, 5)),

        // R. program, two binary_operators (operators are anonymous, so `*` is no variable); 5 tokens × 0.2 = 1.
        .init(language: .r, reference: "total <- price * count", prediction: "total <- price * count",
              ngram: ([5, 4, 3, 2], [5, 4, 3, 2]), lengths: (5, 5), weighted: (1, 1, [4, 3, 2], [4, 3, 2]),
              syntax: (3, 3), dataflow: (3, 3)),
        .init(language: .r, reference: "x <- 1\ny <- x + 2", prediction: "v <- 1\ny <- v + 2",
              ngram: ([6, 4, 2, 1], [8, 7, 6, 5]), lengths: (8, 8), weighted: (1.2, 1.6, [4, 2, 1], [7, 6, 5]),
              syntax: (4, 4), dataflow: (5, 5)),
        // `a <- 1` and `a + 2` print alike (operators are not printed): 2 of 4 subtrees match. A 3-token hypothesis
        // has no 4-gram, and its 4-gram total is 1.
        .init(language: .r, reference: "a <- 1\nb <- a + 2", prediction: "a <- 1",
              ngram: ([3, 2, 1, 0], [3, 2, 1, 1]), lengths: (3, 8), weighted: (0.6, 1.6, [2, 1, 0], [7, 6, 5]),
              syntax: (2, 4), dataflow: (2, 5)),

        // Haskell. haskell, declarations, bind, match, infix and the operator node (it has a token child).
        .init(language: .haskell, reference: "total = price * count", prediction: "total = price * count",
              ngram: ([5, 4, 3, 2], [5, 4, 3, 2]), lengths: (5, 5), weighted: (1, 1, [4, 3, 2], [4, 3, 2]),
              syntax: (6, 6), dataflow: (3, 3)),
        .init(language: .haskell, reference: "f x = x + 1", prediction: "f y = y + 1",
              ngram: ([4, 1, 0, 0], [6, 5, 4, 3]), lengths: (6, 6), weighted: (0.8, 1.2, [1, 0, 0], [5, 4, 3]),
              syntax: (7, 7), dataflow: (4, 4)),
        // `do` is a keyword. Reference edges: main ← {line, getLine, putStrLn}, line ← getLine, getLine, putStrLn,
        // line ← line; the hypothesis' normalised edges match the second and third.
        .init(language: .haskell, reference: "main = do\n  line <- getLine\n  putStrLn line",
              prediction: "main = do\n  line <- getLine",
              ngram: ([6, 5, 4, 3], [6, 5, 4, 3]), lengths: (6, 8), weighted: (2, 2.4, [5, 4, 3], [7, 6, 5]),
              syntax: (1, 8), dataflow: (2, 5)),

        // Objective-C. translation_unit, declaration, init_declarator, binary_expression; `int` a keyword.
        .init(language: .objectiveC, reference: "int total = price * count;", prediction: "int total = price * count;",
              ngram: ([6, 5, 4, 3], [6, 5, 4, 3]), lengths: (6, 6), weighted: (2, 2, [5, 4, 3], [5, 4, 3]),
              syntax: (4, 4), dataflow: (3, 3)),
        .init(language: .objectiveC, reference: "int i = 0;\ni += step;", prediction: "int j = 0;\nj += step;",
              ngram: ([5, 2, 0, 0], [7, 6, 5, 4]), lengths: (7, 7), weighted: (1.8, 2.2, [2, 0, 0], [6, 5, 4]),
              syntax: (5, 5), dataflow: (4, 4)),
        .init(language: .objectiveC, reference: "int a = 1;\nint b = a + 2;", prediction: "int a = 1;",
              ngram: ([4, 3, 2, 1], [4, 3, 2, 1]), lengths: (4, 10), weighted: (1.6, 3.6, [3, 2, 1], [9, 8, 7]),
              syntax: (2, 6), dataflow: (2, 5)),

        // HTML: no keywords and no dataflow. Two whitespace tokens; document, element, start_tag, attribute,
        // quoted_attribute_value, end_tag.
        .init(language: .html, reference: "<p class=\"note\">Hello</p>", prediction: "<p class=\"note\">Hello</p>",
              ngram: ([2, 1, 0, 0], [2, 1, 1, 1]), lengths: (2, 2), weighted: (0.4, 1, [1, 0, 0], [1, 1, 1]),
              syntax: (6, 6), dataflow: (0, 0)),
        // One token each, different: BLEU 0; text is not part of the tree's keys.
        .init(language: .html, reference: "<ul><li>One</li></ul>", prediction: "<ul><li>Two</li></ul>",
              ngram: ([0, 0, 0, 0], [1, 1, 1, 1]), lengths: (1, 1), weighted: (0, 1, [0, 0, 0], [1, 1, 1]),
              syntax: (7, 7), dataflow: (0, 0)),
        // The empty div keeps a start_tag and an end_tag, which match both of the reference's of each.
        .init(language: .html, reference: "<div>\n  <p>Hi</p>\n</div>", prediction: "<div>\n</div>",
              ngram: ([2, 0, 0, 0], [2, 1, 1, 1]), lengths: (2, 3), weighted: (0.4, 1, [0, 0, 0], [2, 1, 1]),
              syntax: (4, 7), dataflow: (0, 0)),
    ]
}

@Suite("CodeBLEU for the eight languages the package lacks")
struct CodeBLEUExtraLanguageTests {
    @Test("counts worked out by hand", arguments: ExtraLanguagePair.all)
    func pair(_ pair: ExtraLanguagePair) throws {
        let statistics = try codeBLEUScorer(pair.language).statistics(reference: pair.reference,
                                                                      prediction: pair.prediction)
        let m = pair.ngram.matches
        let t = pair.ngram.totals
        #expect(statistics.ngramMatches == OrderCounts(m[0], m[1], m[2], m[3]))
        #expect(statistics.ngramTotals == OrderCounts(t[0], t[1], t[2], t[3]))
        #expect(statistics.hypothesisLength == pair.lengths.hypothesis)
        #expect(statistics.referenceLength == pair.lengths.reference)
        #expect(close(statistics.weightedUnigramMatches, pair.weighted.matches, tolerance: 1e-12))
        #expect(close(statistics.weightedUnigramTotal, pair.weighted.total, tolerance: 1e-12))
        let h = pair.weighted.higher
        let ht = pair.weighted.higherTotals
        #expect(statistics.weightedMatches == OrderCounts(0, h[0], h[1], h[2]))
        #expect(statistics.weightedTotals == OrderCounts(0, ht[0], ht[1], ht[2]))
        #expect(statistics.syntaxMatches == pair.syntax.matches && statistics.syntaxTotal == pair.syntax.total)
        #expect(statistics.dataflowMatches == pair.dataflow.matches && statistics.dataflowTotal == pair.dataflow.total)

        // The scores follow from the counts by the formulas of METRICS.md §6.
        func bleu(_ numerators: [Double], _ denominators: [Double], c: Int, r: Int) -> Double {
            guard numerators[0] > 0 else { return 0 }
            let logs = (0..<4).map { 0.25 * log((numerators[$0] == 0 ? 0.1 : numerators[$0]) / denominators[$0]) }
            let penalty = c > r ? 1 : exp(1 - Double(r) / Double(c))
            return penalty * exp(logs.reduce(0, +))
        }
        let ngram = bleu(m.map(Double.init), t.map(Double.init), c: pair.lengths.hypothesis, r: pair.lengths.reference)
        let weighted = bleu([pair.weighted.matches] + h.map(Double.init),
                            [max(1, pair.weighted.total)] + ht.map(Double.init), c: pair.lengths.hypothesis, r: 2)
        let syntax = Double(pair.syntax.matches) / Double(pair.syntax.total)
        let dataflow = pair.dataflow.total > 0 ? Double(pair.dataflow.matches) / Double(pair.dataflow.total) : 0
        let score = statistics.score()
        #expect(close(score.ngramMatch, ngram, tolerance: 1e-12))
        #expect(close(score.weightedNgramMatch, weighted, tolerance: 1e-12))
        #expect(close(score.syntaxMatch, syntax) && close(score.dataflowMatch, dataflow))
        #expect(score.dataflowDefined == (pair.dataflow.total > 0))
        #expect(close(score.codebleu, 0.25 * (ngram + weighted + syntax + (dataflow == 0 ? 1 : dataflow)),
                      tolerance: 1e-12))
    }

    @Test("HTML has no dataflow: the package's combination counts it as 1, the original as 0")
    func htmlCombination() throws {
        let statistics = try codeBLEUScorer(.html).statistics(reference: "<b>x</b> <i>y</i>",
                                                              prediction: "<b>x</b> <i>y</i>")
        #expect(statistics.dataflowTotal == 0)
        let package = statistics.score()
        let original = statistics.score(combination: .original)
        #expect(!package.dataflowDefined)
        #expect(close(package.codebleu - original.codebleu, 0.25))
    }
}
