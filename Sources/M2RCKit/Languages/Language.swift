/// The 18 languages of M2RC-Eval. The raw value is the name used in records, file names and reports.
public enum Language: String, CaseIterable, Sendable, Codable, Comparable, CustomStringConvertible {
    case c
    case cpp
    case csharp
    case go
    case haskell
    case html
    case java
    case javascript
    case kotlin
    case lua
    case objectiveC = "objective-c"
    case php
    case python
    case r
    case ruby
    case rust
    case scala
    case typescript

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }

    /// The facts about this language that the rest of m2rc reads.
    public var profile: LanguageProfile { LanguageProfile.all[self]! }

    /// Parses a language name as users write it: the canonical name or a common alias
    /// (`c_sharp`, `c#`, `cs`, `ts`, `py`, `objc`, `js`, `c++`, …), case-insensitively.
    public init?(name: String) {
        let key = name.lowercased()
        if let language = Language(rawValue: key) {
            self = language
            return
        }
        guard let language = Language.allCases.first(where: { $0.profile.aliases.contains(key) }) else { return nil }
        self = language
    }
}

/// How a language writes comments.
public struct CommentSyntax: Sendable, Equatable {
    /// The line-comment marker (`//`, `#`, `--`), or nil when the language has none (HTML).
    public let line: String?
    /// Block-comment delimiters, when the language has them.
    public let block: (open: String, close: String)?

    public static func == (lhs: CommentSyntax, rhs: CommentSyntax) -> Bool {
        lhs.line == rhs.line && lhs.block?.open == rhs.block?.open && lhs.block?.close == rhs.block?.close
    }

    /// Wraps one line of text as a comment: the line marker if the language has one, else a block.
    public func comment(_ text: String) -> String {
        if let line { return "\(line) \(text)" }
        if let block { return "\(block.open) \(text) \(block.close)" }
        return text
    }

    static let cStyle = CommentSyntax(line: "//", block: ("/*", "*/"))
    static let hash = CommentSyntax(line: "#", block: nil)
}

/// Everything m2rc needs to know about one language, written down as data.
public struct LanguageProfile: Sendable {
    public let language: Language
    /// The name people read: `C++`, `Objective-C`.
    public let displayName: String
    /// The tree-sitter grammar (entry point `tree_sitter_<symbol>`).
    public let grammar: String
    /// File extensions, lower case with the dot. `.h` is shared by C, C++ and Objective-C: see `HeaderRule`.
    public let extensions: [String]
    /// Extensions parsed with a different grammar of the same language (`.tsx` → `tsx`).
    public let grammarVariants: [String: String]
    public let comments: CommentSyntax
    /// Other names accepted on input, lower case.
    public let aliases: [String]
    /// The language's name in the `codebleu` package, for the 10 languages it supports.
    public let codeBLEUName: String?

    /// The grammar for a file of this language with the given (lower-case) extension.
    public func grammar(forExtension pathExtension: String) -> String {
        grammarVariants[pathExtension] ?? grammar
    }

    static let all: [Language: LanguageProfile] = Dictionary(
        uniqueKeysWithValues: table.map { ($0.language, $0) })

    private static let table: [LanguageProfile] = [
        .init(language: .c, displayName: "C", grammar: "c", extensions: [".c", ".h"],
              grammarVariants: [:], comments: .cStyle, aliases: [], codeBLEUName: "c"),
        .init(language: .cpp, displayName: "C++", grammar: "cpp",
              extensions: [".cpp", ".cc", ".cxx", ".c++", ".hpp", ".hh", ".hxx", ".h++", ".ipp", ".tpp", ".h"],
              grammarVariants: [:], comments: .cStyle, aliases: ["c++", "cplusplus", "cxx"], codeBLEUName: "cpp"),
        .init(language: .csharp, displayName: "C#", grammar: "c_sharp", extensions: [".cs"],
              grammarVariants: [:], comments: .cStyle, aliases: ["c_sharp", "c#", "cs", "c-sharp"],
              codeBLEUName: "c_sharp"),
        .init(language: .go, displayName: "Go", grammar: "go", extensions: [".go"],
              grammarVariants: [:], comments: .cStyle, aliases: ["golang"], codeBLEUName: "go"),
        .init(language: .haskell, displayName: "Haskell", grammar: "haskell", extensions: [".hs"],
              grammarVariants: [:], comments: CommentSyntax(line: "--", block: ("{-", "-}")), aliases: ["hs"],
              codeBLEUName: nil),
        .init(language: .html, displayName: "HTML", grammar: "html", extensions: [".html", ".htm"],
              grammarVariants: [:], comments: CommentSyntax(line: nil, block: ("<!--", "-->")), aliases: ["htm"],
              codeBLEUName: nil),
        .init(language: .java, displayName: "Java", grammar: "java", extensions: [".java"],
              grammarVariants: [:], comments: .cStyle, aliases: [], codeBLEUName: "java"),
        .init(language: .javascript, displayName: "JavaScript", grammar: "javascript",
              extensions: [".js", ".mjs", ".cjs", ".jsx"], grammarVariants: [:], comments: .cStyle,
              aliases: ["js", "jsx", "node"], codeBLEUName: "javascript"),
        .init(language: .kotlin, displayName: "Kotlin", grammar: "kotlin", extensions: [".kt", ".kts"],
              grammarVariants: [:], comments: .cStyle, aliases: ["kt"], codeBLEUName: nil),
        .init(language: .lua, displayName: "Lua", grammar: "lua", extensions: [".lua"],
              grammarVariants: [:], comments: CommentSyntax(line: "--", block: ("--[[", "]]")), aliases: [],
              codeBLEUName: nil),
        .init(language: .objectiveC, displayName: "Objective-C", grammar: "objc", extensions: [".m", ".h"],
              grammarVariants: [:], comments: .cStyle, aliases: ["objc", "obj-c", "objective_c", "objectivec"],
              codeBLEUName: nil),
        .init(language: .php, displayName: "PHP", grammar: "php", extensions: [".php", ".phtml"],
              grammarVariants: [:], comments: CommentSyntax(line: "//", block: ("/*", "*/")), aliases: [],
              codeBLEUName: "php"),
        .init(language: .python, displayName: "Python", grammar: "python", extensions: [".py"],
              grammarVariants: [:], comments: .hash, aliases: ["py", "python3"], codeBLEUName: "python"),
        .init(language: .r, displayName: "R", grammar: "r", extensions: [".r"],
              grammarVariants: [:], comments: .hash, aliases: ["rlang"], codeBLEUName: nil),
        .init(language: .ruby, displayName: "Ruby", grammar: "ruby", extensions: [".rb", ".rake"],
              grammarVariants: [:], comments: CommentSyntax(line: "#", block: ("=begin", "=end")), aliases: ["rb"],
              codeBLEUName: "ruby"),
        .init(language: .rust, displayName: "Rust", grammar: "rust", extensions: [".rs"],
              grammarVariants: [:], comments: .cStyle, aliases: ["rs"], codeBLEUName: "rust"),
        .init(language: .scala, displayName: "Scala", grammar: "scala", extensions: [".scala", ".sc"],
              grammarVariants: [:], comments: .cStyle, aliases: [], codeBLEUName: nil),
        .init(language: .typescript, displayName: "TypeScript", grammar: "typescript",
              extensions: [".ts", ".mts", ".cts", ".tsx"], grammarVariants: [".tsx": "tsx"], comments: .cStyle,
              aliases: ["ts", "tsx"], codeBLEUName: nil),
    ]
}
