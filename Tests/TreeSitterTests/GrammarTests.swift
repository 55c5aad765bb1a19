import Foundation
import M2RCKit
import Testing
@testable import TreeSitter

@Suite("Grammar loading")
struct GrammarTests {
    @Test("every pinned grammar loads with a supported ABI and parses its sample without errors",
          arguments: GrammarSamples.byGrammar.map(\.grammar))
    func sampleParsesCleanly(symbol: String) throws {
        let sample = try #require(GrammarSamples.byGrammar.first { $0.grammar == symbol })
        let grammar = try catalog.grammar(symbol: symbol)
        #expect(Grammar.supportedABI.contains(grammar.abiVersion))
        let tree = try Parser(grammar: grammar).parse(sample.source)
        let statistics = tree.statistics()
        #expect(statistics.errors == 0, "\(sample.file) has \(statistics.errors) error nodes")
        #expect(!tree.root.hasError)
        #expect(tree.root.endByte == sample.source.utf8.count)
        #expect(!grammar.namedNodeTypes.isEmpty)
    }

    @Test("the catalog knows all 19 grammars the 18 languages need")
    func catalogIsComplete() {
        let needed = Set(Language.allCases.flatMap { [$0.profile.grammar] + $0.profile.grammarVariants.values })
        #expect(needed.count == 19)
        #expect(needed.isSubset(of: Set(catalog.pins.map(\.symbol))))
    }

    @Test("named node types come from the grammar's symbol table")
    func namedNodeTypes() throws {
        let python = try catalog.grammar(symbol: "python")
        #expect(python.namedNodeTypes.contains("function_definition"))
        #expect(python.namedNodeTypes.contains("identifier"))
        #expect(!python.namedNodeTypes.contains("def"))
        #expect(python.anonymousNodeTypes.contains("def"))
        #expect(python.namedNodeTypes == python.namedNodeTypes.sorted())
    }

    @Test("a grammar generated for an ABI the runtime cannot load gives an actionable error")
    func wrongABI() throws {
        let folder = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A TSLanguage starts with its ABI version; nothing else is read before the check.
        let library = try compileSharedLibrary("""
            static const unsigned int language[64] = {15};
            const void *tree_sitter_future(void) { return language; }
            """, in: folder, name: "future")
        #expect(throws: GrammarError.incompatibleABI(grammar: "future", version: 15, supported: 13...14,
                                                     path: library)) {
            try Grammar.load(libraryAt: library, symbol: "future")
        }
        let message = GrammarError.incompatibleABI(grammar: "future", version: 15, supported: 13...14,
                                                   path: library).description
        #expect(message.contains("ABI 15"))
        #expect(message.contains("--abi 14"))
        #expect(message.contains("Grammars/grammars.json"))
    }

    @Test("a library without the grammar's entry point names the symbol and the file")
    func missingSymbol() throws {
        let path = catalog.directory.appendingPathComponent(try #require(catalog.pin(symbol: "c")).library).path
        #expect(throws: GrammarError.missingSymbol(symbol: "tree_sitter_cobol", path: path)) {
            try Grammar.load(libraryAt: path, symbol: "cobol")
        }
    }

    @Test("a missing or broken library is reported, not a crash")
    func badLibrary() throws {
        #expect(throws: GrammarError.libraryNotFound(path: "/nonexistent/libtree-sitter-x.so")) {
            try Grammar.load(libraryAt: "/nonexistent/libtree-sitter-x.so", symbol: "x")
        }
        let folder = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let junk = folder.appendingPathComponent("libjunk.so")
        try Data("not an ELF file".utf8).write(to: junk)
        do {
            _ = try Grammar.load(libraryAt: junk.path, symbol: "junk")
            Issue.record("loading a junk file should fail")
        } catch {
            guard case .cannotOpen(let path, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == junk.path)
        }
    }

    @Test("an unknown grammar symbol lists the known ones")
    func unknownSymbol() {
        #expect(throws: GrammarCatalogError.self) { try catalog.grammar(symbol: "cobol") }
    }
}
