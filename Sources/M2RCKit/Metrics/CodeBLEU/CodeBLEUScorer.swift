import Foundation
import TreeSitter

/// Scores (reference, prediction) pairs of one language with CodeBLEU as `codebleu` 0.7.0 computes it.
///
/// For the package's ten languages this gives its numbers (with the grammar versions it ran with, the `codebleu`
/// grammar set); for the other eight, m2rc's own keywords, comment and dataflow rules (Documentation/CodeBLEU.md).
/// Each distinct string is parsed once and its tree serves both the syntax and the dataflow match; what the matches
/// need of it is kept for the rest of the run (`CodeAnalysisCache`). A hypothesis's dataflow edges are extracted only
/// once some pair needs them (its reference has edges), from a second parse.
///
/// One scorer per task: it holds a parser, the cache and scratch buffers, and is not shareable.
public final class CodeBLEUScorer {
    public let language: Language
    /// The compiled grammar the scorer parses with.
    public let grammar: GrammarPin
    /// Whether parsing uses the reference's tree-sitter runtime (0.22.3, built privately by Grammars/build.py),
    /// which recovers from syntax errors exactly as the reference did; else the system runtime.
    public let usesReferenceRuntime: Bool

    private let definition: CodeBLEULanguage
    private let parser: CodeBLEUParser
    private let keywords: ByteInterner
    private let extractor: DataflowExtractor?
    private var subtreeKeys: SubtreeKeys

    private var ngramScratch = NGramScratch()
    private var pythonComments = PythonCommentRemover()
    private var cache: CodeAnalysisCache
    private var table = NodeTable()
    private var nodeKeys: [UInt32] = []
    private var subtrees: [UInt32] = []
    private var dataflowTokens = DataflowTokens()
    /// Per subtree key, the pair number that last saw it in a hypothesis: a set cleared by counting up.
    private var hypothesisStamps: [UInt32] = []
    private var stamp: UInt32 = 0
    /// Per dataflow edge key, a count; all zero between pairs.
    private var edgeCounts: [Int32] = []
    /// Whether a tree that cannot have edges skips the dataflow walk (`DataflowExtractor.mayHaveEdges`); turned
    /// off only by the test that holds the shortcut to changing nothing, which also reads how often it was taken.
    var skipsWalkWithoutEdges = true
    private(set) var walksSkipped = 0

    /// How many distinct strings a scorer keeps analyses of (about 1 KB each for typical completions).
    public static let defaultCacheLimit = 50_000

    /// Trees deeper than this get no dataflow, as the reference's recursive extraction hits Python's recursion
    /// limit (1000 frames) there and returns no edges.
    static let dataflowDepthLimit = 990

    /// Throws when the language's grammar is not compiled (run `python3 Grammars/build.py`). `cacheLimit` bounds
    /// the distinct strings whose analyses are kept (`CodeAnalysisCache`); 0 analyses every string afresh.
    public init(language: Language, catalog: GrammarCatalog, cacheLimit: Int = CodeBLEUScorer.defaultCacheLimit) throws {
        self.language = language
        cache = CodeAnalysisCache(limit: cacheLimit)
        definition = CodeBLEULanguage.definition(for: language)
        guard let pin = catalog.pin(symbol: definition.grammar) else {
            throw CodeBLEUError.grammarNotBuilt(language: language, symbol: definition.grammar,
                                                directory: catalog.directory.path)
        }
        grammar = pin
        let loaded = try catalog.grammar(symbol: definition.grammar)
        if let runtime = try CodeBLEURuntime.load(from: catalog) {
            parser = .reference(try PrivateRuntimeParser(runtime: runtime, grammar: loaded))
            usesReferenceRuntime = true
        } else {
            parser = .system(try Parser(grammar: loaded))
            usesReferenceRuntime = false
        }
        keywords = ByteInterner(definition.keywords)
        extractor = definition.dataflow.map { DataflowExtractor(rules: $0, grammar: loaded) }
        subtreeKeys = SubtreeKeys(grammar: loaded)
    }

    /// CodeBLEU has a definition for all 18 languages (for HTML without dataflow).
    public static func isSupported(_ language: Language) -> Bool { true }

    /// Whether the language's dataflow match is defined (all but HTML).
    public static func hasDataflow(_ language: Language) -> Bool {
        CodeBLEULanguage.definition(for: language).dataflow != nil
    }

    /// The pair's statistics; a corpus's are the sum of its pairs'.
    public func statistics(reference: String, prediction: String) -> CodeBLEUStatistics {
        var statistics = CodeBLEUStatistics()
        cache.trim()
        let referenceText = analyse(reference)
        let hypothesisText = analyse(prediction)
        NGramStatistics.add(reference: referenceText.ngrams, hypothesis: hypothesisText.ngrams, scratch: &ngramScratch,
                            tokenCount: cache.tokens.count, to: &statistics)

        let reference = cache.code(referenceText.code, withEdges: true, analyse: analyse)
        guard reference.parsed, let referenceEdges = reference.edges else { return statistics }
        if hypothesisText.code == referenceText.code {
            // Identical code: every reference subtree and every reference edge matches; one parse suffices.
            statistics.syntaxMatches += reference.subtrees.count
            statistics.syntaxTotal += reference.subtrees.count
            statistics.dataflowMatches += referenceEdges.count
            statistics.dataflowTotal += referenceEdges.count
            return statistics
        }
        let hypothesis = cache.code(hypothesisText.code, withEdges: !referenceEdges.isEmpty, analyse: analyse)
        guard hypothesis.parsed else { return statistics }
        statistics.syntaxMatches += syntaxMatches(reference.subtrees, hypothesis.subtrees)
        statistics.syntaxTotal += reference.subtrees.count
        if !referenceEdges.isEmpty, let hypothesisEdges = hypothesis.edges {
            if edgeCounts.count < cache.edgeKeys.count {
                edgeCounts.append(contentsOf: repeatElement(0, count: cache.edgeKeys.count - edgeCounts.count))
            }
            statistics.dataflowMatches += DataflowMatch.matches(reference: referenceEdges, candidate: hypothesisEdges,
                                                                counts: &edgeCounts)
            statistics.dataflowTotal += referenceEdges.count
        }
        return statistics
    }

    /// The pair's sentence-level scores: `statistics(…).score()`.
    public func sentence(reference: String, prediction: String) -> CodeBLEUScore {
        statistics(reference: reference, prediction: prediction).score()
    }

    /// The source as the syntax and dataflow matches see it.
    func removeComments(_ source: [UInt8]) -> [UInt8] {
        definition.comments == .python
            ? pythonComments.remove(from: source)
            : CodeCommentRemoval.remove(source, style: definition.comments)
    }

    /// The string as both the reference's n-gram and code steps see it: stripped of Python's whitespace.
    private func analyse(_ string: String) -> TextAnalysis {
        var string = string
        return string.withUTF8 { buffer in
            cache.text(PythonWhitespace.stripped(buffer), keywords: keywords, scratch: &ngramScratch,
                       clean: removeComments)
        }
    }

    /// Parses a code and keeps what the matches need of it: subtree keys, and normalised dataflow edges when
    /// `withEdges` (a language without dataflow rules has none to compute).
    private func analyse(_ code: [UInt8], withEdges: Bool, _ cache: inout CodeAnalysisCache) -> CodeAnalysis {
        // The table is moved out of the scorer for the analysis: passing a stored property along copies it (a
        // retain and a release of each of its arrays per call), a local is lent.
        var table = NodeTable()
        swap(&table, &self.table)
        defer { swap(&table, &self.table) }
        guard parse(code, into: &table) else { return .unparsed }
        subtreeKeys.keys(of: table, source: code, interner: &cache.subtreeKeys, nodeKeys: &nodeKeys,
                         subtrees: &subtrees)
        guard let extractor else { return CodeAnalysis(parsed: true, subtrees: subtrees, edges: []) }
        guard withEdges else { return CodeAnalysis(parsed: true, subtrees: subtrees, edges: nil) }
        let edges = edges(of: table, source: code, extractor)
        let normalized = DataflowMatch.normalize(edges, names: dataflowTokens.codeBytes.count,
                                                 interner: &cache.edgeKeys)
        return CodeAnalysis(parsed: true, subtrees: subtrees, edges: normalized)
    }

    private func parse(_ source: [UInt8], into table: inout NodeTable) -> Bool {
        switch parser {
        case .reference(let parser):
            return (try? parser.parse(source, into: &table)) != nil
        case .system(let parser):
            guard let tree = try? parser.parse(source) else { return false }
            tree.fill(&table)
            return true
        }
    }

    /// Reference subtrees (each occurrence) whose key occurs among the hypothesis's subtrees.
    private func syntaxMatches(_ reference: [UInt32], _ hypothesis: [UInt32]) -> Int {
        if hypothesisStamps.count < cache.subtreeKeys.count {
            hypothesisStamps.append(contentsOf: repeatElement(0, count: cache.subtreeKeys.count - hypothesisStamps.count))
        }
        stamp &+= 1
        if stamp == 0 {
            for index in hypothesisStamps.indices { hypothesisStamps[index] = 0 }
            stamp = 1
        }
        for key in hypothesis { hypothesisStamps[Int(key)] = stamp }
        var matches = 0
        for key in reference where hypothesisStamps[Int(key)] == stamp { matches += 1 }
        return matches
    }

    private func edges(of table: NodeTable, source: [UInt8], _ extractor: DataflowExtractor) -> [DataflowEdge] {
        guard table.depth <= Self.dataflowDepthLimit else { return [] }
        DataflowMatch.tokens(table: table, source: source, extractor: extractor, into: &dataflowTokens)
        if skipsWalkWithoutEdges && !extractor.mayHaveEdges(table: table, tokens: dataflowTokens) {
            walksSkipped += 1
            return []
        }
        let tokens = dataflowTokens
        let extracted: [DataflowEdge]?
        if table.depth <= 128 {
            extracted = extractor.edges(table: table, tokens: tokens)
        } else {
            // The extraction recurses once per level: give deep trees a thread with room for it.
            extracted = DeepStack.run { extractor.edges(table: table, tokens: tokens) }
        }
        return DataflowMatch.finish(extracted ?? [], tokenCount: tokens.tokenCount)
    }
}

/// The runtime a scorer parses with.
private enum CodeBLEUParser {
    case reference(PrivateRuntimeParser)
    case system(Parser)
}

/// The reference's tree-sitter runtime, as `Grammars/build.py` lists it in the build folder's manifest.
enum CodeBLEURuntime {
    static let name = "codebleu"

    /// The runtime, or nil when this build folder has none (an older build: the system runtime is used then).
    static func load(from catalog: GrammarCatalog) throws -> PrivateRuntime? {
        struct Manifest: Decodable {
            struct Runtime: Decodable {
                let name: String
                let library: String
            }
            let runtimes: [Runtime]?
        }
        let url = catalog.directory.appendingPathComponent("manifest.json")
        guard let data = try? Data(contentsOf: url),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data),
              let entry = manifest.runtimes?.first(where: { $0.name == name })
        else { return nil }
        return try PrivateRuntime.load(libraryAt: catalog.directory.appendingPathComponent(entry.library).path)
    }
}

/// Why a CodeBLEU scorer cannot be made.
public enum CodeBLEUError: Error, CustomStringConvertible {
    case grammarNotBuilt(language: Language, symbol: String, directory: String)

    public var description: String {
        switch self {
        case .grammarNotBuilt(let language, let symbol, let directory):
            return "CodeBLEU for \(language) parses with grammar '\(symbol)', which is not in \(directory): "
                + "run `python3 Grammars/build.py` (Grammars/grammars.json pins it)"
        }
    }
}

/// Runs a closure on a thread with a large stack and waits for it.
enum DeepStack {
    static func run<Result>(_ work: @escaping () -> Result) -> Result {
        // The closure and its result stay with this call: the caller waits, so nothing is shared concurrently.
        let job = Job(work: work)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            job.run()
            done.signal()
        }
        thread.stackSize = 256 << 20
        thread.start()
        done.wait()
        return job.result!
    }

    private final class Job<Value>: @unchecked Sendable {
        let work: () -> Value
        var result: Value?

        init(work: @escaping () -> Value) { self.work = work }

        func run() { result = work() }
    }
}

