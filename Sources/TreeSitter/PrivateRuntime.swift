#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tree-sitter runtime of another version than the system's, loaded privately (dlopen, `RTLD_LOCAL`) from a
/// library that `Grammars/build.py` compiles from the runtime's sources and `Grammars/runtime/flat_parse.c`.
///
/// Trees from different runtime versions differ where the input has syntax errors (error recovery changed between
/// versions), so a metric that must reproduce a reference tool parses with the runtime that tool used. The library
/// exports only `m2rc_*` functions, which parse a string straight into a `NodeTable`; grammars are the same
/// `Grammar` values the system runtime uses (a `TSLanguage` is plain data).
public final class PrivateRuntime: @unchecked Sendable {
    public let libraryPath: String
    /// The grammar ABI versions this runtime loads.
    public let supportedABI: ClosedRange<Int>
    fileprivate let functions: Functions

    fileprivate struct Functions {
        let parserNew: @convention(c) (OpaquePointer) -> UnsafeMutableRawPointer?
        let parserDelete: @convention(c) (UnsafeMutableRawPointer) -> Void
        let flatNew: @convention(c) () -> UnsafeMutableRawPointer?
        let flatDelete: @convention(c) (UnsafeMutableRawPointer) -> Void
        let parse: @convention(c) (UnsafeMutableRawPointer, UnsafePointer<CChar>?, UInt32, UnsafeMutableRawPointer)
            -> Int32
        let count: @convention(c) (UnsafeMutableRawPointer) -> UInt32
        let depth: @convention(c) (UnsafeMutableRawPointer) -> UInt32
        let symbols: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt16>
        let flags: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt8>
        let fields: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt16>
        let parents: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<Int32>
        let childCounts: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<Int32>
        let firstChildren: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<Int32>
        let nextSiblings: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<Int32>
        let startBytes: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>
        let endBytes: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>
        let startRows: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>
        let startColumns: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>
        let endRows: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>
        let endColumns: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>
        let headKinds: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt8>
        let headValues: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>
        let childHeadKinds: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt8>
        let childHeadValues: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>
        let itemStarts: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>
        let itemEnds: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>
        let items: @convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>?
        let itemCount: @convention(c) (UnsafeMutableRawPointer) -> UInt32
    }

    private init(libraryPath: String, supportedABI: ClosedRange<Int>, functions: Functions) {
        self.libraryPath = libraryPath
        self.supportedABI = supportedABI
        self.functions = functions
    }

    /// Loads the runtime library at `path` (never unloaded).
    public static func load(libraryAt path: String) throws(GrammarError) -> PrivateRuntime {
        guard access(path, F_OK) == 0 else { throw .libraryNotFound(path: path) }
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            throw .cannotOpen(path: path, reason: dlerror().map { String(cString: $0) } ?? "unknown dlopen error")
        }
        func function<F>(_ name: String, as type: F.Type) throws(GrammarError) -> F {
            guard let address = dlsym(handle, name) else { throw .missingSymbol(symbol: name, path: path) }
            return unsafeBitCast(address, to: type)
        }
        typealias Version = @convention(c) () -> UInt32
        let minimum = try function("m2rc_runtime_abi_min", as: Version.self)()
        let maximum = try function("m2rc_runtime_abi_max", as: Version.self)()
        let functions = Functions(
            parserNew: try function("m2rc_parser_new", as: (@convention(c) (OpaquePointer) -> UnsafeMutableRawPointer?).self),
            parserDelete: try function("m2rc_parser_delete", as: (@convention(c) (UnsafeMutableRawPointer) -> Void).self),
            flatNew: try function("m2rc_flat_new", as: (@convention(c) () -> UnsafeMutableRawPointer?).self),
            flatDelete: try function("m2rc_flat_delete", as: (@convention(c) (UnsafeMutableRawPointer) -> Void).self),
            parse: try function("m2rc_parse", as: (@convention(c) (UnsafeMutableRawPointer, UnsafePointer<CChar>?,
                                                                  UInt32, UnsafeMutableRawPointer) -> Int32).self),
            count: try function("m2rc_flat_count", as: (@convention(c) (UnsafeMutableRawPointer) -> UInt32).self),
            depth: try function("m2rc_flat_depth", as: (@convention(c) (UnsafeMutableRawPointer) -> UInt32).self),
            symbols: try function("m2rc_flat_symbols", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt16>).self),
            flags: try function("m2rc_flat_flags", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt8>).self),
            fields: try function("m2rc_flat_fields", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt16>).self),
            parents: try function("m2rc_flat_parents", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<Int32>).self),
            childCounts: try function("m2rc_flat_child_counts", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<Int32>).self),
            firstChildren: try function("m2rc_flat_first_children", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<Int32>).self),
            nextSiblings: try function("m2rc_flat_next_siblings", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<Int32>).self),
            startBytes: try function("m2rc_flat_start_bytes", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>).self),
            endBytes: try function("m2rc_flat_end_bytes", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>).self),
            startRows: try function("m2rc_flat_start_rows", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>).self),
            startColumns: try function("m2rc_flat_start_columns", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>).self),
            endRows: try function("m2rc_flat_end_rows", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>).self),
            endColumns: try function("m2rc_flat_end_columns", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>).self),
            headKinds: try function("m2rc_flat_head_kinds", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt8>).self),
            headValues: try function("m2rc_flat_head_values", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>).self),
            childHeadKinds: try function("m2rc_flat_child_head_kinds", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt8>).self),
            childHeadValues: try function("m2rc_flat_child_head_values", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>).self),
            itemStarts: try function("m2rc_flat_item_starts", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>).self),
            itemEnds: try function("m2rc_flat_item_ends", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>).self),
            items: try function("m2rc_flat_items", as: (@convention(c) (UnsafeMutableRawPointer) -> UnsafePointer<UInt32>?).self),
            itemCount: try function("m2rc_flat_item_count", as: (@convention(c) (UnsafeMutableRawPointer) -> UInt32).self))
        return PrivateRuntime(libraryPath: path, supportedABI: Int(minimum)...Int(maximum), functions: functions)
    }
}

/// A parser of a `PrivateRuntime`, bound to one grammar. Not shareable: one per task.
public final class PrivateRuntimeParser {
    public let runtime: PrivateRuntime
    public let grammar: Grammar
    private let parser: UnsafeMutableRawPointer
    private let flat: UnsafeMutableRawPointer

    public init(runtime: PrivateRuntime, grammar: Grammar) throws(ParseError) {
        guard runtime.supportedABI.contains(grammar.abiVersion) else { throw .incompatibleGrammar(grammar.name) }
        guard let parser = runtime.functions.parserNew(grammar.language) else {
            throw .incompatibleGrammar(grammar.name)
        }
        guard let flat = runtime.functions.flatNew() else {
            runtime.functions.parserDelete(parser)
            throw .cannotCreateParser
        }
        self.runtime = runtime
        self.grammar = grammar
        self.parser = parser
        self.flat = flat
    }

    deinit {
        runtime.functions.parserDelete(parser)
        runtime.functions.flatDelete(flat)
    }

    /// Parses UTF-8 source into `table` (replacing its contents), with the printing structure.
    public func parse(_ source: [UInt8], into table: inout NodeTable) throws(ParseError) {
        guard source.count <= Int(UInt32.max) else { throw .inputTooLarge(bytes: source.count) }
        let status = source.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                runtime.functions.parse(parser, chars.baseAddress, UInt32(chars.count), flat)
            }
        }
        guard status == 0 else { throw .failed }
        let f = runtime.functions
        table.load(count: Int(f.count(flat)), depth: Int(f.depth(flat)), symbols: f.symbols(flat), flags: f.flags(flat),
                   fieldIDs: f.fields(flat), parents: f.parents(flat), childCounts: f.childCounts(flat),
                   firstChildren: f.firstChildren(flat), nextSiblings: f.nextSiblings(flat),
                   startBytes: f.startBytes(flat), endBytes: f.endBytes(flat), startRows: f.startRows(flat),
                   startColumns: f.startColumns(flat), endRows: f.endRows(flat), endColumns: f.endColumns(flat))
        table.loadPrinting(headKinds: f.headKinds(flat), headValues: f.headValues(flat),
                           childHeadKinds: f.childHeadKinds(flat), childHeadValues: f.childHeadValues(flat),
                           itemStarts: f.itemStarts(flat),
                           itemEnds: f.itemEnds(flat), items: f.items(flat), itemCount: Int(f.itemCount(flat)))
    }
}
