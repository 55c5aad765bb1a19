// Dedup throughput: MinHash signatures (documents/s and MB/s, one core and all cores) and the whole dedup
// (signatures + LSH buckets + clusters + survivors), on the demo corpus replicated with small seeded mutations.
//
//   swift run -c release dedup-benchmark [--copies N] [--rounds R] [PATH…]   (default PATH: the demo corpus)
//
// Each copy of a file is, at random: an exact copy (CRLF line endings half the time), a near copy (an identifier
// renamed and a line rewritten), or a distant copy (a third of its lines rewritten), in one of 40 repositories.
import Foundation
import M2RCKit

var copies = 16
var rounds = 3
var paths: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--copies": copies = Int(arguments.popFirst() ?? "") ?? copies
    case "--rounds": rounds = Int(arguments.popFirst() ?? "") ?? rounds
    default: paths.append(argument)
    }
}
if paths.isEmpty { paths = ["Manifests/demo/repos"] }

// The source files.
var originals: [(path: String, language: Language, bytes: [UInt8])] = []
for root in paths {
    for repository in try FileManager.default.contentsOfDirectory(atPath: root).sorted() {
        let entries = try FolderSnapshot.files(in: "\(root)/\(repository)")
        let names = entries.map { String(decoding: $0.pathBytes, as: UTF8.self) }
        let evidence = HeaderRule.RepositoryEvidence(paths: names)
        for (entry, path) in zip(entries, names) {
            guard case .blob(let bytes) = entry.content,
                  let language = LanguageDetection.language(forPath: path, content: bytes, repository: evidence) else { continue }
            originals.append(("\(repository)/\(path)", language, bytes))
        }
    }
}

func mutated(_ bytes: [UInt8], copy: Int, random: inout SeededRandom) -> (bytes: [UInt8], kind: String) {
    var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init)
    let draw = random.uniform(below: 10)
    if draw < 3 {
        return (Array(lines.joined(separator: random.uniform(below: 2) == 0 ? "\n" : "\r\n").utf8), "exact")
    }
    if draw < 7 {
        let tokens = Shingles.tokens(of: bytes).filter { $0.count >= 5 }
        if !tokens.isEmpty {
            let old = tokens[random.uniform(below: tokens.count)]
            lines = lines.map { $0.split(separator: old, omittingEmptySubsequences: false).joined(separator: old + "_\(copy)") }
        }
        lines[random.uniform(below: lines.count)] = "    adjusted_\(copy) = rebalance(\(random.uniform(below: 1000)))"
        return (Array(lines.joined(separator: "\n").utf8), "near")
    }
    for _ in 0..<max(1, lines.count / 3) {
        lines[random.uniform(below: lines.count)] = "    value_\(random.uniform(below: 100_000)) = step(\(copy))"
    }
    return (Array(lines.joined(separator: "\n").utf8), "distant")
}

var random = SeededRandom(seed: 7)
var documents: [DedupDocument] = []
/// For each document, the index of the original it was copied from.
var sources: [Int] = []
var kinds: [String: Int] = [:]
for (index, original) in originals.enumerated() {
    sources.append(index)
    documents.append(DedupDocument(repository: "origin/r\(index % 40)", path: original.path, language: original.language,
                                   stars: 100, split: index % 6 == 0 ? .test : .instruct, content: original.bytes))
}
for copy in 1..<max(1, copies) {
    for (index, original) in originals.enumerated() {
        sources.append(index)
        let (bytes, kind) = mutated(original.bytes, copy: copy, random: &random)
        kinds[kind, default: 0] += 1
        documents.append(DedupDocument(repository: "fork\(copy)/r\(random.uniform(below: 40))", path: original.path,
                                       language: original.language, stars: random.uniform(below: 100),
                                       split: random.uniform(below: 6) == 0 ? .test : .instruct, content: bytes))
    }
}
let totalBytes = documents.reduce(0) { $0 + $1.content.count }
let cores = ProcessInfo.processInfo.activeProcessorCount
let contents = documents.map(\.content)
print("dedup benchmark: \(originals.count) files × \(copies) = \(documents.count) documents, "
      + String(format: "%.1f MB", Double(totalBytes) / 1e6) + "; copies: "
      + kinds.keys.sorted().map { "\(kinds[$0]!) \($0)" }.joined(separator: ", ") + "; best of \(rounds) rounds")

let clock = ContinuousClock()
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
@MainActor func best(_ body: () async throws -> Void) async rethrows -> Double {
    var fastest = Double.infinity
    for _ in 0..<rounds {
        let start = clock.now
        try await body()
        fastest = min(fastest, seconds(clock.now - start))
    }
    return fastest
}

let settings = DedupSettings()
var lsh = LSHParameters(bands: 1, rows: 1)
let optimisation = await best { lsh = settings.lsh }
print("LSH: \(lsh) for threshold \(settings.threshold), \(settings.permutations) permutations "
      + String(format: "(halfway point %.4f; chosen in %.1f ms)", lsh.halfwayPoint, optimisation * 1000))

// Where one core's time goes: normalisation + SHA-256, tokens + SHA-1 of the shingles, the 256 permutations.
let fingerprinter = Fingerprinter(settings: settings)
var normalized: [[UInt8]] = []
let exactTime = await best { normalized = contents.map { ContentNormalization.normalized($0) }; _ = normalized.map { ContentDigest(sha256Of: $0) } }
var shingleSets: [[UInt32]] = []
let shingleTime = await best { shingleSets = normalized.map { Shingles.hashes(of: $0, ngram: 5, minTokens: 5).hashes } }
let permutationTime = await best { _ = shingleSets.filter { !$0.isEmpty }.map { fingerprinter.hasher.signature(of: $0) } }
let shingleCount = shingleSets.reduce(0) { $0 + $1.count }
print(String(format: "one core, by step: normalise + SHA-256 %.3f s, tokens + SHA-1 shingles %.3f s (%d distinct shingles, %.0f ns each), 256 permutations %.3f s",
             exactTime, shingleTime, shingleCount, shingleTime / Double(shingleCount) * 1e9, permutationTime))

var reference: [DocumentFingerprint] = []
print("width   seconds   documents/s     MB/s")
for width in Array(Set([1, cores])).sorted() {
    var prints: [DocumentFingerprint] = []
    let time = await best { prints = await fingerprinter.fingerprints(of: contents, parallelism: width) }
    if reference.isEmpty { reference = prints } else { precondition(prints == reference, "fingerprints depend on the width") }
    print(String(format: "%5d  %8.3f  %12.0f  %7.2f", width, time, Double(documents.count) / time,
                 Double(totalBytes) / 1e6 / time))
}

let deduplicator = Deduplicator(settings: settings)
var outcome: DedupOutcome?
let decideTime = await best { outcome = deduplicator.decide(files: documents.map(\.info), fingerprints: reference) }
let wholeTime = await best { outcome = await deduplicator.deduplicate(documents, parallelism: cores) }
let result = outcome!
let exact = result.removals.filter { $0.reason == .exactDuplicate }.count
let near = result.removals.filter { $0.reason == .nearDuplicate }.count
let decontaminated = result.removals.filter(\.isDecontamination).count
let statistics = result.statistics
print(String(format: "buckets + clusters + survivors: %.3f s; whole dedup (signatures on %d cores + the rest): %.3f s",
             decideTime, cores, wholeTime))
print("kept \(result.kept.count) of \(documents.count): \(exact) exact and \(near) near duplicates removed "
      + "(\(decontaminated) instruct copies of eval files); \(statistics.distinctContents) distinct contents, "
      + "\(statistics.signed) signed, \(statistics.buckets) buckets, \(statistics.candidatePairs) pairs checked, "
      + "\(statistics.links) links, \(statistics.nearClusters) clusters")

// Quality: each copy's true Jaccard with its original (exact shingle sets), against whether dedup merged the two
// (both resolve to the same kept file). A pair can also be merged through a chain of other copies, so merges below
// the threshold are not all LSH false positives.
func jaccard(_ lhs: [UInt32], _ rhs: [UInt32]) -> Double {
    var common = 0, i = 0, j = 0
    while i < lhs.count, j < rhs.count {
        if lhs[i] == rhs[j] { common += 1; i += 1; j += 1 } else if lhs[i] < rhs[j] { i += 1 } else { j += 1 }
    }
    let union = lhs.count + rhs.count - common
    return union == 0 ? 1 : Double(common) / Double(union)
}
var keeper: [String: String] = [:]
for removal in result.removals { keeper["\(removal.repository):\(removal.path)"] = removal.duplicateOf!.location }
@MainActor func kept(_ index: Int) -> String { keeper[documents[index].info.location] ?? documents[index].info.location }
var bands: [(label: String, range: Range<Double>, copies: Int, merged: Int)] = [
    ("J < 0.5", 0..<0.5, 0, 0), ("0.5 ≤ J < 0.6", 0.5..<0.6, 0, 0), ("0.6 ≤ J < 0.7", 0.6..<0.7, 0, 0),
    ("0.7 ≤ J < 0.75", 0.7..<0.75, 0, 0), ("0.75 ≤ J < 0.8", 0.75..<0.8, 0, 0), ("0.8 ≤ J < 0.9", 0.8..<0.9, 0, 0),
    ("0.9 ≤ J < 1", 0.9..<1, 0, 0), ("J = 1", 1..<2, 0, 0),
]
for index in originals.count..<documents.count {
    let similarity = jaccard(shingleSets[index], shingleSets[sources[index]])
    let band = bands.firstIndex { $0.range.contains(similarity) }!
    bands[band].copies += 1
    if kept(index) == kept(sources[index]) { bands[band].merged += 1 }
}
print("copies by true Jaccard with their original: merged with it / copies")
for band in bands where band.copies > 0 {
    print("  \(band.label.padding(toLength: 15, withPad: " ", startingAt: 0)) \(band.merged) / \(band.copies)"
          + String(format: " (%.1f%%)", 100 * Double(band.merged) / Double(band.copies)))
}
