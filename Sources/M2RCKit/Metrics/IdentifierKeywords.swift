/// The words identifier match does not count as identifiers, per language, as data.
///
/// Five lists are CrossCodeEval's (`scripts/keywords/`, from dpu-utils): Python is `keyword.kwlist` of CPython
/// 3.11 less `True` and `False`; Java (51 lines), C# (77 lines, `using` and `static` twice) and
/// JavaScript/TypeScript (42, the ECMAScript reserved words) are its files as they are. The others are written
/// from each language's specification with the same policy: the reserved words, less the boolean literals
/// (`true`/`false`, which the reference lists leave out), keeping a language's null literal when its
/// specification lists it as a keyword. `Documentation/Metrics.md` gives the source and the choices per language.
public enum IdentifierKeywords {
    /// The keyword list of `language`, as written (duplicates kept as in the reference files).
    public static func list(for language: Language) -> [String] {
        switch language {
        case .python: return python
        case .java: return java
        case .csharp: return csharp
        case .javascript, .typescript: return ecmaScript
        case .c: return c
        case .cpp: return cpp
        case .go: return go
        case .haskell: return haskell
        case .html: return html
        case .kotlin: return kotlin
        case .lua: return lua
        case .objectiveC: return objectiveC
        case .php: return php
        case .r: return r
        case .ruby: return ruby
        case .rust: return rust
        case .scala: return scala
        }
    }

    /// CPython 3.11 `keyword.kwlist` without `True` and `False` (so `None` is a keyword): 33 words.
    static let python = [
        "None", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
        "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// CrossCodeEval `keywords/java.txt` (51): the Java SE reserved keywords plus `var`, without literals.
    static let java = [
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "continue", "default",
        "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "if", "implements",
        "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private", "protected",
        "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw",
        "throws", "transient", "try", "void", "volatile", "while", "var", "const", "goto",
    ]

    /// CrossCodeEval `scripts/keywords/csharp.txt` (77 lines): C#'s reserved keywords, no contextual ones.
    static let csharp = [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit",
        "extern", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int",
        "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
        "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed",
        "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "using", "static", "virtual", "void",
        "volatile", "while",
    ]

    /// CrossCodeEval `scripts/keywords/typescript.txt` (42), used for JavaScript and TypeScript alike: the
    /// ECMAScript reserved words and strict-mode future reserved words, without literals.
    static let ecmaScript = [
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
        "export", "extends", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "return",
        "super", "switch", "this", "throw", "try", "typeof", "var", "void", "while", "with", "yield", "enum",
        "implements", "interface", "let", "package", "private", "protected", "public", "static",
    ]

    /// ISO C17 §6.4.1 keywords plus those C23 added, without `true`/`false`.
    static let c = [
        "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
        "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short",
        "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile",
        "while", "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic", "_Imaginary", "_Noreturn",
        "_Static_assert", "_Thread_local",
        // C23
        "alignas", "alignof", "bool", "constexpr", "nullptr", "static_assert", "thread_local", "typeof",
        "typeof_unqual", "_BitInt", "_Decimal128", "_Decimal32", "_Decimal64",
    ]

    /// ISO C++20 [lex.key] keywords and alternative operator tokens, without `true`/`false`. Identifiers with
    /// special meaning (`override`, `final`, `import`, `module`) can name things and are not listed.
    static let cpp = [
        "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
        "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr",
        "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default",
        "delete", "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "float", "for",
        "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not",
        "not_eq", "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register",
        "reinterpret_cast", "requires", "return", "short", "signed", "sizeof", "static", "static_assert",
        "static_cast", "struct", "switch", "template", "this", "thread_local", "throw", "try", "typedef",
        "typeid", "typename", "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while",
        "xor", "xor_eq",
    ]

    /// The Go specification's 25 keywords (predeclared identifiers such as `int` or `nil` are not keywords).
    static let go = [
        "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func",
        "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct",
        "switch", "type", "var",
    ]

    /// Haskell 2010 Report §2.4 `reservedid`, plus the special identifiers of import declarations.
    static let haskell = [
        "case", "class", "data", "default", "deriving", "do", "else", "foreign", "if", "import", "in", "infix",
        "infixl", "infixr", "instance", "let", "module", "newtype", "of", "then", "type", "where", "_",
        // special in import declarations (Report §5.3)
        "as", "hiding", "qualified",
    ]

    /// HTML has no reserved words; its fixed vocabulary, the element names and attribute names of the HTML
    /// Living Standard's indices (lower case, as written in practice), plays their part, so identifiers are
    /// the words an author chose: text, unquoted values, names in inline code. Quoted attribute values are
    /// removed with the other string literals before tokenizing.
    static let html = [
        // elements
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote",
        "body", "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data", "datalist", "dd",
        "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i",
        "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "math",
        "menu", "meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p",
        "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section",
        "select", "slot", "small", "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table",
        "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul",
        "var", "video", "wbr",
        // the document type declaration
        "DOCTYPE", "doctype",
        // attributes (hyphenated ones split into their words, as the tokenizer sees them)
        "accept", "accesskey", "action", "allow", "alt", "aria", "async", "autocapitalize", "autocomplete",
        "autofocus", "autoplay", "charset", "checked", "class", "cols", "colspan", "content", "contenteditable",
        "controls", "coords", "crossorigin", "datetime", "decoding", "default", "defer", "dir", "dirname",
        "disabled", "download", "draggable", "enctype", "enterkeyhint", "equiv", "for", "formaction",
        "formenctype", "formmethod", "formnovalidate", "formtarget", "headers", "height", "hidden", "high", "href",
        "hreflang", "http", "id", "inert", "inputmode", "integrity", "is", "itemid", "itemprop", "itemref",
        "itemscope", "itemtype", "kind", "lang", "list", "loading", "loop", "low", "max", "maxlength", "media",
        "method", "min", "minlength", "multiple", "muted", "name", "nomodule", "nonce", "novalidate", "open",
        "optimum", "pattern", "ping", "placeholder", "playsinline", "popover", "poster", "preload", "readonly",
        "referrerpolicy", "rel", "required", "reversed", "role", "rows", "rowspan", "sandbox", "scope",
        "selected", "shape", "size", "sizes", "spellcheck", "src", "srcdoc", "srclang", "srcset", "start", "step",
        "tabindex", "target", "translate", "type", "usemap", "value", "width", "wrap",
        // event handler attributes
        "onabort", "onblur", "onchange", "onclick", "oncontextmenu", "ondblclick", "onerror", "onfocus",
        "oninput", "onkeydown", "onkeypress", "onkeyup", "onload", "onmousedown", "onmouseenter",
        "onmouseleave", "onmousemove", "onmouseout", "onmouseover", "onmouseup", "onreset", "onresize",
        "onscroll", "onselect", "onsubmit", "onunload",
    ]

    /// Kotlin's hard keywords without `true`/`false`; its modifier keywords; and the soft keywords that only
    /// ever introduce syntax. Soft and modifier keywords that commonly name values (`data`, `value`, `field`,
    /// `file`, `get`, `set`, `param`, `property`, `receiver`, `setparam`, `delegate`, `dynamic`, `expect`,
    /// `actual`) are left to be identifiers.
    static let kotlin = [
        // hard
        "as", "break", "class", "continue", "do", "else", "for", "fun", "if", "in", "interface", "is", "null",
        "object", "package", "return", "super", "this", "throw", "try", "typealias", "typeof", "val", "var",
        "when", "while",
        // soft
        "by", "catch", "constructor", "finally", "import", "init", "where",
        // modifiers
        "abstract", "annotation", "companion", "const", "crossinline", "enum", "external", "final", "infix",
        "inline", "inner", "internal", "lateinit", "noinline", "open", "operator", "out", "override", "private",
        "protected", "public", "reified", "sealed", "suspend", "tailrec", "vararg",
    ]

    /// Lua 5.4 reference manual §3.1 reserved words, without `true`/`false` (`nil` stays, like Python's `None`).
    static let lua = [
        "and", "break", "do", "else", "elseif", "end", "for", "function", "goto", "if", "in", "local", "nil",
        "not", "or", "repeat", "return", "then", "until", "while",
    ]

    /// Objective-C: the C keywords (C17, which Objective-C extends); the compiler directives without their `@`
    /// (the tokenizer drops it); the Objective-C reserved words and types; and the `@property` attributes.
    /// `YES`/`NO` are boolean literals and left out; `copy`, `getter` and `setter` also name methods and are
    /// left to be identifiers.
    static let objectiveC = [
        // C17
        "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
        "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short",
        "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile",
        "while", "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic", "_Imaginary", "_Noreturn",
        "_Static_assert", "_Thread_local",
        // directives
        "autoreleasepool", "catch", "class", "compatibility_alias", "defs", "dynamic", "encode", "end",
        "finally", "implementation", "import", "interface", "optional", "package", "private", "property",
        "protected", "protocol", "public", "required", "selector", "synchronized", "synthesize", "throw", "try",
        // reserved words and types
        "id", "instancetype", "self", "super", "nil", "Nil", "SEL", "IMP", "BOOL", "Class", "Protocol",
        "in", "out", "inout", "bycopy", "byref", "oneway",
        "__block", "__weak", "__strong", "__unsafe_unretained", "__autoreleasing", "__bridge",
        "__bridge_transfer", "__bridge_retained", "__kindof", "_Nullable", "_Nonnull", "_Null_unspecified",
        // property attributes
        "atomic", "nonatomic", "strong", "weak", "assign", "retain", "readonly", "readwrite", "nullable",
        "nonnull", "null_resettable", "null_unspecified", "unsafe_unretained",
    ]

    /// The PHP manual's list of keywords, its compile-time constants and its reserved type and class names,
    /// without `true`/`false` and without the function-like constructs (`array`, `die`, `empty`, `eval`, `exit`,
    /// `isset`, `list`, `unset`, which dpu-utils also leaves out). `$this` tokenizes to `this`, listed.
    static let php = [
        "__halt_compiler", "abstract", "and", "as", "break", "callable", "case", "catch", "class", "clone",
        "const", "continue", "declare", "default", "do", "echo", "else", "elseif", "enddeclare", "endfor",
        "endforeach", "endif", "endswitch", "endwhile", "enum", "extends", "final", "finally", "fn", "for",
        "foreach", "from", "function", "global", "goto", "if", "implements", "include", "include_once",
        "instanceof", "insteadof", "interface", "match", "namespace", "new", "or", "print", "private",
        "protected", "public", "readonly", "require", "require_once", "return", "static", "switch", "throw",
        "trait", "try", "use", "var", "while", "xor", "yield",
        // compile-time constants
        "__CLASS__", "__DIR__", "__FILE__", "__FUNCTION__", "__LINE__", "__METHOD__", "__NAMESPACE__",
        "__TRAIT__",
        // reserved type and class names, pseudo-variable
        "bool", "float", "int", "iterable", "mixed", "never", "null", "object", "string", "void", "self",
        "parent", "this",
    ]

    /// R's reserved words (`?Reserved`) without `TRUE`/`FALSE`.
    static let r = [
        "if", "else", "repeat", "while", "function", "for", "next", "break", "in", "NULL", "Inf", "NaN", "NA",
        "NA_integer_", "NA_real_", "NA_character_", "NA_complex_",
    ]

    /// Ruby's keywords (doc/keywords.rdoc) without `true`/`false`; `defined?` tokenizes to `defined`.
    static let ruby = [
        "__ENCODING__", "__LINE__", "__FILE__", "BEGIN", "END", "alias", "and", "begin", "break", "case", "class",
        "def", "defined", "do", "else", "elsif", "end", "ensure", "for", "if", "in", "module", "next", "nil",
        "not", "or", "redo", "rescue", "retry", "return", "self", "super", "then", "undef", "unless", "until",
        "when", "while", "yield",
    ]

    /// The Rust Reference's strict and reserved keywords without `true`/`false`, plus the weak keyword
    /// `macro_rules` (`union` also names methods and is left out).
    static let rust = [
        // strict
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "fn",
        "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
        "Self", "static", "struct", "super", "trait", "type", "unsafe", "use", "where", "while",
        // reserved
        "abstract", "become", "box", "do", "final", "gen", "macro", "override", "priv", "try", "typeof",
        "unsized", "virtual", "yield",
        // weak
        "macro_rules",
    ]

    /// Scala 3's regular keywords without `true`/`false`, plus Scala 2's `forSome` and `macro`. Soft keywords
    /// (`as`, `derives`, `end`, `extension`, `infix`, `inline`, `opaque`, `open`, `transparent`, `using`) can
    /// name things and are left to be identifiers.
    static let scala = [
        "abstract", "case", "catch", "class", "def", "do", "else", "enum", "export", "extends", "final", "finally",
        "for", "given", "if", "implicit", "import", "lazy", "match", "new", "null", "object", "override",
        "package", "private", "protected", "return", "sealed", "super", "then", "throw", "trait", "try", "type",
        "val", "var", "while", "with", "yield",
        // Scala 2
        "forSome", "macro",
    ]
}
