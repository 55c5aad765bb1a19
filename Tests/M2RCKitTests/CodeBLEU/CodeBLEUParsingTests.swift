import Foundation
import Testing
import TreeSitter
@testable import M2RCKit

@Suite("CodeBLEU parsing")
struct CodeBLEUParsingTests {
    static let samples: [(String, String)] = [
        ("codebleu_python", "def f(x, y=1):\n    for i in range(x):\n        y += i\n    return y\n"),
        ("codebleu_java", "class A { int f(int n) { int s = 0; for (int i = 0; i < n; i++) { s += i; } return s; } }"),
        ("codebleu_javascript", "const f = (a, b) => { let s = a; if (b) { s += b; } return s; };"),
        ("codebleu_c_sharp", "class A { int F(int n) { var s = 0; foreach (var x in xs) { s += x; } return s; } }"),
        ("codebleu_php", "<?php function f($a) { $b = $a + 1; return $b; }"),
        ("codebleu_c", "int f(int n) { int s = 0; while (n > 0) { s += n--; } return s; }"),
        ("codebleu_cpp", "template <typename T> T add(T a, T b) { auto s = a + b; return s; }"),
        ("codebleu_go", "func f(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }"),
        ("codebleu_ruby", "def f(xs)\n  xs.each { |x| puts x }\nend\n"),
        ("codebleu_rust", "fn f(n: u32) -> u32 { let mut s = 0; for i in 0..n { s += i; } s }"),
    ]

    @Test("the private 0.22.3 runtime and the system runtime give the same tree for valid code",
          arguments: samples.map(\.0))
    func runtimesAgreeOnValidCode(_ symbol: String) throws {
        let source = Array(Self.samples.first { $0.0 == symbol }!.1.utf8)
        let grammar = try codeBLEUCatalog.grammar(symbol: symbol)
        var system = NodeTable()
        try Parser(grammar: grammar).parse(source).fill(&system)
        let runtime = try #require(try CodeBLEURuntime.load(from: codeBLEUCatalog))
        var reference = NodeTable()
        try PrivateRuntimeParser(runtime: runtime, grammar: grammar).parse(source, into: &reference)
        #expect(reference.count == system.count && reference.count > 10)
        #expect(reference.symbols == system.symbols)
        #expect(reference.fieldIDs == system.fieldIDs)
        #expect(reference.childCounts == system.childCounts)
        #expect(reference.firstChildren == system.firstChildren && reference.nextSiblings == system.nextSiblings)
        #expect(reference.startBytes == system.startBytes && reference.endBytes == system.endBytes)
        #expect(reference.endRows == system.endRows && reference.endColumns == system.endColumns)
        #expect(reference.depth == system.depth)
        #expect(reference.hasPrinting && !system.hasPrinting)
    }

    @Test("subtree keys equal exactly when ts_node_string is equal")
    func keysFollowNodeStrings() throws {
        let source = "x = f(a, b)\ny = f(c, d)\nz = g(a)\n"
        let grammar = try codeBLEUCatalog.grammar(symbol: "codebleu_python")
        let tree = try Parser(grammar: grammar).parse(source)
        let runtime = try #require(try CodeBLEURuntime.load(from: codeBLEUCatalog))
        var table = NodeTable()
        try PrivateRuntimeParser(runtime: runtime, grammar: grammar).parse(Array(source.utf8), into: &table)
        var keys = SubtreeKeys(grammar: grammar)
        var interner = SequenceInterner()
        var nodeKeys: [UInt32] = []
        var subtrees: [UInt32] = []
        keys.keys(of: table, source: Array(source.utf8), interner: &interner, nodeKeys: &nodeKeys, subtrees: &subtrees)
        // The system tree has the same nodes in the same order here (valid code).
        var strings: [String] = []
        tree.walk { strings.append($0.node.cSExpression) }
        #expect(strings.count == table.count)
        for a in 0..<table.count {
            for b in 0..<table.count where (strings[a] == strings[b]) != (nodeKeys[a] == nodeKeys[b]) {
                Issue.record("nodes \(a) and \(b): \(strings[a]) / \(strings[b])")
            }
        }
        #expect(subtrees.count == 1 + (1..<table.count).filter { table.childCounts[$0] > 0 }.count)
    }

    @Test("a hidden MISSING token is part of its parent's key (a #include without its newline)")
    func hiddenMissingToken() throws {
        let statistics = try codeBLEUScorer(.cpp).statistics(reference: "#include \"geom/vec2.hpp\"",
                                                             prediction: "#include \"geom/vec2.hpp\"\nnamespace geom {")
        // (preproc_include path: (string_literal (string_content)) (MISSING "preproc_include_token2")) differs
        // from the prediction's complete preproc_include: only string_literal matches.
        #expect(statistics.syntaxMatches == 1 && statistics.syntaxTotal == 3)
    }

    @Test("very deep trees: no crash, and no dataflow past the reference's recursion limit")
    func deepTrees() throws {
        let scorer = try codeBLEUScorer(.java)
        for depth in [300, 1200] {
            let code = "int x = " + String(repeating: "(", count: depth) + "a + b" + String(repeating: ")", count: depth)
                + ";"
            let statistics = scorer.statistics(reference: code, prediction: code)
            #expect(statistics.syntaxMatches == statistics.syntaxTotal)
            #expect(statistics.dataflowTotal == (depth < CodeBLEUScorer.dataflowDepthLimit ? 3 : 0))
        }
    }

    @Test("the optimised private runtime gives the unmodified runtime's flat trees for every grammar")
    func optimisedRuntimeMatchesTheOriginal() throws {
        // Benchmarks/runtime-equivalence/run.sh builds the pinned runtime untouched, with the cursor walk, and
        // compares its flat trees with the built library's on ~130,000 demo-corpus fragments.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = root.appendingPathComponent("Benchmarks/runtime-equivalence/run.sh")
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["M2RC_GRAMMARS_DIR"] = codeBLEUCatalog.directory.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(report)")
        let clean = report.split(separator: "\n").filter { $0.split(separator: " ").suffix(2).elementsEqual(["0", "differ"]) }
        #expect(clean.count >= 29, "\(report)")
    }
}
