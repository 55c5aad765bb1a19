import CGit2

extension Repository {
    /// Writes `files` as blobs and nested trees and commits them, with no work tree and no git CLI.
    ///
    /// The tree holds exactly `files` (it does not start from a parent's tree). Given the same files,
    /// message, signatures and parents the commit id is the same on every machine. With `updateRef`
    /// (`HEAD`, `refs/heads/main`, …) the reference is created or moved; libgit2 refuses to move an
    /// existing one unless it currently points at the first parent.
    @discardableResult
    public func commit(
        files: [CommitFile],
        message: String,
        author: Signature,
        committer: Signature? = nil,
        parents: [ObjectID] = [],
        updateRef: String? = nil
    ) throws(GitError) -> ObjectID {
        let tree = try writeTree(files)
        let parentCommits = try parents.map { (parent) throws(GitError) -> Managed in
            try Managed.make("look up parent commit", "\(parent) in \(path)", free: git_commit_free) { out in
                parent.withOID { git_commit_lookup(&out, handle.pointer, $0) }
            }
        }
        var parentPointers: [OpaquePointer?] = parentCommits.map(\.pointer)
        var oid = git_oid()
        try withSignature(author) { (authorPointer) throws(GitError) in
            try withSignature(committer ?? author) { (committerPointer) throws(GitError) in
                try call("create commit in", path) {
                    withOptionalCString(updateRef) { ref in
                        message.withCString { text in
                            parentPointers.withUnsafeMutableBufferPointer { buffer in
                                git_commit_create(
                                    &oid, handle.pointer, ref, authorPointer, committerPointer,
                                    nil, text, tree.pointer, buffer.count, buffer.baseAddress)
                            }
                        }
                    }
                }
            }
        }
        // The parents must outlive the call above, which only borrowed their pointers.
        withExtendedLifetime(parentCommits) {}
        return ObjectID(oid)
    }

    /// Builds the nested trees through an in-memory index, which sorts entries and creates directories.
    private func writeTree(_ files: [CommitFile]) throws(GitError) -> Managed {
        let index = try Managed.make("create in-memory index for", path, free: git_index_free) { out in
            git_index_new(&out)
        }
        var layout = TreeLayout()
        for file in files {
            let subject = "'\(String(decoding: file.pathBytes, as: UTF8.self))' in \(path)"
            if let problem = pathProblem(file.pathBytes) ?? layout.add(file.pathBytes) {
                throw GitError(code: .invalidSpec, message: problem, operation: "add to tree", subject: subject)
            }
            let id: ObjectID
            switch file.content {
            case .blob(let bytes), .executable(let bytes): id = try writeBlob(bytes, subject: subject)
            case .symlink(let target): id = try writeBlob(Array(target.utf8), subject: subject)
            case .submodule(let commit): id = commit
            }
            var entry = git_index_entry()
            entry.mode = mode(of: file.kind).rawValue
            id.withOID { entry.id = $0.pointee }
            var cPath = file.pathBytes.map { CChar(bitPattern: $0) }
            cPath.append(0)
            try call("add to tree", subject) {
                cPath.withUnsafeBufferPointer { buffer in
                    entry.path = buffer.baseAddress
                    return git_index_add(index.pointer, &entry)
                }
            }
        }
        var treeID = git_oid()
        try call("write tree in", path) { git_index_write_tree_to(&treeID, index.pointer, handle.pointer) }
        return try Managed.make("look up tree", "\(ObjectID(treeID)) in \(path)", free: git_tree_free) { out in
            git_tree_lookup(&out, handle.pointer, &treeID)
        }
    }

    private func writeBlob(_ bytes: [UInt8], subject: String) throws(GitError) -> ObjectID {
        var oid = git_oid()
        try call("write blob for", subject) {
            bytes.withUnsafeBytes { git_blob_create_from_buffer(&oid, handle.pointer, $0.baseAddress, $0.count) }
        }
        return ObjectID(oid)
    }

    /// Lends a `git_signature` for the duration of `body`; libgit2 copies what it needs from it.
    private func withSignature<Result>(
        _ signature: Signature, _ body: (UnsafePointer<git_signature>) throws(GitError) -> Result
    ) throws(GitError) -> Result {
        var out: UnsafeMutablePointer<git_signature>?
        try call("create signature for", "\(signature.name) <\(signature.email)>") {
            signature.name.withCString { name in
                signature.email.withCString { email in
                    git_signature_new(&out, name, email, git_time_t(signature.time), signature.offsetMinutes)
                }
            }
        }
        defer { git_signature_free(out) }
        return try body(out!)
    }
}

/// Why `path` cannot name a tree entry, or nil if it can. libgit2 checks some of this itself but
/// lets a leading "/" through; fixtures must look like paths git itself would write.
private func pathProblem(_ path: [UInt8]) -> String? {
    if path.contains(0) { return "path contains a NUL byte" }
    for component in path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
        if component.isEmpty { return "path has an empty component" }
        if component.elementsEqual(".".utf8) || component.elementsEqual("..".utf8) { return "path has a '.' or '..' component" }
        if component.map({ $0 | 0x20 }).elementsEqual(".git".utf8) { return "path has a '.git' component" }
    }
    return nil
}

/// Detects paths that an index would silently replace: the same path twice, or a file where another
/// path needs a directory ("a" and "a/b"). Whether an error is found does not depend on input order.
private struct TreeLayout {
    private var files: Set<[UInt8]> = []
    private var directories: Set<[UInt8]> = []

    mutating func add(_ path: [UInt8]) -> String? {
        if files.contains(path) { return "path is given twice" }
        if directories.contains(path) { return "path is also a directory of another path" }
        for (offset, byte) in path.enumerated() where byte == UInt8(ascii: "/") {
            let directory = Array(path[..<offset])
            if files.contains(directory) { return "a parent of the path is also given as a file" }
            directories.insert(directory)
        }
        files.insert(path)
        return nil
    }
}

private func mode(of kind: EntryKind) -> git_filemode_t {
    switch kind {
    case .blob: GIT_FILEMODE_BLOB
    case .executable: GIT_FILEMODE_BLOB_EXECUTABLE
    case .symlink: GIT_FILEMODE_LINK
    case .submodule: GIT_FILEMODE_COMMIT
    }
}

/// Passes a C string for a non-nil value and NULL otherwise.
func withOptionalCString<Result>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> Result) -> Result {
    guard let text else { return body(nil) }
    return text.withCString { body($0) }
}
