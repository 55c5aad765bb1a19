import Testing
@testable import M2RCKit

@Suite("Edit similarity")
struct EditSimilarityTests {
    /// A row of METRICS.md §4.4; the rows call `ratio(pred, gt)`.
    struct WorkedExample: Sendable, CustomTestStringConvertible {
        let prediction: String
        let reference: String
        let levenshtein: Int
        let indel: Int
        let rapidfuzz: Double  // to 4 decimals
        let fuzzywuzzy: Int  // + python-Levenshtein; thefuzz and round(rapidfuzz) agree
        let difflib: Int
        let levenshteinSimilarity: Double?  // to 4 decimals; nil: n/a (0/0)
        var testDescription: String { "\(prediction.debugDescription) vs \(reference.debugDescription)" }
    }

    static let worked: [WorkedExample] = [
        .init(prediction: "return x + 1", reference: "return x + 1", levenshtein: 0, indel: 0, rapidfuzz: 100,
              fuzzywuzzy: 100, difflib: 100, levenshteinSimilarity: 1),
        .init(prediction: "return x + 1", reference: "return x + 2", levenshtein: 1, indel: 2, rapidfuzz: 91.6667,
              fuzzywuzzy: 92, difflib: 92, levenshteinSimilarity: 0.9167),
        .init(prediction: "return x + 1", reference: "return x+1", levenshtein: 2, indel: 2, rapidfuzz: 90.9091,
              fuzzywuzzy: 91, difflib: 91, levenshteinSimilarity: 0.8333),
        .init(prediction: "abc", reference: "abd", levenshtein: 1, indel: 2, rapidfuzz: 66.6667, fuzzywuzzy: 67,
              difflib: 67, levenshteinSimilarity: 0.6667),
        .init(prediction: "kitten", reference: "sitting", levenshtein: 3, indel: 5, rapidfuzz: 61.5385,
              fuzzywuzzy: 62, difflib: 62, levenshteinSimilarity: 0.5714),
        .init(prediction: "ab", reference: "ba", levenshtein: 2, indel: 2, rapidfuzz: 50, fuzzywuzzy: 50,
              difflib: 50, levenshteinSimilarity: 0),
        .init(prediction: "", reference: "", levenshtein: 0, indel: 0, rapidfuzz: 100, fuzzywuzzy: 100,
              difflib: 100, levenshteinSimilarity: nil),
        .init(prediction: "", reference: "abc", levenshtein: 3, indel: 3, rapidfuzz: 0, fuzzywuzzy: 0, difflib: 0,
              levenshteinSimilarity: 0),
        .init(prediction: "  foo(bar)  ", reference: "foo(bar)", levenshtein: 4, indel: 4, rapidfuzz: 80,
              fuzzywuzzy: 80, difflib: 80, levenshteinSimilarity: 0.6667),
        .init(prediction: "self.assertEqual(a, b)", reference: "self.assertEquals(a, b)", levenshtein: 1, indel: 1,
              rapidfuzz: 97.7778, fuzzywuzzy: 98, difflib: 98, levenshteinSimilarity: 0.9565),
        .init(prediction: "for i in range(n):", reference: "for j in range(m):", levenshtein: 2, indel: 4,
              rapidfuzz: 88.8889, fuzzywuzzy: 89, difflib: 89, levenshteinSimilarity: 0.8889),
        .init(prediction: "x = np.zeros((3, 4))", reference: "y = torch.zeros(3, 4)", levenshtein: 8, indel: 11,
              rapidfuzz: 73.1707, fuzzywuzzy: 73, difflib: 73, levenshteinSimilarity: 0.6190),
        .init(prediction: "élan = 1", reference: "elan = 1", levenshtein: 1, indel: 2, rapidfuzz: 87.5,
              fuzzywuzzy: 88, difflib: 88, levenshteinSimilarity: 0.875),
        .init(prediction: "a\tb", reference: "a b", levenshtein: 1, indel: 2, rapidfuzz: 66.6667, fuzzywuzzy: 67,
              difflib: 67, levenshteinSimilarity: 0.6667),
        .init(prediction: "self(self 0", reference: "[self selfy(", levenshtein: 4, indel: 7, rapidfuzz: 69.5652,
              fuzzywuzzy: 70, difflib: 43, levenshteinSimilarity: 0.6667),
        .init(prediction: "selfself getself", reference: "=self,selfself,", levenshtein: 7, indel: 7,
              rapidfuzz: 77.4194, fuzzywuzzy: 77, difflib: 52, levenshteinSimilarity: 0.5625),
    ]

    @Test("METRICS.md §4.4 worked examples, every column", arguments: worked)
    func workedExample(_ row: WorkedExample) {
        #expect(EditSimilarity.levenshteinDistance(row.prediction, row.reference) == row.levenshtein)
        #expect(EditSimilarity.indelDistance(row.prediction, row.reference) == row.indel)
        let rapidfuzz = EditSimilarity.indelRatio(row.prediction, row.reference)
        #expect(abs(rapidfuzz - row.rapidfuzz) < 0.00005)
        #expect(EditSimilarity.fuzzRatio(row.prediction, row.reference) == row.fuzzywuzzy)
        #expect(Int(rapidfuzz.rounded(.toNearestOrEven)) == row.fuzzywuzzy)  // thefuzz
        #expect(EditSimilarity.fuzzRatio(row.prediction, row.reference, backend: .difflib) == row.difflib)
        let similarity = EditSimilarity.levenshteinSimilarity(row.prediction, row.reference)
        #expect(abs(similarity - (row.levenshteinSimilarity ?? 0)) < 0.00005)
    }

    @Test("the ratio is 1.0 − d/S in floating point, rounded half to even")
    func floatingPointBoundaries() {
        // S = 80: d = 46 gives 42.50000000000001 (→ 43), d = 74 gives 7.499999999999999 (→ 7), d = 78 gives
        // 2.500000000000002 (→ 3), where exact arithmetic would round to 42, 8 and 2.
        func pair(lcs: Int) -> (String, String) {
            (String(repeating: "a", count: lcs) + String(repeating: "b", count: 40 - lcs),
             String(repeating: "a", count: lcs) + String(repeating: "c", count: 40 - lcs))
        }
        let cases: [(lcs: Int, indel: Int, ratio: Int)] = [(17, 46, 43), (3, 74, 7), (1, 78, 3)]
        for (lcs, indel, ratio) in cases {
            let (a, b) = pair(lcs: lcs)
            #expect(EditSimilarity.indelDistance(a, b) == indel)
            #expect(EditSimilarity.fuzzRatio(a, b) == ratio)
        }
        #expect(EditSimilarity.indelRatio(pair(lcs: 17).0, pair(lcs: 17).1) == 42.50000000000001)
        // An exact half goes to even: InDel 6 over 16 is 62.5 → 62 (half away from zero would give 63).
        #expect(EditSimilarity.fuzzRatio("abcdefgh", "abcdexyz") == 62)
    }

    @Test("difflib's ratio depends on argument order; InDel's does not")
    func argumentOrder() {
        #expect(EditSimilarity.fuzzRatio("@result", "@Override", backend: .difflib) == 38)
        #expect(EditSimilarity.fuzzRatio("@Override", "@result", backend: .difflib) == 25)
        #expect(EditSimilarity.fuzzRatio("@result", "@Override") == 38)
        #expect(EditSimilarity.fuzzRatio("@Override", "@result") == 38)
    }

    @Test("difflib autojunk: in a second argument of 200+ characters, popular characters start no match")
    func autojunk() {
        // 250 characters where 'a' and 'b' occur 125 times each (> 250/100 + 1): neither can seed a match, so
        // "xab" finds none, while the other way round (the short string second) finds one. Values from CPython.
        func matches(_ a: String, _ b: String) -> Int {
            DifflibMatcher.matchingCount(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value))
        }
        let long = String(repeating: "ab", count: 125)
        #expect(matches("xab", long) == 0)
        #expect(matches("x" + String(repeating: "ab", count: 10), long) == 0)
        #expect(matches(long, "xa") == 1)
        // An empty match at the start still extends over equal neighbours, popular or not.
        #expect(matches("a", long) == 1)
    }

    @Test("lengths are Unicode scalars, and strings compare scalar by scalar")
    func scalars() {
        let precomposed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        #expect(precomposed == decomposed)  // Swift: canonically equivalent
        #expect(EditSimilarity.fuzzRatio(precomposed, decomposed) == 67)  // Python: 4 vs 5 code points, LCS 3
        #expect(EditSimilarity.indelDistance("😀x", "x") == 1)
        #expect(EditSimilarity.levenshteinDistance("日本語", "日本") == 1)
    }

    @Test("bit-parallel LCS and Levenshtein agree with the textbook tables", arguments: [1, 2, 3, 4])
    func randomised(seed: UInt64) {
        var random = TestRandom(seed: seed)
        let alphabets: [[Unicode.Scalar]] = [
            Array("ab".unicodeScalars), Array("abcdefgh ".unicodeScalars),
            Array("aé😀日 b\u{301}".unicodeScalars), Array("xyz(){};=+".unicodeScalars),
        ]
        for round in 0..<150 {
            let alphabet = alphabets[round % alphabets.count]
            let lengths = [0, 1, 5, 63, 64, 65, 100, 130, 200]
            let a = random.string(length: lengths[random.below(lengths.count)] + random.below(3), alphabet: alphabet)
            let b = random.string(length: lengths[random.below(lengths.count)] + random.below(3), alphabet: alphabet)
            let (sa, sb) = (Array(a.unicodeScalars), Array(b.unicodeScalars))
            let lcs = NaiveDistance.lcs(sa, sb)
            #expect(EditSimilarity.indelDistance(a, b) == sa.count + sb.count - 2 * lcs, "\(a) | \(b)")
            #expect(EditSimilarity.levenshteinDistance(a, b) == NaiveDistance.levenshtein(sa, sb), "\(a) | \(b)")
            #expect(DifflibMatcher.matchingCount(sa.map(\.value), sb.map(\.value)) <= lcs)
        }
    }

    @Test("CrossCodeEval ES removes comments and strips both sides first")
    func crossCodeEval() {
        #expect(EditSimilarity.crossCodeEval(prediction: "result = self.model.predict(inputs)",
                                             reference: "result = self.model.predict(x)  # run model") == 89)
        #expect(EditSimilarity.crossCodeEval(prediction: "x = 1\ny = 2", reference: "    x = 1\n\n    y = 2") == 81)
    }
}
