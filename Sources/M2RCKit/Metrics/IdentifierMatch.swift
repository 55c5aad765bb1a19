/// CrossCodeEval's identifier match between a prediction and a reference.
public struct IdentifierMatch: Sendable, Equatable, Codable {
    /// The ordered identifier lists (duplicates included) are equal.
    public var exactMatch: Bool
    /// On the sets of identifiers; 0 when the denominator is 0.
    public var precision: Double
    public var recall: Double
    /// `2tp / (2tp + fp + fn)`, 0 when both sets are empty (while `exactMatch` is then true).
    public var f1: Double

    public init(exactMatch: Bool, precision: Double, recall: Double, f1: Double) {
        self.exactMatch = exactMatch
        self.precision = precision
        self.recall = recall
        self.f1 = f1
    }

    /// Scores two identifier lists, as `IdentifierExtraction.identifiers` returns them.
    public init(prediction: [String], reference: [String]) {
        exactMatch = ExactMatch.exactlyEqual(prediction, reference)
        let predicted = Set(prediction.map(ExactString.init))
        let expected = Set(reference.map(ExactString.init))
        let truePositives = predicted.intersection(expected).count
        let falsePositives = predicted.count - truePositives
        let falseNegatives = expected.count - truePositives
        precision = truePositives + falsePositives == 0
            ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
        recall = truePositives + falseNegatives == 0
            ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
        let denominator = 2 * truePositives + falsePositives + falseNegatives
        f1 = denominator == 0 ? 0 : Double(2 * truePositives) / Double(denominator)
    }

    /// Extracts the identifiers of both sides (whose comments the caller has removed, as CrossCodeEval does)
    /// and scores them.
    public init(prediction: String, reference: String, language: Language) {
        self.init(prediction: IdentifierExtraction.identifiers(in: prediction, language: language),
                  reference: IdentifierExtraction.identifiers(in: reference, language: language))
    }
}

/// CrossCodeEval's `extract_identifiers`: string literals removed, `\w+` tokens, those starting with
/// `[_a-zA-Z]`, less the language's keywords (`IdentifierKeywords`).
public enum IdentifierExtraction {
    public static func identifiers(in code: String, language: Language) -> [String] {
        let keywords = keywordSets[language]!
        return wordTokens(removingStringLiterals(from: code)).filter { token in
            guard let first = token.utf8.first else { return false }
            let startsLikeIdentifier = first == 0x5F || (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first)
            return startsLikeIdentifier && !keywords.contains(ExactString(token))
        }
    }

    /// `re.sub(r'"([^"\\]*(\\.[^"\\]*)*)"|\'([^\'\\]*(\\.[^\'\\]*)*)\'', '', code)`: a quote, then any
    /// characters but that quote and backslash, or a backslash and any character but `\n`, then the same
    /// quote. A quote that does not close this way is kept and the scan goes on after it. All the delimiters
    /// are ASCII, so the scan runs on UTF-8 bytes.
    public static func removingStringLiterals(from code: String) -> String {
        var code = code
        return code.withUTF8 { bytes -> String in
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var position = 0
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x22 || byte == 0x27, let end = literalEnd(bytes, from: position) {
                    position = end
                    continue
                }
                kept.append(byte)
                position += 1
            }
            return kept.count == bytes.count ? String(decoding: bytes, as: UTF8.self) : String(decoding: kept, as: UTF8.self)
        }
    }

    /// The offset just past the literal opened by the quote at `start`, or nil when it does not close.
    private static func literalEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case quote:
                return index + 1
            case 0x5C:  // a backslash escapes the next character, but not a line break
                guard index + 1 < bytes.count, bytes[index + 1] != 0x0A else { return nil }
                index += 2
            default:
                index += 1
            }
        }
        return nil
    }

    /// NLTK's `RegexpTokenizer(r'\w+')`: the maximal runs of Python word characters.
    public static func wordTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if PythonText.isWordCharacter(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    private static let keywordSets: [Language: Set<ExactString>] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { ($0, Set(IdentifierKeywords.list(for: $0).map(ExactString.init))) })
}

/// A string compared and hashed scalar by scalar, as Python compares strings (Swift's `String` equates
/// canonically equivalent strings, such as precomposed and decomposed `é`).
struct ExactString: Hashable {
    let value: String

    init(_ value: String) { self.value = value }

    static func == (lhs: ExactString, rhs: ExactString) -> Bool { PythonText.identical(lhs.value, rhs.value) }

    func hash(into hasher: inout Hasher) {
        var value = value
        value.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
