// Cross-file retrieval cost. Two parts:
//
// 1. The cost curve: repositories of 10, 50 and 200 files made from the demo corpus (every demo file, each kept at
//    its path under its repository's folder, all treated as one language so that one repository can grow past a
//    language's dozen files): index build time and memory, then per sample (each file cut at a seeded point)
//    retrieval time with Jaccard and with BM25, and the time to fit the prompt to 4,096 tokens.
// 2. The bar: mining the demo corpus (parse, candidates, labels, sampling, cutting) with retrieval, the budget and
//    the record field, against mining alone, one core, best of R rounds. Retrieval must not make it more than
//    1.5× slower.
//
//   swift run -c release retrieval-benchmark [--seconds S] [--rounds R] [--tokenizer tokenizer.json] [PATH]
//   (default PATH: the demo corpus; with --tokenizer, the budget column also counts with that tokenizer)
import Foundation
import M2RCKit

var seconds = 0.5
var rounds = 5
var root = "Manifests/demo/repos"
var tokenizerPath: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--seconds": seconds = Double(arguments.popFirst() ?? "") ?? seconds
    case "--rounds": rounds = Int(arguments.popFirst() ?? "") ?? rounds
    case "--tokenizer": tokenizerPath = arguments.popFirst()
    default: root = argument
    }
}

struct Repository {
    let name: String
    let files: [(identity: SourceFileIdentity, bytes: [UInt8])]
}

var repositories: [Repository] = []
for name in try FileManager.default.contentsOfDirectory(atPath: root).sorted() {
    let entries = try FolderSnapshot.files(in: "\(root)/\(name)")
    let paths = entries.map { String(decoding: $0.pathBytes, as: UTF8.self) }
    let evidence = HeaderRule.RepositoryEvidence(paths: paths)
    var files: [(identity: SourceFileIdentity, bytes: [UInt8])] = []
    for (entry, path) in zip(entries, paths) {
        guard case .blob(let bytes) = entry.content,
              let language = LanguageDetection.language(forPath: path, content: bytes, repository: evidence)
        else { continue }
        files.append((SourceFileIdentity(repository: name, commit: "0", path: path, license: "MIT", language: language,
                                         split: SplitRules().split(of: name, seed: 1)), bytes))
    }
    repositories.append(Repository(name: name, files: files))
}

func elapsed(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    let duration = clock.now - start
    return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// The best time of `rounds` rounds, each repeating `body` for at least `seconds`, per repetition.
@MainActor func best(_ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<rounds {
        var passes = 0
        var total = 0.0
        repeat {
            total += try elapsed(body)
            passes += 1
        } while total < seconds
        best = min(best, total / Double(passes))
    }
    return best
}

func residentBytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = Int(statm.split(separator: " ")[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

// MARK: 1. The cost curve

// Every demo file under "<repository>/<path>", in an order that mixes repositories (seeded, stable).
var pool = repositories.flatMap { repository in
    repository.files.map {
        (path: repository.name + "/" + $0.identity.path, text: String(decoding: $0.bytes, as: UTF8.self))
    }
}
var shuffler = SeededRandom(seed: 2024, key: ["retrieval-benchmark"])
shuffler.shuffle(&pool)

print("retrieval cost per sample as the repository grows (one language, one core, best of \(rounds) rounds)")
let counter = ApproximateTokenCounter(specialTokens: FIMPreset.starcoder.tokens!.all)
let tokenizer: ByteLevelBPETokenizer? = try tokenizerPath.map { try ByteLevelBPETokenizer.load(path: $0) }
print(" files  chunks  index ms  index KB  RSS+ KB   jaccard µs  bm25 µs  next-chunk µs  budget µs"
      + (tokenizer == nil ? "" : "  budget (tokenizer.json) µs"))
for size in [10, 50, 200] where size <= pool.count {
    let files = pool.prefix(size).map { ContextFile(path: $0.path, language: .python, text: $0.text) }
    let before = residentBytes()
    let built = RepositoryContextIndex(files: files, settings: RetrievalSettings())
    let grown = max(0, residentBytes() - before)
    let buildTime = best { _ = RepositoryContextIndex(files: files, settings: RetrievalSettings()) }
    // One sample per file, cut at a seeded byte offset (on a character boundary).
    let samples = files.map { file -> (path: String, prefix: String, suffix: String) in
        var random = SeededRandom(seed: 7, key: ["cut", file.path])
        let scalars = Array(file.text.unicodeScalars)
        let cut = scalars.isEmpty ? 0 : random.uniform(below: scalars.count)
        var prefix = String.UnicodeScalarView(), suffix = String.UnicodeScalarView()
        prefix.append(contentsOf: scalars[..<cut])
        suffix.append(contentsOf: scalars[cut...])
        return (file.path, String(prefix), String(suffix))
    }
    @MainActor func perSample(_ settings: RetrievalSettings) -> Double {
        let index = RepositoryContextIndex(files: files, settings: settings)
        return best {
            for sample in samples {
                _ = index.context(path: sample.path, language: .python, prefix: sample.prefix, groundtruth: "")
            }
        } / Double(samples.count)
    }
    let jaccard = perSample(RetrievalSettings())
    var bm25Settings = RetrievalSettings()
    bm25Settings.scoring = .bm25
    let bm25 = perSample(bm25Settings)
    var nextSettings = RetrievalSettings()
    nextSettings.nextChunk = true
    let next = perSample(nextSettings)
    let contexts = samples.map { built.context(path: $0.path, language: .python, prefix: $0.prefix, groundtruth: "") }
    let fitter = PromptFitter(settings: RetrievalSettings(), counter: counter)
    let budget = best {
        for (sample, context) in zip(samples, contexts) {
            _ = fitter.fit(context, prefix: sample.prefix, suffix: sample.suffix)
        }
    } / Double(samples.count)
    var exact = ""
    if let tokenizer {
        let fitter = PromptFitter(settings: RetrievalSettings(), counter: tokenizer)
        let time = best {
            for (sample, context) in zip(samples, contexts) {
                _ = fitter.fit(context, prefix: sample.prefix, suffix: sample.suffix)
            }
        } / Double(samples.count)
        exact = String(format: " %27.1f", time * 1e6)
    }
    print(String(format: "%6d %7d %9.2f %9.0f %8.0f %12.1f %8.1f %14.1f %10.1f", size, built.chunkCount(of: .python),
                 buildTime * 1e3, Double(built.approximateBytes) / 1024, Double(grown) / 1024, jaccard * 1e6,
                 bm25 * 1e6, next * 1e6, budget * 1e6) + exact)
}

// MARK: 2. Mining with and without retrieval

let catalog = try GrammarCatalog.locate()
let settings = RetrievalSettings()
let fields = ContextFields(settings: settings, counter: counter)
let indexFiles = repositories.map { repository in
    repository.files.map { ContextFile(path: $0.identity.path, language: $0.identity.language,
                                       text: String(decoding: $0.bytes, as: UTF8.self)) }
}
var samplesMined = 0
@MainActor func mineAll(retrieval: Bool) throws {
    samplesMined = 0
    let miner = Miner(rules: MiningRules(), seed: 1, catalog: catalog)
    for (repository, files) in zip(repositories, indexFiles) {
        let index = retrieval ? fields.index(files) : nil
        for file in repository.files {
            for sample in try miner.mine(file.bytes, file: file.identity) {
                samplesMined += 1
                _ = sample.record(extra: index.map { fields.fields(for: sample, in: $0) } ?? []).serialized()
            }
        }
    }
}
// Rounds alternate between the two, so that a busy machine slows both alike.
var without = Double.infinity, with = Double.infinity
for _ in 0..<rounds {
    let saved = rounds
    rounds = 1
    without = min(without, try best { try mineAll(retrieval: false) })
    with = min(with, try best { try mineAll(retrieval: true) })
    rounds = saved
}

// Where the added time goes.
let miner = Miner(rules: MiningRules(), seed: 1, catalog: catalog)
let mined = try repositories.map { try $0.files.flatMap { try miner.mine($0.bytes, file: $0.identity) } }
let indexes = indexFiles.map(fields.index)
let indexTime = best { for files in indexFiles { _ = fields.index(files) } }
let contexts = zip(indexes, mined).map { index, samples in samples.map { index.context(for: $0) } }
let contextTime = best {
    for (index, samples) in zip(indexes, mined) { for sample in samples { _ = index.context(for: sample) } }
}
let fitTime = best {
    for (samples, contexts) in zip(mined, contexts) {
        for (sample, context) in zip(samples, contexts) { _ = fields.fitter.fit(context, sample: sample) }
    }
}
let added = zip(indexes, mined).flatMap { index, samples in samples.map { fields.fields(for: $0, in: index) } }
let recordTime = best { for fields in added { _ = JSONValue.object(fields).serialized() } }

print("")
print("mining the demo corpus (\(repositories.count) repositories, \(samplesMined) samples), one core, "
      + "best of \(rounds) rounds")
print(String(format: "without retrieval %8.1f ms", without * 1e3))
print(String(format: "with retrieval    %8.1f ms  (index, Jaccard top 5, 4,096-token budget, the record's fields)",
             with * 1e3))
print(String(format: "  of which: index %.1f ms, retrieval %.1f ms, budget %.1f ms, the added fields' JSON %.1f ms",
             indexTime * 1e3, contextTime * 1e3, fitTime * 1e3, recordTime * 1e3))
let ratio = with / without
print(String(format: "ratio %.3f× (bar: at most 1.5×)", ratio))
exit(ratio <= 1.5 ? 0 : 1)
