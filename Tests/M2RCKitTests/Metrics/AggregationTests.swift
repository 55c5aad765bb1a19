import Testing
@testable import M2RCKit

@Suite("Aggregation and rounding")
struct AggregationTests {
    @Test("Python's round(x, 2): the binary value decides, exact halves go to even")
    func rounding() {
        #expect(PythonRounding.round(2.675, digits: 2) == 2.67)
        #expect(PythonRounding.round(0.125, digits: 2) == 0.12)
        #expect(PythonRounding.round(0.375, digits: 2) == 0.38)
        #expect(PythonRounding.round(1.005, digits: 2) == 1.0)
        #expect(PythonRounding.round(81.73456, digits: 2) == 81.73)
        #expect(PythonRounding.round(100, digits: 2) == 100)
        #expect(PythonRounding.round(2.0 / 3.0 * 100, digits: 2) == 66.67)
    }

    @Test("group figures follow the references' order of operations")
    func summary() throws {
        let scorer = try CompletionScorer(language: .python, catalog: nil)
        var totals = MetricTotals()
        let pairs = [("return x + 1", "return x + 2"), ("foo(a, b)", "foo(a,b)"), ("x = 1", "x = 1")]
        for (prediction, reference) in pairs {
            totals.add(try scorer.score(prediction: prediction, reference: reference))
        }
        let summary = totals.summary(codeBLEU: CodeBLEUSetup())
        #expect(summary.samples == 3)
        #expect(summary.exactMatch == 33.33)
        #expect(summary.tokenExactMatch == 33.33)
        #expect(summary.editSimilarity == 95.33)  // (92 + 94 + 100) / 3, the integers' mean
        #expect(summary.identifierExactMatch == 100)
        #expect(summary.identifierF1 == 100)
    }

    @Test("an empty group reports zeros, not NaN")
    func empty() {
        let summary = MetricTotals().summary(codeBLEU: CodeBLEUSetup())
        #expect(summary.samples == 0 && summary.exactMatch == 0 && summary.editSimilarity == 0)
        #expect(summary.codeBLEU == nil)
    }
}
