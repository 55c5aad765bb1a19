import CGit2
import Foundation

/// The one error of the `Git` module: what was attempted, on which path or URL, and why.
///
/// When libgit2 failed, `code`, `errorClass` and `message` are libgit2's own (`git_error_last()`), so
/// the text names the real cause ("could not find repository at '/x'", "failed to connect to …").
/// Conditions the module detects itself use the same shape with `errorClass == .none`.
public struct GitError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    public var code: Code
    public var errorClass: ErrorClass
    /// libgit2's message, or the module's own for conditions it detects.
    public var message: String
    /// What was attempted, phrased to follow "cannot": "open repository at", "fetch from", "read blob".
    public var operation: String
    /// The path, URL, revision or object concerned.
    public var subject: String

    public init(code: Code, errorClass: ErrorClass = .none, message: String, operation: String, subject: String) {
        self.code = code
        self.errorClass = errorClass
        self.message = message
        self.operation = operation
        self.subject = subject
    }

    /// "cannot open repository at /x/y: could not find repository at '/x/y'"
    public var description: String { "cannot \(operation) \(subject): \(message)" }
    public var errorDescription: String? { description }

    /// Builds the error for a failed libgit2 call from the thread's last libgit2 error.
    static func last(code: Int32, operation: String, subject: String) -> GitError {
        let last = git_error_last()
        let message = last?.pointee.message.map { String(cString: $0) } ?? "libgit2 error \(code)"
        return GitError(
            code: Code(rawValue: code), errorClass: ErrorClass(rawValue: last?.pointee.klass ?? 0),
            message: message.trimmingCharacters(in: .whitespacesAndNewlines),
            operation: operation, subject: subject)
    }

    /// Wraps a Foundation / POSIX failure (creating the cache directory, renaming a fresh mirror).
    static func system(_ error: any Error, operation: String, subject: String) -> GitError {
        GitError(code: .generic, errorClass: .os, message: error.localizedDescription, operation: operation, subject: subject)
    }
}

extension GitError {
    /// libgit2's `git_error_code`, plus the module's own codes below -1000.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        public static let generic = Code(rawValue: GIT_ERROR.rawValue)
        public static let notFound = Code(rawValue: GIT_ENOTFOUND.rawValue)
        public static let exists = Code(rawValue: GIT_EEXISTS.rawValue)
        public static let ambiguous = Code(rawValue: GIT_EAMBIGUOUS.rawValue)
        public static let user = Code(rawValue: GIT_EUSER.rawValue)
        public static let unbornBranch = Code(rawValue: GIT_EUNBORNBRANCH.rawValue)
        public static let invalidSpec = Code(rawValue: GIT_EINVALIDSPEC.rawValue)
        public static let locked = Code(rawValue: GIT_ELOCKED.rawValue)
        public static let modified = Code(rawValue: GIT_EMODIFIED.rawValue)
        public static let auth = Code(rawValue: GIT_EAUTH.rawValue)
        public static let certificate = Code(rawValue: GIT_ECERTIFICATE.rawValue)
        public static let peel = Code(rawValue: GIT_EPEEL.rawValue)
        public static let eof = Code(rawValue: GIT_EEOF.rawValue)
        public static let invalid = Code(rawValue: GIT_EINVALID.rawValue)
        public static let mismatch = Code(rawValue: GIT_EMISMATCH.rawValue)
        public static let owner = Code(rawValue: GIT_EOWNER.rawValue)

        /// An object is larger than the caller's limit (blob size, tree entry count).
        public static let tooLarge = Code(rawValue: -1001)
        /// An object exists but is of the wrong kind (a tree asked for as a blob).
        public static let wrongKind = Code(rawValue: -1002)
        /// The work was cancelled (the Swift task was cancelled during a fetch).
        public static let cancelled = Code(rawValue: -1003)

        public var description: String { "\(rawValue)" }
    }

    /// libgit2's `git_error_t`: which subsystem failed (net, ssl, odb, reference, …).
    public struct ErrorClass: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        public static let none = ErrorClass(GIT_ERROR_NONE)
        public static let os = ErrorClass(GIT_ERROR_OS)
        public static let invalid = ErrorClass(GIT_ERROR_INVALID)
        public static let reference = ErrorClass(GIT_ERROR_REFERENCE)
        public static let repository = ErrorClass(GIT_ERROR_REPOSITORY)
        public static let config = ErrorClass(GIT_ERROR_CONFIG)
        public static let odb = ErrorClass(GIT_ERROR_ODB)
        public static let index = ErrorClass(GIT_ERROR_INDEX)
        public static let object = ErrorClass(GIT_ERROR_OBJECT)
        public static let net = ErrorClass(GIT_ERROR_NET)
        public static let tree = ErrorClass(GIT_ERROR_TREE)
        public static let ssl = ErrorClass(GIT_ERROR_SSL)
        public static let ssh = ErrorClass(GIT_ERROR_SSH)
        public static let http = ErrorClass(GIT_ERROR_HTTP)
        public static let callback = ErrorClass(GIT_ERROR_CALLBACK)
        public static let filesystem = ErrorClass(GIT_ERROR_FILESYSTEM)
        public static let `internal` = ErrorClass(GIT_ERROR_INTERNAL)

        private init(_ value: git_error_t) { rawValue = Int32(value.rawValue) }

        public var description: String { "\(rawValue)" }
    }
}

/// Calls libgit2 and turns a negative result into a `GitError` carrying libgit2's own message.
///
/// The thread's last error is cleared first: libgit2 does not clear it on success, so a stale message
/// from an earlier, unrelated failure could otherwise be reported.
func call(_ operation: String, _ subject: String, _ body: () -> Int32) throws(GitError) {
    try LibGit2.initialize()
    git_error_clear()
    let result = body()
    if result < 0 { throw GitError.last(code: result, operation: operation, subject: subject) }
}
