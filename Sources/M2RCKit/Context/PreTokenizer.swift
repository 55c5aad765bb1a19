import Foundation

/// A Hugging Face pre-tokenizer: how a text is cut into pieces before BPE sees them. The kinds byte-level code
/// tokenizers use are supported: `ByteLevel` (with GPT-2's split when `use_regex`), `Split` (a regex or a literal,
/// with its behaviour and `invert`), `Digits`, and `Sequence` of these.
indirect enum PreTokenizer: Sendable {
    case byteLevel(addPrefixSpace: Bool, useRegex: Bool)
    case split(SplitPattern, behavior: SplitBehavior, invert: Bool)
    case digits(individual: Bool)
    case sequence([PreTokenizer])

    /// What a `Split` matches.
    enum SplitPattern: Sendable {
        /// GPT-2's pattern, matched by `GPT2Split` (it is also what `ByteLevel` uses).
        case gpt2
        case regex(CompiledRegex)
        case literal(String)
    }

    /// What happens to the matches (the `SplitDelimiterBehavior` of Hugging Face tokenizers).
    enum SplitBehavior: String, Sendable {
        case removed = "Removed", isolated = "Isolated", mergedWithPrevious = "MergedWithPrevious"
        case mergedWithNext = "MergedWithNext", contiguous = "Contiguous"
    }

    /// True when the steps include the byte-level step (the vocabulary is then over GPT-2's byte alphabet).
    var isByteLevel: Bool {
        switch self {
        case .byteLevel: true
        case .sequence(let steps): steps.contains { $0.isByteLevel }
        default: false
        }
    }

    func pieces(of text: String) -> [String] {
        apply(to: [text])
    }

    private func apply(to pieces: [String]) -> [String] {
        switch self {
        case .sequence(let steps):
            return steps.reduce(pieces) { $1.apply(to: $0) }
        case .byteLevel(let addPrefixSpace, let useRegex):
            return pieces.flatMap { piece -> [String] in
                let spaced = addPrefixSpace && !piece.hasPrefix(" ") ? " " + piece : piece
                return useRegex ? Self.split(spaced, GPT2Split.matches(in: spaced), .isolated) : [spaced]
            }
        case .split(let pattern, let behavior, let invert):
            return pieces.flatMap { piece -> [String] in
                var segments = Self.segments(piece, pattern: pattern)
                if invert { segments = segments.map { ($0.range, !$0.isMatch) } }
                return Self.merge(piece, segments, behavior)
            }
        case .digits(let individual):
            return pieces.flatMap { piece -> [String] in
                var segments: [(range: Range<String.Index>, isMatch: Bool)] = []
                let scalars = piece.unicodeScalars
                var index = scalars.startIndex
                var gapStart = index
                while index < scalars.endIndex {
                    let next = scalars.index(after: index)
                    if Self.isNumeric(scalars[index]) {
                        if gapStart < index { segments.append((gapStart..<index, false)) }
                        segments.append((index..<next, true))
                        gapStart = next
                    }
                    index = next
                }
                if gapStart < scalars.endIndex { segments.append((gapStart..<scalars.endIndex, false)) }
                return Self.merge(piece, segments, individual ? .isolated : .contiguous)
            }
        }
    }

    /// Rust's `char::is_numeric`: the general categories Nd, Nl and No.
    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    private static func split(_ piece: String, _ matches: [Range<String.Index>],
                              _ behavior: SplitBehavior) -> [String] {
        merge(piece, segments(piece, matches), behavior)
    }

    /// Matches and the gaps between them, in order, covering the piece; empty ones left out.
    private static func segments(_ piece: String, _ matches: [Range<String.Index>])
        -> [(range: Range<String.Index>, isMatch: Bool)] {
        var segments: [(range: Range<String.Index>, isMatch: Bool)] = []
        var position = piece.startIndex
        for match in matches where !match.isEmpty {
            if position < match.lowerBound { segments.append((position..<match.lowerBound, false)) }
            segments.append((match, true))
            position = match.upperBound
        }
        if position < piece.endIndex { segments.append((position..<piece.endIndex, false)) }
        return segments
    }

    private static func segments(_ piece: String, pattern: SplitPattern)
        -> [(range: Range<String.Index>, isMatch: Bool)] {
        switch pattern {
        case .gpt2:
            return segments(piece, GPT2Split.matches(in: piece))
        case .regex(let regex):
            return segments(piece, regex.matches(in: piece))
        case .literal(let literal):
            var matches: [Range<String.Index>] = []
            guard !literal.isEmpty else { return segments(piece, matches) }
            var search = piece.startIndex..<piece.endIndex
            while let found = piece.range(of: literal, options: .literal, range: search) {
                matches.append(found)
                search = found.upperBound..<piece.endIndex
            }
            return segments(piece, matches)
        }
    }

    /// Hugging Face's split behaviours, applied to the segments of one piece.
    private static func merge(_ piece: String, _ segments: [(range: Range<String.Index>, isMatch: Bool)],
                              _ behavior: SplitBehavior) -> [String] {
        var ranges: [Range<String.Index>] = []
        switch behavior {
        case .isolated:
            ranges = segments.map(\.range)
        case .removed:
            ranges = segments.filter { !$0.isMatch }.map(\.range)
        case .mergedWithPrevious:
            var previousMatch = false
            for segment in segments {
                if segment.isMatch && !previousMatch, let last = ranges.last {
                    ranges[ranges.count - 1] = last.lowerBound..<segment.range.upperBound
                } else {
                    ranges.append(segment.range)
                }
                previousMatch = segment.isMatch
            }
        case .mergedWithNext:
            var previousMatch = false
            for segment in segments.reversed() {
                if segment.isMatch && !previousMatch, let last = ranges.last {
                    ranges[ranges.count - 1] = segment.range.lowerBound..<last.upperBound
                } else {
                    ranges.append(segment.range)
                }
                previousMatch = segment.isMatch
            }
            ranges.reverse()
        case .contiguous:
            var previousMatch = false
            for segment in segments {
                if segment.isMatch == previousMatch, let last = ranges.last {
                    ranges[ranges.count - 1] = last.lowerBound..<segment.range.upperBound
                } else {
                    ranges.append(segment.range)
                }
                previousMatch = segment.isMatch
            }
        }
        return ranges.map { String(piece[$0]) }
    }
}

/// A regular expression compiled once (ICU, through Foundation). `NSRegularExpression` is immutable and safe to use
/// from several threads at once.
final class CompiledRegex: @unchecked Sendable {
    let pattern: String
    private let expression: NSRegularExpression

    init(_ pattern: String) throws {
        self.pattern = pattern
        expression = try NSRegularExpression(pattern: pattern)
    }

    func matches(in text: String) -> [Range<String.Index>] {
        let whole = NSRange(text.startIndex..<text.endIndex, in: text)
        return expression.matches(in: text, range: whole).compactMap { Range($0.range, in: text) }
    }
}

/// GPT-2's pre-tokenizer pattern, `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`,
/// matched by hand (first alternative that matches wins, as in a backtracking regex engine). `\s` is Unicode
/// White_Space, `\p{L}` the letters, `\p{N}` the numbers.
enum GPT2Split {
    static let pattern = #"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"#

    private enum Kind { case letter, number, space, other }

    private static func kind(_ scalar: Unicode.Scalar) -> Kind {
        if scalar.value < 0x80 {
            switch UInt8(scalar.value) {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
            case 0x09...0x0D, 0x20: return .space
            default: return .other
            }
        }
        if scalar.properties.isWhitespace { return .space }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
        case .decimalNumber, .letterNumber, .otherNumber: return .number
        default: return .other
        }
    }

    static func matches(in text: String) -> [Range<String.Index>] {
        let view = text.unicodeScalars
        let scalars = Array(view)
        let kinds = scalars.map(kind)
        // Scalar offsets to string indices, built as we go.
        var indices: [String.Index] = []
        indices.reserveCapacity(scalars.count + 1)
        var position = view.startIndex
        while position < view.endIndex {
            indices.append(position)
            position = view.index(after: position)
        }
        indices.append(view.endIndex)

        var matches: [Range<String.Index>] = []
        let count = scalars.count
        var start = 0
        while start < count {
            let end = matchEnd(at: start, scalars, kinds)
            matches.append(indices[start]..<indices[end])
            start = end
        }
        return matches
    }

    private static func matchEnd(at start: Int, _ scalars: [Unicode.Scalar], _ kinds: [Kind]) -> Int {
        let count = scalars.count
        if scalars[start] == "'", start + 1 < count {
            switch scalars[start + 1] {
            case "s", "t", "m", "d": return start + 2
            case "r" where start + 2 < count && scalars[start + 2] == "e": return start + 3
            case "v" where start + 2 < count && scalars[start + 2] == "e": return start + 3
            case "l" where start + 2 < count && scalars[start + 2] == "l": return start + 3
            default: break
            }
        }
        let body = scalars[start] == " " && start + 1 < count ? start + 1 : start
        for wanted in [Kind.letter, .number, .other] where kinds[body] == wanted {
            var end = body + 1
            while end < count, kinds[end] == wanted { end += 1 }
            return end
        }
        // Whitespace: the run, less its last character when a non-space follows (`\s+(?!\S)`), else the whole run.
        var end = start + 1
        while end < count, kinds[end] == .space { end += 1 }
        if end < count && end - start >= 2 { return end - 1 }
        return end
    }
}
