/// The word tokens retrieval compares: CrossCodeEval's `tokenize_nltk` (NLTK's `word_tokenize`, then every `\w+` run
/// of each token), written from its definition.
///
/// A token is a run of Python `\w` characters (letters, numbers, `_`), case kept. NLTK's Treebank rules change such
/// runs in three places, which are followed here:
/// - the `n't` contractions split before the `n` (`don't` → `do`, `n`, `t`; plain `\w+` would give `don`, `t`) when
///   the `'t` ends the word;
/// - `cannot`, `gimme`, `gonna`, `gotta`, `lemme` (and `wanna` before a space) as whole words split in two
///   (`can` + `not`, `gim` + `me`, …);
/// - `'tis` and `'twas` after a space split into `t` + `is` / `was`.
///
/// Where this differs from NLTK: Treebank decides "the word ends here" after padding some punctuation with spaces,
/// and this tokenizer approximates that with a fixed set (whitespace, the end of the line, and
/// `` . , ; : @ # $ % & ? ! ( ) [ ] { } < > " ``); NLTK's sentence splitter and its handling of quotes never change
/// a `\w` run, so they are not needed.
enum WordTokenizer {
    /// Calls `body` with the byte range of each token of `bytes[range]`, in order. The ends of the range count as
    /// line ends.
    static func forEachToken(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>,
                             _ body: (Range<Int>) -> Void) {
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = scalarAt(bytes, index)
            guard PythonCharacters.isWordCharacter(scalar) else {
                index += length
                continue
            }
            let start = index
            index += length
            while index < range.upperBound {
                let (next, nextLength) = scalarAt(bytes, index)
                guard PythonCharacters.isWordCharacter(next) else { break }
                index += nextLength
            }
            emitRun(bytes, start..<index, within: range, body)
        }
    }

    /// The tokens of a range as strings (for tests and documentation).
    static func tokens(of text: String) -> [String] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let view = UnsafeBufferPointer(buffer)
            var tokens: [String] = []
            forEachToken(view, in: 0..<view.count) { tokens.append(String(decoding: view[$0], as: UTF8.self)) }
            return tokens
        }
    }

    private static func scalarAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt32, Int) {
        let byte = bytes[index]
        return byte < 0x80 ? (UInt32(byte), 1) : UTF8Decoding.scalar(bytes, at: index)
    }

    /// Whole words NLTK splits, lower case, with where they split.
    private static let wholeWordSplits: [(word: [UInt8], at: Int, needsEnd: Bool)] = [
        (Array("cannot".utf8), 3, false), (Array("gimme".utf8), 3, false), (Array("gonna".utf8), 3, false),
        (Array("gotta".utf8), 3, false), (Array("lemme".utf8), 3, false), (Array("wanna".utf8), 3, true),
    ]
    private static let tis = Array("tis".utf8)
    private static let twas = Array("twas".utf8)

    private static func emitRun(_ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, within range: Range<Int>,
                                _ body: (Range<Int>) -> Void) {
        let length = run.count
        if length == 5 || length == 6 {
            for split in wholeWordSplits where split.word.count == length && equalsLowercased(bytes, run, split.word) {
                if split.needsEnd && !endsWord(bytes, at: run.upperBound, within: range) { continue }
                body(run.lowerBound..<(run.lowerBound + split.at))
                body((run.lowerBound + split.at)..<run.upperBound)
                return
            }
        }
        if (length == 3 && equalsLowercased(bytes, run, tis)) || (length == 4 && equalsLowercased(bytes, run, twas)),
           run.lowerBound > range.lowerBound, bytes[run.lowerBound - 1] == UInt8(ascii: "'"),
           startsWord(bytes, before: run.lowerBound - 1, within: range) {
            body(run.lowerBound..<(run.lowerBound + 1))
            body((run.lowerBound + 1)..<run.upperBound)
            return
        }
        let end = run.upperBound
        if length >= 2, bytes[end - 1] | 0x20 == UInt8(ascii: "n"), end + 1 < range.upperBound,
           bytes[end] == UInt8(ascii: "'"), bytes[end + 1] | 0x20 == UInt8(ascii: "t"),
           endsWord(bytes, at: end + 2, within: range) {
            body(run.lowerBound..<(end - 1))
            body((end - 1)..<end)
            return
        }
        body(run)
    }

    private static func equalsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>,
                                         _ word: [UInt8]) -> Bool {
        for (offset, expected) in word.enumerated() {
            let byte = bytes[run.lowerBound + offset]
            guard byte < 0x80, byte | 0x20 == expected else { return false }
        }
        return true
    }

    /// Punctuation NLTK pads with spaces, so a word before or after it ends there.
    private static func isPadded(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "@"),
             UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "?"),
             UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""):
            true
        default:
            false
        }
    }

    private static func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, within range: Range<Int>) -> Bool {
        guard index < range.upperBound else { return true }
        let (scalar, _) = scalarAt(bytes, index)
        return PythonCharacters.isWhitespace(scalar) || (scalar < 0x80 && isPadded(UInt8(scalar)))
    }

    private static func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int,
                                   within range: Range<Int>) -> Bool {
        guard index > range.lowerBound else { return true }
        let byte = bytes[index - 1]
        if byte < 0x80 { return PythonCharacters.isWhitespace(UInt32(byte)) || isPadded(byte) }
        // A multi-byte character ends here: find its first byte.
        var start = index - 1
        while start > range.lowerBound, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return PythonCharacters.isWhitespace(UTF8Decoding.scalar(bytes, at: start).value)
    }
}
