import CGit2
import Foundation

extension Repository {
    /// Fetches the remote's default branch (and what `revision` needs) into this bare mirror, points
    /// HEAD at the default branch and returns (default branch short name, resolved commit).
    func fetchMirror(from url: String, revision: MirrorRevision) throws(GitError) -> (String, ObjectID) {
        if Task.isCancelled {
            throw GitError(code: .cancelled, message: "the task was cancelled", operation: "fetch from", subject: url)
        }
        if case .commit(let hex) = revision, let id = ObjectID(hex: hex), contains(id),
            let commit = try reachableCommit(hex, operation: "find commit \(hex) in", subject: path)
        {
            return (shortBranchName(try headTarget()), commit)
        }

        let remote = try Managed.make("fetch from", url, free: git_remote_free) { out in
            url.withCString { git_remote_create_anonymous(&out, handle.pointer, $0) }
        }
        // git config's url.<base>.insteadOf may have rewritten the URL; errors must show where it went.
        let effective = git_remote_url(remote.pointer).map { String(cString: $0) } ?? url
        let shownURL = effective == url ? url : "\(url) (rewritten by url.insteadOf to \(effective))"
        // libgit2 takes a path that does not exist for a URL and reports "unsupported URL protocol".
        if !effective.contains(":"), !FileManager.default.fileExists(atPath: effective) {
            throw GitError(code: .notFound, errorClass: .os, message: "no such local repository", operation: "connect to", subject: shownURL)
        }
        var options = try fetchOptions(shownURL)
        try call("connect to", shownURL) {
            git_remote_connect(remote.pointer, GIT_DIRECTION_FETCH, &options.callbacks, &options.proxy_opts, nil)
        }
        defer { git_remote_disconnect(remote.pointer) }

        let defaultReference = try defaultBranch(of: remote, shownURL)
        var refspecs = ["+\(defaultReference):\(defaultReference)"]
        var branchReference: String?
        if case .branch(let branch) = revision {
            let reference = "refs/heads/\(branch)"
            guard try advertisedReferences(remote, shownURL).contains(reference) else {
                throw GitError(code: .notFound, message: "the remote has no branch '\(branch)'", operation: "fetch from", subject: shownURL)
            }
            if reference != defaultReference { refspecs.append("+\(reference):\(reference)") }
            branchReference = reference
        }
        try fetch(remote, refspecs, &options, shownURL)
        try setHead(defaultReference)

        let commit: ObjectID
        switch revision {
        case .defaultBranch: commit = try referenceTarget(defaultReference)
        case .branch: commit = try referenceTarget(branchReference ?? defaultReference)
        case .commit(let hex): commit = try findCommit(hex, remote, &options, shownURL)
        }
        return (shortBranchName(defaultReference), commit)
    }

    /// The full name of the branch the connected remote's HEAD points at.
    private func defaultBranch(of remote: Managed, _ url: String) throws(GitError) -> String {
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        do {
            try call("find the default branch of", url) { git_remote_default_branch(&buffer, remote.pointer) }
        } catch where error.code == .notFound {
            // libgit2 sets no message for this case; its documented meaning is this.
            throw GitError(
                code: .notFound, message: "the remote has no references, or none points at HEAD's commit",
                operation: "find the default branch of", subject: url)
        }
        let reference = String(cString: buffer.ptr)
        guard reference.hasPrefix("refs/heads/") else {
            throw GitError(
                code: .invalidSpec, message: "HEAD points at \(reference), not a branch",
                operation: "find the default branch of", subject: url)
        }
        return reference
    }

    /// Looks for `hex` after the default branch was fetched; failing that, fetches every branch and tag
    /// once. libgit2 1.5 cannot ask a server for a sha directly.
    private func findCommit(_ hex: String, _ remote: Managed, _ options: inout git_fetch_options, _ url: String) throws(GitError) -> ObjectID {
        let operation = "find commit \(hex) in"
        if let commit = try reachableCommit(hex, operation: operation, subject: url) { return commit }
        try fetch(remote, ["+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"], &options, url)
        if let commit = try reachableCommit(hex, operation: operation, subject: url) { return commit }
        throw GitError(
            code: .notFound,
            message: "no such commit on the default branch or any branch or tag (pull-request and other refs are not fetched)",
            operation: operation, subject: url)
    }

    /// The commit `hex` names if it is here and reachable from a fetched branch or tag; nil if not
    /// (yet). Other failures — ambiguous prefix, not a commit — are thrown.
    private func reachableCommit(_ hex: String, operation: String, subject: String) throws(GitError) -> ObjectID? {
        let commit: ObjectID
        do {
            commit = try self.commit(prefix: hex, operation: operation, subject: subject)
        } catch where error.code == .notFound {
            return nil
        }
        return try isReachableFromReferences(commit) ? commit : nil
    }

    private func fetch(_ remote: Managed, _ refspecs: [String], _ options: inout git_fetch_options, _ url: String) throws(GitError) {
        // git_strarray wants mutable C strings that outlive the call.
        var strings = refspecs.map { strdup($0) }
        defer { strings.forEach { free($0) } }
        do throws(GitError) {
            try call("fetch from", url) {
                strings.withUnsafeMutableBufferPointer { buffer in
                    var array = git_strarray(strings: buffer.baseAddress, count: buffer.count)
                    return git_remote_fetch(remote.pointer, &array, &options, "m2rc mirror")
                }
            }
        } catch {
            if Task.isCancelled {
                throw GitError(code: .cancelled, message: "the task was cancelled", operation: "fetch from", subject: url)
            }
            throw error
        }
    }

    /// Options shared by the connection and every fetch over it.
    private func fetchOptions(_ url: String) throws(GitError) -> git_fetch_options {
        var options = git_fetch_options()
        try call("fetch from", url) { git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)) }
        options.prune = GIT_FETCH_NO_PRUNE
        options.update_fetchhead = 0
        // Only the refspecs asked for; automatic tag following could pull in thousands of tags.
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
        // Honour http.proxy and the https_proxy/http_proxy environment, as git does.
        options.proxy_opts.type = GIT_PROXY_AUTO
        // A non-zero return aborts the transfer: this is how a cancelled Swift task stops a long fetch.
        options.callbacks.transfer_progress = { _, _ in Task.isCancelled ? -1 : 0 }
        options.callbacks.sideband_progress = { _, _, _ in Task.isCancelled ? -1 : 0 }
        return options
    }

    /// The reference names the connected remote advertises.
    private func advertisedReferences(_ remote: Managed, _ url: String) throws(GitError) -> Set<String> {
        var heads: UnsafeMutablePointer<UnsafePointer<git_remote_head>?>?
        var count = 0
        try call("list the references of", url) { git_remote_ls(&heads, &count, remote.pointer) }
        guard let heads else { return [] }
        return Set((0..<count).compactMap { heads[$0]?.pointee.name.map { String(cString: $0) } })
    }

    private func referenceTarget(_ name: String) throws(GitError) -> ObjectID {
        var oid = git_oid()
        try call("read reference", "\(name) in \(path)") {
            name.withCString { git_reference_name_to_id(&oid, handle.pointer, $0) }
        }
        return ObjectID(oid)
    }
}

private func shortBranchName(_ reference: String) -> String {
    reference.hasPrefix("refs/heads/") ? String(reference.dropFirst("refs/heads/".count)) : reference
}
