import Foundation
import Git

/// A fresh directory under the system temporary directory, removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("m2rc-git-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func child(_ name: String) -> String { "\(path)/\(name)" }

    /// Entries directly inside `directory`, sorted, hidden ones included.
    func contents(of directory: String? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory ?? path).sorted()
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

enum Fixture {
    /// Fixed author: commit ids depend only on the inputs.
    static func author(_ time: Int64 = 1_700_000_000) -> Signature {
        Signature(name: "M2RC Test", email: "test@example.invalid", time: time)
    }

    /// A bare repository whose `main` has three commits changing `src/app.py`:
    /// version 1, 2, 3. Returns the commits oldest first.
    static func threeCommits(at path: String) throws -> (Repository, [ObjectID]) {
        let repository = try Repository.create(at: path)
        var commits: [ObjectID] = []
        for version in 1...3 {
            let files = [
                CommitFile("README.md", text: "# demo\n"),
                CommitFile("src/app.py", text: "print('version \(version)')\n"),
            ]
            let commit = try repository.commit(
                files: files, message: "version \(version)\n", author: author(1_700_000_000 + Int64(version)),
                parents: commits.suffix(1), updateRef: "refs/heads/main")
            commits.append(commit)
        }
        return (repository, commits)
    }

    /// The text of `path` as it was at `commit`.
    static func text(_ repository: Repository, _ path: String, at commit: ObjectID) throws -> String? {
        guard let entry = try repository.entry(at: path, in: commit) else { return nil }
        return String(decoding: try repository.readBlob(entry.id), as: UTF8.self)
    }
}
