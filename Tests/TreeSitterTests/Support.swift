import Foundation
import M2RCKit
import TreeSitter

/// The compiled grammars (built by `python3 Grammars/build.py`; the README's test command builds them first).
let catalog: GrammarCatalog = {
    do {
        return try GrammarCatalog.locate()
    } catch {
        fatalError("\(error)")
    }
}()

func parser(_ symbol: String, timeout: Duration? = .seconds(30)) throws -> Parser {
    try Parser(grammar: try catalog.grammar(symbol: symbol), timeout: timeout)
}

/// A fresh scratch folder, removed by the caller's `defer`.
func scratchDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("m2rc-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Compiles a C file into a shared library with the system compiler, for grammar-loading failure tests.
func compileSharedLibrary(_ source: String, in folder: URL, name: String) throws -> String {
    let sourceURL = folder.appendingPathComponent("\(name).c")
    let libraryURL = folder.appendingPathComponent("lib\(name).so")
    try source.write(to: sourceURL, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["cc", "-shared", "-fPIC", "-o", libraryURL.path, sourceURL.path]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CompileFailed() }
    return libraryURL.path
}

struct CompileFailed: Error {}
