import Foundation
import Synchronization

/// A Hugging Face `tokenizer.json` whose model is byte-level BPE, as StarCoder, DeepSeek-Coder and Qwen2.5-Coder
/// ship: added tokens are cut out first (longest match, honouring `lstrip`, `rstrip` and `single_word`), the rest is
/// normalized (none, NFC, NFD, NFKC, NFKD, Lowercase, or a Sequence of these), pre-tokenized (`PreTokenizer`), each
/// piece's UTF-8 bytes spelled in GPT-2's byte-to-unicode alphabet, and merged by rank (the lowest-ranked adjacent
/// pair first, leftmost among equals; `ignore_merges` honoured).
///
/// Counts are of the text alone: the post-processor's special tokens (a BOS the model adds) are not counted, as with
/// `add_special_tokens=False`. Split regexes run on ICU, whose `\s` leaves out `\v` and NEL where Oniguruma's
/// includes them.
public final class ByteLevelBPETokenizer: TokenCounter {
    public let name: String
    private let byteTokens: [Int32]
    /// (left id << 32 | right id) → (rank << 32 | merged id).
    private let merges: [UInt64: UInt64]
    /// Every vocabulary entry spelled in bytes (for `ignore_merges`), and its id.
    private let vocabulary: ByteInterner
    private let vocabularyIDs: [Int32]
    private let ignoreMerges: Bool
    private let addedTokens: AddedTokenSplitter
    private let normalizers: [Normalizer]
    private let preTokenizer: PreTokenizer
    private let cache = Mutex<[String: [Int32]]>([:])
    private static let cacheLimit = 200_000

    enum Normalizer: String, Sendable {
        case nfc = "NFC", nfd = "NFD", nfkc = "NFKC", nfkd = "NFKD", lowercase = "Lowercase"

        func apply(_ text: String) -> String {
            switch self {
            case .nfc: text.precomposedStringWithCanonicalMapping
            case .nfd: text.decomposedStringWithCanonicalMapping
            case .nfkc: text.precomposedStringWithCompatibilityMapping
            case .nfkd: text.decomposedStringWithCompatibilityMapping
            case .lowercase: text.lowercased()
            }
        }
    }

    /// Reads a `tokenizer.json`.
    public static func load(path: String) throws(InputError) -> ByteLevelBPETokenizer {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot read the tokenizer file")
        }
        let json: JSONValue
        do {
            json = try JSONValue.parse(Array(data))
        } catch {
            throw InputError(file: path, "not JSON: \(error)")
        }
        do {
            return try ByteLevelBPETokenizer(json: json, name: "tokenizer.json:" + path)
        } catch {
            throw InputError(file: path, error.message)
        }
    }

    struct Unsupported: Error { let message: String }

    init(json: JSONValue, name: String) throws(Unsupported) {
        self.name = name
        guard let model = json["model"], model.objectValue != nil else { throw Unsupported(message: "no `model`") }
        if let type = model["type"]?.stringValue, type != "BPE" {
            throw Unsupported(message: "the model is \(type); only byte-level BPE tokenizers are supported")
        }
        for key in ["continuing_subword_prefix", "end_of_word_suffix"] {
            if let value = model[key]?.stringValue, !value.isEmpty {
                throw Unsupported(message: "`model.\(key)` is not supported (not a byte-level BPE)")
            }
        }
        ignoreMerges = model["ignore_merges"]?.boolValue ?? false
        preTokenizer = try Self.preTokenizer(json["pre_tokenizer"] ?? .null)
        guard preTokenizer.isByteLevel else {
            throw Unsupported(message: "the pre-tokenizer has no ByteLevel step: not a byte-level BPE tokenizer")
        }
        normalizers = try Self.normalizers(json["normalizer"] ?? .null)

        // The vocabulary, spelled back from GPT-2's alphabet into bytes. Entries outside the alphabet (such as
        // DeepSeek's `<｜fim▁begin｜>`) are reachable only as added tokens.
        guard let entries = model["vocab"]?.objectValue else { throw Unsupported(message: "no `model.vocab`") }
        var vocabulary = ByteInterner()
        var vocabularyIDs: [Int32] = []
        var idOfText: [String: Int32] = [:]
        for (text, value) in entries {
            guard let id = value.intValue else { throw Unsupported(message: "vocabulary entry \(text) has no id") }
            idOfText[text] = Int32(id)
            guard var bytes = ByteAlphabet.bytes(of: text) else { continue }
            let index = bytes.withUnsafeMutableBufferPointer { vocabulary.intern(UnsafeBufferPointer($0)) }
            if Int(index) == vocabularyIDs.count { vocabularyIDs.append(Int32(id)) }
        }
        var byteTokens: [Int32] = []
        for byte in 0...255 {
            guard let id = idOfText[String(ByteAlphabet.scalar(of: UInt8(byte)))] else {
                throw Unsupported(message: "the vocabulary lacks byte \(byte): not a byte-level vocabulary")
            }
            byteTokens.append(id)
        }
        self.vocabulary = vocabulary
        self.vocabularyIDs = vocabularyIDs
        self.byteTokens = byteTokens

        guard let mergeList = model["merges"]?.arrayValue else { throw Unsupported(message: "no `model.merges`") }
        var merges: [UInt64: UInt64] = [:]
        merges.reserveCapacity(mergeList.count)
        for (rank, merge) in mergeList.enumerated() {
            let pair: [String]
            if let text = merge.stringValue {
                pair = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            } else {
                pair = merge.arrayValue?.compactMap(\.stringValue) ?? []
            }
            guard pair.count == 2, let left = idOfText[pair[0]], let right = idOfText[pair[1]],
                  let merged = idOfText[pair[0] + pair[1]] else {
                throw Unsupported(message: "merge \(rank) (\(merge.serialized())) names tokens the vocabulary lacks")
            }
            let key = UInt64(UInt32(left)) << 32 | UInt64(UInt32(right))
            if merges[key] == nil { merges[key] = UInt64(rank) << 32 | UInt64(UInt32(merged)) }
        }
        self.merges = merges

        var added: [AddedTokenSplitter.Token] = []
        for entry in json["added_tokens"]?.arrayValue ?? [] {
            guard let content = entry["content"]?.stringValue, !content.isEmpty, let id = entry["id"]?.intValue else {
                throw Unsupported(message: "an added token without `content` or `id`")
            }
            added.append(AddedTokenSplitter.Token(
                bytes: Array(content.utf8), id: Int32(id), leftStrip: entry["lstrip"]?.boolValue ?? false,
                rightStrip: entry["rstrip"]?.boolValue ?? false, singleWord: entry["single_word"]?.boolValue ?? false))
        }
        addedTokens = AddedTokenSplitter(added)
    }

    private static func preTokenizer(_ json: JSONValue) throws(Unsupported) -> PreTokenizer {
        guard !json.isNull else { throw Unsupported(message: "no pre-tokenizer: not a byte-level BPE tokenizer") }
        switch json["type"]?.stringValue {
        case "ByteLevel":
            return .byteLevel(addPrefixSpace: json["add_prefix_space"]?.boolValue ?? true,
                              useRegex: json["use_regex"]?.boolValue ?? true)
        case "Digits":
            return .digits(individual: json["individual_digits"]?.boolValue ?? false)
        case "Sequence":
            var steps: [PreTokenizer] = []
            for step in json["pretokenizers"]?.arrayValue ?? [] { steps.append(try preTokenizer(step)) }
            return .sequence(steps)
        case "Split":
            let behaviorName = json["behavior"]?.stringValue ?? "Isolated"
            guard let behavior = PreTokenizer.SplitBehavior(rawValue: behaviorName) else {
                throw Unsupported(message: "unknown Split behavior \(behaviorName)")
            }
            let pattern: PreTokenizer.SplitPattern
            if let regex = json["pattern"]?["Regex"]?.stringValue {
                if regex == GPT2Split.pattern {
                    pattern = .gpt2
                } else {
                    do {
                        pattern = .regex(try CompiledRegex(regex))
                    } catch {
                        throw Unsupported(message: "the Split regex does not compile: \(regex)")
                    }
                }
            } else if let literal = json["pattern"]?["String"]?.stringValue {
                pattern = .literal(literal)
            } else {
                throw Unsupported(message: "a Split pre-tokenizer without a pattern")
            }
            return .split(pattern, behavior: behavior, invert: json["invert"]?.boolValue ?? false)
        case let other:
            throw Unsupported(message: "pre-tokenizer \(other ?? "without a type") is not supported")
        }
    }

    private static func normalizers(_ json: JSONValue) throws(Unsupported) -> [Normalizer] {
        if json.isNull { return [] }
        let type = json["type"]?.stringValue ?? ""
        if type == "Sequence" {
            var all: [Normalizer] = []
            for step in json["normalizers"]?.arrayValue ?? [] { all += try normalizers(step) }
            return all
        }
        guard let normalizer = Normalizer(rawValue: type) else {
            throw Unsupported(message: "normalizer \(type) is not supported")
        }
        return [normalizer]
    }

    // MARK: Encoding

    /// The token ids of a text.
    public func encode(_ text: String) -> [Int] {
        var ids: [Int] = []
        forEachPiece(of: text) { ids += $0.map(Int.init) }
        return ids
    }

    public func count(_ text: String) -> Int {
        var total = 0
        forEachPiece(of: text) { total += $0.count }
        return total
    }

    private func forEachPiece(of text: String, _ body: ([Int32]) -> Void) {
        for segment in addedTokens.segments(of: text) {
            switch segment {
            case .added(let id):
                body([id])
            case .text(let text):
                let normalized = normalizers.reduce(text) { $1.apply($0) }
                for piece in preTokenizer.pieces(of: normalized) where !piece.isEmpty {
                    body(tokens(of: piece))
                }
            }
        }
    }

    private func tokens(of piece: String) -> [Int32] {
        if let cached = cache.withLock({ $0[piece] }) { return cached }
        let tokens = merge(Array(piece.utf8))
        cache.withLock { cache in
            if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[piece] = tokens
        }
        return tokens
    }

    /// BPE over one piece's bytes.
    private func merge(_ bytes: [UInt8]) -> [Int32] {
        if ignoreMerges {
            let found = bytes.withUnsafeBufferPointer { vocabulary.find($0) }
            if let found { return [vocabularyIDs[Int(found)]] }
        }
        var symbols = bytes.map { byteTokens[Int($0)] }
        while symbols.count > 1 {
            var best = -1
            var bestValue = UInt64.max
            for index in 0..<(symbols.count - 1) {
                let key = UInt64(UInt32(symbols[index])) << 32 | UInt64(UInt32(symbols[index + 1]))
                if let value = merges[key], value < bestValue {
                    bestValue = value
                    best = index
                }
            }
            guard best >= 0 else { break }
            symbols[best] = Int32(truncatingIfNeeded: bestValue & 0xFFFF_FFFF)
            symbols.remove(at: best + 1)
        }
        return symbols
    }
}

/// GPT-2's reversible map from bytes to printable characters: the printable Latin-1 bytes (`!`–`~`, `¡`–`¬`,
/// `®`–`ÿ`) stand for themselves, the other 68 take U+0100 onwards in byte order.
enum ByteAlphabet {
    private static let table: [Unicode.Scalar] = {
        var table = [Unicode.Scalar](repeating: " ", count: 256)
        var next: UInt32 = 256
        for byte in 0...255 {
            let printable = (0x21...0x7E).contains(byte) || (0xA1...0xAC).contains(byte) || (0xAE...0xFF).contains(byte)
            if printable {
                table[byte] = Unicode.Scalar(UInt32(byte))!
            } else {
                table[byte] = Unicode.Scalar(next)!
                next += 1
            }
        }
        return table
    }()

    private static let inverse: [UInt32: UInt8] = {
        var inverse: [UInt32: UInt8] = [:]
        for (byte, scalar) in table.enumerated() { inverse[scalar.value] = UInt8(byte) }
        return inverse
    }()

    static func scalar(of byte: UInt8) -> Unicode.Scalar { table[Int(byte)] }

    /// The bytes a vocabulary entry spells, or nil when it uses a character outside the alphabet.
    static func bytes(of text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            guard let byte = inverse[scalar.value] else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}

/// Cuts a text at its added tokens (special tokens such as FIM sentinels): at each position the longest added token
/// that matches wins. `lstrip`/`rstrip` tokens take the whitespace before/after them; a `single_word` token matches
/// only between non-word characters.
struct AddedTokenSplitter: Sendable {
    struct Token: Sendable {
        let bytes: [UInt8]
        let id: Int32
        let leftStrip: Bool
        let rightStrip: Bool
        let singleWord: Bool
    }

    enum Segment: Equatable {
        case added(Int32)
        case text(String)
    }

    private let tokens: [Token]

    init(_ tokens: [Token]) {
        self.tokens = tokens.sorted { $0.bytes.count != $1.bytes.count ? $0.bytes.count > $1.bytes.count
            : $0.bytes.lexicographicallyPrecedes($1.bytes) }
    }

    func segments(of text: String) -> [Segment] {
        guard !tokens.isEmpty else { return [.text(text)] }
        let bytes = Array(text.utf8)
        var segments: [Segment] = []
        var textStart = 0
        var index = 0
        func isWordByte(_ at: Int) -> Bool {
            guard at >= 0, at < bytes.count else { return false }
            let byte = bytes[at]
            let lower = byte | 0x20
            return byte >= 0x80 || byte == UInt8(ascii: "_") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower)
        }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        scanning: while index < bytes.count {
            for token in tokens where token.bytes[0] == bytes[index] && index + token.bytes.count <= bytes.count {
                guard bytes[index..<(index + token.bytes.count)].elementsEqual(token.bytes) else { continue }
                let end = index + token.bytes.count
                if token.singleWord && (isWordByte(index - 1) || isWordByte(end)) { continue }
                var textEnd = index
                if token.leftStrip { while textEnd > textStart, isSpace(bytes[textEnd - 1]) { textEnd -= 1 } }
                if textEnd > textStart {
                    segments.append(.text(String(decoding: bytes[textStart..<textEnd], as: UTF8.self)))
                }
                segments.append(.added(token.id))
                index = end
                if token.rightStrip { while index < bytes.count, isSpace(bytes[index]) { index += 1 } }
                textStart = index
                continue scanning
            }
            index += 1
        }
        if textStart < bytes.count {
            segments.append(.text(String(decoding: bytes[textStart..<bytes.count], as: UTF8.self)))
        }
        return segments
    }
}
