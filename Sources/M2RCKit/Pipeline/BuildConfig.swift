import Foundation

/// Everything a build can be told, with M2RC's rules as defaults. Versioned: adding a key keeps the version; an
/// incompatible change raises it, and a file of a newer version is refused.
///
/// Every key is optional in a file; what it leaves out takes the default. `m2rc build --dump-config` prints the
/// effective config with every value written out.
public struct BuildConfig: Codable, Sendable, Equatable {
    public static let currentVersion = 1

    public var version = BuildConfig.currentVersion
    public var repositories = RepositoryRules()
    public var files = FileRules()
    public var fetch = FetchSettings()
    public var splits = SplitRules()
    public var mining = MiningRules()
    public var dedup = DedupSettings()
    public var retrieval = RetrievalSettings()
    public var release = ReleaseSettings()

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, repositories, files, fetch, splits, dedup, mining, retrieval, release
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(Int.self, forKey: .version) ?? Self.currentVersion
        guard version <= Self.currentVersion else {
            throw DecodingError.dataCorruptedError(forKey: .version, in: container, debugDescription:
                "config version \(version) is newer than this m2rc understands (\(Self.currentVersion)): update m2rc")
        }
        repositories = try container.decodeIfPresent(RepositoryRules.self, forKey: .repositories) ?? RepositoryRules()
        files = try container.decodeIfPresent(FileRules.self, forKey: .files) ?? FileRules()
        fetch = try container.decodeIfPresent(FetchSettings.self, forKey: .fetch) ?? FetchSettings()
        splits = try container.decodeIfPresent(SplitRules.self, forKey: .splits) ?? SplitRules()
        mining = try container.decodeIfPresent(MiningRules.self, forKey: .mining) ?? MiningRules()
        release = try container.decodeIfPresent(ReleaseSettings.self, forKey: .release) ?? ReleaseSettings()
        dedup = try container.decodeIfPresent(DedupSettings.self, forKey: .dedup) ?? DedupSettings()
        retrieval = try container.decodeIfPresent(RetrievalSettings.self, forKey: .retrieval) ?? RetrievalSettings()
        if let problem = dedup.problem() {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [CodingKeys.dedup], debugDescription: problem))
        }
    }

    /// Reads a config file (JSON).
    public static func load(path: String) throws(InputError) -> BuildConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot read the config file")
        }
        do {
            return try JSONDecoder().decode(BuildConfig.self, from: data)
        } catch let error as DecodingError {
            throw InputError(file: path, error.readableDescription)
        } catch {
            throw InputError(file: path, "not a JSON config: \(error.localizedDescription)")
        }
    }

    /// The config as a file would write it, every key present, keys sorted.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }
}

/// M2RC's repository rules (§2 of the benchmark's reference). A repository failing one is rejected with the
/// first failing rule, checked in this order: excluded, stars, unreachable, licence, too few files, too many files.
public struct RepositoryRules: Codable, Sendable, Equatable {
    /// M2RC keeps repositories with more than 5 stars.
    public var minStars = 6
    /// M2RC keeps repositories of 10 to 50 files (inclusive).
    public var minFiles = 10
    public var maxFiles = 50
    /// What the file-count rule counts.
    public var count = FileCount.languages
    /// Permissive licences (SPDX ids) a repository may have.
    public var licenses = ["0BSD", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "BSL-1.0", "CC0-1.0", "ISC", "MIT",
                           "MIT-0", "Unlicense", "Zlib"]
    /// Owners (`owner`) or repositories (`owner/name`) that opted out; they are never fetched.
    public var exclude: [String] = []

    public enum FileCount: String, Codable, Sendable, Equatable {
        /// Files of the 18 languages that pass the file rules.
        case languages
        /// Every file of the repository's tree.
        case all
    }

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case minStars = "min_stars", minFiles = "min_files", maxFiles = "max_files", count, licenses, exclude
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let defaults = RepositoryRules()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minStars = try container.decodeIfPresent(Int.self, forKey: .minStars) ?? defaults.minStars
        minFiles = try container.decodeIfPresent(Int.self, forKey: .minFiles) ?? defaults.minFiles
        maxFiles = try container.decodeIfPresent(Int.self, forKey: .maxFiles) ?? defaults.maxFiles
        count = try container.decodeIfPresent(FileCount.self, forKey: .count) ?? defaults.count
        licenses = try container.decodeIfPresent([String].self, forKey: .licenses) ?? defaults.licenses
        exclude = try container.decodeIfPresent([String].self, forKey: .exclude) ?? defaults.exclude
        if minFiles > maxFiles {
            throw DecodingError.dataCorruptedError(forKey: .minFiles, in: container,
                                                   debugDescription: "min_files is larger than max_files")
        }
    }
}

/// Which files of a repository are source files worth mining. Each file left out gets the first rule it fails,
/// in this order: symlink, submodule, path not UTF-8, vendored, generated (by name), not one of the 18 languages,
/// empty, over the size cap, binary, invalid UTF-8, generated (by marker), minified.
public struct FileRules: Codable, Sendable, Equatable {
    /// Files larger than this (bytes) are left out unread.
    public var maxBytes = 1 << 20
    /// A file with a longer line (in bytes) is minified or data, not code a person wrote.
    public var maxLineLength = 1_000
    /// …and so is a file whose lines are this long on average.
    public var maxMeanLineLength = 100
    /// A path with one of these folder names anywhere is vendored code.
    public var vendoredDirectories = ["vendor", "vendors", "third_party", "third-party", "thirdparty", "3rdparty",
                                      "node_modules", "bower_components", "jspm_packages", "Pods", "Carthage",
                                      "external", "externals", "deps", ".git"]
    /// File names (exact) that are generated: lock files and the like.
    public var generatedNames = ["package-lock.json", "yarn.lock", "pnpm-lock.yaml", "Cargo.lock", "Gemfile.lock",
                                 "composer.lock", "poetry.lock", "Pipfile.lock", "go.sum", "mix.lock", "pubspec.lock"]
    /// File name endings that are generated or minified.
    public var generatedSuffixes = [".min.js", ".min.css", ".min.mjs", "-min.js", ".bundle.js", ".pb.go", "_pb2.py",
                                    "_pb2_grpc.py", ".pb.h", ".pb.cc", ".g.cs", ".designer.cs", ".generated.cs",
                                    ".g.dart", "_generated.go", ".gen.go"]
    /// Text that marks a generated file when found in its first `markerWindow` bytes (case-insensitive).
    public var generatedMarkers = ["@generated", "do not edit", "code generated by", "auto-generated",
                                   "autogenerated", "automatically generated", "generated by the protocol buffer",
                                   "this file is generated"]
    public var markerWindow = 1_024

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case maxBytes = "max_bytes", maxLineLength = "max_line_length", maxMeanLineLength = "max_mean_line_length"
        case vendoredDirectories = "vendored_directories", generatedNames = "generated_names"
        case generatedSuffixes = "generated_suffixes", generatedMarkers = "generated_markers"
        case markerWindow = "marker_window"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let defaults = FileRules()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        maxBytes = try container.decodeIfPresent(Int.self, forKey: .maxBytes) ?? defaults.maxBytes
        maxLineLength = try container.decodeIfPresent(Int.self, forKey: .maxLineLength) ?? defaults.maxLineLength
        maxMeanLineLength = try container.decodeIfPresent(Int.self, forKey: .maxMeanLineLength)
            ?? defaults.maxMeanLineLength
        vendoredDirectories = try container.decodeIfPresent([String].self, forKey: .vendoredDirectories)
            ?? defaults.vendoredDirectories
        generatedNames = try container.decodeIfPresent([String].self, forKey: .generatedNames) ?? defaults.generatedNames
        generatedSuffixes = try container.decodeIfPresent([String].self, forKey: .generatedSuffixes)
            ?? defaults.generatedSuffixes
        generatedMarkers = try container.decodeIfPresent([String].self, forKey: .generatedMarkers)
            ?? defaults.generatedMarkers
        markerWindow = try container.decodeIfPresent(Int.self, forKey: .markerWindow) ?? defaults.markerWindow
    }
}

/// How repositories are fetched into the mirror cache.
public struct FetchSettings: Codable, Sendable, Equatable {
    /// The mirror cache; nil means `$M2RC_CACHE_DIR`, else `Output/mirrors` in the current folder.
    public var cache: String?
    /// Repositories fetched at once.
    public var concurrency = 4
    /// Attempts after the first for network failures, waiting `backoffSeconds`, then twice that, and so on.
    public var retries = 3
    public var backoffSeconds = 2.0
    /// Fetch again a repository whose mirror exists and whose commit is not pinned (else the mirror is reused).
    public var refresh = false

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case cache, concurrency, retries, backoffSeconds = "backoff_seconds", refresh
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let defaults = FetchSettings()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        cache = try container.decodeIfPresent(String.self, forKey: .cache)
        concurrency = max(1, try container.decodeIfPresent(Int.self, forKey: .concurrency) ?? defaults.concurrency)
        retries = max(0, try container.decodeIfPresent(Int.self, forKey: .retries) ?? defaults.retries)
        backoffSeconds = try container.decodeIfPresent(Double.self, forKey: .backoffSeconds) ?? defaults.backoffSeconds
        refresh = try container.decodeIfPresent(Bool.self, forKey: .refresh) ?? defaults.refresh
    }

    /// The cache folder this build uses.
    public func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let cache { return cache }
        if let configured = environment["M2RC_CACHE_DIR"], !configured.isEmpty { return configured }
        return FileManager.default.currentDirectoryPath + "/Output/mirrors"
    }
}
