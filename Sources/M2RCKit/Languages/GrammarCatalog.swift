import Foundation
import Synchronization
import TreeSitter

/// One compiled grammar, as `Grammars/build.py` records it in the build folder's `manifest.json`.
public struct GrammarPin: Codable, Sendable, Equatable {
    public let symbol: String
    /// The PyPI sdist the sources came from, and its pinned sha256.
    public let package: String
    public let version: String
    public let sdistSHA256: String
    /// `owner/repo@rev` of the grammar's upstream sources.
    public let upstream: String
    public let abi: Int
    /// Relative to the build folder.
    public let library: String
    public let librarySHA256: String
    public let nodeTypes: String?

    enum CodingKeys: String, CodingKey {
        case symbol, package, version, upstream, abi, library
        case sdistSHA256 = "sdist_sha256"
        case librarySHA256 = "library_sha256"
        case nodeTypes = "node_types"
    }
}

/// The compiled grammars: where they are, what they were built from, and the loaded grammars themselves.
///
/// Loading is lazy and happens once per grammar; the loaded grammars are shared by every task.
public final class GrammarCatalog: Sendable {
    /// The build folder holding `manifest.json` and `lib/`.
    public let directory: URL
    /// Sorted by symbol.
    public let pins: [GrammarPin]
    private let loaded = Mutex<[String: Grammar]>([:])

    /// The environment variable that names the build folder, overriding the search.
    public static let environmentKey = "M2RC_GRAMMARS_DIR"

    public init(directory: URL) throws(GrammarCatalogError) {
        let manifestURL = directory.appendingPathComponent("manifest.json")
        guard let data = try? Data(contentsOf: manifestURL) else { throw .notBuilt(searched: [directory.path]) }
        struct Manifest: Decodable { let grammars: [GrammarPin] }
        do {
            pins = try JSONDecoder().decode(Manifest.self, from: data).grammars.sorted { $0.symbol < $1.symbol }
        } catch {
            throw .badManifest(path: manifestURL.path, reason: "\(error)")
        }
        self.directory = directory
    }

    /// Finds the build folder: `$M2RC_GRAMMARS_DIR`, else `Grammars/build` in the current folder or one of its
    /// parents, else beside the running executable or one of its parents (so `.build/debug/m2rc` finds the
    /// checkout it was built from).
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(GrammarCatalogError) -> GrammarCatalog
    {
        if let configured = environment[environmentKey], !configured.isEmpty {
            return try GrammarCatalog(directory: URL(fileURLWithPath: configured))
        }
        var searched: [String] = []
        let starts: [String?] = [
            FileManager.default.currentDirectoryPath,
            Bundle.main.executableURL?.deletingLastPathComponent().path,
        ]
        for start in starts.compactMap({ $0 }) {
            var folder = URL(fileURLWithPath: start).standardizedFileURL
            while true {
                let candidate = folder.appendingPathComponent("Grammars/build")
                searched.append(candidate.path)
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("manifest.json").path) {
                    return try GrammarCatalog(directory: candidate)
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        throw .notBuilt(searched: searched)
    }

    public func pin(symbol: String) -> GrammarPin? { pins.first { $0.symbol == symbol } }

    /// The grammar with the given symbol, loaded on first use.
    public func grammar(symbol: String) throws(GrammarCatalogError) -> Grammar {
        if let grammar = loaded.withLock({ $0[symbol] }) { return grammar }
        guard let pin = pin(symbol: symbol) else { throw .unknownGrammar(symbol, known: pins.map(\.symbol)) }
        let grammar: Grammar
        do {
            grammar = try Grammar.load(libraryAt: directory.appendingPathComponent(pin.library).path, symbol: symbol)
        } catch {
            throw .load(error)
        }
        loaded.withLock { $0[symbol] = grammar }
        return grammar
    }

    /// The grammar for a file of `language` at `path` (TSX files get the `tsx` grammar).
    public func grammar(for language: Language, path: String = "") throws(GrammarCatalogError) -> Grammar {
        try grammar(symbol: LanguageDetection.grammar(forPath: path, language: language))
    }

    /// The grammar's `node-types.json`, when its sdist shipped one.
    public func nodeTypesURL(symbol: String) -> URL? {
        pin(symbol: symbol)?.nodeTypes.map { directory.appendingPathComponent($0) }
    }
}

public enum GrammarCatalogError: Error, CustomStringConvertible {
    case notBuilt(searched: [String])
    case badManifest(path: String, reason: String)
    case unknownGrammar(String, known: [String])
    case load(GrammarError)

    public var description: String {
        switch self {
        case .notBuilt(let searched):
            let places = searched.prefix(3).joined(separator: ", ") + (searched.count > 3 ? ", …" : "")
            return "compiled grammars not found (looked for manifest.json in \(places)): run `python3 Grammars/build.py`"
                + " in the m2rc checkout, or set \(GrammarCatalog.environmentKey) to its output folder"
        case .badManifest(let path, let reason):
            return "\(path) is not a grammar manifest (\(reason)): rerun `python3 Grammars/build.py`"
        case .unknownGrammar(let symbol, let known):
            return "no compiled grammar '\(symbol)' (have: \(known.joined(separator: ", "))): "
                + "check Grammars/grammars.json and rerun `python3 Grammars/build.py`"
        case .load(let error):
            return error.description
        }
    }
}
