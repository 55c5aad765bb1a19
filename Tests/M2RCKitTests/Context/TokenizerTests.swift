import Foundation
import Testing
@testable import M2RCKit

/// A tiny byte-level BPE `tokenizer.json`: every byte (id = the byte's value), a few merges, the StarCoder sentinels
/// as added tokens, and whatever a test adds.
func tinyTokenizerJSON(preTokenizer: String = #"{"type": "ByteLevel", "add_prefix_space": false, "use_regex": true}"#,
                       normalizer: String = "null", ignoreMerges: Bool = false, mergesAsArrays: Bool = false,
                       extraAdded: String = "", modelType: String = "BPE") -> String {
    var vocabulary: [(String, Int)] = (0...255).map { (String(ByteAlphabet.scalar(of: UInt8($0))), $0) }
    let merged: [(String, String, Int)] = [("d", "e", 256), ("de", "f", 257), ("Ġ", "f", 258), ("Ġf", "o", 259),
                                           ("o", "o", 260), ("e", "Ġ", 261), ("1", "2", 262)]
    vocabulary += merged.map { ($0.0 + $0.1, $0.2) }
    vocabulary.append(("Ġfoo", 263))
    func quoted(_ text: String) -> String { JSONValue.string(text).serialized() }
    let vocab = vocabulary.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ")
    let merges = merged.map { mergesAsArrays ? "[\(quoted($0.0)), \(quoted($0.1))]" : quoted("\($0.0) \($0.1)") }
        .joined(separator: ", ")
    let added = ["<fim_prefix>", "<fim_suffix>", "<fim_middle>"].enumerated()
        .map { addedToken(300 + $0, $1) }.joined(separator: ", ")
    return """
        {"version": "1.0", "truncation": null, "padding": null,
         "added_tokens": [\(added)\(extraAdded)],
         "normalizer": \(normalizer), "pre_tokenizer": \(preTokenizer), "post_processor": null,
         "decoder": {"type": "ByteLevel"},
         "model": {"type": "\(modelType)", "dropout": null, "unk_token": null, "continuing_subword_prefix": null,
                   "end_of_word_suffix": null, "fuse_unk": false, "byte_fallback": false,
                   "ignore_merges": \(ignoreMerges), "vocab": {\(vocab)}, "merges": [\(merges)]}}
        """
}

/// An `added_tokens` entry.
func addedToken(_ id: Int, _ content: String, leftStrip: Bool = false, rightStrip: Bool = false,
                singleWord: Bool = false) -> String {
    "{\"id\": \(id), \"content\": \(JSONValue.string(content).serialized()), \"single_word\": \(singleWord), "
        + "\"lstrip\": \(leftStrip), \"rstrip\": \(rightStrip), \"normalized\": false, \"special\": true}"
}

func tinyTokenizer(_ json: String = tinyTokenizerJSON()) throws -> ByteLevelBPETokenizer {
    try ByteLevelBPETokenizer(json: JSONParser.parse(json), name: "tiny")
}

@Suite("Token counting")
struct TokenizerTests {
    @Test("the approximation, counted by hand", arguments: [
        ("def foo(bar):\n", 7),
        ("    return x_1 + 42\n", 9),
        ("café ☕", 4),
        ("\t\tx", 2),
        ("a   \n", 3),
        ("<fim_prefix>x", 2),
        ("", 0),
    ])
    func approximate(text: String, tokens: Int) {
        #expect(ApproximateTokenCounter(specialTokens: FIMPreset.starcoder.tokens!.all).count(text) == tokens)
    }

    @Test("the approximation counts a sentinel it was not told about as text")
    func approximateWithoutSpecials() {
        #expect(ApproximateTokenCounter().count("<fim_prefix>x") == 6)
    }

    @Test("the approximation adds up over texts cut after a newline")
    func approximateAdditive() throws {
        let counter = ApproximateTokenCounter(specialTokens: FIMPreset.deepseekCoder.tokens!.all)
        for repository in try DemoCorpus.repositories().prefix(6) {
            for file in repository.files {
                let lines = file.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                    .map { String(decoding: $0, as: UTF8.self) + "\n" }
                #expect(lines.map(counter.count).reduce(0, +) == counter.count(lines.joined()), "\(file.path)")
            }
        }
    }

    @Test("byte-level BPE with a tokenizer.json made by hand", arguments: [
        ("def foo", [257, 259, 111]),
        ("<fim_prefix>def<fim_suffix> foo<fim_middle>", [300, 257, 301, 259, 111, 302]),
        ("deff", [257, 102]),
        ("é", [195, 169]),
        ("x  = 1", [120, 32, 32, 61, 32, 49]),
        ("de foo", [256, 259, 111]),
        ("x12", [120, 262]),
        ("'s", [39, 115]),
        ("", []),
    ])
    func bpe(text: String, ids: [Int]) throws {
        let tokenizer = try tinyTokenizer()
        #expect(tokenizer.encode(text) == ids)
        #expect(tokenizer.count(text) == ids.count)
        // Merges written as pairs (tokenizers ≥ 0.20) read the same.
        #expect(try tinyTokenizer(tinyTokenizerJSON(mergesAsArrays: true)).encode(text) == ids)
    }

    @Test("pre-tokenizers: Digits, a Split regex (Qwen2's), NFC, ignore_merges")
    func preTokenizers() throws {
        let digits = try tinyTokenizer(tinyTokenizerJSON(preTokenizer: """
            {"type": "Sequence", "pretokenizers": [{"type": "Digits", "individual_digits": true},
             {"type": "ByteLevel", "add_prefix_space": false, "use_regex": true}]}
            """))
        #expect(digits.encode("x12") == [120, 49, 50])
        let qwenPattern = #"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"#
        let qwen = try tinyTokenizer(tinyTokenizerJSON(preTokenizer: """
            {"type": "Sequence", "pretokenizers": [
             {"type": "Split", "pattern": {"Regex": \(JSONValue.string(qwenPattern).serialized())}, "behavior": "Isolated", "invert": false},
             {"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": false, "use_regex": false}]}
            """, normalizer: #"{"type": "NFC"}"#))
        // Pieces x, " =", " ", 1, 2, 3, 4: digits one by one, so `1 2` never merges.
        #expect(qwen.encode("x = 1234") == [120, 32, 61, 32, 49, 50, 51, 52])
        #expect(try tinyTokenizer().encode("x = 1234") == [120, 32, 61, 32, 262, 51, 52])
        #expect(qwen.encode("e\u{301}") == [195, 169])
        #expect(try tinyTokenizer().encode("e\u{301}") == [101, 204, 129])
        #expect(try tinyTokenizer(tinyTokenizerJSON(ignoreMerges: true)).encode(" foo") == [263])
        #expect(try tinyTokenizer().encode(" foo") == [259, 111])
    }

    @Test("added tokens: longest match, lstrip/rstrip, single_word")
    func addedTokens() throws {
        let stripping = try tinyTokenizer(tinyTokenizerJSON(
            extraAdded: ", " + addedToken(303, "<sep>", leftStrip: true, rightStrip: true)))
        #expect(stripping.encode("a <sep> b") == [97, 303, 98])
        let plain = try tinyTokenizer(tinyTokenizerJSON(extraAdded: ", " + addedToken(303, "<sep>")))
        #expect(plain.encode("a <sep> b") == [97, 32, 303, 32, 98])
        let word = try tinyTokenizer(tinyTokenizerJSON(extraAdded: ", " + addedToken(303, "<sep>", singleWord: true)))
        #expect(word.encode("x<sep>y").count == 7)
        #expect(word.encode("x <sep> y") == [120, 32, 303, 32, 121])
        let longest = try tinyTokenizer(tinyTokenizerJSON(extraAdded: ", " + addedToken(304, "<fim_prefix>x")))
        #expect(longest.encode("<fim_prefix>x<fim_prefix>y") == [304, 300, 121])
    }

    @Test("the same ids as Hugging Face tokenizers, for tokenizers it trained", arguments: [
        ("starcoder-like: Digits + ByteLevel", HuggingFaceTokenizerFixtures.starcoderLike,
         HuggingFaceTokenizerFixtures.starcoderLikeCases),
        ("qwen-like: NFC, Split regex + ByteLevel", HuggingFaceTokenizerFixtures.qwenLike,
         HuggingFaceTokenizerFixtures.qwenLikeCases),
    ])
    func huggingFace(name: String, tokenizerJSON: String, casesJSON: String) throws {
        let tokenizer = try tinyTokenizer(tokenizerJSON)
        let cases = try #require(try JSONParser.parse(casesJSON).arrayValue)
        #expect(cases.count > 10)
        for item in cases {
            let text = try #require(item["text"]?.stringValue)
            let ids = try #require(item["ids"]?.arrayValue).compactMap(\.intValue)
            #expect(tokenizer.encode(text) == ids, "\(name): \(text.prefix(60).debugDescription)")
        }
    }

    @Test("tokenizers that are not byte-level BPE are refused with a reason", arguments: [
        (tinyTokenizerJSON(modelType: "WordPiece"), "only byte-level BPE"),
        (tinyTokenizerJSON(preTokenizer: #"{"type": "Metaspace", "replacement": "▁"}"#), "Metaspace is not supported"),
        (tinyTokenizerJSON(preTokenizer: #"{"type": "Digits", "individual_digits": true}"#), "no ByteLevel step"),
        (tinyTokenizerJSON(normalizer: #"{"type": "Replace"}"#), "normalizer Replace"),
    ])
    func refused(json: String, reason: String) {
        do {
            _ = try tinyTokenizer(json)
            Issue.record("accepted")
        } catch let error as ByteLevelBPETokenizer.Unsupported {
            #expect(error.message.contains(reason), "\(error.message)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("loading from a file, and a bad file named in the error")
    func load() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("m2rc-tokenizer-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tokenizer.json").path
        try tinyTokenizerJSON().write(toFile: path, atomically: true, encoding: .utf8)
        var settings = RetrievalSettings()
        settings.tokenizer = "tokenizer.json"
        let counter = try TokenCounters.make(settings: settings, relativeTo: folder.path)
        #expect(counter.count("def foo") == 3)
        #expect(counter.name == "tokenizer.json:" + path)
        try "{\"model\": {\"type\": \"Unigram\"}}".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try TokenCounters.make(settings: settings, relativeTo: folder.path) }
    }

    @Test("GPT-2's split by hand agrees with the regex engine on the demo corpus")
    func gpt2Split() throws {
        let regex = try CompiledRegex(GPT2Split.pattern)
        let extra = ["it's 'll 'x  \n\n\t y", "a\u{a0}\u{a0}b", "naïve 12³ ٣", "   ", " x", "x ", "😀😀 ok"]
        for repository in try DemoCorpus.repositories() {
            for text in repository.files.map(\.text) + extra {
                let mine = GPT2Split.matches(in: text).map { text[$0] }
                let reference = regex.matches(in: text).map { text[$0] }
                #expect(mine == reference)
            }
        }
    }
}
