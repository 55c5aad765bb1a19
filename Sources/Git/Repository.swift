import CGit2

/// One open git repository (a `git_repository*`).
///
/// Not `Sendable` on purpose: a libgit2 repository handle must not be used from two threads at once,
/// so each task opens its own (opening is cheap) and only plain values (`ObjectID`, `TreeEntry`,
/// bytes) cross task boundaries.
public final class Repository {
    let handle: Managed
    /// The path this repository was opened or created at.
    public let path: String
    private var odbHandle: Managed?

    private init(handle: Managed, path: String) {
        self.handle = handle
        self.path = path
    }

    /// Opens the repository at exactly `path` (a bare repository or a work tree's root).
    ///
    /// Parent directories are not searched: a cache path that is not itself a repository must fail,
    /// not silently open some enclosing repository.
    public static func open(at path: String) throws(GitError) -> Repository {
        let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue
        let handle = try Managed.make("open repository at", path, free: git_repository_free) { out in
            path.withCString { git_repository_open_ext(&out, $0, flags, nil) }
        }
        return Repository(handle: handle, path: path)
    }

    /// Initialises a new repository at `path`, creating missing directories; fails if one exists.
    ///
    /// HEAD points at `initialBranch` so fixtures do not depend on the user's `init.defaultBranch`.
    public static func create(at path: String, bare: Bool = true, initialBranch: String = "main") throws(GitError) -> Repository {
        var options = git_repository_init_options()
        try call("create repository at", path) {
            git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION))
        }
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | GIT_REPOSITORY_INIT_NO_REINIT.rawValue
        if bare { options.flags |= GIT_REPOSITORY_INIT_BARE.rawValue }
        let handle = try Managed.make("create repository at", path, free: git_repository_free) { out in
            initialBranch.withCString { branch in
                options.initial_head = branch
                return path.withCString { git_repository_init_ext(&out, $0, &options) }
            }
        }
        return Repository(handle: handle, path: path)
    }

    /// Whether the repository has no work tree (mirrors and fixtures are bare).
    public var isBare: Bool { git_repository_is_bare(handle.pointer) == 1 }

    /// The object database, opened once per repository and shared by blob reads and size lookups.
    func odb() throws(GitError) -> Managed {
        if let odbHandle { return odbHandle }
        let odb = try Managed.make("open object database of", path, free: git_odb_free) { out in
            git_repository_odb(&out, handle.pointer)
        }
        odbHandle = odb
        return odb
    }

    /// Whether the object database holds `id` (of any kind).
    public func contains(_ id: ObjectID) -> Bool {
        guard let odb = try? odb() else { return false }
        return id.withOID { git_odb_exists(odb.pointer, $0) } == 1
    }
}

// Spelled out so that a future `Sendable` conformance is a deliberate, reviewed change.
@available(*, unavailable)
extension Repository: Sendable {}
