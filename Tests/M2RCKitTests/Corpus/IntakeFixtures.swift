import Foundation
import Git
@testable import M2RCKit

/// Builds the repositories intake tests run on: bare repositories written through the Git module, in a scratch
/// folder, with realistic source files taken from the demo corpus.
struct IntakeFixtures {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("m2rc-intake-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    var cache: String { root.appendingPathComponent("cache").path }

    static let signature = Signature(name: "Fixture", email: "fixture@example.com", time: 1_700_000_000)

    /// The Python demo repository's files, as commit entries (12 source files).
    static let pythonFiles: [CommitFile] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Manifests/demo/repos/python-taskqueue").path
        return try! FolderSnapshot.files(in: folder)
    }()

    static let mitLicense = CommitFile("LICENSE", text: """
        MIT License

        Copyright (c) 2024 Fixture Authors

        Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
        associated documentation files (the "Software"), to deal in the Software without restriction.

        The above copyright notice and this permission notice shall be included in all copies or substantial
        portions of the Software.

        THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
        """)

    /// A bare repository at `root/remotes/<name>.git` with one commit per element of `commits`.
    @discardableResult
    func repository(_ name: String, commits: [[CommitFile]]) throws -> (path: String, commits: [ObjectID]) {
        let path = root.appendingPathComponent("remotes/\(name).git").path
        let repository = try Repository.create(at: path, bare: true)
        var ids: [ObjectID] = []
        for (index, files) in commits.enumerated() {
            var author = Self.signature
            author.time += Int64(index) * 60
            let id = try repository.commit(files: files, message: "commit \(index)\n", author: author,
                                           parents: ids.last.map { [$0] } ?? [], updateRef: "refs/heads/main")
            ids.append(id)
        }
        return (path, ids)
    }

    /// Writes a manifest of `lines` and returns its path.
    func manifest(_ lines: [String]) throws -> String {
        let path = root.appendingPathComponent("manifest-\(UUID().uuidString.prefix(6)).jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func intake(_ configure: (inout BuildConfig) -> Void = { _ in }) -> Intake {
        var config = BuildConfig()
        config.fetch.retries = 0
        configure(&config)
        return Intake(config: config, cacheDirectory: cache)
    }
}
