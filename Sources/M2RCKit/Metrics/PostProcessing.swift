import TreeSitter

/// What is done to a prediction before it is scored (the groundtruth is never changed).
public enum PostProcessing: String, CaseIterable, Sendable, Codable {
    /// The prediction as given.
    case none
    /// The first line that is not blank (leading blank lines skipped, as RepoBench and Long Code Arena do),
    /// with its indentation; `""` when every line is blank.
    case firstLine = "first-line"
    /// CrossCodeEval's statement truncation: Java, C# and TypeScript are cut after the first `;`, `{` or `}`;
    /// Python at the first line end where prompt plus prediction parse without an ERROR node; the other 14
    /// languages are left unchanged (CrossCodeEval has only those four, and M2RC-Eval did not publish more).
    case crossCodeEval = "cceval"
}

/// Applies a `PostProcessing` rule. Holds a parser for CrossCodeEval's Python rule: one per task.
public final class PostProcessor {
    public let rule: PostProcessing
    private let parser: SourceParser?

    /// `catalog` is needed by the CrossCodeEval rule (for Python); the others ignore it.
    public init(rule: PostProcessing, catalog: GrammarCatalog?) {
        self.rule = rule
        parser = rule == .crossCodeEval ? catalog.map { SourceParser(catalog: $0, timeout: .seconds(5)) } : nil
    }

    /// The prediction as scored. `prompt` is the code before the completion (CrossCodeEval's Python rule parses
    /// it with the prediction; without it the prediction is parsed alone).
    public func apply(_ prediction: String, prompt: String, language: Language) throws -> String {
        switch rule {
        case .none:
            return prediction
        case .firstLine:
            return Self.firstLine(of: prediction)
        case .crossCodeEval:
            switch language {
            case .java, .csharp, .typescript:
                return Self.bracketStatement(prediction)
            case .python:
                guard let parser else { throw PostProcessingError.noGrammars }
                return try Self.pythonStatement(prediction, prompt: prompt, parser: parser)
            default:
                return prediction
            }
        }
    }

    /// The first line with a non-whitespace character (lines split on `\n`).
    public static func firstLine(of text: String) -> String {
        PythonText.lines(text).first { !PythonText.strip($0).isEmpty } ?? ""
    }

    /// CrossCodeEval's `get_bracket_lang_statement`: up to and including the first `;`, `{` or `}`. When that
    /// character is the very first one the whole prediction is kept: the reference tests the index for
    /// truthiness, and 0 is false.
    public static func bracketStatement(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let end = scalars.firstIndex(where: { $0 == ";" || $0 == "{" || $0 == "}" }),
              end != scalars.startIndex else { return text }
        return String(scalars[...end])
    }

    /// CrossCodeEval's `get_python_one_statement`: the shortest prefix `p` of the prediction that is followed
    /// by `\n` and such that `prompt + p` parses with no ERROR node (MISSING nodes are allowed), right-stripped;
    /// the whole prediction when there is none. Only prefixes before a line break can qualify, so only those
    /// are parsed.
    static func pythonStatement(_ prediction: String, prompt: String, parser: SourceParser) throws -> String {
        let scalars = prediction.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if next < scalars.endIndex, scalars[next] == "\n" {
                let candidate = String(scalars[...index])
                let tree: Tree
                do {
                    tree = try parser.parse(Array((prompt + candidate).utf8), language: .python, path: "")
                } catch is ParseError {
                    return prediction  // the reference keeps the prediction when parsing fails or times out
                }
                if !Self.containsErrorNode(tree) { return PythonText.rstrip(candidate) }
            }
            index = next
        }
        return prediction
    }

    /// Whether the tree has an ERROR node; `hasError` also counts MISSING nodes, so it only prunes the walk.
    static func containsErrorNode(_ tree: Tree) -> Bool {
        guard tree.root.hasError else { return false }
        var found = false
        tree.walk(enter: { step in
            if found || !step.node.hasError { return .skipChildren }
            if step.node.isError { found = true }
            return found ? .skipChildren : .visitChildren
        }, leave: { _ in })
        return found
    }
}

public enum PostProcessingError: Error, CustomStringConvertible {
    case noGrammars

    public var description: String {
        "the cceval post-processing parses Python with the compiled grammars, and none were given"
    }
}
