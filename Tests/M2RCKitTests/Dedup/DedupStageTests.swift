import Foundation
import Git
import Testing
@testable import M2RCKit

@Suite("Dedup in the build")
struct DedupStageTests {
    @Test("a copied repository is removed file by file in favour of the one with more stars, across repositories")
    func copiedRepository() async throws {
        let fixtures = try IntakeFixtures()
        defer { fixtures.remove() }
        let python = IntakeFixtures.pythonFiles
        // The copy renames a variable in one file: a near duplicate; the other files are exact copies.
        let edited = python.map { file -> CommitFile in
            guard case .blob(let bytes) = file.content, String(decoding: file.pathBytes, as: UTF8.self) == "taskq/queue.py"
            else { return file }
            let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "self._heap", with: "self._items")
            return CommitFile("taskq/queue.py", text: text)
        }
        let original = try fixtures.repository("original", commits: [python]).path
        let copy = try fixtures.repository("copy", commits: [edited]).path
        var config = BuildConfig()
        config.fetch.retries = 0
        config.splits = SplitRules(validation: 0, test: 0)  // both instruct: stars decide
        let intake = Intake(config: config, cacheDirectory: fixtures.cache)
        let scans = await intake.scan([
            ManifestEntry(repo: "acme/original", url: original, stars: 90, license: "MIT"),
            ManifestEntry(repo: "zed/copy", url: copy, stars: 10, license: "MIT"),
        ])
        let (outcome, deduped) = await DedupStage(config: config, seed: 42, intake: intake).run(scans, jobs: 2)
        #expect(deduped.first { $0.entry.repo == "acme/original" }?.files.count == 12)
        #expect(deduped.first { $0.entry.repo == "zed/copy" }?.files.isEmpty == true)
        #expect(outcome.removals.count == 12)
        #expect(outcome.removals.allSatisfy { $0.repository == "zed/copy" && $0.duplicateOf?.repository == "acme/original" })
        let near = outcome.removals.filter { $0.reason == .nearDuplicate }
        #expect(near.map(\.path) == ["taskq/queue.py"])
        #expect((near.first?.estimatedJaccard ?? 0) >= 0.7)
        // The same decision whatever the parallelism.
        let serial = await DedupStage(config: config, seed: 42, intake: intake).run(scans, jobs: 1)
        #expect(serial.outcome.removals == outcome.removals)
    }
}
