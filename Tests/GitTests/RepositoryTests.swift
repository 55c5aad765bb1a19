import Foundation
import Git
import Testing

@Suite("Repository open, create, resolve")
struct RepositoryTests {
    @Test func reportsTheLibgit2Version() {
        #expect(LibGit2.version.hasPrefix("1."))
        #expect(LibGit2.version.split(separator: ".").count == 3)
        #expect(Git.version == LibGit2.version)
        #expect(LibGit2.supportsHTTPS)
    }

    @Test func createsAndReopensABareRepository() throws {
        let directory = try TemporaryDirectory()
        let path = directory.child("nested/new.git")
        let created = try Repository.create(at: path)
        #expect(created.isBare)
        #expect(try created.headTarget() == "refs/heads/main")
        let opened = try Repository.open(at: path)
        #expect(opened.isBare)
        #expect(try opened.references().isEmpty)
    }

    @Test func createsANonBareRepository() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("work"), bare: false, initialBranch: "trunk")
        #expect(!repository.isBare)
        #expect(try repository.headTarget() == "refs/heads/trunk")
    }

    @Test func creatingOverAnExistingRepositoryFails() throws {
        let directory = try TemporaryDirectory()
        _ = try Repository.create(at: directory.child("a.git"))
        #expect(throws: GitError.self) { try Repository.create(at: directory.child("a.git")) }
    }

    @Test func missingRepositoryNamesThePathAndLibgit2sMessage() throws {
        let directory = try TemporaryDirectory()
        let path = directory.child("nowhere")
        let error = try #require(throws: GitError.self) { try Repository.open(at: path) }
        #expect(error.code == .notFound)
        #expect(error.subject == path)
        #expect(error.message.contains(path))
        #expect(error.description == "cannot open repository at \(path): \(error.message)")
        #expect(error.localizedDescription == error.description)
    }

    @Test func aPlainDirectoryInsideARepositoryIsNotOpened() throws {
        // Parent directories are never searched: the enclosing repository must not be picked up.
        let directory = try TemporaryDirectory()
        _ = try Repository.create(at: directory.child("outer"), bare: false)
        let inner = directory.child("outer/plain")
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
        #expect(throws: GitError.self) { try Repository.open(at: inner) }
    }

    @Test func resolvesBranchesHeadAndShas() throws {
        let directory = try TemporaryDirectory()
        let (repository, commits) = try Fixture.threeCommits(at: directory.child("source.git"))
        #expect(try repository.resolve("main") == commits[2])
        #expect(try repository.resolve("refs/heads/main") == commits[2])
        #expect(try repository.resolve("HEAD") == commits[2])
        #expect(try repository.resolve("HEAD~2") == commits[0])
        #expect(try repository.resolve(commits[1].description) == commits[1])
        #expect(try repository.resolve(String(commits[1].description.prefix(10))) == commits[1])
        #expect(try repository.resolve(commits[1].description.uppercased()) == commits[1])
    }

    @Test(arguments: ["no-such-branch", "0000000000000000000000000000000000000000", "main~10", ""])
    func badRevisionsFailClearly(_ revision: String) throws {
        let directory = try TemporaryDirectory()
        let (repository, _) = try Fixture.threeCommits(at: directory.child("source.git"))
        let error = try #require(throws: GitError.self) { try repository.resolve(revision) }
        #expect(error.operation == "resolve revision")
        #expect(error.subject.contains("'\(revision)'"))
        #expect(!error.message.isEmpty)
    }

    @Test func resolvingATreeOrBlobIsNotACommit() throws {
        let directory = try TemporaryDirectory()
        let (repository, commits) = try Fixture.threeCommits(at: directory.child("source.git"))
        #expect(throws: GitError.self) { try repository.resolve("main^{tree}") }
        let blob = try #require(try repository.entry(at: "README.md", in: commits[0]))
        let error = try #require(throws: GitError.self) { try repository.resolve(blob.id.description) }
        #expect(error.message.contains("commit"))
    }

    @Test func unbornHeadDoesNotResolve() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.create(at: directory.child("empty.git"))
        #expect(throws: GitError.self) { try repository.resolve("HEAD") }
    }

    @Test func referencesCanBeSetAndListedInByteOrder() throws {
        let directory = try TemporaryDirectory()
        let (repository, commits) = try Fixture.threeCommits(at: directory.child("source.git"))
        try repository.setReference("refs/tags/v1", to: commits[0])
        try repository.setReference("refs/heads/Zeta", to: commits[1])
        #expect(try repository.references() == ["refs/heads/Zeta", "refs/heads/main", "refs/tags/v1"])
        #expect(try repository.resolve("v1") == commits[0])
        #expect(repository.contains(commits[0]))
        #expect(!repository.contains(try #require(ObjectID(hex: String(repeating: "1", count: 40)))))
    }
}
