import ArgumentParser
import Foundation
import Logging
import M2RCKit
import Synchronization

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a dataset release from a manifest of repositories.",
        discussion: """
            Stages: fetch and scan (repositories into the mirror cache; file and repository rules). With \
            --until scan the build stops after them and leaves repos.jsonl (a verdict per repository), \
            rejected.jsonl.zst (every repository and file left out, with its reason) and work/scan/files.jsonl.zst.
            """
    )

    @Option(help: "The manifest: JSON Lines of {\"repo\", \"url\", \"stars\", \"license\"?, \"commit\"?}.")
    var manifest: String?

    @Option(help: "A build config (JSON); every key is optional. See --dump-config for all keys and defaults.")
    var config: String?

    @Option(help: "The output folder.")
    var output: String?

    @Option(help: "The seed of every random decision.")
    var seed: UInt64 = 42

    @Option(help: "Repositories processed at once (default: the config's fetch.concurrency).")
    var jobs: Int?

    @Option(help: "Stop after this stage: \(BuildStage.allCases.map(\.rawValue).joined(separator: ", ")).")
    var until: BuildStage = .release

    @Flag(help: "Rebuild even if the output folder holds a finished release of the same inputs.")
    var force = false

    @Option(help: "The mirror cache folder (overrides the config's fetch.cache).")
    var cache: String?

    @Flag(help: "Fetch again repositories whose mirror exists and whose commit is not pinned.")
    var refresh = false

    @Flag(help: "Print the effective config (defaults, the config file and options applied) and exit.")
    var dumpConfig = false

    func validate() throws {
        if dumpConfig { return }
        if manifest == nil { throw ValidationError("--manifest is required") }
        if output == nil { throw ValidationError("--output is required") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        var effective = BuildConfig()
        if let config {
            do {
                effective = try BuildConfig.load(path: config)
            } catch {
                throw CommandFailure.badInput(error.description)
            }
        }
        if let cache { effective.fetch.cache = cache }
        if refresh { effective.fetch.refresh = true }
        effective.fetch.cache = effective.fetch.cacheDirectory()
        if dumpConfig {
            print(effective.json())
            return
        }
        let manifest: Manifest
        do {
            manifest = try Manifest.load(path: self.manifest!)
        } catch {
            throw CommandFailure.badInput(error.description)
        }
        let output = self.output!
        let manifestBytes = [UInt8](FileManager.default.contents(atPath: manifest.path) ?? Data())
        let inputs = ReleaseWriter.inputsFingerprint(manifest: manifestBytes, config: effective, seed: seed)
        if until == .release, !force, ReleaseWriter.finishedInputs(in: output) == inputs {
            print("\(output) holds a finished release of these inputs (release.json); nothing to do (--force rebuilds)")
            return
        }
        let logger = Logger(label: "m2rc.build")
        logger.info("build", metadata: ["manifest": "\(manifest.path)", "repositories": "\(manifest.entries.count)",
                                        "output": "\(output)", "cache": "\(effective.fetch.cache!)"])

        let intake = Intake(config: effective, logger: logger)
        let total = manifest.entries.count
        let done = Counter()
        let scans = await intake.scan(manifest.entries, jobs: jobs) { scan in
            let count = done.increment()
            let verdict = scan.rejection.map { "rejected: \($0.rawValue)" } ?? "kept, \(scan.files.count) source files"
            logger.info("[\(count)/\(total)] \(scan.entry.repo) \(verdict)")
        }
        do {
            try IntakeOutputs.write(scans, to: output)
        } catch {
            throw CommandFailure.workFailed("cannot write to \(output): \(error)")
        }
        print(IntakeSummary(scans).render(), terminator: "")
        print("wrote \(output)/\(IntakeOutputs.repositoriesFile), \(output)/\(IntakeOutputs.rejectedFile) "
              + "and \(output)/\(IntakeOutputs.filesFile)")
        guard until >= .dedup else { return }

        let deduplication = await DedupStage(config: effective, seed: seed, intake: intake)
            .run(scans, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let dedup = deduplication.outcome
        print("")
        print("dedup (\(dedup.lsh), threshold \(effective.dedup.threshold)): \(dedup.statistics.files) files, "
              + "\(dedup.removals.count) removed: "
              + DedupRemoval.Reason.allCases.map { reason in
                  "\(dedup.removals.filter { $0.reason == reason }.count) \(reason.rawValue)"
              }.joined(separator: ", "))
        guard until >= .mine else { return }

        let catalog = try locateCatalog()
        var contextFields: ContextFields?
        if effective.retrieval.enabled {
            do {
                contextFields = try ContextFields(
                    settings: effective.retrieval,
                    configDirectory: config.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path })
            } catch {
                throw CommandFailure.badInput(error.description)
            }
        }
        let mining = MineStage(config: effective, seed: seed, catalog: catalog, intake: intake, context: contextFields)
        let clock = ContinuousClock()
        let started = clock.now
        var mined = await mining.run(deduplication.scans, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        // Eval samples whose ground truth occurs in a benchmark the user named are dropped (decontamination).
        var contaminated: [DedupRemoval] = []
        if !effective.dedup.decontamination.benchmarks.isEmpty {
            let index: ContaminationIndex
            do {
                index = try ContaminationIndex(settings: effective.dedup.decontamination)
            } catch {
                throw CommandFailure.badInput(error.description)
            }
            let eval = mined.samples.filter { $0.file.split.isEval }
            for (sample, match) in zip(eval, index.matches(eval.map(\.groundtruth))) {
                if let match { contaminated.append(.contaminated(sample: sample, match: match)) }
            }
            let dropped = Set(contaminated.compactMap(\.taskID))
            mined.samples.removeAll { dropped.contains($0.taskID) }
            print("decontamination: \(contaminated.count) eval sample(s) dropped")
        }
        let elapsed = clock.now - started
        let samplesPath = "\(output)/\(MiningOutputs.samplesFile)"
        do {
            try MiningOutputs.write(mined, to: output)
        } catch {
            throw CommandFailure.workFailed("cannot write to \(output): \(error)")
        }
        print("")
        print(MiningSummary(mined.samples).render(), terminator: "")
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("mined \(grouped(mined.filesMined)) files (\(grouped(mined.bytesMined)) bytes) in "
              + String(format: "%.2f s", seconds) + "; \(mined.failures.count) file(s) could not be mined")
        print("wrote \(samplesPath)")
        guard until >= .release else { return }

        let removals = (dedup.removals + contaminated).sorted(by: DedupRemoval.inOrder)
        let rejectionRows = IntakeOutputs.rejectionRows(scans) + removals.map { $0.record() } + mined.failures.map { failure in
            JSONValue.object([
                ("kind", .string("file")), ("repo", .string(failure.repository)), ("path", .string(failure.path)),
                ("reason", .string("unminable")), ("detail", .string(failure.reason)),
            ])
        }
        let summary: ReleaseWriter.Summary
        do {
            summary = try ReleaseWriter(config: effective, seed: seed, catalog: catalog).write(
                scans: deduplication.scans, mined: mined, rejectionRows: rejectionRows, inputs: inputs,
                extraStatistics: [("dedup", .object([
                    ("lsh", .object([("bands", .int(dedup.lsh.bands)), ("rows", .int(dedup.lsh.rows))])),
                    ("by_language", .object(dedup.counts.map { ($0.language.rawValue, $0.record()) })),
                    ("decontaminated_samples", .int(contaminated.count)),
                ]))],
                notes: ReleaseNotes.differencesFromM2RC(effective), to: output)
        } catch {
            throw CommandFailure.workFailed("cannot write the release to \(output): \(error)")
        }
        print("")
        print(ReleaseSummary(summary).render(), terminator: "")
        for shortfall in summary.shortfalls where shortfall.kept > 0 || shortfall.split != .instruct {
            let multiline = shortfall.multiline.map { ", multi-line \($0.kept) of \($0.required) required" } ?? ""
            logger.warning("shortfall: \(shortfall.language.rawValue) \(shortfall.split.rawValue) kept \(shortfall.kept) of \(shortfall.quota)\(multiline)")
        }
        print("release written to \(output) (release.json lists every output with its SHA-256)")
    }
}

extension BuildStage: ExpressibleByArgument {}

/// A thread-safe counter for progress lines.
final class Counter: Sendable {
    private let value = Mutex(0)
    func increment() -> Int { value.withLock { $0 += 1; return $0 } }
}


/// The tables printed after intake: repositories by verdict, and kept files by language.
struct IntakeSummary {
    let scans: [RepositoryScan]

    init(_ scans: [RepositoryScan]) { self.scans = scans }

    func render() -> String {
        var verdicts = TextTable([("repositories", .left), ("count", .right)])
        verdicts.add(["kept", grouped(scans.filter(\.isKept).count)])
        for reason in RepositoryRejection.allCases {
            let count = scans.filter { $0.rejection == reason }.count
            if count > 0 { verdicts.add(["rejected: \(reason.rawValue)", grouped(count)]) }
        }
        verdicts.add(["total", grouped(scans.count)])

        let kept = scans.filter(\.isKept)
        var files = TextTable([("language", .left), ("repositories", .right), ("files", .right), ("bytes", .right)])
        for language in Language.allCases {
            let mine = kept.flatMap(\.files).filter { $0.language == language }
            guard !mine.isEmpty else { continue }
            let repositories = kept.filter { $0.files.contains { $0.language == language } }.count
            files.add([language.rawValue, grouped(repositories), grouped(mine.count),
                       grouped(mine.map(\.bytes).reduce(0, +))])
        }
        let allFiles = kept.flatMap(\.files)
        files.add(["total", grouped(kept.count), grouped(allFiles.count), grouped(allFiles.map(\.bytes).reduce(0, +))])

        var left = TextTable([("files left out (kept repositories)", .left), ("count", .right)])
        for reason in FileRejection.allCases {
            let count = kept.flatMap(\.rejectedFiles).filter { $0.reason == reason }.count
            if count > 0 { left.add([reason.rawValue, grouped(count)]) }
        }
        return verdicts.render() + "\n" + files.render() + (left.rows.isEmpty ? "" : "\n" + left.render())
    }
}

/// The tables printed after mining: samples by language and split, by class, by bucket.
struct MiningSummary {
    let samples: [MinedSample]

    init(_ samples: [MinedSample]) { self.samples = samples }

    func render() -> String {
        var byLanguage = TextTable([("language", .left)] + Split.allCases.map { ($0.rawValue, .right) }
                                   + [("multi-line", .right), ("total", .right)])
        for language in Language.allCases {
            let mine = samples.filter { $0.file.language == language }
            guard !mine.isEmpty else { continue }
            let multiline = mine.filter { $0.lines >= 2 }.count
            byLanguage.add([language.rawValue] + Split.allCases.map { split in
                grouped(mine.filter { $0.file.split == split }.count)
            } + ["\(multiline * 100 / mine.count)%", grouped(mine.count)])
        }
        byLanguage.add(["total"] + Split.allCases.map { split in grouped(samples.filter { $0.file.split == split }.count) }
                       + [samples.isEmpty ? "-" : "\(samples.filter { $0.lines >= 2 }.count * 100 / samples.count)%",
                          grouped(samples.count)])

        var byClass = TextTable([("semantic class", .left), ("samples", .right)])
        for semanticClass in SemanticClass.allCases {
            let count = samples.filter { $0.label?.semanticClass == semanticClass }.count
            if count > 0 { byClass.add([semanticClass.rawValue, grouped(count)]) }
        }
        let unlabelled = samples.filter { $0.label == nil }.count
        if unlabelled > 0 { byClass.add(["(no label)", grouped(unlabelled)]) }

        var byBucket = TextTable([("bucket", .right), ("samples", .right)])
        for bucket in 1...DepthBucket.count {
            byBucket.add(["\(bucket)", grouped(samples.filter { $0.bucket == bucket }.count)])
        }
        return byLanguage.render() + "\n" + byClass.render() + "\n" + byBucket.render()
    }
}

/// The table printed after the release is written: kept samples per language and split.
struct ReleaseSummary {
    let summary: ReleaseWriter.Summary

    init(_ summary: ReleaseWriter.Summary) { self.summary = summary }

    func render() -> String {
        var table = TextTable([("release", .left)] + Split.allCases.map { ($0.rawValue, .right) })
        for language in Language.allCases {
            let mine = summary.kept.filter { $0.file.language == language }
            table.add([language.rawValue] + Split.allCases.map { split in
                grouped(mine.filter { $0.file.split == split }.count)
            })
        }
        table.add(["total"] + Split.allCases.map { split in grouped(summary.kept.filter { $0.file.split == split }.count) })
        let shortfalls = summary.shortfalls.count
        return table.render() + (shortfalls > 0 ? "\(shortfalls) language/split quota(s) not filled: see README.md and stats.json\n" : "")
    }
}
