import Foundation

/// Counts the tokens of a model prompt, for the token budget.
public protocol TokenCounter: Sendable {
    /// What counted, for records and release.json: `approximate`, or `tokenizer.json` with its path.
    var name: String { get }
    func count(_ text: String) -> Int
}

/// Token counters by the config's `retrieval.tokenizer`.
public enum TokenCounters {
    /// `approximate`, or the path of a Hugging Face `tokenizer.json` (a relative path is taken from `directory`,
    /// the config file's folder when there is one). The FIM sentinels count as one token each in the approximation
    /// (a model's tokenizer has them as added tokens).
    public static func make(settings: RetrievalSettings, relativeTo directory: String? = nil) throws(InputError)
        -> any TokenCounter {
        if settings.tokenizer == RetrievalSettings.approximateTokenizer {
            return ApproximateTokenCounter(specialTokens: settings.fim.tokens.all)
        }
        var path = settings.tokenizer
        if !path.hasPrefix("/"), let directory, !directory.isEmpty { path = directory + "/" + path }
        return try ByteLevelBPETokenizer.load(path: path)
    }
}

/// A tokenizer-free estimate of a code model's token count, meant to err on the high side for source code, so that
/// a prompt fitted with it rarely overflows a real byte-level BPE tokenizer of a code model (whose vocabularies hold
/// whole common identifiers and runs of spaces). The rules, scanning left to right:
///
/// - each of `specialTokens` (the FIM sentinels) is 1 token;
/// - each `\n` is 1 token;
/// - a run of other whitespace is ⌈n/4⌉ tokens, where a single trailing space before a non-space character is not
///   counted (it joins the next token, as GPT-2-style pre-tokenizers attach it);
/// - a run of ASCII letters and `_` is ⌈n/4⌉ tokens;
/// - each ASCII digit is 1 token (StarCoder splits numbers into digits);
/// - each other ASCII character (punctuation, operators) is 1 token;
/// - each non-ASCII character is ⌈(its UTF-8 length)/2⌉ tokens (1 for accented Latin, Greek, Cyrillic; 2 for CJK
///   and emoji).
///
/// Counts add up over texts cut right after a `\n`, which makes trimming by lines exact.
public struct ApproximateTokenCounter: TokenCounter {
    public let specialTokens: [[UInt8]]
    /// The first bytes of the special tokens, so most bytes are ruled out by one look-up.
    private let startsSpecial: [Bool]

    public init(specialTokens: [String] = []) {
        // Longest first, so a sentinel that begins with another is matched whole.
        self.specialTokens = specialTokens.map { Array($0.utf8) }.filter { !$0.isEmpty }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
        var startsSpecial = [Bool](repeating: false, count: 256)
        for special in self.specialTokens { startsSpecial[Int(special[0])] = true }
        self.startsSpecial = startsSpecial
    }

    public var name: String { RetrievalSettings.approximateTokenizer }

    public func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { count($0) }
    }

    func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var tokens = 0
        var index = 0
        let end = bytes.count
        func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
        }
        func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
        }
        scanning: while index < end {
            let byte = bytes[index]
            if startsSpecial[Int(byte)] {
                for special in specialTokens where special[0] == byte && index + special.count <= end {
                    var matches = true
                    for offset in 1..<special.count where bytes[index + offset] != special[offset] {
                        matches = false
                        break
                    }
                    if matches {
                        tokens += 1
                        index += special.count
                        continue scanning
                    }
                }
            }
            if byte == UInt8(ascii: "\n") {
                tokens += 1
                index += 1
            } else if isSpace(byte) {
                let start = index
                while index < end, isSpace(bytes[index]) { index += 1 }
                var length = index - start
                if index < end, bytes[index] != UInt8(ascii: "\n"), bytes[index - 1] == 0x20 { length -= 1 }
                tokens += (length + 3) / 4
            } else if isLetter(byte) {
                let start = index
                while index < end, isLetter(bytes[index]) { index += 1 }
                tokens += (index - start + 3) / 4
            } else if byte < 0x80 {
                tokens += 1
                index += 1
            } else {
                let length = UTF8Decoding.scalar(bytes, at: index).length
                tokens += (length + 1) / 2
                index += length
            }
        }
        return tokens
    }
}
