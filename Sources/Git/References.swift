import CGit2

extension Repository {
    /// Every reference name (`refs/heads/main`, `refs/tags/v1`, …), sorted by bytes.
    public func references() throws(GitError) -> [String] {
        var names = git_strarray()
        defer { git_strarray_dispose(&names) }
        try call("list references of", path) { git_reference_list(&names, handle.pointer) }
        let list = (0..<names.count).compactMap { index in names.strings[index].map { String(cString: $0) } }
        return list.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Points the reference `name` (a full name such as `refs/heads/main`) at `id`.
    public func setReference(_ name: String, to id: ObjectID, force: Bool = true) throws(GitError) {
        _ = try Managed.make("set reference", name, free: git_reference_free) { out in
            name.withCString { cName in
                id.withOID { git_reference_create(&out, handle.pointer, cName, $0, force ? 1 : 0, nil) }
            }
        }
    }

    /// Makes HEAD a symbolic reference to `name` (a full branch name); the branch need not exist yet.
    public func setHead(_ name: String) throws(GitError) {
        try call("set HEAD to", name) { name.withCString { git_repository_set_head(handle.pointer, $0) } }
    }

    /// The full name HEAD points at (`refs/heads/main`), even when that branch has no commit yet.
    public func headTarget() throws(GitError) -> String {
        let head = try Managed.make("read HEAD of", path, free: git_reference_free) { out in
            "HEAD".withCString { git_reference_lookup(&out, handle.pointer, $0) }
        }
        guard let target = git_reference_symbolic_target(head.pointer) else {
            throw GitError(
                code: .invalidSpec, message: "HEAD is detached, not a branch", operation: "read HEAD of", subject: path)
        }
        return String(cString: target)
    }
}
