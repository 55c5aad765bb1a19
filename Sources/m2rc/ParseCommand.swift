import ArgumentParser
import Foundation
import M2RCKit
import TreeSitter

struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse source files and report language, size, node counts, tree depth and errors.",
        discussion: """
            With one file: its figures (and with --tree its S-expression). With several files or a folder \
            (searched recursively; files of none of the 18 languages are skipped): a line per file with --json, \
            else a table per language. Tree depth counts the root as depth 1; errors are ERROR plus MISSING nodes.
            """
    )

    @Argument(help: "Source files or folders.")
    var paths: [String]

    @Option(help: "The language, when the file extension does not tell (a name or alias: python, c#, ts, objc…).")
    var language: String?

    @Flag(help: "Print the syntax tree as an S-expression (one file only).")
    var tree = false

    @Flag(help: "Print the figures as JSON: one object for one file, JSON Lines (with \"file\") for several.")
    var json = false

    @Flag(help: "Exit 1 when any file has parse errors.")
    var strict = false

    @Option(help: "Give up on a file after this many seconds (0: no limit).")
    var timeout: Double = 10

    @Option(help: "Files parsed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let language, Language(name: language) == nil {
            throw ValidationError("unknown language '\(language)'; known: "
                                  + Language.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if timeout < 0 { throw ValidationError("--timeout must not be negative") }
    }

    func run() async throws {
        let catalog: GrammarCatalog
        do {
            catalog = try GrammarCatalog.locate()
        } catch {
            throw CommandFailure.workFailed(error.description)
        }
        let files = try collectFiles()
        if files.count == 1, case .file = try kind(of: paths[0]) {
            try reportOne(files[0], catalog: catalog)
        } else {
            if tree { throw CommandFailure.badInput("--tree takes a single file") }
            try await reportMany(files, catalog: catalog)
        }
    }

    private var parseTimeout: Duration? { timeout > 0 ? .milliseconds(Int(timeout * 1000)) : nil }

    // MARK: one file

    private func reportOne(_ file: SourceFile, catalog: GrammarCatalog) throws {
        let parser = SourceParser(catalog: catalog, timeout: parseTimeout)
        let bytes = try read(file.path)
        let parsed: Tree
        do {
            parsed = try parser.parse(bytes, language: file.language, path: file.path)
        } catch {
            throw CommandFailure.workFailed("\(file.path): \(error)")
        }
        let figures = parsed.statistics()
        if json {
            print(Self.jsonObject([
                ("language", .string(file.language.rawValue)), ("bytes", .int(bytes.count)),
                ("nodes", .int(figures.nodes)), ("named_nodes", .int(figures.namedNodes)),
                ("tree_depth", .int(figures.depth)), ("errors", .int(figures.errors)),
            ]))
        } else {
            var table = TextTable([("", .left), ("", .left)])
            table.add(["file", file.path])
            table.add(["language", "\(file.language.rawValue) (grammar \(parsed.grammar.name))"])
            table.add(["bytes", grouped(bytes.count)])
            table.add(["nodes", grouped(figures.nodes)])
            table.add(["named nodes", grouped(figures.namedNodes)])
            table.add(["tree depth", grouped(figures.depth)])
            table.add(["errors", "\(figures.errors) (\(figures.errorNodes) ERROR, \(figures.missingNodes) MISSING)"])
            // The two-column table has an empty header: print its rows only.
            print(table.render().split(separator: "\n").dropFirst(2).joined(separator: "\n"))
        }
        if tree { print(parsed.sExpression()) }
        if strict && figures.errors > 0 { throw CommandFailure.workFailed("\(file.path) has \(figures.errors) parse errors") }
    }

    // MARK: many files

    private func reportMany(_ files: [SourceFile], catalog: GrammarCatalog) async throws {
        let timeout = parseTimeout
        let outcomes = try await withThrowingTaskGroup(of: (Int, Result<ParseReport, CommandFailure>).self) { group in
            var outcomes = [Result<ParseReport, CommandFailure>?](repeating: nil, count: files.count)
            var next = 0
            // A sliding window of `jobs` files; each task parses with its own parser.
            func startNext() {
                guard next < files.count else { return }
                let index = next
                let file = files[index]
                next += 1
                group.addTask {
                    let parser = SourceParser(catalog: catalog, timeout: timeout)
                    do {
                        let bytes = try read(file.path)
                        return (index, .success(try parser.report(bytes, language: file.language, path: file.path)))
                    } catch let failure as CommandFailure {
                        return (index, .failure(failure))
                    } catch {
                        return (index, .failure(.workFailed("\(file.path): \(error)")))
                    }
                }
            }
            for _ in 0..<jobs { startNext() }
            while let (index, outcome) = try await group.next() {
                outcomes[index] = outcome
                startNext()
            }
            return outcomes.map { $0! }
        }

        var failures: [String] = []
        var reports: [(SourceFile, ParseReport)] = []
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .success(let report): reports.append((file, report))
            case .failure(let failure): failures.append(failure.message)
            }
        }
        if json {
            for (file, report) in reports {
                print(Self.jsonObject([
                    ("file", .string(file.path)), ("language", .string(report.language.rawValue)),
                    ("bytes", .int(report.bytes)), ("nodes", .int(report.statistics.nodes)),
                    ("named_nodes", .int(report.statistics.namedNodes)),
                    ("tree_depth", .int(report.statistics.depth)), ("errors", .int(report.statistics.errors)),
                ]))
            }
        } else {
            print(Self.languageTable(reports), terminator: "")
        }
        let withErrors = reports.filter { $0.1.statistics.errors > 0 }
        for (file, report) in withErrors where !json {
            FileHandle.standardError.write(Data("m2rc: \(file.path): \(report.statistics.errors) parse errors\n".utf8))
        }
        if !failures.isEmpty {
            throw CommandFailure.workFailed("could not parse \(failures.count) file(s):\n  "
                                            + failures.joined(separator: "\n  "))
        }
        if strict && !withErrors.isEmpty {
            throw CommandFailure.workFailed("\(withErrors.count) file(s) have parse errors")
        }
    }

    private static func languageTable(_ reports: [(SourceFile, ParseReport)]) -> String {
        var table = TextTable([("language", .left), ("files", .right), ("bytes", .right), ("nodes", .right),
                               ("named", .right), ("depth max", .right), ("depth mean", .right),
                               ("files with errors", .right), ("error nodes", .right)])
        var total = (files: 0, bytes: 0, nodes: 0, named: 0, depthMax: 0, depthSum: 0, bad: 0, errors: 0)
        for language in Language.allCases {
            let mine = reports.filter { $0.1.language == language }.map(\.1)
            guard !mine.isEmpty else { continue }
            let depthSum = mine.map(\.statistics.depth).reduce(0, +)
            let row = (files: mine.count, bytes: mine.map(\.bytes).reduce(0, +),
                       nodes: mine.map(\.statistics.nodes).reduce(0, +),
                       named: mine.map(\.statistics.namedNodes).reduce(0, +),
                       depthMax: mine.map(\.statistics.depth).max() ?? 0,
                       bad: mine.filter { $0.statistics.errors > 0 }.count,
                       errors: mine.map(\.statistics.errors).reduce(0, +))
            table.add([language.rawValue, grouped(row.files), grouped(row.bytes), grouped(row.nodes),
                       grouped(row.named), "\(row.depthMax)", String(format: "%.1f", Double(depthSum) / Double(mine.count)),
                       "\(row.bad)", "\(row.errors)"])
            total = (total.files + row.files, total.bytes + row.bytes, total.nodes + row.nodes, total.named + row.named,
                     max(total.depthMax, row.depthMax), total.depthSum + depthSum, total.bad + row.bad,
                     total.errors + row.errors)
        }
        table.add(["total", grouped(total.files), grouped(total.bytes), grouped(total.nodes), grouped(total.named),
                   "\(total.depthMax)",
                   total.files > 0 ? String(format: "%.1f", Double(total.depthSum) / Double(total.files)) : "-",
                   "\(total.bad)", "\(total.errors)"])
        return table.render()
    }

    // MARK: inputs

    struct SourceFile: Sendable {
        let path: String
        let language: Language
    }

    private enum PathKind { case file, directory }

    private func kind(of path: String) throws -> PathKind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure.badInput("\(path): no such file or folder")
        }
        return isDirectory.boolValue ? .directory : .file
    }

    /// The files to parse, in the order given; a folder's files sorted by path. A file named directly must have
    /// a known language; files found in folders without one are skipped.
    private func collectFiles() throws -> [SourceFile] {
        let forced = language.flatMap(Language.init(name:))
        var files: [SourceFile] = []
        for path in paths {
            switch try kind(of: path) {
            case .file:
                guard let language = try forced ?? detect(path, repository: .none) else {
                    throw CommandFailure.badInput("\(path): cannot tell the language from the extension; use --language")
                }
                files.append(SourceFile(path: path, language: language))
            case .directory:
                let found = try listFiles(under: path)
                let evidence = HeaderRule.RepositoryEvidence(paths: found)
                for file in found {
                    if let language = try forced ?? detect(file, repository: evidence) {
                        files.append(SourceFile(path: file, language: language))
                    }
                }
            }
        }
        return files
    }

    private func detect(_ path: String, repository: HeaderRule.RepositoryEvidence) throws -> Language? {
        guard LanguageDetection.pathExtension(of: path) == ".h" else {
            return LanguageDetection.language(forPath: path)
        }
        return LanguageDetection.language(forPath: path, content: try read(path), repository: repository)
    }

    private func listFiles(under folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw CommandFailure.badInput("\(folder): cannot list the folder")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    // MARK: output

    enum JSONValue {
        case string(String)
        case int(Int)
    }

    /// One JSON object with its keys in the given order.
    static func jsonObject(_ fields: [(String, JSONValue)]) -> String {
        "{" + fields.map { key, value in
            let rendered: String
            switch value {
            case .string(let text): rendered = jsonString(text)
            case .int(let number): rendered = String(number)
            }
            return "\(jsonString(key)):\(rendered)"
        }.joined(separator: ",") + "}"
    }

    static func jsonString(_ text: String) -> String {
        let data = try! JSONEncoder().encode(text)
        return String(decoding: data, as: UTF8.self)
    }
}

private func read(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CommandFailure.badInput("\(path): cannot read the file")
    }
    return [UInt8](data)
}
