import CGit2
import Foundation

/// What a mirror must contain after `Repository.mirror(url:at:revision:)`, besides the remote's
/// default branch.
public enum MirrorRevision: Sendable, Hashable {
    /// The tip of the remote's default branch (what its HEAD points at).
    case defaultBranch
    /// The tip of this branch (short name, e.g. "release-1.2").
    case branch(String)
    /// This commit: 4 to 40 hex digits.
    case commit(String)
}

/// The outcome of `Repository.mirror(url:at:revision:)`. (Not named `Mirror`: that would shadow the
/// standard library's reflection type in every file importing this module.)
///
/// Not `Sendable` because it hands over the open repository; `commit` and `defaultBranch` are plain
/// values to pass on.
public struct MirrorResult {
    public let repository: Repository
    /// The resolved commit of the requested revision.
    public let commit: ObjectID
    /// The remote's default branch, short name ("main").
    public let defaultBranch: String
    /// Whether this call cloned the mirror rather than updating an existing one.
    public let created: Bool
}

extension Repository {
    /// Clones `url` (https://, file:// or a local path) into a bare mirror at `path` if none is there,
    /// otherwise fetches into the existing mirror; then resolves `revision`.
    ///
    /// Only the default branch is fetched (plus `revision`'s branch), never every ref: pull-request refs
    /// can number thousands and point at objects the server will not send. A `.commit` sha missing
    /// from the default branch triggers one more fetch of all branches and tags, then fails clearly.
    /// A `.commit` given as a full sha that the mirror already holds needs no network at all, so
    /// reruns and resumed builds work offline.
    ///
    /// A first clone is built in a hidden sibling directory and renamed into place once complete, so a
    /// killed clone never leaves a directory at `path` that looks like a valid mirror. The mirror
    /// records `url` as its origin; mirroring a different URL into the same path is an error.
    public static func mirror(url: String, at path: String, revision: MirrorRevision = .defaultBranch) throws(GitError) -> MirrorResult {
        if !isVacant(path) {
            return try updateMirror(url: url, at: path, revision: revision)
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: path).lastPathComponent
        let temporary = "\(parent)/.\(name).partial-\(UUID().uuidString)"
        do throws(GitError) {
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw GitError.system(error, operation: "create the mirror cache directory", subject: parent)
            }
            let (defaultBranch, commit) = try cloneMirror(url: url, into: temporary, revision: revision)
            // rename(2) is atomic; it fails if another process finished the same mirror first.
            if rename(temporary, path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(atPath: temporary)
                guard FileManager.default.fileExists(atPath: path) else {
                    throw GitError(code: .generic, errorClass: .os, message: reason, operation: "move the new mirror to", subject: path)
                }
                return try updateMirror(url: url, at: path, revision: revision)
            }
            return MirrorResult(repository: try open(at: path), commit: commit, defaultBranch: defaultBranch, created: true)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Clones into a not-yet-visible directory; the repository is closed on return, before the rename,
    /// because libgit2 remembers its path.
    private static func cloneMirror(url: String, into temporary: String, revision: MirrorRevision) throws(GitError) -> (String, ObjectID) {
        let repository = try create(at: temporary, bare: true)
        try repository.recordOrigin(url)
        return try repository.fetchMirror(from: url, revision: revision)
    }

    private static func updateMirror(url: String, at path: String, revision: MirrorRevision) throws(GitError) -> MirrorResult {
        let repository = try open(at: path)
        if let origin = try repository.recordedOrigin(), origin != url {
            throw GitError(
                code: .exists, message: "the cache holds a mirror of \(origin)", operation: "mirror \(url) into", subject: path)
        }
        let (defaultBranch, commit) = try repository.fetchMirror(from: url, revision: revision)
        return MirrorResult(repository: repository, commit: commit, defaultBranch: defaultBranch, created: false)
    }

    /// Stores `url` as remote "origin" with no fetch refspec, so later fetches never follow a
    /// configured `refs/heads/*` pattern.
    private func recordOrigin(_ url: String) throws(GitError) {
        var options = git_remote_create_options()
        try call("record the origin of", path) {
            git_remote_create_options_init(&options, UInt32(GIT_REMOTE_CREATE_OPTIONS_VERSION))
        }
        options.repository = handle.pointer
        options.flags = GIT_REMOTE_CREATE_SKIP_DEFAULT_FETCHSPEC.rawValue
        _ = try Managed.make("record the origin of", path, free: git_remote_free) { out in
            "origin".withCString { name in
                options.name = name
                return url.withCString { git_remote_create_with_opts(&out, $0, &options) }
            }
        }
    }

    /// The URL recorded as "origin", or nil if the repository has none.
    ///
    /// Read from the configuration, not through `git_remote_lookup`, which would return the URL after
    /// any `url.<base>.insteadOf` rewrite and so never equal what the caller passed.
    private func recordedOrigin() throws(GitError) -> String? {
        let config = try Managed.make("read the configuration of", path, free: git_config_free) { out in
            git_repository_config_snapshot(&out, handle.pointer)
        }
        var value: UnsafePointer<CChar>?
        git_error_clear()
        let result = "remote.origin.url".withCString { git_config_get_string(&value, config.pointer, $0) }
        if result == GIT_ENOTFOUND.rawValue { return nil }
        guard result == 0, let value else {
            throw GitError.last(code: result, operation: "read the origin of", subject: path)
        }
        return String(cString: value)  // owned by the snapshot, so copied before it is freed
    }
}

/// True when nothing is at `path`, or only an empty directory (a cache folder made ahead of time),
/// which rename(2) replaces atomically.
private func isVacant(_ path: String) -> Bool {
    guard FileManager.default.fileExists(atPath: path) else { return true }
    return (try? FileManager.default.contentsOfDirectory(atPath: path))?.isEmpty ?? false
}
