import CGit2

extension Repository {
    /// Whether `commit` is one of, or an ancestor of, the commits this repository's references point
    /// at (annotated tags peeled; references to trees or blobs ignored).
    ///
    /// Being in the object database is not enough for a mirror: libgit2's local transport copies the
    /// objects of every ref of a local source, pull-request refs included, and only a commit reachable
    /// from a fetched branch or tag is one the remote really publishes.
    func isReachableFromReferences(_ commit: ObjectID) throws(GitError) -> Bool {
        var tips: [git_oid] = []
        for name in try references() {
            var reference: OpaquePointer?
            guard name.withCString({ git_reference_lookup(&reference, handle.pointer, $0) }) == 0, let reference else { continue }
            let owned = Managed(reference, free: git_reference_free)
            var peeled: OpaquePointer?
            guard git_reference_peel(&peeled, owned.pointer, GIT_OBJECT_COMMIT) == 0, let peeled else { continue }
            tips.append(git_object_id(Managed(peeled, free: git_object_free).pointer).pointee)
        }
        if tips.contains(where: { ObjectID($0) == commit }) { return true }
        if tips.isEmpty { return false }
        var result: Int32 = 0
        try call("walk the history of", path) {
            commit.withOID { target in
                tips.withUnsafeBufferPointer { buffer in
                    result = git_graph_reachable_from_any(handle.pointer, target, buffer.baseAddress, buffer.count)
                    return result
                }
            }
        }
        return result == 1
    }
}
