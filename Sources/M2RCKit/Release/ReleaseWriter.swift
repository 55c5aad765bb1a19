import Foundation

/// Writes a release directory:
///
///     eval/validation/<language>.jsonl.zst   eval/test/<language>.jsonl.zst   instruct/<language>.jsonl.zst
///     rejected.jsonl.zst   stats.json   README.md (the dataset card)   release.json (written last)
///
/// Every file is written to a temporary name and renamed; `release.json`, which holds the SHA-256 of each output's
/// uncompressed content, comes last and so marks a finished release. Records are sorted by task id with keys in a
/// fixed order, so the same inputs give the same hashes on every machine and with any parallelism.
public struct ReleaseWriter: Sendable {
    public let config: BuildConfig
    public let seed: UInt64
    public let catalog: GrammarCatalog

    public static let releaseFile = "release.json"

    public init(config: BuildConfig, seed: UInt64, catalog: GrammarCatalog) {
        self.config = config
        self.seed = seed
        self.catalog = catalog
    }

    public struct Summary: Sendable {
        public let outputs: [ReleaseOutput]
        public let kept: [MinedSample]
        public let shortfalls: [QuotaSelection.Shortfall]
    }

    /// `inputs` is the fingerprint of everything the release is a function of (manifest, config, seed, tool
    /// version): a rerun with the same fingerprint finds the finished release and skips the work.
    public func write(scans: [RepositoryScan], mined: MineStage.Result, rejectionRows: [JSONValue],
                      inputs: String, extraStatistics: [(String, JSONValue)] = [], notes: [String],
                      to directory: String) throws -> Summary {
        let selection = QuotaSelection(settings: config.release, seed: seed).select(mined.samples)
        var outputs: [ReleaseOutput] = []
        for split in Split.allCases {
            for language in Language.allCases {
                let folder = split == .instruct ? "instruct" : "eval/\(split.rawValue)"
                let records = selection.kept.filter { $0.file.split == split && $0.file.language == language }
                outputs.append(try AtomicFile.writeHashedJSONL(
                    to: directory, "\(folder)/\(language.rawValue).jsonl.zst",
                    lines: records.map { $0.record().serialized() }))
            }
        }
        outputs.append(try AtomicFile.writeHashedJSONL(to: directory, "rejected.jsonl.zst",
                                                       lines: rejectionRows.map { $0.serialized() }))
        let statistics = ReleaseStatistics(samples: selection.kept, scans: scans, shortfalls: selection.shortfalls)
        var stats = statistics.json(seed: seed)
        if case .object(let fields) = stats { stats = .object(fields + extraStatistics) }
        outputs.append(try AtomicFile.writeHashed(stats.pretty() + "\n", to: directory, "stats.json"))
        let card = DatasetCard(settings: config.release, statistics: statistics, seed: seed, notes: notes)
        outputs.append(try AtomicFile.writeHashed(card.markdown(), to: directory, "README.md"))
        outputs.sort { $0.path < $1.path }
        try AtomicFile.write(manifest(scans: scans, outputs: outputs, inputs: inputs).pretty() + "\n",
                             to: "\(directory)/\(Self.releaseFile)")
        return Summary(outputs: outputs, kept: selection.kept, shortfalls: selection.shortfalls)
    }

    /// The inputs fingerprint recorded in a finished release at `directory`, if there is one.
    public static func finishedInputs(in directory: String) -> String? {
        guard let data = FileManager.default.contents(atPath: "\(directory)/\(releaseFile)"),
              let value = try? JSONParser.parse([UInt8](data)) else { return nil }
        return value["inputs_sha256"]?.stringValue
    }

    /// The config as recorded: machine-specific settings that cannot change the release (the cache folder) left out.
    static func recordedConfig(_ config: BuildConfig) -> JSONValue {
        var recorded = config
        recorded.fetch.cache = nil
        return (try? JSONParser.parse(Array(recorded.json().utf8))) ?? .null
    }

    /// Fingerprint of what a release is a function of.
    public static func inputsFingerprint(manifest: [UInt8], config: BuildConfig, seed: UInt64) -> String {
        HashingJSONLWriter.sha256(JSONValue.object([
            ("tool_version", .string(M2RCVersion.current)),
            ("seed", .string(String(seed))),
            ("config", recordedConfig(config)),
            ("manifest_sha256", .string(HashingJSONLWriter.sha256(manifest))),
        ]).serialized())
    }

    private func manifest(scans: [RepositoryScan], outputs: [ReleaseOutput], inputs: String) -> JSONValue {
        .object([
            ("format", .int(1)),
            ("tool", .object([("name", .string("m2rc")), ("version", .string(M2RCVersion.current))])),
            ("seed", .string(String(seed))),
            ("inputs_sha256", .string(inputs)),
            ("config", Self.recordedConfig(config)),
            ("tree_sitter", .object([
                ("runtime_abi", .string("13-14")),
                ("grammars", .array(catalog.pins.map { pin in
                    .object([
                        ("symbol", .string(pin.symbol)), ("package", .string(pin.package)),
                        ("version", .string(pin.version)), ("sdist_sha256", .string(pin.sdistSHA256)),
                        ("upstream", .string(pin.upstream)), ("abi", .int(pin.abi)),
                    ])
                })),
            ])),
            ("repositories", .array(scans.filter(\.isKept).map { scan in
                .object([
                    ("repo", .string(scan.entry.repo)), ("commit", .string(scan.commit!.description)),
                    ("split", .string(config.splits.split(of: scan.entry.repo, seed: seed).rawValue)),
                    ("license", .string(scan.license ?? "")), ("stars", .int(scan.entry.stars)),
                ])
            })),
            ("outputs", .array(outputs.map { output in
                .object([
                    ("path", .string(output.path)), ("records", output.records.map { .int($0) } ?? .null),
                    ("sha256", .string(output.sha256)),
                ])
            })),
        ])
    }
}
