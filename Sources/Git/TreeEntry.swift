/// What a tree entry is, from its git file mode.
public enum EntryKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// A regular file (mode 100644).
    case blob
    /// An executable file (mode 100755).
    case executable
    /// A symbolic link (mode 120000); the blob holds the link target, which is never followed.
    case symlink
    /// A submodule (gitlink, mode 160000); the id is a commit in another repository.
    case submodule
}

/// One non-directory entry of a commit's tree, as plain values that can cross tasks.
///
/// Paths: git stores names as bytes with no encoding. `path` is always a `String` — the exact bytes
/// when they are valid UTF-8, otherwise a lossy decoding with U+FFFD — and `rawPath` keeps the
/// original bytes only in the rare invalid case, so callers can detect and reject such files
/// (`rawPath != nil`) without paying for a second copy of every path. Paths are not sanitised for
/// use on disk (nothing is ever checked out).
public struct TreeEntry: Sendable, Hashable {
    /// Repository-relative, `/`-separated path.
    public let path: String
    /// The original bytes when they are not valid UTF-8; nil otherwise.
    public let rawPath: [UInt8]?
    public let kind: EntryKind
    /// The blob id, or for a submodule the commit id in the other repository.
    public let id: ObjectID
    /// The blob size in bytes, read from the object header; 0 for a submodule.
    public let size: Int

    public init(pathBytes: [UInt8], kind: EntryKind, id: ObjectID, size: Int) {
        let decoded = String(validating: pathBytes, as: UTF8.self)
        path = decoded ?? String(decoding: pathBytes, as: UTF8.self)
        rawPath = decoded == nil ? pathBytes : nil
        self.kind = kind
        self.id = id
        self.size = size
    }

    /// The path's exact bytes, whichever way they are stored.
    public var pathBytes: [UInt8] { rawPath ?? Array(path.utf8) }

    /// Whether the path is valid UTF-8 (so `path` is exact).
    public var hasUTF8Path: Bool { rawPath == nil }
}
