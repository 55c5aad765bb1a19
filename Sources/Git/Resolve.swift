import CGit2

extension Repository {
    /// Resolves a revision to the commit it names: a branch (`main`, `refs/heads/main`), a tag, `HEAD`,
    /// a full or abbreviated sha, or any other `git rev-parse` expression. Annotated tags are peeled;
    /// anything that does not lead to a commit (a tree, a blob) is an error.
    public func resolve(_ revision: String) throws(GitError) -> ObjectID {
        let operation = "resolve revision"
        let subject = "'\(revision)' in \(path)"
        guard !revision.isEmpty, !revision.utf8.contains(0) else {
            throw GitError(code: .invalidSpec, message: "empty or NUL-containing revision", operation: operation, subject: subject)
        }
        let object = try Managed.make(operation, subject, free: git_object_free) { out in
            revision.withCString { git_revparse_single(&out, handle.pointer, $0) }
        }
        let commit = try Managed.make(operation, subject, free: git_object_free) { out in
            git_object_peel(&out, object.pointer, GIT_OBJECT_COMMIT)
        }
        return ObjectID(git_object_id(commit.pointer).pointee)
    }

    /// The commit whose id starts with `hex` (4 to 40 hex digits), looked up in this object database only.
    func commit(prefix hex: String, operation: String, subject: String) throws(GitError) -> ObjectID {
        guard (4...40).contains(hex.utf8.count), hex.utf8.allSatisfy(\.isHexDigit) else {
            throw GitError(code: .invalidSpec, message: "'\(hex)' is not 4 to 40 hex digits", operation: operation, subject: subject)
        }
        var oid = git_oid()
        try call(operation, subject) { hex.withCString { git_oid_fromstrn(&oid, $0, hex.utf8.count) } }
        let object = try Managed.make(operation, subject, free: git_object_free) { out in
            git_object_lookup_prefix(&out, handle.pointer, &oid, hex.utf8.count, GIT_OBJECT_ANY)
        }
        let commit = try Managed.make(operation, subject, free: git_object_free) { out in
            git_object_peel(&out, object.pointer, GIT_OBJECT_COMMIT)
        }
        return ObjectID(git_object_id(commit.pointer).pointee)
    }

    /// The tree of a commit, owned by the caller.
    func tree(of commit: ObjectID) throws(GitError) -> Managed {
        let subject = "\(commit) in \(path)"
        let object = try Managed.make("look up commit", subject, free: git_commit_free) { out in
            commit.withOID { git_commit_lookup(&out, handle.pointer, $0) }
        }
        return try Managed.make("read the tree of commit", subject, free: git_tree_free) { out in
            git_commit_tree(&out, object.pointer)
        }
    }
}

extension UInt8 {
    var isHexDigit: Bool {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): true
        default: false
        }
    }
}
