import Git
import Testing

@Suite("Tree walk and blob reads")
struct TreeWalkTests {
    /// One commit with every entry kind, nested directories, and names whose git order differs from
    /// byte order ("a.txt" < "a/…" in git's tree order, but "/" (0x2f) > "." (0x2e)… and "B" < "a").
    static func richCommit(_ repository: Repository) throws -> ObjectID {
        let submodule = try #require(ObjectID(hex: "0123456789abcdef0123456789abcdef01234567"))
        let files: [CommitFile] = [
            CommitFile("a/b/c/deep.txt", text: "deep\n"),
            CommitFile("a.txt", text: "top\n"),
            CommitFile("a/b.txt", text: "bee\n"),
            CommitFile("a-b.txt", text: ""),
            CommitFile("Build.sh", bytes: Array("#!/bin/sh\necho hi\n".utf8), executable: true),
            CommitFile("link", .symlink(target: "a/b.txt")),
            CommitFile("vendor/lib", .submodule(commit: submodule)),
            CommitFile(pathBytes: Array("bad-".utf8) + [0xff, 0xfe] + Array(".txt".utf8), content: .blob([1, 2, 3])),
            CommitFile("données/é.py", text: "x = 1\n"),
        ]
        return try repository.commit(files: files, message: "rich\n", author: Fixture.author())
    }

    @Test func listsEveryKindSortedByPathBytesWithSizes() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let commit = try Self.richCommit(repository)
        let entries = try repository.treeEntries(at: commit)
        let listing = entries.map { "\($0.path) \($0.kind.rawValue) \($0.size)" }
        #expect(listing == [
            "Build.sh executable 18",
            "a-b.txt blob 0",
            "a.txt blob 4",
            "a/b.txt blob 4",
            "a/b/c/deep.txt blob 5",
            "bad-\u{FFFD}\u{FFFD}.txt blob 3",
            "données/é.py blob 6",
            "link symlink 7",
            "vendor/lib submodule 0",
        ])
        let submodule = try #require(entries.first { $0.kind == .submodule })
        #expect(submodule.id.description == "0123456789abcdef0123456789abcdef01234567")
        let link = try #require(entries.first { $0.kind == .symlink })
        #expect(try repository.readBlob(link.id) == Array("a/b.txt".utf8))
    }

    @Test func keepsRawBytesOnlyForPathsThatAreNotUTF8() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let entries = try repository.treeEntries(at: try Self.richCommit(repository))
        let invalid = entries.filter { !$0.hasUTF8Path }
        #expect(invalid.count == 1)
        #expect(invalid.first?.rawPath == Array("bad-".utf8) + [0xff, 0xfe] + Array(".txt".utf8))
        #expect(invalid.first?.pathBytes == invalid.first?.rawPath)
        let valid = try #require(entries.first { $0.path == "données/é.py" })
        #expect(valid.rawPath == nil)
        #expect(valid.pathBytes == Array("données/é.py".utf8))
    }

    @Test func sizesComeFromHeadersAndMatchTheBlobs() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let entries = try repository.treeEntries(at: try Self.richCommit(repository))
        for entry in entries where entry.kind != .submodule {
            #expect(try repository.readBlob(entry.id).count == entry.size)
            #expect(try repository.blobSize(entry.id) == entry.size)
        }
    }

    @Test func maxEntriesBoundsTheWalk() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let commit = try Self.richCommit(repository)
        #expect(try repository.treeEntries(at: commit, maxEntries: 9).count == 9)
        let error = try #require(throws: GitError.self) { try repository.treeEntries(at: commit, maxEntries: 8) }
        #expect(error.code == .tooLarge)
        #expect(error.message == "more than 8 files")
    }

    @Test func directoriesCountTowardsTheBoundToo() throws {
        // Ten levels of nesting, one file: a tree "bomb" made of directories alone must also stop.
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let deep = (1...10).map { "d\($0)" }.joined(separator: "/") + "/leaf.txt"
        let commit = try repository.commit(files: [CommitFile(deep, text: "x")], message: "m\n", author: Fixture.author())
        #expect(try repository.treeEntries(at: commit, maxEntries: 10).map(\.path) == [deep])
        let error = try #require(throws: GitError.self) { try repository.treeEntries(at: commit, maxEntries: 9) }
        #expect(error.message == "more than 9 directories")
    }

    @Test func entryAtPathFindsFilesOnly() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let commit = try Self.richCommit(repository)
        let entry = try #require(try repository.entry(at: "a/b/c/deep.txt", in: commit))
        #expect(entry.kind == .blob && entry.size == 5)
        #expect(try repository.entry(at: "a/b", in: commit) == nil)
        #expect(try repository.entry(at: "missing.txt", in: commit) == nil)
        #expect(try repository.entry(at: "Build.sh", in: commit)?.kind == .executable)
    }

    @Test func readBlobHonoursMaxSizeWithoutLoading() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let big = [UInt8](repeating: 0x61, count: 100_000)
        let commit = try repository.commit(
            files: [CommitFile("big.txt", bytes: big)], message: "big\n", author: Fixture.author())
        let entry = try #require(try repository.entry(at: "big.txt", in: commit))
        #expect(try repository.readBlob(entry.id, maxSize: 100_000) == big)
        let error = try #require(throws: GitError.self) { try repository.readBlob(entry.id, maxSize: 99_999) }
        #expect(error.code == .tooLarge)
        #expect(error.message.contains("100000"))
    }

    @Test func readingATreeOrAMissingObjectAsABlobFails() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let commit = try Self.richCommit(repository)
        let wrong = try #require(throws: GitError.self) { try repository.readBlob(commit) }
        #expect(wrong.code == .wrongKind)
        #expect(wrong.message.contains("commit"))
        let missing = try #require(ObjectID(hex: String(repeating: "3", count: 40)))
        let absent = try #require(throws: GitError.self) { try repository.readBlob(missing) }
        #expect(absent.code == .notFound)
    }

    @Test func walksTheSameRepositoryFromConcurrentTasks() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.child("r.git")
        let commit = try Self.richCommit(try Repository.create(at: path))
        // One Repository per task; only Sendable values cross.
        let listings = try await withThrowingTaskGroup(of: [TreeEntry].self) { group in
            for _ in 0..<4 {
                group.addTask { try Repository.open(at: path).treeEntries(at: commit) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(listings.count == 4)
        #expect(Set(listings.map { $0.map(\.path) }).count == 1)
    }
}
