import Foundation
import M2RCKit
import TreeSitter

/// Explains CodeBLEU disagreements, as the issue asks: a syntax difference is traced to the grammar versions when
/// the reference's grammar and m2rc's parse one of the two strings into different trees (the node types whose
/// counts differ are listed); a dataflow difference is hash-seed dependent when the reference gives m2rc's value
/// under some other `PYTHONHASHSEED`.
struct CodeBLEUDiagnostics {
    let python: String
    let script: String
    let work: String
    let catalog: GrammarCatalog
    let language: Language
    let codeBLEUName: String

    /// For each pair index: a line saying which node types the two grammars give differently, or that the trees
    /// are the same (so the difference is not the grammar's).
    func syntax(_ indices: [Int], references: [String], predictions: [String]) throws -> [Int: (grammar: Bool, note: String)] {
        guard !indices.isEmpty else { return [:] }
        let codes = indices.flatMap { [PythonText.strip(references[$0]), PythonText.strip(predictions[$0])] }
        let input = "\(work)/trees-\(language.rawValue).json"
        let output = "\(work)/trees-\(language.rawValue)-out.json"
        try Data(JSONValue.array(codes.map { .string($0) }).serialized().utf8).write(to: URL(fileURLWithPath: input))
        try run(["--mode", "trees", "--language", codeBLEUName, "--codes", input, "--out", output], seed: 0)
        struct Trees: Decodable { let raw: String; let cleaned: String }
        let theirs = try JSONDecoder().decode([Trees].self, from: Data(contentsOf: URL(fileURLWithPath: output)))
        let symbol = try CodeBLEUScorer(language: language, catalog: catalog).grammar.symbol
        let parser = try Parser(grammar: try catalog.grammar(symbol: symbol))
        var notes: [Int: (Bool, String)] = [:]
        for (position, index) in indices.enumerated() {
            var differences: [String] = []
            for (side, offset) in [("reference", 0), ("prediction", 1)] {
                let code = codes[2 * position + offset]
                let ours = try parser.parse(code).root.cSExpression
                let reference = theirs[2 * position + offset].raw
                if ours != reference {
                    differences.append("\(side): \(Self.typeDifference(ours: ours, theirs: reference))")
                }
            }
            notes[index] = differences.isEmpty
                ? (false, "same trees from both grammars: not a grammar difference")
                : (true, "grammar versions differ on " + differences.joined(separator: "; "))
        }
        return notes
    }

    /// For each pair index, the dataflow values the reference gives under `PYTHONHASHSEED` 0…`seeds − 1`.
    func dataflowValues(_ indices: [Int], references: [String], predictions: [String], seeds: Int) throws -> [Int: Set<Double>] {
        guard !indices.isEmpty else { return [:] }
        let input = "\(work)/dataflow-\(language.rawValue).jsonl"
        var text = ""
        for index in indices {
            text += JSONValue.object([("reference", .string(references[index])),
                                      ("prediction", .string(predictions[index]))]).serialized() + "\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: input))
        var observed: [Int: Set<Double>] = [:]
        for seed in 0..<seeds {
            let output = "\(work)/dataflow-\(language.rawValue)-\(seed).json"
            try run(["--mode", "dataflow", "--language", codeBLEUName, "--pairs", input, "--out", output], seed: seed)
            let values = try JSONDecoder().decode([Double].self, from: Data(contentsOf: URL(fileURLWithPath: output)))
            for (position, index) in indices.enumerated() { observed[index, default: []].insert(values[position]) }
        }
        return observed
    }

    private func run(_ arguments: [String], seed: Int) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONHASHSEED"] = "\(seed)"
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchmarkError("\(script) \(arguments.joined(separator: " ")) failed") }
    }

    /// The node types whose counts differ between two S-expressions: `+type` more often in m2rc's tree,
    /// `−type` more often in the reference's.
    static func typeDifference(ours: String, theirs: String) -> String {
        func counts(_ expression: String) -> [String: Int] {
            var result: [String: Int] = [:]
            for token in expression.split(whereSeparator: { $0 == " " || $0 == ")" }) where token.hasPrefix("(") {
                result[String(token.dropFirst()), default: 0] += 1
            }
            return result
        }
        let mine = counts(ours)
        let reference = counts(theirs)
        let types = Set(mine.keys).union(reference.keys).sorted()
        let changes = types.compactMap { type -> String? in
            let delta = (mine[type] ?? 0) - (reference[type] ?? 0)
            return delta == 0 ? nil : (delta > 0 ? "+" : "−") + type + (abs(delta) > 1 ? "×\(abs(delta))" : "")
        }
        return changes.isEmpty ? "same node types, different shape" : changes.joined(separator: " ")
    }
}
