/// Exact match, in the two forms benchmarks use.
public enum ExactMatch {
    /// CrossCodeEval's (and M2RC-Eval's) rule: after `CrossCodeEvalComments.remove` on both sides, the lists of
    /// stripped, non-empty lines (split on `\n`) are equal. Blank lines and indentation do not count; spaces
    /// inside a line do.
    public static func crossCodeEval(prediction: String, reference: String) -> Bool {
        linesMatch(CrossCodeEvalComments.remove(prediction), CrossCodeEvalComments.remove(reference))
    }

    /// The line-list comparison of `crossCodeEval` on text whose comments are already removed.
    public static func linesMatch(_ prediction: String, _ reference: String) -> Bool {
        PythonText.strippedLinesEqual(prediction, reference)
    }

    /// `[l.strip() for l in text.split("\n") if l.strip()]`.
    public static func codeLines(_ text: String) -> [String] {
        PythonText.lines(text).map(PythonText.strip).filter { !$0.isEmpty }
    }

    /// RepoBench's and CodeXGLUE's rule: `prediction.split() == reference.split()`: whitespace runs separate
    /// tokens and count for nothing else (`a+b` still differs from `a + b`).
    public static func whitespaceTokens(prediction: String, reference: String) -> Bool {
        PythonText.splitEqual(prediction, reference)
    }

    /// List equality scalar by scalar, as Python compares strings.
    static func exactlyEqual(_ lhs: [String], _ rhs: [String]) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { PythonText.identical($0, $1) }
    }
}
