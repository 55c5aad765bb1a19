import Foundation
import TreeSitter

/// Scores (reference, prediction) pairs of one language with CodeBLEU as `codebleu` 0.7.0 computes it.
///
/// For the package's ten languages this gives its numbers (with the grammar versions it ran with, the `codebleu`
/// grammar set); for the other eight, m2rc's own keywords, comment and dataflow rules (Documentation/CodeBLEU.md).
/// Each string is parsed once, and the tree serves both the syntax and the dataflow match.
///
/// One scorer per task: it holds a parser and scratch buffers and is not shareable.
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

    private var ngrams = NGramStatistics()
    private var pythonComments = PythonCommentRemover()
    private var referenceTable = NodeTable()
    private var hypothesisTable = NodeTable()
    private var subtreeInterner = SequenceInterner()
    private var nodeKeys: [UInt32] = []
    private var referenceSubtrees: [UInt32] = []
    private var hypothesisSubtrees: [UInt32] = []
    private var inHypothesis: [Bool] = []
    private var codes = ByteInterner()

    /// Trees deeper than this get no dataflow, as the reference's recursive extraction hits Python's recursion
    /// limit (1000 frames) there and returns no edges.
    static let dataflowDepthLimit = 990

    /// Throws when the language's grammar is not compiled (run `python3 Grammars/build.py`).
    public init(language: Language, catalog: GrammarCatalog) throws {
        self.language = language
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
        let referenceText = PythonWhitespace.strip(Array(reference.utf8))
        let hypothesisText = PythonWhitespace.strip(Array(prediction.utf8))
        ngrams.add(reference: referenceText, hypothesis: hypothesisText, keywords: keywords, to: &statistics)

        let referenceCode = removeComments(referenceText)
        let hypothesisCode = referenceText == hypothesisText ? referenceCode : removeComments(hypothesisText)
        guard parse(referenceCode, into: &referenceTable) else { return statistics }
        if hypothesisCode == referenceCode {
            // Identical code: every reference subtree and every reference edge matches; one parse suffices.
            subtreeInterner.removeAll()
            subtreeKeys.keys(of: referenceTable, source: referenceCode, interner: &subtreeInterner,
                             nodeKeys: &nodeKeys, subtrees: &referenceSubtrees)
            statistics.syntaxMatches += referenceSubtrees.count
            statistics.syntaxTotal += referenceSubtrees.count
            if let extractor {
                let edges = edges(of: referenceTable, source: referenceCode, extractor).count
                statistics.dataflowMatches += edges
                statistics.dataflowTotal += edges
            }
            return statistics
        }
        guard parse(hypothesisCode, into: &hypothesisTable) else { return statistics }
        addSyntax(referenceCode, hypothesisCode, to: &statistics)
        if let extractor {
            addDataflow(referenceCode, hypothesisCode, extractor: extractor, to: &statistics)
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

    private func addSyntax(_ reference: [UInt8], _ hypothesis: [UInt8], to statistics: inout CodeBLEUStatistics) {
        subtreeInterner.removeAll()
        subtreeKeys.keys(of: referenceTable, source: reference, interner: &subtreeInterner, nodeKeys: &nodeKeys,
                         subtrees: &referenceSubtrees)
        subtreeKeys.keys(of: hypothesisTable, source: hypothesis, interner: &subtreeInterner, nodeKeys: &nodeKeys,
                         subtrees: &hypothesisSubtrees)
        inHypothesis.removeAll(keepingCapacity: true)
        inHypothesis.append(contentsOf: repeatElement(false, count: subtreeInterner.count))
        for key in hypothesisSubtrees { inHypothesis[Int(key)] = true }
        var matches = 0
        for key in referenceSubtrees where inHypothesis[Int(key)] { matches += 1 }
        statistics.syntaxMatches += matches
        statistics.syntaxTotal += referenceSubtrees.count
    }

    private func addDataflow(_ reference: [UInt8], _ hypothesis: [UInt8], extractor: DataflowExtractor,
                             to statistics: inout CodeBLEUStatistics)
    {
        let referenceEdges = DataflowMatch.normalize(edges(of: referenceTable, source: reference, extractor))
        guard !referenceEdges.isEmpty else { return }
        let hypothesisEdges = DataflowMatch.normalize(edges(of: hypothesisTable, source: hypothesis, extractor))
        statistics.dataflowMatches += DataflowMatch.matches(reference: referenceEdges, candidate: hypothesisEdges)
        statistics.dataflowTotal += referenceEdges.count
    }

    private func edges(of table: NodeTable, source: [UInt8], _ extractor: DataflowExtractor) -> [DataflowEdge] {
        guard table.depth <= Self.dataflowDepthLimit else { return [] }
        codes.removeAll()
        let tokens = DataflowMatch.tokens(table: table, source: source, extractor: extractor, codes: &codes)
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
