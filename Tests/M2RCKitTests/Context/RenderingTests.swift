import Testing
@testable import M2RCKit

@Suite("Cross-file context rendering and FIM")
struct RenderingTests {
    static let snippets = [
        RetrievedSnippet(path: "src/geometry/vector.x", chunkIndex: 2, text: "  first line\nsecond line", score: 0.5,
                         firstRow: 20, lastRow: 22),
        RetrievedSnippet(path: "util.x", chunkIndex: 0, text: "only line", score: 0.25, firstRow: 0, lastRow: 0),
    ]

    @Test("M2RC's format with each language's line comment, best first", arguments: [
        (Language.python, "#"), (.r, "#"), (.ruby, "#"), (.java, "//"), (.typescript, "//"), (.go, "//"),
        (.php, "//"), (.haskell, "--"), (.lua, "--"),
    ])
    func lineComments(language: Language, marker: String) {
        let context = CrossFileContext(language: language, snippets: Self.snippets, oracle: false, query: "q")
        #expect(context.text == """
            \(marker) Path: src/geometry/vector.x
            \(marker) Compare with this code snippet:
              first line
            second line
            \(marker) Path: util.x
            \(marker) Compare with this code snippet:
            only line

            """)
    }

    @Test("HTML has no line comment: the header lines are <!-- … --> comments")
    func html() {
        let context = CrossFileContext(language: .html, snippets: [Self.snippets[1]], oracle: false, query: "q")
        #expect(context.text == "<!-- Path: util.x -->\n<!-- Compare with this code snippet: -->\nonly line\n")
    }

    @Test("the record: text, list of {path, chunk, score} in that order, oracle flag")
    func record() {
        let context = CrossFileContext(language: .go, snippets: Self.snippets, oracle: true, query: "q")
        #expect(context.record().serialized() == #"{"text":"// Path: src/geometry/vector.x\n// Compare with this code snippet:\n  first line\nsecond line\n// Path: util.x\n// Compare with this code snippet:\nonly line\n","list":[{"path":"src/geometry/vector.x","chunk":"  first line\nsecond line","score":0.5},{"path":"util.x","chunk":"only line","score":0.25}],"oracle":true}"#)
        // A user re-renders the text from the list alone.
        let list = context.record()["list"]!.arrayValue!
        let rerendered = list.map {
            CrossFileRendering.block(path: $0["path"]!.stringValue!, chunk: $0["chunk"]!.stringValue!, language: .go)
        }.joined()
        #expect(rerendered == context.text)
    }

    @Test("FIM presets in PSM and SPM order, the context right before the prefix", arguments: [
        (FIMPreset.starcoder, FIMOrder.psm, "<fim_prefix>CTX\nPRE<fim_suffix>SUF<fim_middle>"),
        (.starcoder, .spm, "<fim_prefix><fim_suffix>SUF<fim_middle>CTX\nPRE"),
        (.deepseekCoder, .psm, "<｜fim▁begin｜>CTX\nPRE<｜fim▁hole｜>SUF<｜fim▁end｜>"),
        (.deepseekCoder, .spm, "<｜fim▁begin｜><｜fim▁hole｜>SUF<｜fim▁end｜>CTX\nPRE"),
        (.codellama, .psm, "<PRE> CTX\nPRE <SUF>SUF <MID>"),
        (.codellama, .spm, "<PRE>  <SUF>SUF <MID>CTX\nPRE"),
        (.qwenCoder, .psm, "<|fim_prefix|>CTX\nPRE<|fim_suffix|>SUF<|fim_middle|>"),
        (.qwenCoder, .spm, "<|fim_prefix|><|fim_suffix|>SUF<|fim_middle|>CTX\nPRE"),
    ])
    func fim(preset: FIMPreset, order: FIMOrder, expected: String) {
        let renderer = FIMRenderer(preset: preset, order: order)
        #expect(renderer.prompt(context: "CTX\n", prefix: "PRE", suffix: "SUF") == expected)
        #expect(renderer.training(context: "CTX\n", prefix: "PRE", suffix: "SUF", middle: "MID!") == expected + "MID!")
    }

    @Test("custom sentinels")
    func customFIM() throws {
        let settings = try decodeSettings(#"{"fim": {"preset": "custom", "order": "spm", "prefix": "[P]", "suffix": "[S]", "middle": "[M]"}}"#)
        #expect(FIMRenderer(settings: settings.fim).prompt(context: "", prefix: "a", suffix: "b") == "[P][S]b[M]a")
        let override = try decodeSettings(#"{"fim": {"preset": "starcoder", "middle": "<mid>"}}"#)
        #expect(override.fim.tokens == FIMTokens(prefix: "<fim_prefix>", suffix: "<fim_suffix>", middle: "<mid>"))
    }
}
