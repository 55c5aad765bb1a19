import Testing
@testable import M2RCKit

@Suite("Python string comparisons without building lists")
struct PythonTextComparisonTests {
    static let alphabet: [Unicode.Scalar] = Array("ab é\t\n\r\u{1C}\u{85}\u{A0}\u{2003}\u{3000}\u{200B}日x".unicodeScalars)

    @Test("splitEqual and strippedLinesEqual agree with comparing the lists", arguments: [11, 12, 13])
    func randomised(seed: UInt64) {
        var random = TestRandom(seed: seed)
        for _ in 0..<400 {
            let a = random.string(length: random.below(12), alphabet: Self.alphabet)
            // Often a whitespace-only variation of `a`, so that equal lists come up.
            let b = random.below(2) == 0 ? random.string(length: random.below(12), alphabet: Self.alphabet)
                : a.unicodeScalars.map { PythonText.isWhitespace($0) ? (random.below(2) == 0 ? " " : "\u{A0}\u{A0}") : String($0) }
                    .joined()
            #expect(PythonText.splitEqual(a, b) == ExactMatch.exactlyEqual(PythonText.split(a), PythonText.split(b)),
                    "\(a.debugDescription) | \(b.debugDescription)")
            #expect(PythonText.strippedLinesEqual(a, b)
                    == ExactMatch.exactlyEqual(ExactMatch.codeLines(a), ExactMatch.codeLines(b)),
                    "\(a.debugDescription) | \(b.debugDescription)")
        }
    }

    @Test("identical compares scalars, not canonical equivalence")
    func identical() {
        #expect(PythonText.identical("café", "café"))
        #expect(!PythonText.identical("caf\u{E9}", "cafe\u{301}"))
        #expect(PythonText.identical("", ""))
        #expect(!PythonText.identical("a", "ab"))
    }

    @Test("whitespace beyond ASCII separates tokens and is stripped from lines")
    func unicodeWhitespace() {
        #expect(PythonText.splitEqual("a\u{3000}b\u{85}c", "a b c"))
        #expect(!PythonText.splitEqual("a\u{200B}b", "a b"))  // a zero-width space is no whitespace
        #expect(PythonText.strippedLinesEqual("\u{2028}x\u{A0}\n\u{1F}\n y", "x\ny"))
        #expect(PythonText.rstrip("x \u{3000}\n") == "x")
        #expect(PythonText.rstrip(" \t") == "")
    }
}
