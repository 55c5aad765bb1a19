import ArgumentParser
import Foundation
import M2RCKit
import TreeSitter

struct LabelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "labels",
        abstract: "Check, explain and document the node-type → semantic-label tables.",
        subcommands: [Check.self, Explain.self, Markdown.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the label tables against their grammars and the taxonomy; exit 1 on any problem.")

        @Option(help: "Only this language.")
        var language: String?

        func run() throws {
            let catalog = try locateCatalog()
            let languages = try language.map { [try parseLanguage($0)] } ?? Language.allCases
            var problems: [String] = []
            for language in languages {
                do {
                    let table = try LabelTables.table(for: language)
                    let grammars = try grammars(of: language, catalog: catalog)
                    let found = table.problems(grammars: grammars)
                    let named = Set(grammars.flatMap(\.namedNodeTypes)).count
                    print("\(language.rawValue): \(table.rules.count) rules, \(named) named node types, "
                          + "\(found.count) problem(s)")
                    problems += found.map(\.description)
                } catch {
                    problems.append("\(error)")
                }
            }
            if !problems.isEmpty {
                throw CommandFailure.workFailed("label tables have problems:\n  " + problems.joined(separator: "\n  "))
            }
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every named node of a file with its depth, bucket and semantic label.")

        @Argument(help: "A source file.")
        var file: String

        @Option(help: "The language, when the extension does not tell.")
        var language: String?

        func run() throws {
            let catalog = try locateCatalog()
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure.badInput("\(file): cannot read the file")
            }
            let bytes = [UInt8](data)
            guard let language = try language.map(parseLanguage)
                ?? LanguageDetection.language(forPath: file, content: bytes) else {
                throw CommandFailure.badInput("\(file): cannot tell the language from the extension; use --language")
            }
            let tree = try SourceParser(catalog: catalog).parse(bytes, language: language, path: file)
            let labeler = try NodeLabeler(language: language, grammar: tree.grammar)
            var table = TextTable([("line", .right), ("depth", .right), ("bucket", .right), ("node", .left),
                                   ("label", .left), ("text", .left)])
            for node in labeler.labeledNodes(of: tree) {
                let text = String(decoding: bytes[node.byteRange], as: UTF8.self)
                let oneLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
                table.add(["\(node.startPoint.row + 1)", "\(node.depth)", "\(node.bucket)",
                           node.nodeType + (node.hasError ? " (error)" : ""),
                           node.label?.description ?? "UNMAPPED",
                           oneLine.count > 50 ? String(oneLine.prefix(50)) + "…" : oneLine])
            }
            print(table.render(), terminator: "")
        }
    }

    struct Markdown: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print Documentation/Languages.md, generated from the label tables.")

        func run() {
            print(LabelDocumentation.markdown(), terminator: "")
        }
    }
}

/// The grammars a language is parsed with (TypeScript: `typescript` and `tsx`).
func grammars(of language: Language, catalog: GrammarCatalog) throws -> [Grammar] {
    let profile = language.profile
    return try ([profile.grammar] + profile.grammarVariants.values.sorted()).map { try catalog.grammar(symbol: $0) }
}

func locateCatalog() throws -> GrammarCatalog {
    do {
        return try GrammarCatalog.locate()
    } catch {
        throw CommandFailure.workFailed(error.description)
    }
}

func parseLanguage(_ name: String) throws -> Language {
    guard let language = Language(name: name) else {
        throw CommandFailure.badInput("unknown language '\(name)'; known: "
                                      + Language.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return language
}
