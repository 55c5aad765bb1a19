import CGit2

/// Owns one libgit2 object and frees it exactly once, when the last Swift reference goes away.
///
/// libgit2 objects are incomplete C types (`OpaquePointer`) with one `git_*_free` function each; keeping
/// the pointer and its free function together means no code path can leak or double-free it. Objects
/// borrowed from another (a `git_tree_entry` inside its `git_tree`) are never boxed.
final class Managed {
    typealias Free = @convention(c) (OpaquePointer?) -> Void

    let pointer: OpaquePointer
    private let free: Free

    init(_ pointer: OpaquePointer, free: @escaping Free) {
        self.pointer = pointer
        self.free = free
    }

    deinit { free(pointer) }

    /// Runs a libgit2 constructor of the shape `int f(T **out, …)` and takes ownership of its result.
    static func make(
        _ operation: String,
        _ subject: String,
        free: @escaping Free,
        _ body: (inout OpaquePointer?) -> Int32
    ) throws(GitError) -> Managed {
        var out: OpaquePointer?
        try call(operation, subject) { body(&out) }
        guard let out else {
            // A success code with no object would be a libgit2 bug; report it rather than crash.
            throw GitError(
                code: .generic, errorClass: .internal, message: "libgit2 returned no object",
                operation: operation, subject: subject)
        }
        return Managed(out, free: free)
    }
}
