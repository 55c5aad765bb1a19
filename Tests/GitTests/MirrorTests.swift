import Foundation
import Git
import Testing

@Suite("Bare mirror cache")
struct MirrorTests {
    @Test func mirrorsByPathAndReadsAFileAtAnOlderCommit() throws {
        let directory = try TemporaryDirectory()
        let (_, commits) = try Fixture.threeCommits(at: directory.child("source.git"))
        let cache = directory.child("cache/source.git")
        let mirror = try Repository.mirror(url: directory.child("source.git"), at: cache)
        #expect(mirror.created)
        #expect(mirror.commit == commits[2])
        #expect(mirror.defaultBranch == "main")
        #expect(mirror.repository.isBare)
        #expect(mirror.repository.path == cache)
        #expect(try Fixture.text(mirror.repository, "src/app.py", at: commits[0]) == "print('version 1')\n")
        #expect(try Fixture.text(mirror.repository, "src/app.py", at: commits[2]) == "print('version 3')\n")
        #expect(try mirror.repository.resolve("HEAD") == commits[2])
        // Nothing but the mirror is left in the cache directory: no partial clone, no checkout.
        #expect(try directory.contents(of: directory.child("cache")) == ["source.git"])
    }

    @Test func mirrorsByFileURLAtARequestedOlderCommit() throws {
        let directory = try TemporaryDirectory()
        let (_, commits) = try Fixture.threeCommits(at: directory.child("source.git"))
        let url = URL(fileURLWithPath: directory.child("source.git")).absoluteString
        #expect(url.hasPrefix("file://"))
        let abbreviated = String(commits[1].description.prefix(12))
        let mirror = try Repository.mirror(url: url, at: directory.child("mirror.git"), revision: .commit(abbreviated))
        #expect(mirror.commit == commits[1])
        #expect(try Fixture.text(mirror.repository, "src/app.py", at: mirror.commit) == "print('version 2')\n")
    }

    @Test func aSecondCallFetchesNewCommitsIntoTheExistingMirror() throws {
        let directory = try TemporaryDirectory()
        let (source, commits) = try Fixture.threeCommits(at: directory.child("source.git"))
        let cache = directory.child("mirror.git")
        let first = try Repository.mirror(url: directory.child("source.git"), at: cache)
        #expect(first.commit == commits[2])

        let fourth = try source.commit(
            files: [CommitFile("src/app.py", text: "print('version 4')\n")], message: "version 4\n",
            author: Fixture.author(1_700_000_004), parents: [commits[2]], updateRef: "refs/heads/main")
        #expect(!first.repository.contains(fourth))

        let second = try Repository.mirror(url: directory.child("source.git"), at: cache)
        #expect(!second.created)
        #expect(second.commit == fourth)
        #expect(try Fixture.text(second.repository, "src/app.py", at: fourth) == "print('version 4')\n")
        #expect(try Fixture.text(second.repository, "src/app.py", at: commits[0]) == "print('version 1')\n")
    }

    /// main plus a feature branch, a tag and a pull-request ref, each with a commit of its own.
    static func sourceWithExtraRefs(at path: String) throws -> (main: ObjectID, feature: ObjectID, tagged: ObjectID, pull: ObjectID) {
        let (source, commits) = try Fixture.threeCommits(at: path)
        func child(_ name: String, _ ref: String) throws -> ObjectID {
            try source.commit(
                files: [CommitFile("\(name).txt", text: "\(name)\n")], message: "\(name)\n",
                author: Fixture.author(), parents: [commits[2]], updateRef: ref)
        }
        let feature = try child("feature", "refs/heads/feature")
        let tagged = try child("tagged", "refs/tags/v1")
        let pull = try child("pull", "refs/pull/1/head")
        return (commits[2], feature, tagged, pull)
    }

    @Test func fetchesOnlyTheDefaultBranch() throws {
        let directory = try TemporaryDirectory()
        let source = try Self.sourceWithExtraRefs(at: directory.child("source.git"))
        let mirror = try Repository.mirror(url: directory.child("source.git"), at: directory.child("mirror.git"))
        #expect(mirror.commit == source.main)
        #expect(try mirror.repository.references() == ["refs/heads/main"])
        // No objects are checked here: libgit2's local transport copies the objects of every ref of a
        // local source (the smart protocol used over the network sends only what was asked for). What
        // matters is that no other ref, and so no commit that resolve() could reach, was fetched.
        #expect(throws: GitError.self) { try mirror.repository.resolve("refs/pull/1/head") }
        #expect(throws: GitError.self) { try mirror.repository.resolve("feature") }
        #expect(throws: GitError.self) { try mirror.repository.resolve("v1") }
    }

    @Test func followsTheRemoteHeadWhenItIsNotMain() throws {
        let directory = try TemporaryDirectory()
        let source = try Self.sourceWithExtraRefs(at: directory.child("source.git"))
        try Repository.open(at: directory.child("source.git")).setHead("refs/heads/feature")
        let mirror = try Repository.mirror(url: directory.child("source.git"), at: directory.child("mirror.git"))
        #expect(mirror.defaultBranch == "feature")
        #expect(mirror.commit == source.feature)
        #expect(try mirror.repository.references() == ["refs/heads/feature"])
        #expect(try mirror.repository.headTarget() == "refs/heads/feature")
    }

    @Test func fetchesARequestedBranchBesidesTheDefault() throws {
        let directory = try TemporaryDirectory()
        let source = try Self.sourceWithExtraRefs(at: directory.child("source.git"))
        let mirror = try Repository.mirror(
            url: directory.child("source.git"), at: directory.child("mirror.git"), revision: .branch("feature"))
        #expect(mirror.commit == source.feature)
        #expect(mirror.defaultBranch == "main")
        #expect(try mirror.repository.references() == ["refs/heads/feature", "refs/heads/main"])
    }

    @Test func aMissingBranchFailsClearly() throws {
        let directory = try TemporaryDirectory()
        _ = try Self.sourceWithExtraRefs(at: directory.child("source.git"))
        let error = try #require(throws: GitError.self) {
            try Repository.mirror(url: directory.child("source.git"), at: directory.child("m.git"), revision: .branch("nope"))
        }
        #expect(error.code == .notFound)
        #expect(error.message.contains("nope"))
        #expect(try directory.contents() == ["source.git"])
    }

    @Test func aCommitOffTheDefaultBranchIsFoundAmongBranchesAndTags() throws {
        let directory = try TemporaryDirectory()
        let source = try Self.sourceWithExtraRefs(at: directory.child("source.git"))
        let onBranch = try Repository.mirror(
            url: directory.child("source.git"), at: directory.child("a.git"), revision: .commit(source.feature.description))
        #expect(onBranch.commit == source.feature)
        let onTag = try Repository.mirror(
            url: directory.child("source.git"), at: directory.child("b.git"), revision: .commit(source.tagged.description))
        #expect(onTag.commit == source.tagged)
        #expect(try onTag.repository.references().contains("refs/tags/v1"))
        #expect(try !onTag.repository.references().contains("refs/pull/1/head"))
    }

    @Test func aCommitReachableOnlyFromAPullRefIsReportedMissing() throws {
        let directory = try TemporaryDirectory()
        let source = try Self.sourceWithExtraRefs(at: directory.child("source.git"))
        let url = directory.child("source.git")
        let error = try #require(throws: GitError.self) {
            try Repository.mirror(url: url, at: directory.child("m.git"), revision: .commit(source.pull.description))
        }
        #expect(error.code == .notFound)
        #expect(error.operation == "find commit \(source.pull) in")
        #expect(error.subject == url)
        #expect(error.description.contains("any branch or tag"))
        // A failed first clone leaves nothing behind.
        #expect(try directory.contents() == ["source.git"])
    }

    @Test func aPinnedCommitAlreadyInTheMirrorNeedsNoRemote() throws {
        let directory = try TemporaryDirectory()
        let (_, commits) = try Fixture.threeCommits(at: directory.child("source.git"))
        let cache = directory.child("mirror.git")
        _ = try Repository.mirror(url: directory.child("source.git"), at: cache)
        try FileManager.default.removeItem(atPath: directory.child("source.git"))
        let offline = try Repository.mirror(url: directory.child("source.git"), at: cache, revision: .commit(commits[0].description))
        #expect(offline.commit == commits[0])
        #expect(offline.defaultBranch == "main")
        // Anything else must reach the remote, which is gone.
        #expect(throws: GitError.self) { try Repository.mirror(url: directory.child("source.git"), at: cache) }
    }

    @Test func anUnreachableURLNamesTheURLAndLibgit2sMessage() throws {
        let directory = try TemporaryDirectory()
        // Port 9 (discard) on the loopback interface: refused at once, no network needed.
        let url = "http://127.0.0.1:9/owner/repo.git"
        let cache = directory.child("cache/repo.git")
        let error = try #require(throws: GitError.self) { try Repository.mirror(url: url, at: cache) }
        #expect(error.subject == url)
        #expect(error.operation == "connect to")
        #expect(!error.message.isEmpty)
        #expect(error.errorClass != .none)
        #expect(error.description.hasPrefix("cannot connect to \(url): "))
        // No mirror and no partial clone are left in the cache.
        #expect(!FileManager.default.fileExists(atPath: cache))
        #expect(try directory.contents(of: directory.child("cache")).isEmpty)
    }

    @Test func aMissingLocalSourceFails() throws {
        let directory = try TemporaryDirectory()
        let url = "file://\(directory.child("absent.git"))"
        let error = try #require(throws: GitError.self) { try Repository.mirror(url: url, at: directory.child("m.git")) }
        #expect(error.subject == url)
        #expect(!error.message.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory.child("m.git")))
    }

    @Test func aMissingLocalPathSaysSo() throws {
        let directory = try TemporaryDirectory()
        let path = directory.child("absent.git")
        let error = try #require(throws: GitError.self) { try Repository.mirror(url: path, at: directory.child("m.git")) }
        #expect(error.description == "cannot connect to \(path): no such local repository")
        #expect(try directory.contents().isEmpty)
    }

    @Test func anEmptyRemoteHasNoDefaultBranch() throws {
        let directory = try TemporaryDirectory()
        _ = try Repository.create(at: directory.child("empty.git"))
        let error = try #require(throws: GitError.self) {
            try Repository.mirror(url: directory.child("empty.git"), at: directory.child("m.git"))
        }
        #expect(error.code == .notFound)
        #expect(error.operation == "find the default branch of")
        #expect(try directory.contents() == ["empty.git"])
    }

    @Test func aLeftoverPartialCloneIsIgnoredAndAnEmptyDirectoryIsFilled() throws {
        let directory = try TemporaryDirectory()
        let (_, commits) = try Fixture.threeCommits(at: directory.child("source.git"))
        // What a killed clone leaves: a hidden sibling, never the mirror path itself.
        let leftover = directory.child("cache/.mirror.git.partial-killed")
        try FileManager.default.createDirectory(atPath: leftover, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: directory.child("cache/mirror.git"), withIntermediateDirectories: true)
        let mirror = try Repository.mirror(url: directory.child("source.git"), at: directory.child("cache/mirror.git"))
        #expect(mirror.created)
        #expect(mirror.commit == commits[2])
        #expect(try directory.contents(of: directory.child("cache")) == [".mirror.git.partial-killed", "mirror.git"])
    }

    @Test func aCachePathThatIsNotARepositoryFails() throws {
        let directory = try TemporaryDirectory()
        _ = try Fixture.threeCommits(at: directory.child("source.git"))
        let cache = directory.child("junk")
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: "\(cache)/file", contents: Data("x".utf8)))
        let error = try #require(throws: GitError.self) { try Repository.mirror(url: directory.child("source.git"), at: cache) }
        #expect(error.operation == "open repository at")
        #expect(error.subject == cache)
    }

    @Test func aCachePathHoldingAnotherOriginIsRefused() throws {
        let directory = try TemporaryDirectory()
        _ = try Fixture.threeCommits(at: directory.child("one.git"))
        _ = try Fixture.threeCommits(at: directory.child("two.git"))
        let cache = directory.child("mirror.git")
        _ = try Repository.mirror(url: directory.child("one.git"), at: cache)
        let error = try #require(throws: GitError.self) { try Repository.mirror(url: directory.child("two.git"), at: cache) }
        #expect(error.code == .exists)
        #expect(error.message.contains(directory.child("one.git")))
    }

    @Test func aCancelledTaskDoesNotFetch() async throws {
        let directory = try TemporaryDirectory()
        _ = try Fixture.threeCommits(at: directory.child("source.git"))
        let source = directory.child("source.git")
        let cache = directory.child("mirror.git")
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return Result { () throws(GitError) in try Repository.mirror(url: source, at: cache).commit }
        }
        let result = await task.value
        #expect(throws: GitError.self) { try result.get() }
        #expect(!FileManager.default.fileExists(atPath: cache))
    }
}
