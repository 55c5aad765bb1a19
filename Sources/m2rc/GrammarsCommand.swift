import ArgumentParser
import Foundation
import M2RCKit
import TreeSitter

struct GrammarsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grammars",
        abstract: "List the compiled tree-sitter grammars; with --check, load each and parse a sample.",
        discussion: """
            Grammars are pinned in Grammars/grammars.json and compiled by `python3 Grammars/build.py` into \
            Grammars/build (or $M2RC_GRAMMARS_DIR).
            """
    )

    @Flag(help: "Load every grammar and parse a sample program with it; exit 1 naming any failure.")
    var check = false

    func run() throws {
        let catalog: GrammarCatalog
        do {
            catalog = try GrammarCatalog.locate()
        } catch {
            throw CommandFailure.workFailed(error.description)
        }
        print("grammars in \(catalog.directory.path) (runtime loads ABI "
              + "\(Grammar.supportedABI.lowerBound)–\(Grammar.supportedABI.upperBound))")
        var table = TextTable([("language", .left), ("grammar", .left), ("source", .left), ("upstream", .left),
                               ("ABI", .right), ("library", .left)] + (check ? [("check", .left)] : []))
        var failures: [String] = []
        for usage in GrammarUsage.all {
            guard let pin = catalog.pin(symbol: usage.grammar) else {
                failures.append("\(usage.grammar): not compiled")
                table.add([usage.languages, usage.grammar, "missing", "", "", ""] + (check ? ["not compiled"] : []))
                continue
            }
            var cells = [usage.languages, pin.symbol, "\(pin.package)==\(pin.version)",
                         Self.shortUpstream(pin.upstream), "\(pin.abi)", pin.library]
            if check {
                let verdict = Self.check(symbol: pin.symbol, catalog: catalog)
                cells.append(verdict.summary)
                if let failure = verdict.failure { failures.append("\(pin.symbol): \(failure)") }
            }
            table.add(cells)
        }
        print(table.render(), terminator: "")
        if !failures.isEmpty {
            throw CommandFailure.workFailed("grammar check failed:\n  " + failures.joined(separator: "\n  "))
        }
        if check { print("all \(GrammarUsage.all.count) grammars load and parse their samples without errors") }
    }

    private static func check(symbol: String, catalog: GrammarCatalog) -> (summary: String, failure: String?) {
        guard let sample = GrammarSamples.byGrammar.first(where: { $0.grammar == symbol }) else {
            return ("no sample", "no sample program to parse")
        }
        do {
            let parser = try Parser(grammar: try catalog.grammar(symbol: symbol), timeout: .seconds(10))
            let statistics = try parser.parse(sample.source).statistics()
            if statistics.errors > 0 {
                return ("\(statistics.errors) errors", "\(statistics.errors) error nodes in \(sample.file)")
            }
            return ("ok (\(statistics.nodes) nodes)", nil)
        } catch {
            return ("failed", "\(error)")
        }
    }

    private static func shortUpstream(_ upstream: String) -> String {
        guard let at = upstream.firstIndex(of: "@") else { return upstream }
        let revision = upstream[upstream.index(after: at)...]
        return upstream[..<at] + "@" + (revision.count == 40 ? revision.prefix(12) : revision)
    }
}

/// Which languages each grammar serves (TypeScript has two: `.tsx` files use the `tsx` grammar).
struct GrammarUsage {
    let grammar: String
    let languages: String

    static let all: [GrammarUsage] = {
        var usages: [GrammarUsage] = []
        for language in Language.allCases {
            let profile = language.profile
            usages.append(GrammarUsage(grammar: profile.grammar, languages: language.rawValue))
            for (pathExtension, grammar) in profile.grammarVariants.sorted(by: { $0.key < $1.key }) {
                usages.append(GrammarUsage(grammar: grammar, languages: "\(language.rawValue) (\(pathExtension))"))
            }
        }
        return usages
    }()
}
