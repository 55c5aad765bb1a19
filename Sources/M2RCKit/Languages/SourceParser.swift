import TreeSitter

/// Parses source files with the right grammar, keeping one parser per grammar. One per task: not shareable.
public final class SourceParser {
    public let catalog: GrammarCatalog
    public let timeout: Duration?
    private var parsers: [String: Parser] = [:]

    public init(catalog: GrammarCatalog, timeout: Duration? = .seconds(10)) {
        self.catalog = catalog
        self.timeout = timeout
    }

    /// Parses `source`, a file of `language` at `path` (the path picks the TSX grammar for `.tsx`).
    public func parse(_ source: [UInt8], language: Language, path: String) throws -> Tree {
        let symbol = LanguageDetection.grammar(forPath: path, language: language)
        let parser: Parser
        if let cached = parsers[symbol] {
            parser = cached
        } else {
            parser = try Parser(grammar: try catalog.grammar(symbol: symbol), timeout: timeout)
            parsers[symbol] = parser
        }
        return try parser.parse(source)
    }

    /// The figures `m2rc parse` reports for one file.
    public func report(_ source: [UInt8], language: Language, path: String) throws -> ParseReport {
        let tree = try parse(source, language: language, path: path)
        return ParseReport(language: language, grammar: tree.grammar.name, bytes: source.count,
                           statistics: tree.statistics())
    }
}

/// What parsing one file showed.
public struct ParseReport: Sendable, Equatable {
    public let language: Language
    public let grammar: String
    public let bytes: Int
    public let statistics: TreeStatistics
}
