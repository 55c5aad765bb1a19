import Foundation
import Testing

/// The command-line contract: 0 on success, 1 when the work fails, 2 on bad usage or bad input (naming the file
/// and line).
@Suite("Exit statuses and messages")
struct ExitStatusTests {
    @Test("bad usage exits 2")
    func badUsage() throws {
        let result = try M2RC.run(["parse", "--no-such-flag", "x.py"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("no-such-flag"))
        #expect(try M2RC.run(["build", "--output", "/tmp/x"]).status == 2)  // no manifest
        #expect(try M2RC.run(["no-such-command"]).status == 2)
    }

    @Test("a malformed manifest line exits 2 naming the file and the line")
    func malformedManifest() throws {
        let folder = try M2RC.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("manifest.jsonl")
        try """
            {"repo": "acme/one", "url": "repos/one", "stars": 10}
            {"repo": "acme/two", "url": "repos/two", "stars": 10,}
            """.write(to: manifest, atomically: true, encoding: .utf8)
        let result = try M2RC.run(["build", "--manifest", manifest.path, "--output", folder.appendingPathComponent("out").path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("\(manifest.path):2: not valid JSON: expected a key string at column 54"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/repos.jsonl").path))
    }

    @Test("a config with an unknown key exits 2 naming the key")
    func badConfig() throws {
        let folder = try M2RC.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config.json")
        try #"{"files": {"max_byte": 10}}"#.write(to: config, atomically: true, encoding: .utf8)
        let result = try M2RC.run(["build", "--dump-config", "--config", config.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("`files.max_byte`"), "\(result.standardError)")
    }

    @Test("--dump-config prints every key of the effective config")
    func dumpConfig() throws {
        let result = try M2RC.run(["build", "--dump-config", "--cache", "/tmp/mirrors"])
        #expect(result.status == 0)
        for key in ["\"min_stars\" : 6", "\"max_files\" : 50", "\"max_bytes\" : 1048576", "\"cache\" : \"/tmp/mirrors\"",
                    "\"version\" : 1", "\"vendored_directories\""] {
            #expect(result.standardOutput.contains(key), "missing \(key)")
        }
    }

    @Test("parse: a missing file or an unknown extension exits 2; --json gives the contract's keys")
    func parse() throws {
        #expect(try M2RC.run(["parse", "/nonexistent/file.py"]).status == 2)
        let folder = try M2RC.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = folder.appendingPathComponent("notes.txt")
        try "hello".write(to: unknown, atomically: true, encoding: .utf8)
        let refused = try M2RC.run(["parse", unknown.path])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("--language"))
        let file = folder.appendingPathComponent("main.go")
        try "package main\n\nfunc main() {}\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try M2RC.run(["parse", file.path, "--json"])
        #expect(result.status == 0)
        #expect(result.standardOutput == #"{"language":"go","bytes":29,"nodes":13,"named_nodes":7,"tree_depth":4,"errors":0}"# + "\n")
    }

    @Test("build --until scan on the demo manifest keeps all 18 repositories")
    func demoScan() throws {
        let folder = try M2RC.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try M2RC.run(["build", "--manifest", "Manifests/demo/manifest.jsonl", "--until", "scan",
                                   "--output", folder.appendingPathComponent("out").path,
                                   "--cache", folder.appendingPathComponent("cache").path])
        #expect(result.status == 0, "\(result.standardError)")
        let repos = try String(contentsOf: folder.appendingPathComponent("out/repos.jsonl"), encoding: .utf8)
        #expect(repos.split(separator: "\n").count == 18)
        #expect(repos.split(separator: "\n").allSatisfy { $0.contains(#""status":"kept""#) })
        #expect(result.standardOutput.contains("kept"))
    }
}

@Suite("Release builds from the command line")
struct ReleaseBuildTests {
    func build(_ folder: URL, _ name: String, extra: [String] = []) throws -> CommandResult {
        try M2RC.run(["build", "--manifest", "Manifests/demo/manifest.jsonl", "--config", "Manifests/demo/config.json",
                      "--output", folder.appendingPathComponent(name).path,
                      "--cache", folder.appendingPathComponent("cache-\(name)").path] + extra)
    }

    func release(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("\(name)/release.json"), encoding: .utf8)
    }

    @Test("the same manifest, config and seed give identical hashes with --jobs 1 and --jobs 2")
    func jobsDoNotMatter() throws {
        let folder = try M2RC.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try build(folder, "one", extra: ["--jobs", "1"]).status == 0)
        #expect(try build(folder, "two", extra: ["--jobs", "2"]).status == 0)
        let one = try release(folder, "one")
        let two = try release(folder, "two")
        #expect(one == two)
    }

    @Test("a build interrupted before release.json was written reruns to the same release; a finished one is skipped")
    func resume() throws {
        let folder = try M2RC.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try build(folder, "out").status == 0)
        let finished = try release(folder, "out")
        // What a kill leaves: release.json (written last) missing, a split file half-written under a temp name.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("out/release.json"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("out/eval/test/cpp.jsonl.zst"))
        try Data("partial".utf8).write(to: folder.appendingPathComponent("out/eval/test/.cpp.jsonl.zst.tmp-1-abc"))
        #expect(try build(folder, "out").status == 0)
        let rerun = try release(folder, "out")
        #expect(rerun == finished)
        let skipped = try build(folder, "out")
        #expect(skipped.status == 0)
        #expect(skipped.standardOutput.contains("nothing to do"))
        #expect(try build(folder, "out", extra: ["--force"]).standardOutput.contains("release written"))
        let forced = try release(folder, "out")
        #expect(forced == finished)
    }
}

@Suite("A build killed with SIGKILL")
struct KilledBuildTests {
    @Test("killed at several points and rerun, it gives the release an uninterrupted build gives",
          arguments: [150, 400, 700])
    func killedAndRerun(afterMilliseconds delay: Int) throws {
        let folder = try M2RC.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["build", "--manifest", "Manifests/demo/manifest.jsonl", "--config", "Manifests/demo/config.json"]
        func run(_ name: String) -> [String] {
            arguments + ["--output", folder.appendingPathComponent(name).path,
                         "--cache", folder.appendingPathComponent("cache-\(name)").path]
        }
        #expect(try M2RC.run(run("clean")).status == 0)
        let process = Process()
        process.executableURL = M2RC.executable
        process.arguments = run("killed")
        process.currentDirectoryURL = M2RC.packageRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: Double(delay) / 1000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try M2RC.run(run("killed")).status == 0)
        let clean = try String(contentsOf: folder.appendingPathComponent("clean/release.json"), encoding: .utf8)
        let rerun = try String(contentsOf: folder.appendingPathComponent("killed/release.json"), encoding: .utf8)
        #expect(rerun == clean)
    }
}
