/// What fitting a prompt to the token budget did. The record's `prompt` and `right_context` stay whole (with the
/// ground truth they are the file); this says how to cut the model's view of them.
public struct PromptBudget: Sendable, Equatable {
    /// The budget.
    public let limit: Int
    /// Tokens of the fitted prompt as rendered (`FittedPrompt.text`).
    public let tokens: Int
    /// Snippets left out, the lowest-ranked ones: the prompt keeps the first `list.count − droppedSnippets`.
    public let droppedSnippets: Int
    /// Characters (Unicode scalars, as Python indexes a `str`) cut from the start of the prefix…
    public let prefixTrimmedCharacters: Int
    /// …and from the end of the suffix.
    public let suffixTrimmedCharacters: Int

    /// False only when even the sentinels alone exceed the budget.
    public var fits: Bool { tokens <= limit }

    /// The `budget` field: `{"tokens", "dropped_snippets", "prefix_trimmed_chars", "suffix_trimmed_chars"}`.
    public func record() -> JSONValue {
        .object([
            ("tokens", .int(tokens)),
            ("dropped_snippets", .int(droppedSnippets)),
            ("prefix_trimmed_chars", .int(prefixTrimmedCharacters)),
            ("suffix_trimmed_chars", .int(suffixTrimmedCharacters)),
        ])
    }
}

/// A model prompt within the budget: the snippets kept, the prefix and suffix as cut, and how to render them.
public struct FittedPrompt: Sendable, Equatable {
    /// The kept snippets' blocks, best first.
    public let context: String
    public let prefix: String
    public let suffix: String
    public let budget: PromptBudget
    public let renderer: FIMRenderer

    /// What the model is given.
    public var text: String { renderer.prompt(context: context, prefix: prefix, suffix: suffix) }

    /// An instruct record's `fim` string: the prompt, then the middle the model should learn to write.
    public func training(middle: String) -> String {
        renderer.training(context: context, prefix: prefix, suffix: suffix, middle: middle)
    }
}

/// Fits `snippets + prefix + suffix` (rendered with the FIM sentinels) into a token budget:
///
/// 1. the lowest-ranked snippets are dropped, one at a time, until the prompt fits or none is left (M2RC adds
///    snippets best first while the total stays within the limit);
/// 2. then the in-file context is cut at line boundaries, far ends first: the prefix loses its first line or the
///    suffix its last line, whichever side holds more tokens at that moment, so a long side shrinks first and both
///    keep the lines next to the hole;
/// 3. when only the line holding the hole is left on each side, characters go from the far end of the longer side
///    (each side keeps at least half of what is left for the two, if it needs that much).
///
/// Cuts are planned with per-piece counts and checked by counting the rendered prompt; a tokenizer that merges across
/// a cut gets the plan tightened by its overshoot until the count fits. The only prompt that can stay over is one
/// whose sentinels alone exceed the budget (`PromptBudget.fits` is then false).
public struct PromptFitter: Sendable {
    public let limit: Int
    public let counter: any TokenCounter
    public let renderer: FIMRenderer

    public init(limit: Int, counter: any TokenCounter, renderer: FIMRenderer) {
        self.limit = limit
        self.counter = counter
        self.renderer = renderer
    }

    public init(settings: RetrievalSettings, counter: any TokenCounter) {
        self.init(limit: settings.tokenBudget, counter: counter, renderer: FIMRenderer(settings: settings.fim))
    }

    public func fit(_ context: CrossFileContext, sample: MinedSample) -> FittedPrompt {
        fit(context, prefix: sample.prompt, suffix: sample.rightContext)
    }

    public func fit(_ context: CrossFileContext, prefix: String, suffix: String) -> FittedPrompt {
        let blocks = context.blocks
        func prompt(_ kept: Int, _ prefix: String, _ suffix: String, tokens: Int) -> FittedPrompt {
            FittedPrompt(
                context: blocks.prefix(kept).joined(), prefix: prefix, suffix: suffix,
                budget: PromptBudget(limit: limit, tokens: tokens, droppedSnippets: blocks.count - kept,
                                     prefixTrimmedCharacters: 0, suffixTrimmedCharacters: 0),
                renderer: renderer)
        }
        func count(_ kept: Int) -> Int {
            counter.count(renderer.prompt(context: blocks.prefix(kept).joined(), prefix: prefix, suffix: suffix))
        }

        // 1. Snippets: plan with per-block counts, then check the whole.
        let inFile = count(0)
        if !blocks.isEmpty {
            let blockTokens = blocks.map(counter.count)
            var kept = blocks.count
            var planned = inFile + blockTokens.reduce(0, +)
            while kept > 0 && planned > limit {
                kept -= 1
                planned -= blockTokens[kept]
            }
            while kept > 0 {
                let exact = count(kept)
                if exact <= limit { return prompt(kept, prefix, suffix, tokens: exact) }
                kept -= 1
            }
        }
        if inFile <= limit { return prompt(0, prefix, suffix, tokens: inFile) }

        // 2–3. The in-file context.
        let trimmer = InFileTrimmer(prefix: prefix, suffix: suffix, counter: counter)
        let sentinels = counter.count(renderer.prompt(context: "", prefix: "", suffix: ""))
        var target = limit
        var cut = trimmer.cut(available: target - sentinels)
        var tokens = counter.count(renderer.prompt(context: "", prefix: cut.prefix, suffix: cut.suffix))
        var attempts = 0
        while tokens > limit && (!cut.prefix.isEmpty || !cut.suffix.isEmpty) {
            attempts += 1
            target -= attempts < 8 ? tokens - limit : max(tokens - limit, target / 4)
            cut = attempts < 16 ? trimmer.cut(available: target - sentinels) : trimmer.cut(available: 0)
            tokens = counter.count(renderer.prompt(context: "", prefix: cut.prefix, suffix: cut.suffix))
        }
        return FittedPrompt(
            context: "", prefix: cut.prefix, suffix: cut.suffix,
            budget: PromptBudget(
                limit: limit, tokens: tokens, droppedSnippets: blocks.count,
                prefixTrimmedCharacters: prefix.unicodeScalars.count - cut.prefix.unicodeScalars.count,
                suffixTrimmedCharacters: suffix.unicodeScalars.count - cut.suffix.unicodeScalars.count),
            renderer: renderer)
    }
}

/// Plans the cut of a prefix and a suffix to a number of tokens, with the tokens of each line counted once.
struct InFileTrimmer {
    /// Lines with their `\n`; the prefix's last line is the (possibly empty) one that holds the hole, and so is the
    /// suffix's first.
    let prefixLines: [Substring]
    let suffixLines: [Substring]
    let prefixTokens: [Int]
    let suffixTokens: [Int]
    let counter: any TokenCounter

    init(prefix: String, suffix: String, counter: any TokenCounter) {
        func lines(_ text: String) -> [Substring] {
            var lines: [Substring] = []
            var start = text.startIndex
            for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "\n") {
                let end = text.utf8.index(after: index)
                lines.append(text[start..<end])
                start = end
            }
            lines.append(text[start...])
            return lines
        }
        prefixLines = lines(prefix)
        var suffixLines = lines(suffix)
        if suffixLines.count > 1 && suffixLines.last!.isEmpty { suffixLines.removeLast() }
        self.suffixLines = suffixLines
        prefixTokens = prefixLines.map { counter.count(String($0)) }
        suffixTokens = self.suffixLines.map { counter.count(String($0)) }
        self.counter = counter
    }

    func cut(available: Int) -> (prefix: String, suffix: String) {
        guard available > 0 else { return ("", "") }
        var first = 0
        var last = suffixLines.count - 1
        var prefixSum = prefixTokens.reduce(0, +)
        var suffixSum = suffixTokens.reduce(0, +)
        let nearest = prefixLines.count - 1
        while prefixSum + suffixSum > available {
            if first < nearest && (prefixSum >= suffixSum || last == 0) {
                prefixSum -= prefixTokens[first]
                first += 1
            } else if last > 0 {
                suffixSum -= suffixTokens[last]
                last -= 1
            } else {
                break
            }
        }
        var prefix = String(prefixLines[first...].joined())
        var suffix = String(suffixLines[...last].joined())
        guard prefixSum + suffixSum > available else { return (prefix, suffix) }

        // One line each side: cut characters from the far ends, the longer side first.
        let half = available / 2
        if prefixSum <= half {
            suffix = keep(suffix, tokens: available - prefixSum, fromStart: true)
        } else if suffixSum <= available - half {
            prefix = keep(prefix, tokens: available - suffixSum, fromStart: false)
        } else {
            prefix = keep(prefix, tokens: half, fromStart: false)
            suffix = keep(suffix, tokens: available - counter.count(prefix), fromStart: true)
        }
        return (prefix, suffix)
    }

    /// The longest start (or end) of a line within a number of tokens, by binary search on its characters.
    private func keep(_ line: String, tokens: Int, fromStart: Bool) -> String {
        let scalars = Array(line.unicodeScalars)
        func piece(_ length: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: fromStart ? scalars[..<length] : scalars[(scalars.count - length)...])
            return String(view)
        }
        var low = 0
        var high = scalars.count
        while low < high {
            let middle = (low + high + 1) / 2
            if counter.count(piece(middle)) <= tokens { low = middle } else { high = middle - 1 }
        }
        return piece(low)
    }
}
