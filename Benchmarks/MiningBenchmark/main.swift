// Mining throughput (parse + candidates + labels + sampling + cutting the file) against raw parsing of the same
// files with the same grammars, one core, in the same run. Mining must keep at least 70% of the parse rate.
//
//   swift run -c release mining-benchmark [--seconds S] [--rounds R] [PATH…]   (default PATH: the demo corpus)
import Foundation
import M2RCKit
import TreeSitter

var seconds = 0.5
var rounds = 5
var paths: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--seconds": seconds = Double(arguments.popFirst() ?? "") ?? seconds
    case "--rounds": rounds = Int(arguments.popFirst() ?? "") ?? rounds
    default: paths.append(argument)
    }
}
if paths.isEmpty { paths = ["Manifests/demo/repos"] }

struct File {
    let identity: SourceFileIdentity
    let bytes: [UInt8]
}

var byLanguage: [Language: [File]] = [:]
for root in paths {
    for repository in (try FileManager.default.contentsOfDirectory(atPath: root)).sorted() {
        let entries = try FolderSnapshot.files(in: "\(root)/\(repository)")
        let names = entries.map { String(decoding: $0.pathBytes, as: UTF8.self) }
        let evidence = HeaderRule.RepositoryEvidence(paths: names)
        for (entry, path) in zip(entries, names) {
            guard case .blob(let bytes) = entry.content,
                  let language = LanguageDetection.language(forPath: path, content: bytes, repository: evidence) else { continue }
            byLanguage[language, default: []].append(File(
                identity: SourceFileIdentity(repository: repository, commit: "0", path: path, license: "MIT",
                                             language: language, split: .test),
                bytes: bytes))
        }
    }
}

func rate(_ bytesPerPass: Int, minimum seconds: Double, _ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    var passes = 0
    var elapsed = 0.0
    repeat {
        try body()
        passes += 1
        let duration = clock.now - start
        elapsed = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    } while elapsed < seconds
    return Double(passes * bytesPerPass) / 1e6 / elapsed
}

let catalog = try GrammarCatalog.locate()
print("mining vs parsing, one core, best of \(rounds) rounds of ≥ \(seconds) s (files: \(paths.joined(separator: ", ")))")
print("language     files     KB   parse MB/s   mine MB/s   mine/parse")
var totals = (bytes: 0, parseSeconds: 0.0, mineSeconds: 0.0)
var worst = Double.infinity
for language in Language.allCases {
    guard let files = byLanguage[language] else { continue }
    let bytes = files.map(\.bytes.count).reduce(0, +)
    let parser = SourceParser(catalog: catalog, timeout: nil)
    let miner = Miner(rules: MiningRules(), seed: 1, catalog: catalog)
    var best = (parse: 0.0, mine: 0.0)
    for _ in 0..<rounds {
        best.parse = max(best.parse, try rate(bytes, minimum: seconds) {
            for file in files { _ = try parser.parse(file.bytes, language: language, path: file.identity.path) }
        })
        best.mine = max(best.mine, try rate(bytes, minimum: seconds) {
            for file in files { _ = try miner.mine(file.bytes, file: file.identity) }
        })
    }
    worst = min(worst, best.mine / best.parse)
    totals.bytes += bytes
    totals.parseSeconds += Double(bytes) / 1e6 / best.parse
    totals.mineSeconds += Double(bytes) / 1e6 / best.mine
    print(language.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
          + String(format: " %5d %7.1f %10.2f %11.2f %11.0f%%", files.count, Double(bytes) / 1000, best.parse,
                   best.mine, best.mine / best.parse * 100))
}
let overall = totals.parseSeconds / totals.mineSeconds
print("all         " + String(format: "       %7.1f %10.2f %11.2f %11.0f%%", Double(totals.bytes) / 1000,
                                Double(totals.bytes) / 1e6 / totals.parseSeconds,
                                Double(totals.bytes) / 1e6 / totals.mineSeconds, overall * 100))
print(String(format: "mining keeps %.0f%% of the parse rate over the corpus (target: at least 70%%); lowest language: %.0f%%",
             overall * 100, worst * 100))
exit(overall >= 0.70 ? 0 : 1)
