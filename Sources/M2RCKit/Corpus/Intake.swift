import Foundation
import Git
import Logging

/// Fetch and scan: each manifest entry becomes a `RepositoryScan` — its commit, its source files and the files
/// left out, or the first repository rule it fails.
///
/// Rules are checked in the order that costs least: the exclude list and stars need no network; then the
/// repository is fetched into the mirror cache and its tree read from the object database (nothing is checked
/// out); then licence and file count.
public struct Intake: Sendable {
    public let config: BuildConfig
    public let cacheDirectory: String
    public let logger: Logger

    public init(config: BuildConfig, cacheDirectory: String? = nil, logger: Logger = Logger(label: "m2rc.intake")) {
        self.config = config
        self.cacheDirectory = cacheDirectory ?? config.fetch.cacheDirectory()
        self.logger = logger
    }

    /// Scans every entry, at most `jobs` at once, and returns the scans sorted by repository.
    public func scan(_ entries: [ManifestEntry], jobs: Int? = nil,
                     progress: (@Sendable (RepositoryScan) -> Void)? = nil) async -> [RepositoryScan] {
        let width = max(1, jobs ?? config.fetch.concurrency)
        var scans: [RepositoryScan] = []
        await withTaskGroup(of: RepositoryScan.self) { group in
            var next = entries.startIndex
            func startNext() {
                guard next < entries.endIndex else { return }
                let entry = entries[next]
                next += 1
                group.addTask { await scan(entry) }
            }
            for _ in 0..<width { startNext() }
            while let scan = await group.next() {
                progress?(scan)
                scans.append(scan)
                startNext()
            }
        }
        return scans.sorted { $0.entry.repo < $1.entry.repo }
    }

    /// Fetches and scans one repository.
    public func scan(_ entry: ManifestEntry) async -> RepositoryScan {
        var scan = RepositoryScan(entry: entry)
        let rules = config.repositories
        if rules.exclude.contains(entry.repo) || rules.exclude.contains(entry.owner) {
            scan.rejection = .excluded
            scan.detail = rules.exclude.contains(entry.repo) ? entry.repo : "owner \(entry.owner)"
            return scan
        }
        if entry.stars < rules.minStars {
            scan.rejection = .stars
            scan.detail = "\(entry.stars) stars, fewer than \(rules.minStars)"
            return scan
        }
        let repository: Repository
        do {
            (repository, scan.commit) = try await fetch(entry)
        } catch {
            scan.rejection = .unreachable
            scan.detail = error.description
            return scan
        }
        let entries: [TreeEntry]
        do {
            entries = try repository.treeEntries(at: scan.commit!)
        } catch {
            scan.rejection = .unreadable
            scan.detail = error.description
            return scan
        }
        do {
            try classify(entries, of: repository, into: &scan)
        } catch {
            scan.rejection = .unreadable
            scan.detail = error.description
            return scan
        }
        scan.license = entry.license ?? detectLicense(entries, repository: repository)
        switch scan.license {
        case nil:
            scan.rejection = .license
            scan.detail = "no licence in the manifest and none recognised in a LICENSE file"
            return scan
        case let license? where !rules.licenses.contains(license):
            scan.rejection = .license
            scan.detail = "\(license) is not in the permissive allow-list"
            return scan
        default:
            break
        }
        let counted = rules.count == .languages
            ? scan.files.count
            : entries.filter { $0.kind == .blob || $0.kind == .executable }.count
        let what = rules.count == .languages ? "source files" : "files"
        if counted < rules.minFiles {
            scan.rejection = .tooFewFiles
            scan.detail = "\(counted) \(what), fewer than \(rules.minFiles)"
        } else if counted > rules.maxFiles {
            scan.rejection = .tooManyFiles
            scan.detail = "\(counted) \(what), more than \(rules.maxFiles)"
        }
        return scan
    }

    // MARK: fetch

    /// The mirror's path in the cache: `<cache>/<owner>/<name>.git`.
    public func mirrorPath(for entry: ManifestEntry) -> String {
        "\(cacheDirectory)/\(entry.owner)/\(entry.repo.split(separator: "/").last!).git"
    }

    /// Opens or updates the mirror and resolves the commit to scan. An existing mirror is reused without any
    /// network access unless `fetch.refresh` is set and the entry does not pin a full commit sha. A plain folder
    /// (not a git repository) is committed as it is into the mirror's place (`FolderSnapshot`).
    private func fetch(_ entry: ManifestEntry) async throws(GitError) -> (Repository, ObjectID) {
        let path = mirrorPath(for: entry)
        if FolderSnapshot.isPlainFolder(entry.url) {
            do {
                return try FolderSnapshot.commit(folder: entry.url, into: path)
            } catch let error as GitError {
                throw error
            } catch {
                throw GitError(code: .notFound, message: "\(error.localizedDescription)", operation: "snapshot folder",
                               subject: entry.url)
            }
        }
        if !config.fetch.refresh, let existing = try? Repository.open(at: path) {
            if let revision = entry.commit {
                if let commit = try? existing.resolve(revision) { return (existing, commit) }
            } else if let commit = try? existing.resolve("HEAD") {
                return (existing, commit)
            }
        }
        let revision: MirrorRevision = entry.commit.map { Self.isSha($0) ? .commit($0) : .branch($0) } ?? .defaultBranch
        var attempt = 0
        while true {
            do {
                let result = try Repository.mirror(url: entry.url, at: path, revision: revision)
                logger.debug("fetched", metadata: ["repo": "\(entry.repo)", "commit": "\(result.commit)",
                                                   "created": "\(result.created)"])
                return (result.repository, result.commit)
            } catch where attempt < config.fetch.retries && Self.isTransient(error) {
                attempt += 1
                let delay = config.fetch.backoffSeconds * pow(2, Double(attempt - 1))
                logger.warning("fetch failed, retrying", metadata: [
                    "repo": "\(entry.repo)", "attempt": "\(attempt)", "delay_s": "\(delay)", "error": "\(error)"])
                try? await Task.sleep(for: .milliseconds(Int(delay * 1000)))
            }
        }
    }

    static func isSha(_ text: String) -> Bool {
        (4...40).contains(text.count) && text.allSatisfy(\.isHexDigit)
    }

    /// Network trouble is worth another try; a missing repository or a bad revision is not.
    static func isTransient(_ error: GitError) -> Bool {
        [.net, .http, .ssl, .ssh].contains(error.errorClass) && error.code != .notFound
    }

    // MARK: scan

    /// Applies the file rules to every entry, reading only the blobs the path rules let through.
    private func classify(_ entries: [TreeEntry], of repository: Repository, into scan: inout RepositoryScan)
        throws(GitError)
    {
        let rules = config.files
        let evidence = HeaderRule.RepositoryEvidence(paths: entries.map(\.path))
        for entry in entries {
            let verdict: FileVerdict
            if let early = rules.verdict(for: entry) {
                verdict = early
            } else {
                let content = try repository.readBlob(entry.id, maxSize: rules.maxBytes)
                verdict = rules.verdict(path: entry.path, content: content, repository: evidence)
            }
            switch verdict {
            case .source(let language):
                scan.files.append(ScannedFile(path: entry.path, language: language, blob: entry.id, bytes: entry.size))
            case .rejected(let reason, let detail):
                scan.rejectedFiles.append(RejectedFile(path: entry.path, reason: reason, detail: detail))
            }
        }
    }

    private func detectLicense(_ entries: [TreeEntry], repository: Repository) -> String? {
        for entry in entries where LicenseDetection.isLicenseFile(entry.path) && entry.kind != .submodule {
            guard let bytes = try? repository.readBlob(entry.id, maxSize: 1 << 20) else { continue }
            if let license = LicenseDetection.detect(String(decoding: bytes, as: UTF8.self)) { return license }
        }
        return nil
    }
}
