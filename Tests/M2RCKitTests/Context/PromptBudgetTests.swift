import Testing
@testable import M2RCKit

@Suite("Token budget")
struct PromptBudgetTests {
    static let counter = ApproximateTokenCounter(specialTokens: FIMPreset.starcoder.tokens!.all)
    static let renderer = FIMRenderer(preset: .starcoder)

    static func context(_ chunks: [String]) -> CrossFileContext {
        CrossFileContext(language: .python, snippets: chunks.enumerated().map { index, chunk in
            RetrievedSnippet(path: "lib/file\(index).py", chunkIndex: 0, text: chunk, score: 1 - Double(index) / 10,
                             firstRow: 0, lastRow: 0)
        }, oracle: false, query: "")
    }

    /// What a user does with a record: cut the prefix and suffix as the budget says, keep the first snippets.
    static func rerender(_ context: CrossFileContext, prefix: String, suffix: String, budget: PromptBudget) -> String {
        let scalars = (prefix: Array(prefix.unicodeScalars), suffix: Array(suffix.unicodeScalars))
        var kept = (prefix: String.UnicodeScalarView(), suffix: String.UnicodeScalarView())
        kept.prefix.append(contentsOf: scalars.prefix[budget.prefixTrimmedCharacters...])
        kept.suffix.append(contentsOf: scalars.suffix[..<(scalars.suffix.count - budget.suffixTrimmedCharacters)])
        return renderer.prompt(context: context.blocks.prefix(context.snippets.count - budget.droppedSnippets).joined(),
                               prefix: String(kept.prefix), suffix: String(kept.suffix))
    }

    @Test("a prompt within the budget is left whole")
    func fits() {
        let context = Self.context(["alpha = 1"])
        let fitted = PromptFitter(limit: 4096, counter: Self.counter, renderer: Self.renderer)
            .fit(context, prefix: "def f():\n    return ", suffix: "\n")
        #expect(fitted.budget == PromptBudget(limit: 4096, tokens: Self.counter.count(fitted.text), droppedSnippets: 0,
                                              prefixTrimmedCharacters: 0, suffixTrimmedCharacters: 0))
        // <fim_prefix> # Path: … (block) def f():\n    return <fim_suffix>\n<fim_middle>
        #expect(fitted.text == "<fim_prefix># Path: lib/file0.py\n# Compare with this code snippet:\nalpha = 1\n"
            + "def f():\n    return <fim_suffix>\n<fim_middle>")
        #expect(fitted.budget.record().serialized() == #"{"tokens":\#(fitted.budget.tokens),"dropped_snippets":0,"#
            + #""prefix_trimmed_chars":0,"suffix_trimmed_chars":0}"#)
    }

    @Test("the lowest-ranked snippets go first")
    func dropsSnippets() {
        // Blocks of 1 + 4 + 1 + 4 + 1 + 1 + (chunk) tokens: `#`, ` Path`, `:`, ` lib/file0.py` …: count them.
        let chunks = ["first_snippet_here = 1", "second_snippet = 2", "third = 3"]
        let context = Self.context(chunks)
        let blockTokens = context.blocks.map(Self.counter.count)
        let inFile = Self.counter.count(Self.renderer.prompt(context: "", prefix: "x = ", suffix: ""))
        let fitter = PromptFitter(limit: inFile + blockTokens[0] + blockTokens[1], counter: Self.counter,
                                  renderer: Self.renderer)
        let fitted = fitter.fit(context, prefix: "x = ", suffix: "")
        #expect(fitted.budget.droppedSnippets == 1)
        #expect(fitted.context == context.blocks[0] + context.blocks[1])
        #expect(fitted.budget.tokens == fitter.limit)
        let tighter = PromptFitter(limit: inFile + blockTokens[0] + blockTokens[1] - 1, counter: Self.counter,
                                   renderer: Self.renderer).fit(context, prefix: "x = ", suffix: "")
        #expect(tighter.budget.droppedSnippets == 2 && tighter.context == context.blocks[0])
        #expect(tighter.budget.prefixTrimmedCharacters == 0)
    }

    @Test("then the in-file context, at line boundaries, the longer side first")
    func trimsLines() {
        let prefix = (1...40).map { "line_\($0) = compute(\($0))\n" }.joined() + "result = "
        let suffix = "\n" + (1...6).map { "after_\($0)()\n" }.joined()
        let context = Self.context(["snippet = 1"])
        let fitter = PromptFitter(limit: 120, counter: Self.counter, renderer: Self.renderer)
        let fitted = fitter.fit(context, prefix: prefix, suffix: suffix)
        #expect(fitted.budget.droppedSnippets == 1)
        #expect(fitted.budget.tokens <= 120 && fitted.budget.tokens == Self.counter.count(fitted.text))
        // The short suffix is kept whole; the prefix starts at a line and ends at the hole.
        #expect(fitted.suffix == suffix && fitted.budget.suffixTrimmedCharacters == 0)
        #expect(fitted.prefix.hasPrefix("line_") && prefix.hasSuffix(fitted.prefix)
            && fitted.prefix.hasSuffix("result = "))
        #expect(fitted.budget.prefixTrimmedCharacters == prefix.unicodeScalars.count - fitted.prefix.unicodeScalars.count)
        // One more line would not fit.
        let dropped = prefix.dropLast(fitted.prefix.count)
        let previousLine = String(dropped.split(separator: "\n").last!) + "\n"
        #expect(Self.counter.count(Self.renderer.prompt(context: "", prefix: previousLine + fitted.prefix,
                                                        suffix: fitted.suffix)) > 120)
        #expect(Self.rerender(context, prefix: prefix, suffix: suffix, budget: fitted.budget) == fitted.text)
    }

    @Test("both sides long: each keeps about half, next to the hole")
    func balanced() {
        let prefix = (1...50).map { "before_\($0)()\n" }.joined()
        let suffix = (1...50).map { "after_\($0)()\n" }.joined()
        let fitted = PromptFitter(limit: 100, counter: Self.counter, renderer: Self.renderer)
            .fit(.empty(language: .python), prefix: prefix, suffix: suffix)
        let prefixTokens = Self.counter.count(fitted.prefix), suffixTokens = Self.counter.count(fitted.suffix)
        #expect(fitted.budget.tokens <= 100 && abs(prefixTokens - suffixTokens) <= 6)
        #expect(fitted.prefix.hasSuffix("before_50()\n") && fitted.suffix.hasPrefix("after_1()\n"))
        #expect(fitted.budget.suffixTrimmedCharacters > 0 && fitted.budget.prefixTrimmedCharacters > 0)
    }

    @Test("a line longer than the budget is cut by characters from its far end")
    func trimsCharacters() {
        let prefix = "x = [" + (1...200).map { "item\($0)" }.joined(separator: ", ")
        let suffix = "]  # " + String(repeating: "trailing words ", count: 50) + "\nnext_line()\n"
        let fitted = PromptFitter(limit: 60, counter: Self.counter, renderer: Self.renderer)
            .fit(.empty(language: .python), prefix: prefix, suffix: suffix)
        #expect(fitted.budget.tokens <= 60)
        #expect(prefix.hasSuffix(fitted.prefix) && suffix.hasPrefix(fitted.suffix))
        #expect(!fitted.prefix.isEmpty && !fitted.suffix.isEmpty && !fitted.suffix.contains("next_line"))
        #expect(Self.rerender(.empty(language: .python), prefix: prefix, suffix: suffix, budget: fitted.budget)
            == fitted.text)
    }

    @Test("sentinels alone over the budget: everything cut, and the budget says it does not fit")
    func impossible() {
        let fitted = PromptFitter(limit: 2, counter: Self.counter, renderer: Self.renderer)
            .fit(Self.context(["a"]), prefix: "abc\n", suffix: "def")
        #expect(fitted.prefix.isEmpty && fitted.suffix.isEmpty && fitted.budget.tokens == 3 && !fitted.budget.fits)
        #expect(fitted.budget.prefixTrimmedCharacters == 4 && fitted.budget.suffixTrimmedCharacters == 3)
    }

    @Test("never over budget, and re-rendered from the record, on the demo corpus")
    func demoCorpus() throws {
        // The approximation on every file; a Hugging Face tokenizer (which merges across the cuts) on every third.
        let tokenizer = try tinyTokenizer(HuggingFaceTokenizerFixtures.starcoderLike)
        for repository in try DemoCorpus.repositories() {
            let index = RepositoryContextIndex(files: repository.files, settings: RetrievalSettings())
            for (number, file) in repository.files.enumerated() {
                let scalars = Array(file.text.unicodeScalars)
                for fraction in [0.2, 0.7] {
                    let cut = Int(Double(scalars.count) * fraction)
                    var prefixView = String.UnicodeScalarView(), suffixView = String.UnicodeScalarView()
                    prefixView.append(contentsOf: scalars[..<cut])
                    suffixView.append(contentsOf: scalars[cut...])
                    let prefix = String(prefixView), suffix = String(suffixView)
                    let context = index.context(path: file.path, language: file.language, prefix: prefix,
                                                groundtruth: "")
                    let counters: [any TokenCounter] = number % 3 == 0 ? [Self.counter, tokenizer] : [Self.counter]
                    for counter in counters {
                        for limit in [48, 300, 1024, 4096] {
                            let fitted = PromptFitter(limit: limit, counter: counter, renderer: Self.renderer)
                                .fit(context, prefix: prefix, suffix: suffix)
                            #expect(fitted.budget.tokens <= limit, "\(file.path) \(counter.name) \(limit)")
                            #expect(fitted.budget.tokens == counter.count(fitted.text))
                            #expect(Self.rerender(context, prefix: prefix, suffix: suffix, budget: fitted.budget)
                                == fitted.text)
                        }
                    }
                }
            }
        }
    }
}
