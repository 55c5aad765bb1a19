/// Which computation stands behind fuzzywuzzy's `fuzz.ratio`, which picks one at import time.
public enum EditSimilarityBackend: String, CaseIterable, Sendable, Codable {
    /// python-Levenshtein installed (`fuzzywuzzy[speedup]`), and what `thefuzz` and `rapidfuzz` compute:
    /// `1.0 − InDel / (len a + len b)`. Symmetric. The default.
    case indel
    /// The pure-Python fallback, `difflib.SequenceMatcher(None, a, b).ratio()`: asymmetric, never higher.
    case difflib
}

/// Edit similarity as the reference tools compute it. All lengths are in Unicode scalars (Python's code
/// points), and strings compare scalar by scalar (Swift's `==` would equate canonically equivalent strings).
public enum EditSimilarity {
    /// fuzzywuzzy's `fuzz.ratio(a, b)`: 100 when `a` and `b` are identical (so two empty strings give 100),
    /// 0 when either is empty, else `round(100 · r)`, half to even, on the double the backend computes.
    ///
    /// For the InDel backend `r = 1.0 − d / S`, computed in that order: `S = 80, d = 46` gives
    /// 42.50000000000001 and so 43, where exact arithmetic would give 42.
    public static func fuzzRatio(_ a: String, _ b: String, backend: EditSimilarityBackend = .indel) -> Int {
        if PythonText.identical(a, b) { return 100 }
        if a.isEmpty || b.isEmpty { return 0 }
        let ratio: Double
        switch backend {
        case .indel:
            ratio = indelSimilarity(a, b)
        case .difflib:
            let (first, second) = (scalarValues(a), scalarValues(b))
            let total = first.count + second.count
            ratio = 2.0 * Double(DifflibMatcher.matchingCount(first, second)) / Double(total)
        }
        return Int((100 * ratio).rounded(.toNearestOrEven))
    }

    /// `rapidfuzz.fuzz.ratio(a, b)`: `100 · (1.0 − InDel / (len a + len b))` as a double; 100 for two empty
    /// strings, 0 when one is empty.
    public static func indelRatio(_ a: String, _ b: String) -> Double {
        100 * indelSimilarity(a, b)
    }

    /// The RepoEval / RepoCoder edit similarity, `1 − Levenshtein(a, b) / max(len a, len b)`, 0–1, on the strings
    /// as given (those tools strip them first). Two empty strings give 0: the reference loop skips the pair but
    /// still counts it in the mean.
    public static func levenshteinSimilarity(_ a: String, _ b: String) -> Double {
        let (distance, longer) = withCodeUnits(a, b) { first, second in
            (EditDistance.levenshtein(first, second), max(first.count, second.count))
        } scalars: { first, second in
            (EditDistance.levenshtein(first, second), max(first.count, second.count))
        }
        guard longer > 0 else { return 0 }
        return 1 - Double(distance) / Double(longer)
    }

    /// CrossCodeEval's per-sample ES: comments removed (`CrossCodeEvalComments`), both sides stripped, then
    /// `fuzzRatio(prediction, reference)` in that argument order (which only the difflib backend notices).
    public static func crossCodeEval(
        prediction: String, reference: String, backend: EditSimilarityBackend = .indel
    ) -> Int {
        fuzzRatio(PythonText.strip(CrossCodeEvalComments.remove(prediction)),
                  PythonText.strip(CrossCodeEvalComments.remove(reference)), backend: backend)
    }

    /// InDel distance between two strings, in scalars.
    public static func indelDistance(_ a: String, _ b: String) -> Int {
        withCodeUnits(a, b, ascii: EditDistance.indel, scalars: EditDistance.indel)
    }

    /// Levenshtein distance between two strings, in scalars.
    public static func levenshteinDistance(_ a: String, _ b: String) -> Int {
        withCodeUnits(a, b, ascii: EditDistance.levenshtein, scalars: EditDistance.levenshtein)
    }

    /// `1.0 − InDel / (len a + len b)`, 1 for two empty strings.
    static func indelSimilarity(_ a: String, _ b: String) -> Double {
        let (distance, total) = withCodeUnits(a, b) { first, second in
            (EditDistance.indel(first, second), first.count + second.count)
        } scalars: { first, second in
            (EditDistance.indel(first, second), first.count + second.count)
        }
        guard total > 0 else { return 1 }
        return 1.0 - Double(distance) / Double(total)
    }

    /// Runs `ascii` on the UTF-8 bytes when both strings are ASCII (bytes are then scalars), else `scalars` on
    /// arrays of scalar values.
    @inline(__always)
    static func withCodeUnits<Result>(
        _ a: String, _ b: String,
        ascii: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result,
        scalars: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt32>) -> Result
    ) -> Result {
        var a = a
        var b = b
        let fast: Result? = a.withUTF8 { first in
            b.withUTF8 { second in
                isASCII(first) && isASCII(second) ? ascii(first, second) : nil
            }
        }
        if let fast { return fast }
        let first = scalarValues(a)
        let second = scalarValues(b)
        return first.withUnsafeBufferPointer { first in
            second.withUnsafeBufferPointer { second in scalars(first, second) }
        }
    }

    static func scalarValues(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value)
    }

    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        return combined < 0x80
    }
}
