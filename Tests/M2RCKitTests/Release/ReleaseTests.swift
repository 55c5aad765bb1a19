import Foundation
import Testing
import Zstd
@testable import M2RCKit

@Suite("Release: quotas, writing, reproducibility")
struct ReleaseTests {
    /// Mined samples of the demo corpus, each repository in the split its name hashes to.
    static func minedDemo(samplesPerFile: Int = 2) throws -> [MinedSample] {
        var rules = MiningRules()
        rules.samplesPerFile = samplesPerFile
        let miner = Miner(rules: rules, seed: 42, catalog: testCatalog)
        let splits = SplitRules(validation: 0.3, test: 0.4)
        return try MiningTests.demoFiles().flatMap { file, bytes in
            let identity = SourceFileIdentity(repository: file.repository, commit: file.commit, path: file.path,
                                              license: file.license, language: file.language,
                                              split: splits.split(of: file.repository, seed: 42))
            return try miner.mine(bytes, file: identity)
        }
    }

    @Test("eval and instruct repositories are disjoint, and every sample of a repository is in its split")
    func disjointSplits() throws {
        let samples = try Self.minedDemo()
        var splitOf: [String: Split] = [:]
        for sample in samples {
            if let known = splitOf[sample.file.repository] { #expect(known == sample.file.split) }
            splitOf[sample.file.repository] = sample.file.split
        }
        #expect(Set(splitOf.values).count == 3, "the demo corpus reaches all three splits at these shares")
    }

    @Test("quotas: at most the quota, one sample per file in eval, the test multi-line share, shortfalls reported")
    func quotas() throws {
        let samples = try Self.minedDemo()
        var settings = ReleaseSettings()
        settings.validationQuota = 5
        settings.testQuota = 8
        settings.instructQuota = 15
        let result = QuotaSelection(settings: settings, seed: 1).select(samples)
        for language in Language.allCases {
            for split in Split.allCases {
                let kept = result.kept.filter { $0.file.language == language && $0.file.split == split }
                let available = samples.filter { $0.file.language == language && $0.file.split == split }
                #expect(kept.count <= settings.quota(for: split))
                if split.isEval {
                    let files = kept.map { $0.file.repository + "/" + $0.file.path }
                    #expect(Set(files).count == files.count, "one sample per file in \(split)")
                }
                if split == .test, !kept.isEmpty {
                    let multiline = kept.filter { $0.lines >= 2 }.count
                    let availableMultiline = available.filter { $0.lines >= 2 }.count
                    #expect(Double(multiline) >= 0.3 * Double(kept.count) || multiline == availableMultiline)
                }
                let filled = kept.count == settings.quota(for: split)
                let reported = result.shortfalls.contains { $0.language == language && $0.split == split }
                if !filled { #expect(reported, "\(language) \(split) is short and must say so") }
            }
        }
        #expect(result.kept.map(\.taskID) == result.kept.map(\.taskID).sorted())
        // The choice depends on the seed and the task ids only: shuffled input, same selection.
        var shuffled = samples
        var random = SeededRandom(seed: 3)
        random.shuffle(&shuffled)
        #expect(QuotaSelection(settings: settings, seed: 1).select(shuffled).kept.map(\.taskID)
                == result.kept.map(\.taskID))
    }

    @Test("release.json's hashes are those of the decompressed files, and a rewrite gives the same release")
    func hashesMatchContent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("m2rc-release-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = try Self.minedDemo(samplesPerFile: 1)
        var config = BuildConfig()
        config.release.validationQuota = 4
        config.release.testQuota = 4
        config.release.instructQuota = 6
        let writer = ReleaseWriter(config: config, seed: 42, catalog: testCatalog)
        let mined = MineStage.Result(samples: samples, failures: [], filesMined: 0, bytesMined: 0)
        let summary = try writer.write(scans: [], mined: mined, rejectionRows: [], inputs: "x", notes: ["a note"],
                                       to: folder.path)
        #expect(summary.outputs.count == 18 * 3 + 3)
        for output in summary.outputs {
            let path = folder.appendingPathComponent(output.path).path
            var content: [UInt8] = []
            if output.path.hasSuffix(".zst") {
                let reader = try JSONLReader(path: path)
                while let line = try reader.next() { content += line.bytes + [UInt8(ascii: "\n")] }
            } else {
                content = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            }
            #expect(HashingJSONLWriter.sha256(content) == output.sha256, "\(output.path)")
        }
        let first = try String(contentsOf: folder.appendingPathComponent("release.json"), encoding: .utf8)
        _ = try writer.write(scans: [], mined: mined, rejectionRows: [], inputs: "x", notes: ["a note"], to: folder.path)
        #expect(try String(contentsOf: folder.appendingPathComponent("release.json"), encoding: .utf8) == first)
        #expect(ReleaseWriter.finishedInputs(in: folder.path) == "x")
        let card = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(card.hasPrefix("---\nlicense: other\n"))
        #expect(card.contains("- a note"))
        #expect(card.contains("## Shortfalls"))
    }

    @Test("notes name every rule a config relaxes")
    func notes() throws {
        #expect(ReleaseNotes.differencesFromM2RC(BuildConfig()).isEmpty)
        var config = BuildConfig()
        config.repositories.minFiles = 3
        config.release.testQuota = 10
        let notes = ReleaseNotes.differencesFromM2RC(config)
        #expect(notes.count == 2)
        #expect(notes[0].contains("3 to 50 files"))
    }
}
