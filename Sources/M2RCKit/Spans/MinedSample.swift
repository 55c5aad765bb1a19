import Git
import TreeSitter

/// Where a file comes from: what every sample of it records as provenance.
public struct SourceFileIdentity: Sendable, Equatable {
    public let repository: String
    public let commit: String
    public let path: String
    public let license: String
    public let language: Language
    public let split: Split

    public init(repository: String, commit: String, path: String, license: String, language: Language, split: Split) {
        self.repository = repository
        self.commit = commit
        self.path = path
        self.license = license
        self.language = language
        self.split = split
    }
}

/// One completion sample: the file cut around one node, with the node's labels.
public struct MinedSample: Sendable, Equatable {
    public let file: SourceFileIdentity
    public let nodeType: String
    public let byteRange: Range<Int>
    /// 0-based rows of the span's first line and of the line where the right context starts (the span's last).
    public let startRow: Int
    public let endRow: Int
    public let depth: Int
    public let treeDepth: Int
    public let bucket: Int
    public let label: SemanticLabel?
    public let lines: Int
    public let prompt: String
    public let groundtruth: String
    public let rightContext: String
    /// Fields computed after mining and placed after `right_context` in the record: cross-file context, prompt
    /// budget and, for instruct records, the FIM string.
    public var context = SampleExtraFields()

    public var difficulty: Difficulty { Difficulty(lines: lines) }

    /// Unique and stable: the repository, the path and the span's byte range.
    public var taskID: String { "\(file.repository)/\(file.path):\(byteRange.lowerBound)-\(byteRange.upperBound)" }

    /// The eval record's fields that mining knows, in the release's fixed key order (cross-file context comes
    /// with retrieval).
    public func record(extra: [(String, JSONValue)]? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("task_id", .string(taskID)),
            ("language", .string(file.language.rawValue)),
            ("prompt", .string(prompt)),
            ("groundtruth", .string(groundtruth)),
            ("right_context", .string(rightContext)),
        ]
        fields += extra ?? context.fields
        fields.append(("metadata", .object([
            ("repository", .string(file.repository)),
            ("commit", .string(file.commit)),
            ("file", .string(file.path)),
            ("license", .string(file.license)),
            ("split", .string(file.split.rawValue)),
            ("groundtruth_start_lineno", .int(startRow)),
            ("right_context_start_lineno", .int(endRow)),
            ("start_byte", .int(byteRange.lowerBound)),
            ("end_byte", .int(byteRange.upperBound)),
        ])))
        fields.append(("labels", .object([
            ("node_type", .string(nodeType)),
            ("depth", .int(depth)),
            ("tree_depth", .int(treeDepth)),
            ("bucket", .int(bucket)),
            ("semantic_class", label.map { .string($0.semanticClass.rawValue) } ?? .null),
            ("subcategory", label?.subcategory.map { .string($0) } ?? .null),
            ("lines", .int(lines)),
            ("difficulty", .string(difficulty.rawValue)),
        ])))
        return .object(fields)
    }
}

/// Extra record fields, in order (a JSON object's body), comparable so samples stay `Equatable`.
public struct SampleExtraFields: Sendable, Equatable {
    public var fields: [(String, JSONValue)]

    public init(_ fields: [(String, JSONValue)] = []) {
        self.fields = fields
    }

    public static func == (lhs: SampleExtraFields, rhs: SampleExtraFields) -> Bool {
        JSONValue.object(lhs.fields) == JSONValue.object(rhs.fields)
    }
}

/// Mines one file at a time: parse, find candidates, draw spans, cut the file around them. One per task.
public final class Miner {
    public let rules: MiningRules
    public let seed: UInt64
    private let parser: SourceParser
    private var finders: [String: CandidateFinder] = [:]

    public init(rules: MiningRules, seed: UInt64, catalog: GrammarCatalog) {
        self.rules = rules
        self.seed = seed
        let timeout = rules.parseTimeoutSeconds > 0 ? Duration.milliseconds(Int(rules.parseTimeoutSeconds * 1000)) : nil
        parser = SourceParser(catalog: catalog, timeout: timeout)
    }

    /// The candidates of a file (for statistics and checks).
    public func candidates(of source: [UInt8], file: SourceFileIdentity) throws -> FileCandidates {
        let tree = try parser.parse(source, language: file.language, path: file.path)
        return try finder(for: file.language, grammar: tree.grammar).candidates(in: tree)
    }

    /// The file's samples. The draw uses a generator keyed by (seed, repository, path), so a file's samples never
    /// depend on which other files were mined, in which order, or where.
    public func mine(_ source: [UInt8], file: SourceFileIdentity) throws -> [MinedSample] {
        let tree = try parser.parse(source, language: file.language, path: file.path)
        let found = try finder(for: file.language, grammar: tree.grammar).candidates(in: tree)
        var random = SeededRandom(seed: seed, key: ["mine", file.repository, file.path])
        let share = file.split == .test ? rules.testMultilineShare : nil
        let spans = SpanSampler(strategy: rules.strategy)
            .sample(found, count: rules.samplesPerFile, multilineShare: share, random: &random)
        return spans.map { span in
            MinedSample(
                file: file, nodeType: tree.grammar.symbolName(span.symbol), byteRange: span.byteRange,
                startRow: span.startPoint.row, endRow: span.endPoint.row, depth: span.depth, treeDepth: found.treeDepth,
                bucket: DepthBucket.bucket(depth: span.depth, treeDepth: found.treeDepth), label: found.label(of: span),
                lines: span.lines,
                prompt: String(decoding: source[..<span.byteRange.lowerBound], as: UTF8.self),
                groundtruth: String(decoding: source[span.byteRange], as: UTF8.self),
                rightContext: String(decoding: source[span.byteRange.upperBound...], as: UTF8.self))
        }
    }

    private func finder(for language: Language, grammar: Grammar) throws -> CandidateFinder {
        if let finder = finders[grammar.name] { return finder }
        let table = BoundLabelTable(try LabelTables.table(for: language), grammar: grammar)
        let finder = CandidateFinder(rules: rules, labels: table)
        finders[grammar.name] = finder
        return finder
    }
}
