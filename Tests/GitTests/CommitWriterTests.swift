import Git
import Testing

@Suite("Writing commits without a work tree")
struct CommitWriterTests {
    static let files = [
        CommitFile("b.txt", text: "bee\n"),
        CommitFile("a/deep/c.txt", text: "sea\n"),
        CommitFile("run.sh", bytes: Array("#!/bin/sh\n".utf8), executable: true),
    ]

    @Test func identicalInputGivesIdenticalShasInAnyRepository() throws {
        let directory = try TemporaryDirectory()
        var ids: [ObjectID] = []
        for name in ["one.git", "two.git"] {
            let repository = try Repository.create(at: directory.child(name))
            ids.append(try repository.commit(files: Self.files, message: "same\n", author: Fixture.author()))
        }
        #expect(ids[0] == ids[1])
        // File order in the input does not matter: the tree is sorted by git.
        let shuffled = try Repository.create(at: directory.child("three.git"))
        let reversed = try shuffled.commit(files: Self.files.reversed(), message: "same\n", author: Fixture.author())
        #expect(reversed == ids[0])
    }

    @Test func timeMessageAndParentsChangeTheSha() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let base = try repository.commit(files: Self.files, message: "m\n", author: Fixture.author())
        let later = try repository.commit(files: Self.files, message: "m\n", author: Fixture.author(1_800_000_000))
        let other = try repository.commit(files: Self.files, message: "n\n", author: Fixture.author())
        let child = try repository.commit(files: Self.files, message: "m\n", author: Fixture.author(), parents: [base])
        #expect(Set([base, later, other, child]).count == 4)
    }

    /// Computed independently with the git CLI (`git hash-object`, `git mktree`, `git commit-tree` with
    /// GIT_AUTHOR_DATE/GIT_COMMITTER_DATE = "1700000000 +0000"), so the ids match real git.
    @Test func matchesGitsOwnObjectIds() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let commit = try repository.commit(
            files: [CommitFile("hello.txt", text: "hello\n")], message: "initial\n", author: Fixture.author())
        #expect(commit.description == "f8814fe47f1151449970e8e0f501b20fa427dba9")
        let entry = try #require(try repository.entry(at: "hello.txt", in: commit))
        #expect(entry.id.description == "ce013625030ba8dba906f756967f9e9ca394464a")
    }

    @Test func updatesTheReferenceOnlyFromItsCurrentTip() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let first = try repository.commit(files: Self.files, message: "1\n", author: Fixture.author(), updateRef: "HEAD")
        #expect(try repository.resolve("main") == first)
        let second = try repository.commit(
            files: [], message: "2\n", author: Fixture.author(), parents: [first], updateRef: "refs/heads/main")
        #expect(try repository.resolve("HEAD") == second)
        #expect(try repository.treeEntries(at: second).isEmpty)
        // `first` is no longer the tip, so moving main with it as the parent is refused.
        #expect(throws: GitError.self) {
            try repository.commit(files: [], message: "3\n", author: Fixture.author(), parents: [first], updateRef: "refs/heads/main")
        }
    }

    @Test func committerDefaultsToTheAuthor() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let implicit = try repository.commit(files: Self.files, message: "m\n", author: Fixture.author())
        let explicit = try repository.commit(
            files: Self.files, message: "m\n", author: Fixture.author(), committer: Fixture.author())
        let different = try repository.commit(
            files: Self.files, message: "m\n", author: Fixture.author(), committer: Fixture.author(5))
        #expect(implicit == explicit)
        #expect(implicit != different)
    }

    @Test(arguments: ["../escape.txt", "/absolute.txt", "trailing/", ".git/config", "a/.GIT/x", "a//b.txt", "./a", ""])
    func rejectsUnsafePaths(_ path: String) throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        #expect(throws: GitError.self) {
            try repository.commit(files: [CommitFile(path, text: "x")], message: "m\n", author: Fixture.author())
        }
    }

    @Test(arguments: [["a", "a"], ["a", "a/b"], ["a/b", "a"], ["x/a/b", "x/a"]])
    func rejectsPathsThatWouldReplaceEachOther(_ paths: [String]) throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let error = try #require(throws: GitError.self) {
            try repository.commit(files: paths.map { CommitFile($0, text: $0) }, message: "m\n", author: Fixture.author())
        }
        #expect(error.code == .invalidSpec)
    }

    @Test func unknownParentFails() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("r.git"))
        let missing = try #require(ObjectID(hex: String(repeating: "2", count: 40)))
        let error = try #require(throws: GitError.self) {
            try repository.commit(files: [], message: "m\n", author: Fixture.author(), parents: [missing])
        }
        #expect(error.code == .notFound)
        #expect(error.subject.contains(missing.description))
    }
}
