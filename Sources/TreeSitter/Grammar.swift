import CTreeSitter

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tree-sitter grammar loaded from a shared library.
///
/// A `TSLanguage` is immutable static data inside its library, so a `Grammar` is freely shared across tasks.
/// The library is never unloaded: every tree and node made with the grammar points into it.
public struct Grammar: @unchecked Sendable {
    /// The `const TSLanguage *`; valid for the life of the process.
    let language: OpaquePointer
    /// The grammar's name, as in its entry point `tree_sitter_<name>`.
    public let name: String
    /// Where the library was loaded from.
    public let libraryPath: String
    /// The ABI version the grammar was generated for.
    public let abiVersion: Int
    /// Symbol names indexed by symbol id, so hot loops need no C-string conversion per node.
    let symbolNames: [String]
    let symbolKinds: [SymbolKind]
    /// Field names indexed by field id (index 0 is "no field").
    let fieldNames: [String?]

    /// The ABI versions this tree-sitter runtime can load.
    public static let supportedABI: ClosedRange<Int> =
        Int(TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION)...Int(TREE_SITTER_LANGUAGE_VERSION)

    /// Loads `tree_sitter_<symbol>` from the library at `path` and checks its ABI against the runtime's range.
    public static func load(libraryAt path: String, symbol: String) throws(GrammarError) -> Grammar {
        guard access(path, F_OK) == 0 else { throw .libraryNotFound(path: path) }
        // RTLD_LOCAL: grammars export the same helper symbols; keep each library's to itself.
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            throw .cannotOpen(path: path, reason: dlerror().map { String(cString: $0) } ?? "unknown dlopen error")
        }
        let entryPoint = "tree_sitter_\(symbol)"
        guard let address = dlsym(handle, entryPoint) else {
            throw .missingSymbol(symbol: entryPoint, path: path)
        }
        typealias LanguageFunction = @convention(c) () -> OpaquePointer?
        let function = unsafeBitCast(address, to: LanguageFunction.self)
        guard let language = function() else { throw .missingSymbol(symbol: entryPoint, path: path) }
        let version = Int(ts_language_version(language))
        guard supportedABI.contains(version) else {
            throw .incompatibleABI(grammar: symbol, version: version, supported: supportedABI, path: path)
        }
        return Grammar(language: language, name: symbol, libraryPath: path, abiVersion: version)
    }

    private init(language: OpaquePointer, name: String, libraryPath: String, abiVersion: Int) {
        self.language = language
        self.name = name
        self.libraryPath = libraryPath
        self.abiVersion = abiVersion
        let symbolCount = ts_language_symbol_count(language)
        var names: [String] = []
        var kinds: [SymbolKind] = []
        names.reserveCapacity(Int(symbolCount))
        for id in 0..<symbolCount {
            let symbol = TSSymbol(id)
            names.append(ts_language_symbol_name(language, symbol).map { String(cString: $0) } ?? "")
            kinds.append(SymbolKind(ts_language_symbol_type(language, symbol)))
        }
        symbolNames = names
        symbolKinds = kinds
        let fieldCount = Int(ts_language_field_count(language))
        var fields: [String?] = [nil]
        for id in stride(from: 1, through: fieldCount, by: 1) {
            fields.append(ts_language_field_name_for_id(language, TSFieldId(id)).map { String(cString: $0) })
        }
        fieldNames = fields
    }

    /// The name of a node type by symbol id (`ERROR` for the error symbol).
    public func symbolName(_ symbol: UInt16) -> String {
        Int(symbol) < symbolNames.count
            ? symbolNames[Int(symbol)]
            : ts_language_symbol_name(language, symbol).map { String(cString: $0) } ?? ""
    }

    /// The name of a field by field id, or nil for id 0 ("no field").
    public func fieldName(_ field: UInt16) -> String? {
        Int(field) < fieldNames.count ? fieldNames[Int(field)] : nil
    }

    /// The symbol ids whose node type is `name` (aliases can give one name several ids).
    public func symbols(named name: String) -> [UInt16] {
        symbolNames.indices.filter { symbolNames[$0] == name }.map { UInt16($0) }
    }

    /// The id of the field called `name`, if the grammar has one.
    public func fieldID(named name: String) -> UInt16? {
        fieldNames.firstIndex(of: name).map { UInt16($0) }
    }

    /// Every field name of the grammar, sorted.
    public var allFieldNames: [String] { fieldNames.compactMap { $0 }.sorted() }

    /// Every named, visible node type of the grammar (what `node-types.json` lists as `"named": true`),
    /// sorted and without duplicates (aliases can repeat a name).
    public var namedNodeTypes: [String] {
        var names: [String] = []
        for (name, kind) in zip(symbolNames, symbolKinds) where kind == .named && !name.isEmpty {
            names.append(name)
        }
        return uniqueSorted(names)
    }

    /// The grammar's anonymous (literal token) node types, sorted and without duplicates.
    public var anonymousNodeTypes: [String] {
        uniqueSorted(zip(symbolNames, symbolKinds).filter { $0.1 == .anonymous }.map(\.0))
    }

    /// The number of symbols, aliases included (`ts_language_symbol_count`).
    public var symbolCount: Int { symbolNames.count }
}

/// What kind of node a grammar symbol produces.
public enum SymbolKind: Sendable, Equatable {
    /// A named node, visible in the tree (`identifier`, `if_statement`).
    case named
    /// An anonymous token, visible in the tree (`"if"`, `";"`).
    case anonymous
    /// A hidden rule (names starting with `_`), never a node of the tree.
    case hidden

    init(_ type: TSSymbolType) {
        switch type {
        case TSSymbolTypeRegular: self = .named
        case TSSymbolTypeAnonymous: self = .anonymous
        default: self = .hidden
        }
    }
}

private func uniqueSorted(_ names: [String]) -> [String] {
    var result: [String] = []
    for name in names.sorted() where result.last != name { result.append(name) }
    return result
}

extension Grammar: Equatable, Hashable {
    public static func == (lhs: Grammar, rhs: Grammar) -> Bool { lhs.language == rhs.language }
    public func hash(into hasher: inout Hasher) { hasher.combine(language) }
}

/// Why a grammar library could not be used. Each case says what to do about it.
public enum GrammarError: Error, Equatable, CustomStringConvertible {
    case libraryNotFound(path: String)
    case cannotOpen(path: String, reason: String)
    case missingSymbol(symbol: String, path: String)
    case incompatibleABI(grammar: String, version: Int, supported: ClosedRange<Int>, path: String)

    public var description: String {
        switch self {
        case .libraryNotFound(let path):
            return "grammar library \(path) does not exist: build the grammars with `python3 Grammars/build.py`"
        case .cannotOpen(let path, let reason):
            return "cannot load grammar library \(path): \(reason); rebuild it with `python3 Grammars/build.py --force`"
        case .missingSymbol(let symbol, let path):
            return "grammar library \(path) has no entry point \(symbol): check the symbol name in Grammars/grammars.json"
        case .incompatibleABI(let grammar, let version, let supported, let path):
            return "grammar '\(grammar)' (\(path)) was generated for ABI \(version), but this tree-sitter runtime loads "
                + "ABI \(supported.lowerBound)–\(supported.upperBound): pin a release of the grammar generated with "
                + "`tree-sitter generate --abi \(supported.upperBound)` in Grammars/grammars.json (see Grammars/README.md), "
                + "or use a newer tree-sitter runtime"
        }
    }
}
