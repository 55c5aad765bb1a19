/// One retrieved snippet: a chunk of another file of the repository, verbatim.
public struct RetrievedSnippet: Sendable, Equatable {
    /// The repository-relative path of the file the chunk comes from.
    public let path: String
    /// The chunk's index in its file (CrossCodeEval's id is `path|index`).
    public let chunkIndex: Int
    /// The chunk's lines, verbatim, joined with `\n` (blank lines are not part of chunks).
    public let text: String
    /// The score that ranked it (with `next_chunk`, the score of the chunk it follows).
    public let score: Double
    /// 0-based rows in the file of the chunk's first and last line.
    public let firstRow: Int
    public let lastRow: Int

    public init(path: String, chunkIndex: Int, text: String, score: Double, firstRow: Int, lastRow: Int) {
        self.path = path
        self.chunkIndex = chunkIndex
        self.text = text
        self.score = score
        self.firstRow = firstRow
        self.lastRow = lastRow
    }
}

/// A sample's cross-file context: the snippets, best first, and their rendering in M2RC's format.
public struct CrossFileContext: Sendable, Equatable {
    public let language: Language
    public let snippets: [RetrievedSnippet]
    /// The query held the ground truth (an oracle experiment, not a fair prompt).
    public let oracle: Bool
    /// The query lines, joined with `\n` (empty when nothing was retrieved).
    public let query: String

    public init(language: Language, snippets: [RetrievedSnippet], oracle: Bool, query: String) {
        self.language = language
        self.snippets = snippets
        self.oracle = oracle
        self.query = query
    }

    public static func empty(language: Language, oracle: Bool = false) -> CrossFileContext {
        CrossFileContext(language: language, snippets: [], oracle: oracle, query: "")
    }

    /// Each snippet rendered on its own (see `CrossFileRendering`), best first.
    public var blocks: [String] {
        snippets.map { CrossFileRendering.block(path: $0.path, chunk: $0.text, language: language) }
    }

    /// `crossfile_context.text`: every block, best first.
    public var text: String { blocks.joined() }

    /// The `crossfile_context` field: `{"text", "list": [{"path", "chunk", "score"}], "oracle"}`, keys in that order.
    public func record() -> JSONValue {
        .object([
            ("text", .string(text)),
            ("list", .array(snippets.map { snippet in
                .object([("path", .string(snippet.path)), ("chunk", .string(snippet.text)),
                         ("score", .double(snippet.score))])
            })),
            ("oracle", .bool(oracle)),
        ])
    }
}

/// M2RC's rendering of a snippet (its Figs. 13–18): two comment lines, then the chunk's raw lines.
///
/// ```
/// // Path: src/ts/Enemy/Enemy.ts
/// // Compare with this code snippet:
/// <the chunk's lines>
/// ```
///
/// with the language's line-comment marker (`//`, `#`, `--`), or `<!-- … -->` around each header line for HTML,
/// which has none. The path is repository-relative. Every line ends with `\n`, so blocks concatenate and the prefix
/// starts on a line of its own.
public enum CrossFileRendering {
    public static func block(path: String, chunk: String, language: Language) -> String {
        let comments = language.profile.comments
        return comments.comment("Path: \(path)") + "\n" + comments.comment("Compare with this code snippet:") + "\n"
            + chunk + "\n"
    }
}
