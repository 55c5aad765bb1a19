/// What CodeBLEU needs to know about one language: its grammar, keywords, comment rule and dataflow rules.
struct CodeBLEULanguage: Sendable {
    let language: Language
    /// The language's name in the `codebleu` package, for the ten it supports.
    let packageName: String?
    /// The grammar symbol CodeBLEU parses with: the `codebleu` set (the reference's exact versions) for the
    /// package's ten languages, the dataset grammar for the other eight.
    let grammar: String
    let keywords: [String]
    let comments: CodeBLEUCommentStyle
    /// nil when the language has no dataflow (HTML): no reference edges, so the dataflow score is 0 and, under
    /// the package's combination, counts as 1.
    let dataflow: DataflowRules?

    static func definition(for language: Language) -> CodeBLEULanguage {
        let keywords = CodeBLEUKeywords.list(for: language)
        let name = language.profile.codeBLEUName
        func package(_ rules: DataflowRules, comments: CodeBLEUCommentStyle = .cFamily) -> CodeBLEULanguage {
            CodeBLEULanguage(language: language, packageName: name, grammar: "codebleu_\(name!)", keywords: keywords,
                             comments: comments, dataflow: rules)
        }
        func extra(_ rules: DataflowRules?, comments: CodeBLEUCommentStyle) -> CodeBLEULanguage {
            CodeBLEULanguage(language: language, packageName: nil, grammar: language.profile.grammar,
                             keywords: keywords, comments: comments, dataflow: rules)
        }
        switch language {
        case .python: return package(.python, comments: .python)
        case .java: return package(.java)
        case .javascript: return package(.javascript)
        case .csharp, .c, .cpp: return package(.csharp)
        case .php: return package(.php)
        case .go: return package(.go)
        case .ruby: return package(.ruby, comments: .none)
        case .rust: return package(.rust)
        case .typescript: return extra(.typescript, comments: .cFamily)
        case .kotlin: return extra(.kotlin, comments: .cFamily)
        case .scala: return extra(.scala, comments: .cFamily)
        case .objectiveC: return extra(.objectiveC, comments: .cFamily)
        case .lua: return extra(.lua, comments: .lua)
        case .r: return extra(.r, comments: .hash)
        case .haskell: return extra(.haskell, comments: .haskell)
        case .html: return extra(nil, comments: .html)
        }
    }
}
