import CGit2

/// Process-wide facts about the linked libgit2.
public enum LibGit2 {
    /// The libgit2 version, e.g. "1.5.1", for logs and `release.json`.
    public static let version: String = {
        var major: Int32 = 0, minor: Int32 = 0, revision: Int32 = 0
        git_libgit2_version(&major, &minor, &revision)
        return "\(major).\(minor).\(revision)"
    }()

    /// Whether this build of libgit2 can fetch over HTTPS (Debian's can, through mbedTLS).
    public static var supportsHTTPS: Bool {
        git_libgit2_features() & Int32(GIT_FEATURE_HTTPS.rawValue) != 0
    }

    /// Initialises libgit2 once per process; every call into the library goes through here first.
    ///
    /// `git_libgit2_init` returns the new reference count (1 on the first call), not zero; only a negative
    /// value is a failure. The count is never given back: libgit2 stays up for the life of the process,
    /// which costs nothing and avoids shutdown racing a task that still holds a repository.
    static func initialize() throws(GitError) {
        if initResult < 0 {
            throw GitError.last(code: initResult, operation: "initialise", subject: "libgit2")
        }
    }
}

/// The libgit2 version, written `Git.version` at call sites (the module has no type named `Git`, so
/// that `Git.Repository` keeps meaning this module's type).
public var version: String { LibGit2.version }

// A global `let` initialiser runs exactly once, under the runtime's own lock (swift_once).
private let initResult: Int32 = git_libgit2_init()
