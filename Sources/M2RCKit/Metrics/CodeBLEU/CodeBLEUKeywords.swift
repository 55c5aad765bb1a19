/// CodeBLEU's keyword lists: a whitespace token equal to one of them weighs 1 in the weighted n-gram match,
/// every other token 0.2.
///
/// The ten lists of the `codebleu` 0.7.0 package are facts about that package and are copied as they are, quirks
/// included (JavaScript lists `True`, not `true`; C++ lists `cout` and `iostream`). The other eight are m2rc's,
/// chosen in the same spirit: the language's reserved words as its reference defines them
/// (Documentation/CodeBLEU.md says where each comes from).
enum CodeBLEUKeywords {
    /// `codebleu/keywords/c.txt`, 33 entries, in the file's order.
    static let c: [String] = [
        "auto", "else", "long", "switch", "break", "enum", "register", "typedef", "case", "extern",
        "return", "union", "char", "float", "short", "unsigned", "const", "for", "signed", "void",
        "continue", "goto", "sizeof", "volatile", "default", "if", "static", "while", "do", "int", "struct",
        "_Packed", "double",
    ]

    /// `codebleu/keywords/c_sharp.txt`, 107 entries, in the file's order.
    static let csharp: [String] = [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class",
        "const", "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event",
        "explicit", "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if",
        "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null",
        "object", "operator", "out", "override", "params", "private", "protected", "public", "readonly",
        "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct",
        "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe",
        "ushort", "using", "virtual", "void", "volatile", "while", "add", "alias", "ascending", "async",
        "await", "by", "descending", "dynamic", "equals", "from", "get", "global", "group", "into", "join",
        "let", "nameof", "notnull", "on", "orderby", "partial", "remove", "select", "set", "unmanaged",
        "value", "var", "when", "where", "yield",
    ]

    /// `codebleu/keywords/cpp.txt`, 87 entries, in the file's order.
    static let cpp: [String] = [
        "auto", "const", "double", "float", "int", "short", "struct", "unsigned", "break", "continue",
        "else", "for", "long", "signed", "switch", "void", "case", "default", "enum", "goto", "register",
        "sizeof", "typedef", "volatile", "char", "do", "extern", "if", "return", "static", "union", "while",
        "asm", "dynamic_cast", "namespace", "reinterpret_cast", "bool", "explicit", "new", "static_cast",
        "typeid", "catch", "false", "try", "operator", "template", "typename", "class", "friend", "private",
        "this", "using", "const_cast", "inline", "public", "throw", "virtual", "delete", "mutable",
        "protected", "true", "wchar_t", "and", "bitand", "compl", "not_eq", "or_eq", "xor_eq", "and_eq",
        "bitor", "not", "or", "xor", "cin", "endl", "INT_MIN", "iomanip", "main", "npos", "std", "cout",
        "include", "INT_MAX", "iostream", "MAX_RAND", "NULL", "string",
    ]

    /// `codebleu/keywords/go.txt`, 27 entries, in the file's order.
    static let go: [String] = [
        "break", "default", "func", "interface", "select", "case", "defer", "go", "map", "struct", "chan",
        "else", "goto", "package", "switch", "const", "fallthrough", "if", "range", "type", "continue",
        "for", "import", "return", "var", "false", "true",
    ]

    /// `codebleu/keywords/java.txt`, 50 entries, in the file's order.
    static let java: [String] = [
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
        "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
        "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
        "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
        "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
        "volatile", "while",
    ]

    /// `codebleu/keywords/javascript.txt`, 46 entries, in the file's order.
    static let javascript: [String] = [
        "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
        "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if",
        "implements", "import", "in", "instanceof", "interface", "let", "new", "null", "package", "private",
        "protected", "public", "return", "super", "switch", "static", "this", "throw", "try", "True",
        "typeof", "var", "void", "while", "with", "yield",
    ]

    /// `codebleu/keywords/php.txt`, 65 entries, in the file's order.
    static let php: [String] = [
        "__halt_compiler", "abstract", "and", "array", "as", "break", "callable", "case", "catch", "class",
        "clone", "const", "continue", "declare", "default", "die", "do", "echo", "else", "elseif", "empty",
        "enddeclare", "endfor", "endforeach", "endif", "endswitch", "endwhile", "eval", "exit", "extends",
        "final", "for", "foreach", "function", "global", "goto", "if", "implements", "include",
        "include_once", "instanceof", "insteadof", "interface", "isset", "list", "namespace", "new", "or",
        "print", "private", "protected", "public", "require", "require_once", "return", "static", "switch",
        "throw", "trait", "try", "unset", "use", "var", "while", "xor",
    ]

    /// `codebleu/keywords/python.txt`, 38 entries, in the file's order.
    static let python: [String] = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        "match", "case", "type",
    ]

    /// `codebleu/keywords/ruby.txt`, 41 entries, in the file's order.
    static let ruby: [String] = [
        "__ENCODING__", "__LINE__", "__FILE__", "BEGIN", "END", "alias", "and", "begin", "break", "case",
        "class", "def", "defined?", "do", "else", "elsif", "end", "ensure", "false", "for", "if", "in",
        "module", "next", "nil", "not", "or", "redo", "rescue", "retry", "return", "self", "super", "then",
        "true", "undef", "unless", "until", "when", "while", "yield",
    ]

    /// `codebleu/keywords/rust.txt`, 71 entries, in the file's order.
    static let rust: [String] = [
        "as", "async", "await", "block", "bool", "break", "char", "const", "continue", "crate", "default",
        "dyn", "else", "enum", "expr", "extern", "f32", "f64", "false", "fn", "for", "i128", "i16", "i32",
        "i64", "i8", "ident", "if", "impl", "in", "isize", "item", "let", "lifetime", "literal", "loop",
        "macro_rules!", "match", "meta", "mod", "move", "mut", "pat", "path", "pub", "ref", "return",
        "self", "static", "stmt", "str", "struct", "super", "trait", "true", "tt", "ty", "type", "u128",
        "u16", "u32", "u64", "u8", "union", "unsafe", "use", "usize", "vis", "where", "while", "yield",
    ]

    /// Haskell 2010 report, section 2.4 (`reservedid`).
    static let haskell: [String] = [
        "case", "class", "data", "default", "deriving", "do", "else", "foreign", "if", "import", "in", "infix",
        "infixl", "infixr", "instance", "let", "module", "newtype", "of", "then", "type", "where", "_",
    ]

    /// HTML has no reserved words: every token weighs 0.2.
    static let html: [String] = []

    /// Kotlin's hard keywords (kotlinlang.org, "Keywords and operators").
    static let kotlin: [String] = [
        "as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in", "interface", "is",
        "null", "object", "package", "return", "super", "this", "throw", "true", "try", "typealias", "typeof",
        "val", "var", "when", "while",
    ]

    /// Lua 5.4 reference manual, section 3.1.
    static let lua: [String] = [
        "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in", "local",
        "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
    ]

    /// The package's C list, then Objective-C's reserved words and `@` directives.
    static let objectiveC: [String] = c + [
        "id", "instancetype", "self", "super", "nil", "Nil", "YES", "NO", "BOOL", "SEL", "IMP", "Class",
        "@interface", "@implementation", "@end", "@protocol", "@property", "@synthesize", "@dynamic", "@class",
        "@selector", "@encode", "@optional", "@required", "@public", "@private", "@protected", "@package",
        "@try", "@catch", "@finally", "@throw", "@autoreleasepool", "@synchronized",
    ]

    /// R's `?Reserved`, plus `in` of `for (x in xs)`.
    static let r: [String] = [
        "if", "else", "repeat", "while", "function", "for", "in", "next", "break", "TRUE", "FALSE", "NULL", "Inf",
        "NaN", "NA", "NA_integer_", "NA_real_", "NA_complex_", "NA_character_",
    ]

    /// Scala 2 reserved words plus Scala 3's new hard keywords (`enum`, `export`, `given`, `then`).
    static let scala: [String] = [
        "abstract", "case", "catch", "class", "def", "do", "else", "extends", "false", "final", "finally", "for",
        "forSome", "if", "implicit", "import", "lazy", "match", "new", "null", "object", "override", "package",
        "private", "protected", "return", "sealed", "super", "this", "throw", "trait", "try", "true", "type",
        "val", "var", "while", "with", "yield", "enum", "export", "given", "then",
    ]

    /// The package's JavaScript list with its `True` corrected to `true`, plus TypeScript's own keywords.
    static let typescript: [String] = javascript.map { $0 == "True" ? "true" : $0 } + [
        "abstract", "any", "as", "asserts", "boolean", "declare", "get", "infer", "is", "keyof", "module",
        "namespace", "never", "number", "object", "readonly", "set", "string", "symbol", "type", "undefined",
        "unique", "unknown",
    ]

    /// The list for a language.
    static func list(for language: Language) -> [String] {
        switch language {
        case .c: return c
        case .cpp: return cpp
        case .csharp: return csharp
        case .go: return go
        case .haskell: return haskell
        case .html: return html
        case .java: return java
        case .javascript: return javascript
        case .kotlin: return kotlin
        case .lua: return lua
        case .objectiveC: return objectiveC
        case .php: return php
        case .python: return python
        case .r: return r
        case .ruby: return ruby
        case .rust: return rust
        case .scala: return scala
        case .typescript: return typescript
        }
    }
}
