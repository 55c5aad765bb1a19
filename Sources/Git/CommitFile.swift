/// One entry to write with `Repository.commit(files:…)`.
public struct CommitFile: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case blob([UInt8])
        case executable([UInt8])
        /// A symbolic link; the target is stored as the blob's bytes.
        case symlink(target: String)
        /// A submodule (gitlink) pinned at a commit of another repository; no object is written.
        case submodule(commit: ObjectID)
    }

    /// Repository-relative, `/`-separated path, as bytes so fixtures can hold non-UTF-8 names.
    public var pathBytes: [UInt8]
    public var content: Content

    public init(pathBytes: [UInt8], content: Content) {
        self.pathBytes = pathBytes
        self.content = content
    }

    public init(_ path: String, _ content: Content) {
        self.init(pathBytes: Array(path.utf8), content: content)
    }

    /// A regular or executable file.
    public init(_ path: String, bytes: [UInt8], executable: Bool = false) {
        self.init(path, executable ? .executable(bytes) : .blob(bytes))
    }

    /// A regular file holding `text` as UTF-8.
    public init(_ path: String, text: String) {
        self.init(path, .blob(Array(text.utf8)))
    }

    public var kind: EntryKind {
        switch content {
        case .blob: .blob
        case .executable: .executable
        case .symlink: .symlink
        case .submodule: .submodule
        }
    }
}

/// Author or committer of a commit. A fixed `time` makes commit ids reproducible.
public struct Signature: Sendable, Hashable {
    public var name: String
    public var email: String
    /// Seconds since the Unix epoch.
    public var time: Int64
    /// Offset from UTC in minutes.
    public var offsetMinutes: Int32

    public init(name: String, email: String, time: Int64, offsetMinutes: Int32 = 0) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }
}
