import Foundation
import Git
import Testing
import Zstd
@testable import M2RCKit

@Suite("Intake: fetch, scan and repository rules")
struct IntakeTests {
    @Test("a repository that passes every rule is kept with its source files and commit")
    func kept() async throws {
        let fixtures = try IntakeFixtures()
        defer { fixtures.remove() }
        let (path, commits) = try fixtures.repository("good", commits: [IntakeFixtures.pythonFiles + [IntakeFixtures.mitLicense]])
        let scan = await fixtures.intake().scan(ManifestEntry(repo: "acme/good", url: path, stars: 40))
        #expect(scan.rejection == nil, "\(scan.detail)")
        #expect(scan.commit == commits[0])
        #expect(scan.license == "MIT")  // detected from LICENSE: the manifest named none
        #expect(scan.files.count == 12)
        #expect(scan.files.allSatisfy { $0.language == .python })
        #expect(scan.files.map(\.path) == scan.files.map(\.path).sorted())
        #expect(scan.rejectedFiles.map(\.path) == ["LICENSE"])
        #expect(scan.rejectedFiles.first?.reason == .notSource)
    }

    @Test("each repository rule rejects with its own reason, first failing rule first")
    func rulesInOrder() async throws {
        let fixtures = try IntakeFixtures()
        defer { fixtures.remove() }
        let python = IntakeFixtures.pythonFiles
        let good = try fixtures.repository("good", commits: [python]).path
        let few = try fixtures.repository("few", commits: [Array(python.prefix(5))]).path
        let many = try fixtures.repository("many", commits: [python + (0..<45).map {
            CommitFile("extra/module_\($0).py", text: "def f\($0)(x):\n    return x * \($0)\n")
        }]).path
        let gpl = try fixtures.repository("gpl", commits: [python + [CommitFile("COPYING", text: """
            GNU GENERAL PUBLIC LICENSE
            Version 3, 29 June 2007
            Everyone is permitted to copy and distribute verbatim copies of this license document.
            """)]]).path
        let intake = fixtures.intake { $0.repositories.exclude = ["optout", "acme/private"] }
        let cases: [(ManifestEntry, RepositoryRejection?)] = [
            (ManifestEntry(repo: "acme/good", url: good, stars: 6, license: "MIT"), nil),
            (ManifestEntry(repo: "acme/low", url: good, stars: 5, license: "MIT"), .stars),
            (ManifestEntry(repo: "optout/tool", url: good, stars: 99, license: "MIT"), .excluded),
            (ManifestEntry(repo: "acme/private", url: good, stars: 99, license: "MIT"), .excluded),
            (ManifestEntry(repo: "acme/gone", url: fixtures.root.path + "/remotes/nowhere.git", stars: 99), .unreachable),
            (ManifestEntry(repo: "acme/few", url: few, stars: 99, license: "MIT"), .tooFewFiles),
            (ManifestEntry(repo: "acme/many", url: many, stars: 99, license: "Apache-2.0"), .tooManyFiles),
            (ManifestEntry(repo: "acme/gpl", url: gpl, stars: 99), .license),
            (ManifestEntry(repo: "acme/copyleft", url: good, stars: 99, license: "GPL-3.0"), .license),
            (ManifestEntry(repo: "acme/unlicensed", url: good, stars: 99), .license),
            // Stars are checked before the (unreachable) fetch: the cheaper rule reports first.
            (ManifestEntry(repo: "acme/both", url: "/nowhere", stars: 1), .stars),
        ]
        let scans = await intake.scan(cases.map(\.0), jobs: 3)
        #expect(scans.map(\.entry.repo) == cases.map(\.0.repo).sorted())
        for (entry, expected) in cases {
            let scan = try #require(scans.first { $0.entry.repo == entry.repo })
            #expect(scan.rejection == expected, "\(entry.repo): \(scan.detail)")
        }
        let gone = try #require(scans.first { $0.entry.repo == "acme/gone" })
        #expect(gone.detail.contains("nowhere.git"))
        #expect(scans.first { $0.entry.repo == "acme/gpl" }?.license == "GPL-3.0")
        #expect(scans.first { $0.entry.repo == "acme/few" }?.detail == "5 source files, fewer than 10")
    }

    @Test("counting every file instead of source files changes the verdict")
    func countAll() async throws {
        let fixtures = try IntakeFixtures()
        defer { fixtures.remove() }
        let notes = (0..<6).map { CommitFile("docs/note\($0).md", text: "# Note \($0)\n") }
        let path = try fixtures.repository("mixed", commits: [Array(IntakeFixtures.pythonFiles.prefix(5)) + notes]).path
        let entry = ManifestEntry(repo: "acme/mixed", url: path, stars: 10, license: "MIT")
        #expect(await fixtures.intake().scan(entry).rejection == .tooFewFiles)
        #expect(await fixtures.intake { $0.repositories.count = .all }.scan(entry).rejection == nil)
    }

    @Test("vendored, generated, minified, binary, invalid UTF-8, oversized, symlinked and submodule files are left out with their reasons")
    func fileRules() async throws {
        let fixtures = try IntakeFixtures()
        defer { fixtures.remove() }
        let minified = "var a=" + String(repeating: "1+", count: 800) + "1;\n"
        let files = IntakeFixtures.pythonFiles + [
            CommitFile("vendor/lib/helper.py", text: "def helper():\n    return 1\n"),
            CommitFile("web/node_modules/x/index.js", text: "module.exports = 1;\n"),
            CommitFile("web/app.min.js", text: "function a(){return 1}\n"),
            CommitFile("gen/models_pb2.py", text: "x = 1\n"),
            CommitFile("gen/schema.py", text: "# Code generated by schemagen. DO NOT EDIT.\nSCHEMA = {}\n"),
            CommitFile("web/bundle.js", text: minified),
            CommitFile("data/blob.py", bytes: Array("x = 1\n".utf8) + [0, 1, 2]),
            CommitFile("legacy/latin1.py", bytes: Array("name = '".utf8) + [0xE9] + Array("'\n".utf8)),
            CommitFile("big/huge.py", text: String(repeating: "x = 1\n", count: 40)),
            CommitFile("empty.py", text: ""),
            CommitFile("link.py", .symlink(target: "taskq/models.py")),
            CommitFile("third/sub", .submodule(commit: ObjectID(hex: String(repeating: "ab", count: 20))!)),
            CommitFile("package-lock.json", text: "{}\n"),
            CommitFile("README.md", text: "# Demo\n"),
        ]
        let path = try fixtures.repository("rules", commits: [files]).path
        let intake = fixtures.intake { $0.files.maxBytes = 200 }
        let scan = await intake.scan(ManifestEntry(repo: "acme/rules", url: path, stars: 10, license: "MIT"))
        let reasons = Dictionary(uniqueKeysWithValues: scan.rejectedFiles.map { ($0.path, $0.reason) })
        #expect(reasons["vendor/lib/helper.py"] == .vendored)
        #expect(reasons["web/node_modules/x/index.js"] == .vendored)
        #expect(reasons["web/app.min.js"] == .generated)
        #expect(reasons["gen/models_pb2.py"] == .generated)
        #expect(reasons["gen/schema.py"] == .generated)
        #expect(reasons["web/bundle.js"] == .tooLarge)  // over the 200-byte cap before it is read
        #expect(reasons["data/blob.py"] == .binary)
        #expect(reasons["legacy/latin1.py"] == .invalidUTF8)
        #expect(reasons["big/huge.py"] == .tooLarge)
        #expect(reasons["empty.py"] == .empty)
        #expect(reasons["link.py"] == .symlink)
        #expect(reasons["third/sub"] == .submodule)
        #expect(reasons["package-lock.json"] == .generated)
        #expect(reasons["README.md"] == .notSource)
        // The real source files over 200 bytes were left out too; the minified rule needs a bigger cap:
        let roomy = fixtures.intake { $0.files.maxBytes = 1 << 20 }
        let again = await roomy.scan(ManifestEntry(repo: "acme/rules", url: path, stars: 10, license: "MIT"))
        #expect(again.rejectedFiles.first { $0.path == "web/bundle.js" }?.reason == .minified)
        #expect(again.files.count == 13)  // the package's 12 files and big/huge.py, now under the cap
    }

    @Test("a pinned older commit is the one scanned")
    func pinnedCommit() async throws {
        let fixtures = try IntakeFixtures()
        defer { fixtures.remove() }
        let python = IntakeFixtures.pythonFiles
        let (path, commits) = try fixtures.repository("history", commits: [
            python, python + [CommitFile("taskq/extra.py", text: "EXTRA = True\n")],
        ])
        let old = await fixtures.intake().scan(
            ManifestEntry(repo: "acme/history", url: "file://" + path, stars: 10, license: "MIT", commit: commits[0].description))
        #expect(old.commit == commits[0])
        #expect(!old.files.contains { $0.path == "taskq/extra.py" })
        let latest = await fixtures.intake().scan(
            ManifestEntry(repo: "acme/latest", url: path, stars: 10, license: "MIT"))
        #expect(latest.commit == commits[1])
        #expect(latest.files.contains { $0.path == "taskq/extra.py" })
    }

    @Test("a second build reuses the mirror without fetching: it works with the source gone")
    func mirrorReused() async throws {
        let fixtures = try IntakeFixtures()
        defer { fixtures.remove() }
        let (path, commits) = try fixtures.repository("cached", commits: [IntakeFixtures.pythonFiles])
        let entry = ManifestEntry(repo: "acme/cached", url: path, stars: 10, license: "MIT")
        let first = await fixtures.intake().scan(entry)
        #expect(first.rejection == nil)
        try FileManager.default.removeItem(atPath: path)
        let second = await fixtures.intake().scan(entry)
        #expect(second.rejection == nil, "\(second.detail)")
        #expect(second.commit == commits[0])
        #expect(second.files == first.files)
        // Asking for a refresh goes to the (now missing) source and says so.
        let refreshed = await fixtures.intake { $0.fetch.refresh = true }.scan(entry)
        #expect(refreshed.rejection == .unreachable)
    }

    @Test("a plain folder is committed as it is, with a reproducible commit")
    func plainFolder() async throws {
        let fixtures = try IntakeFixtures()
        defer { fixtures.remove() }
        let folder = fixtures.root.appendingPathComponent("folder")
        for file in IntakeFixtures.pythonFiles {
            guard case .blob(let bytes) = file.content else { continue }
            let url = folder.appendingPathComponent(String(decoding: file.pathBytes, as: UTF8.self))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let entry = ManifestEntry(repo: "acme/folder", url: folder.path, stars: 10, license: "MIT")
        let first = await fixtures.intake().scan(entry)
        let second = await fixtures.intake().scan(entry)
        #expect(first.rejection == nil, "\(first.detail)")
        #expect(first.files.count == 12)
        #expect(first.commit != nil && first.commit == second.commit)
    }

    @Test("outputs: repos.jsonl sorted with fixed keys, rejected rows, and the file list")
    func outputs() async throws {
        let fixtures = try IntakeFixtures()
        defer { fixtures.remove() }
        let path = try fixtures.repository("good", commits: [IntakeFixtures.pythonFiles + [IntakeFixtures.mitLicense]]).path
        let scans = await fixtures.intake().scan([
            ManifestEntry(repo: "zed/low", url: path, stars: 1),
            ManifestEntry(repo: "acme/good", url: path, stars: 10),
        ])
        let output = fixtures.root.appendingPathComponent("out").path
        try IntakeOutputs.write(scans, to: output)
        let lines = try String(contentsOfFile: output + "/repos.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("{\"repo\":\"acme/good\",\"commit\":\""))
        #expect(lines[0].contains("\"status\":\"kept\",\"reason\":null"))
        #expect(lines[0].hasSuffix("\"license\":\"MIT\",\"stars\":10,\"files\":{\"python\":12}}"))
        #expect(lines[1] == #"{"repo":"zed/low","commit":null,"status":"rejected","reason":"stars","detail":"1 stars, fewer than 6","license":null,"stars":1,"files":{}}"#)
        var rejected: [String] = []
        let reader = try JSONLReader(path: output + "/rejected.jsonl.zst")
        while let line = try reader.next() { rejected.append(String(decoding: line.bytes, as: UTF8.self)) }
        #expect(rejected == [
            #"{"kind":"file","repo":"acme/good","path":"LICENSE","reason":"not-source","detail":""}"#,
            #"{"kind":"repository","repo":"zed/low","path":null,"reason":"stars","detail":"1 stars, fewer than 6"}"#,
        ])
        var files = 0
        let list = try JSONLReader(path: output + "/work/scan/files.jsonl.zst")
        while try list.next() != nil { files += 1 }
        #expect(files == 12)
    }
}
