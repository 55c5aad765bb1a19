import CGit2
import Foundation

extension Repository {
    /// Every file, symlink and submodule in the tree of `commit`, recursively, sorted by path bytes.
    ///
    /// Nothing is checked out and no blob is loaded: sizes come from object headers. `maxEntries`
    /// bounds the work on hostile trees — a subtree can be referenced many times, so paths can
    /// outnumber objects exponentially: more than `maxEntries` files, or more than `maxEntries`
    /// directories, throws `.tooLarge`.
    public func treeEntries(at commit: ObjectID, maxEntries: Int = 1_000_000) throws(GitError) -> [TreeEntry] {
        let operation = "walk the tree of commit"
        let subject = "\(commit) in \(path)"
        let odb = try odb()
        // Each entry with its path bytes, so sorting does not rebuild them per comparison.
        var entries: [(path: [UInt8], entry: TreeEntry)] = []
        var directories = 0
        func tooLarge(_ what: String) -> GitError {
            GitError(code: .tooLarge, message: "more than \(maxEntries) \(what)", operation: operation, subject: subject)
        }
        // An explicit stack rather than recursion: tree depth is attacker-controlled.
        var pending: [(tree: Managed, prefix: [UInt8])] = [(try tree(of: commit), [])]
        while let (tree, prefix) = pending.popLast() {
            for index in 0..<git_tree_entrycount(tree.pointer) {
                // Borrowed from `tree`, which stays alive for this iteration.
                guard let entry = git_tree_entry_byindex(tree.pointer, index) else { continue }
                var entryPath = prefix
                if !entryPath.isEmpty { entryPath.append(UInt8(ascii: "/")) }
                entryPath.append(contentsOf: cStringBytes(git_tree_entry_name(entry)))
                let id = ObjectID(git_tree_entry_id(entry).pointee)
                let mode = git_tree_entry_filemode(entry)
                if mode == GIT_FILEMODE_TREE {
                    directories += 1
                    if directories > maxEntries { throw tooLarge("directories") }
                    let subtree = try Managed.make(operation, subject, free: git_tree_free) { out in
                        id.withOID { git_tree_lookup(&out, handle.pointer, $0) }
                    }
                    pending.append((subtree, entryPath))
                    continue
                }
                // libgit2 normalises legacy modes (100664 → 100644) and rejects unknown ones when parsing.
                guard let kind = EntryKind(mode) else { continue }
                if entries.count >= maxEntries { throw tooLarge("files") }
                let size = kind == .submodule ? 0 : try blobSize(id, odb: odb)
                entries.append((entryPath, TreeEntry(pathBytes: entryPath, kind: kind, id: id, size: size)))
            }
        }
        // Git's own order treats directories as if suffixed by "/"; callers want plain byte order.
        entries.sort { $0.path.lexicographicallyPrecedes($1.path) }
        return entries.map(\.entry)
    }

    /// The entry at `path` in the tree of `commit`, or nil if there is none (directories are nil too).
    public func entry(at path: String, in commit: ObjectID) throws(GitError) -> TreeEntry? {
        let tree = try tree(of: commit)
        var out: OpaquePointer?
        git_error_clear()
        let result = path.withCString { git_tree_entry_bypath(&out, tree.pointer, $0) }
        if result == GIT_ENOTFOUND.rawValue { return nil }
        guard result == 0, let out else {
            throw GitError.last(code: result, operation: "look up path", subject: "'\(path)' at \(commit) in \(self.path)")
        }
        let entry = Managed(out, free: git_tree_entry_free)
        guard let kind = EntryKind(git_tree_entry_filemode(entry.pointer)) else { return nil }
        let id = ObjectID(git_tree_entry_id(entry.pointer).pointee)
        let size = kind == .submodule ? 0 : try blobSize(id, odb: try odb())
        return TreeEntry(pathBytes: Array(path.utf8), kind: kind, id: id, size: size)
    }
}

extension EntryKind {
    /// nil for trees, which the walk descends into instead of listing.
    init?(_ mode: git_filemode_t) {
        switch mode {
        case GIT_FILEMODE_BLOB: self = .blob
        case GIT_FILEMODE_BLOB_EXECUTABLE: self = .executable
        case GIT_FILEMODE_LINK: self = .symlink
        case GIT_FILEMODE_COMMIT: self = .submodule
        default: return nil
        }
    }
}

/// The bytes of a NUL-terminated C string, without decoding them.
func cStringBytes(_ pointer: UnsafePointer<CChar>?) -> [UInt8] {
    guard let pointer else { return [] }
    return pointer.withMemoryRebound(to: UInt8.self, capacity: strlen(pointer) + 1) {
        Array(UnsafeBufferPointer(start: $0, count: strlen(pointer)))
    }
}
