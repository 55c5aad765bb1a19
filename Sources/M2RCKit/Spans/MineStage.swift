import Git
import Logging

/// A kept file that mining could not use (its parse timed out, its blob could not be read).
public struct MiningFailure: Sendable, Equatable {
    public let repository: String
    public let path: String
    public let reason: String
}

/// Mining over the kept repositories of a scan: every source file is read from its mirror, parsed, and cut
/// around its drawn spans. Repositories are mined in parallel (one parser set per task); the result is sorted by
/// task id, so it is the same whatever the parallelism.
public struct MineStage: Sendable {
    public let config: BuildConfig
    public let seed: UInt64
    public let catalog: GrammarCatalog
    public let intake: Intake
    /// Cross-file context for each sample (M2RC's "+Retrieval" setting), when the config enables it.
    public let context: ContextFields?

    public init(config: BuildConfig, seed: UInt64, catalog: GrammarCatalog, intake: Intake,
                context: ContextFields? = nil) {
        self.config = config
        self.seed = seed
        self.catalog = catalog
        self.intake = intake
        self.context = context
    }

    public struct Result: Sendable {
        public var samples: [MinedSample]
        public var failures: [MiningFailure]
        public var filesMined: Int
        public var bytesMined: Int
    }

    public func run(_ scans: [RepositoryScan], jobs: Int) async -> Result {
        let kept = scans.filter(\.isKept)
        var result = Result(samples: [], failures: [], filesMined: 0, bytesMined: 0)
        await withTaskGroup(of: Result.self) { group in
            var next = 0
            func startNext() {
                guard next < kept.count else { return }
                let scan = kept[next]
                next += 1
                group.addTask { mine(scan) }
            }
            for _ in 0..<max(1, jobs) { startNext() }
            while let part = await group.next() {
                result.samples += part.samples
                result.failures += part.failures
                result.filesMined += part.filesMined
                result.bytesMined += part.bytesMined
                startNext()
            }
        }
        result.samples.sort { $0.taskID < $1.taskID }
        result.failures.sort { ($0.repository, $0.path) < ($1.repository, $1.path) }
        return result
    }

    /// The split of a repository under this build's seed and rules.
    public func split(of repository: String) -> Split {
        config.splits.split(of: repository, seed: seed)
    }

    private func mine(_ scan: RepositoryScan) -> Result {
        var result = Result(samples: [], failures: [], filesMined: 0, bytesMined: 0)
        let repositoryName = scan.entry.repo
        func fail(_ path: String, _ reason: String) {
            result.failures.append(MiningFailure(repository: repositoryName, path: path, reason: reason))
        }
        let repository: Repository
        do {
            repository = try Repository.open(at: intake.mirrorPath(for: scan.entry))
        } catch {
            for file in scan.files { fail(file.path, error.description) }
            return result
        }
        let miner = Miner(rules: config.mining, seed: seed, catalog: catalog)
        let split = split(of: repositoryName)
        var contextFiles: [ContextFile] = []
        var samples: [MinedSample] = []
        for file in scan.files {
            let identity = SourceFileIdentity(repository: repositoryName, commit: scan.commit!.description,
                                              path: file.path, license: scan.license ?? "", language: file.language,
                                              split: split)
            do {
                let bytes = try repository.readBlob(file.blob)
                samples += try miner.mine(bytes, file: identity)
                if context != nil {
                    contextFiles.append(ContextFile(path: file.path, language: file.language,
                                                    text: String(decoding: bytes, as: UTF8.self)))
                }
                result.filesMined += 1
                result.bytesMined += bytes.count
            } catch {
                fail(file.path, "\(error)")
            }
        }
        // One index per repository serves every sample of it: the other files of the sample's language.
        if let context {
            let index = context.index(contextFiles)
            for position in samples.indices {
                samples[position].context = SampleExtraFields(context.fields(for: samples[position], in: index))
            }
        }
        result.samples += samples
        return result
    }
}
