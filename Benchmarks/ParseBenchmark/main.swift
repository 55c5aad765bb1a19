// Parse throughput per language through the Swift `TreeSitter` wrapper and through a minimal C loop over the
// same files and grammars, in the same run. The wrapper's cost must stay under 10%.
//
//   swift run -c release parse-benchmark [--seconds S] [--rounds R] [PATH…]   (default PATH: the demo corpus)
//
// Each measurement repeats the language's files until at least S seconds have passed (default 0.5), and the
// best of R rounds (default 5) is kept; C and Swift alternate within a round so machine noise hits both.
import CParseLoop
import Foundation
import M2RCKit
import TreeSitter

struct Options {
    var seconds = 0.5
    var rounds = 5
    var paths: [String] = []

    init(_ arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--seconds": seconds = Double(rest.popFirst() ?? "") ?? seconds
            case "--rounds": rounds = Int(rest.popFirst() ?? "") ?? rounds
            default: paths.append(argument)
            }
        }
        if paths.isEmpty { paths = ["Manifests/demo/repos"] }
    }
}

struct Corpus {
    let grammar: String
    let files: [[UInt8]]
    var bytes: Int { files.map(\.count).reduce(0, +) }
}

/// Source files under the paths, grouped by grammar (TSX apart from TypeScript), sorted by grammar.
func loadCorpora(_ paths: [String]) -> [Corpus] {
    var byGrammar: [String: [[UInt8]]] = [:]
    for root in paths {
        let enumerator = FileManager.default.enumerator(atPath: root)
        var found: [String] = []
        while let relative = enumerator?.nextObject() as? String { found.append(root + "/" + relative) }
        let evidence = HeaderRule.RepositoryEvidence(paths: found)
        for path in found.sorted() {
            guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { continue }
            let bytes = [UInt8](data)
            guard let language = LanguageDetection.language(forPath: path, content: bytes, repository: evidence) else {
                continue
            }
            byGrammar[LanguageDetection.grammar(forPath: path, language: language), default: []].append(bytes)
        }
    }
    return byGrammar.keys.sorted().map { Corpus(grammar: $0, files: byGrammar[$0]!) }
}

struct Rate {
    var seconds: Double
    var bytes: Int
    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
}

/// Repeats `body` (one pass over the corpus) until `minimum` seconds have passed.
func timed(minimum: Double, bytesPerPass: Int, _ body: () -> Void) -> Rate {
    let clock = ContinuousClock()
    let start = clock.now
    var passes = 0
    var elapsed = 0.0
    repeat {
        body()
        passes += 1
        let duration = clock.now - start
        elapsed = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    } while elapsed < minimum
    return Rate(seconds: elapsed, bytes: passes * bytesPerPass)
}

func cLoop(_ corpus: Corpus, library: String, walk: Bool, minimum: Double) -> Rate {
    // Stable C copies of the buffers for the whole measurement.
    let buffers = corpus.files.map { file -> UnsafeMutablePointer<CChar> in
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: max(file.count, 1))
        file.withUnsafeBufferPointer { source in
            source.withMemoryRebound(to: CChar.self) { pointer.initialize(from: $0.baseAddress!, count: file.count) }
        }
        return pointer
    }
    defer { buffers.forEach { $0.deallocate() } }
    var constBuffers = buffers.map { UnsafePointer<CChar>?(UnsafePointer($0)) }
    var lengths = corpus.files.map { UInt32($0.count) }
    return timed(minimum: minimum, bytesPerPass: corpus.bytes) {
        let result = c_parse_loop(library, corpus.grammar, &constBuffers, &lengths, corpus.files.count, 1, walk ? 1 : 0)
        precondition(result.error == 0, String(cString: c_parse_loop_error()))
    }
}

func swiftLoop(_ corpus: Corpus, grammar: Grammar, walk: Bool, minimum: Double) -> Rate {
    let parser = try! Parser(grammar: grammar)
    var checksum = 0  // the same reads as the C loop: each node's type, field and depth
    let rate = timed(minimum: minimum, bytesPerPass: corpus.bytes) {
        for file in corpus.files {
            let tree = try! parser.parse(file)
            if walk { tree.walk { step in checksum &+= Int(step.node.symbol) + Int(step.fieldID) + step.depth } }
        }
    }
    precondition(!walk || checksum > 0)
    return rate
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let catalog = try GrammarCatalog.locate()
let corpora = loadCorpora(options.paths)
guard !corpora.isEmpty else {
    print("no source files found under \(options.paths.joined(separator: ", "))")
    exit(2)
}
print("parse throughput, one core, best of \(options.rounds) rounds of ≥ \(options.seconds) s each "
      + "(files: \(options.paths.joined(separator: ", ")))")
print("grammar       files      KB   C parse  Swift parse  cost   C parse+walk  Swift parse+walk  cost")

var totals = (cParse: 0.0, swiftParse: 0.0, cWalk: 0.0, swiftWalk: 0.0, bytes: 0)
var worst = (parse: -Double.infinity, walk: -Double.infinity)
for corpus in corpora {
    let grammar = try catalog.grammar(symbol: corpus.grammar)
    let library = grammar.libraryPath
    var best = (cParse: Rate(seconds: .infinity, bytes: 1), swiftParse: Rate(seconds: .infinity, bytes: 1),
                cWalk: Rate(seconds: .infinity, bytes: 1), swiftWalk: Rate(seconds: .infinity, bytes: 1))
    func keepFaster(_ current: inout Rate, _ candidate: Rate) {
        if candidate.megabytesPerSecond > current.megabytesPerSecond { current = candidate }
    }
    for _ in 0..<options.rounds {
        keepFaster(&best.cParse, cLoop(corpus, library: library, walk: false, minimum: options.seconds))
        keepFaster(&best.swiftParse, swiftLoop(corpus, grammar: grammar, walk: false, minimum: options.seconds))
        keepFaster(&best.swiftWalk, swiftLoop(corpus, grammar: grammar, walk: true, minimum: options.seconds))
        keepFaster(&best.cWalk, cLoop(corpus, library: library, walk: true, minimum: options.seconds))
    }
    let parseCost = best.cParse.megabytesPerSecond / best.swiftParse.megabytesPerSecond - 1
    let walkCost = best.cWalk.megabytesPerSecond / best.swiftWalk.megabytesPerSecond - 1
    worst = (max(worst.parse, parseCost), max(worst.walk, walkCost))
    // Totals weight each grammar by its bytes: the time a mixed corpus would take.
    let bytes = Double(corpus.bytes)
    totals.cParse += bytes / best.cParse.megabytesPerSecond
    totals.swiftParse += bytes / best.swiftParse.megabytesPerSecond
    totals.cWalk += bytes / best.cWalk.megabytesPerSecond
    totals.swiftWalk += bytes / best.swiftWalk.megabytesPerSecond
    totals.bytes += corpus.bytes
    print(corpus.grammar.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: " %6d %7.1f %6.2f MB/s %7.2f MB/s %+5.1f%% %8.2f MB/s %11.2f MB/s %+6.1f%%",
                 corpus.files.count, bytes / 1000,
                 best.cParse.megabytesPerSecond, best.swiftParse.megabytesPerSecond, parseCost * 100,
                 best.cWalk.megabytesPerSecond, best.swiftWalk.megabytesPerSecond, walkCost * 100))
}
let all = Double(totals.bytes)
let parseCost = totals.swiftParse / totals.cParse - 1
let walkCost = totals.swiftWalk / totals.cWalk - 1
print("all         " + String(format: "        %7.1f %6.2f MB/s %7.2f MB/s %+5.1f%% %8.2f MB/s %11.2f MB/s %+6.1f%%",
             all / 1000, all / totals.cParse, all / totals.swiftParse,
             parseCost * 100, all / totals.cWalk, all / totals.swiftWalk, walkCost * 100))
print(String(format: "wrapper cost over the whole corpus: parse %+.1f%%, parse+walk %+.1f%% (target: under 10%%); "
             + "worst single grammar: parse %+.1f%%, parse+walk %+.1f%%",
             parseCost * 100, walkCost * 100, worst.parse * 100, worst.walk * 100))
exit(parseCost < 0.10 && walkCost < 0.10 ? 0 : 1)
