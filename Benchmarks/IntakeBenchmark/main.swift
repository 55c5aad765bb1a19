// Fetch + scan of a set of local repositories by m2rc's intake, against `git clone --bare` plus `git ls-tree -r`
// on the same set, in the same run.
//
//   swift run -c release intake-benchmark [--repositories N] [--files F] [--rounds R]
//
// The repositories are made from the demo corpus (each gets F files drawn from it, under varied paths), written as
// bare repositories in a scratch folder. Intake does more than the reference: it also reads every candidate blob to
// apply the content rules (binary, UTF-8, generated markers, minified lines); the table says so.
import Foundation
import Git
import M2RCKit

struct Options {
    var repositories = 60
    var files = 40
    var rounds = 3

    init(_ arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            let value = Int(rest.popFirst() ?? "")
            switch argument {
            case "--repositories": repositories = value ?? repositories
            case "--files": files = value ?? files
            case "--rounds": rounds = value ?? rounds
            default: break
            }
        }
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Runs a command, failing loudly if it fails.
func run(_ arguments: [String]) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    try! process.run()
    process.waitUntilExit()
    precondition(process.terminationStatus == 0, "failed: \(arguments.joined(separator: " "))")
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("m2rc-intake-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: scratch) }

// The source files to draw from: every demo repository's files.
let demo = "Manifests/demo/repos"
var pool: [CommitFile] = []
for repository in (try FileManager.default.contentsOfDirectory(atPath: demo)).sorted() {
    pool += try FolderSnapshot.files(in: "\(demo)/\(repository)")
}
precondition(!pool.isEmpty, "run from the package root: \(demo) not found")

var entries: [ManifestEntry] = []
var totalBytes = 0
for index in 0..<options.repositories {
    let path = scratch.appendingPathComponent("remotes/repo\(index).git").path
    let repository = try Repository.create(at: path, bare: true)
    var files: [CommitFile] = []
    for slot in 0..<options.files {
        var file = pool[(index * 7 + slot * 13) % pool.count]
        file.pathBytes = Array("pkg\(slot % 4)/".utf8) + file.pathBytes
        if case .blob(let bytes) = file.content { totalBytes += bytes.count }
        files.append(file)
    }
    var unique: [String: CommitFile] = [:]
    for file in files { unique[String(decoding: file.pathBytes, as: UTF8.self)] = file }
    try repository.commit(files: unique.keys.sorted().map { unique[$0]! }, message: "init\n",
                          author: Signature(name: "bench", email: "bench@example.com", time: 1_700_000_000),
                          updateRef: "refs/heads/main")
    entries.append(ManifestEntry(repo: "bench/repo\(index)", url: path, stars: 10, license: "MIT"))
}
print("intake benchmark: \(options.repositories) local repositories × \(options.files) files "
      + "(\(totalBytes / 1000) KB of source), best of \(options.rounds) rounds, fresh cache each round")

let clock = ContinuousClock()
var best = (intake: Double.infinity, git: Double.infinity)
var scanned = 0
for round in 0..<options.rounds {
    var config = BuildConfig()
    config.repositories.maxFiles = 1_000
    let cache = scratch.appendingPathComponent("cache-\(round)").path
    let start = clock.now
    let scans = await Intake(config: config, cacheDirectory: cache).scan(entries, jobs: 1)
    best.intake = min(best.intake, seconds(clock.now - start))
    scanned = scans.map(\.files.count).reduce(0, +)
    precondition(scans.allSatisfy(\.isKept), "a benchmark repository was rejected")

    let clones = scratch.appendingPathComponent("git-\(round)").path
    let gitStart = clock.now
    for (index, entry) in entries.enumerated() {
        let target = "\(clones)/repo\(index).git"
        run(["git", "clone", "--bare", "--quiet", entry.url, target])
        run(["git", "--git-dir", target, "ls-tree", "-r", "HEAD"])
    }
    best.git = min(best.git, seconds(clock.now - gitStart))
}
print(String(format: "m2rc intake (mirror + tree walk + blob reads + rules), one job: %.3f s, %.1f repositories/s",
             best.intake, Double(options.repositories) / best.intake))
print(String(format: "git clone --bare + git ls-tree -r:                          %.3f s, %.1f repositories/s",
             best.git, Double(options.repositories) / best.git))
print(String(format: "ratio: m2rc takes %.2f× the time of the git CLI (%d source files scanned)",
             best.intake / best.git, scanned))
