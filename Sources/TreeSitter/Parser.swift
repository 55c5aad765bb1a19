import CTreeSitter

/// A tree-sitter parser bound to one grammar. Not shareable: use one parser per task.
public final class Parser {
    private let raw: OpaquePointer
    public let grammar: Grammar

    /// Parsing stops with `ParseError.timedOut` after this long; nil means no limit.
    public var timeout: Duration? {
        didSet { ts_parser_set_timeout_micros(raw, Self.microseconds(timeout)) }
    }

    public init(grammar: Grammar, timeout: Duration? = nil) throws(ParseError) {
        guard let parser = ts_parser_new() else { throw .cannotCreateParser }
        guard ts_parser_set_language(parser, grammar.language) else {
            ts_parser_delete(parser)
            throw .incompatibleGrammar(grammar.name)
        }
        raw = parser
        self.grammar = grammar
        self.timeout = timeout
        ts_parser_set_timeout_micros(raw, Self.microseconds(timeout))
    }

    deinit { ts_parser_delete(raw) }

    /// Parses UTF-8 source bytes. Byte offsets of the resulting nodes index into `source`.
    ///
    /// The bytes are passed as they are: invalid UTF-8 or NUL bytes do not stop the parse (tree-sitter
    /// replaces what it cannot decode), and offsets never shift as they would after a `String` round trip.
    public func parse(_ source: [UInt8]) throws(ParseError) -> Tree {
        guard source.count <= Int(UInt32.max) else { throw .inputTooLarge(bytes: source.count) }
        let tree = source.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                ts_parser_parse_string_encoding(raw, nil, chars.baseAddress, UInt32(chars.count), TSInputEncodingUTF8)
            }
        }
        guard let tree else {
            // A timed-out parse keeps its state for resumption; this API never resumes, so drop it.
            ts_parser_reset(raw)
            if let timeout { throw .timedOut(after: timeout) }
            throw .failed
        }
        return Tree(raw: tree, source: source, grammar: grammar)
    }

    /// Parses a string's UTF-8 bytes.
    public func parse(_ source: String) throws(ParseError) -> Tree {
        try parse(Array(source.utf8))
    }

    private static func microseconds(_ duration: Duration?) -> UInt64 {
        guard let duration else { return 0 }
        let (seconds, attoseconds) = duration.components
        return UInt64(max(0, seconds)) * 1_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000_000)
    }
}

/// Why a parse produced no tree.
public enum ParseError: Error, Equatable, CustomStringConvertible {
    case cannotCreateParser
    case incompatibleGrammar(String)
    case timedOut(after: Duration)
    case inputTooLarge(bytes: Int)
    case failed

    public var description: String {
        switch self {
        case .cannotCreateParser: return "tree-sitter could not allocate a parser"
        case .incompatibleGrammar(let name): return "the tree-sitter runtime refused grammar '\(name)'"
        case .timedOut(let limit): return "parsing took longer than the \(limit) limit"
        case .inputTooLarge(let bytes): return "input of \(bytes) bytes exceeds tree-sitter's 4 GiB limit"
        case .failed: return "tree-sitter returned no tree"
        }
    }
}
