import Foundation
import Testing
import TreeSitter
@testable import M2RCKit

@Suite("Span mining")
struct MiningTests {
    static let demoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Manifests/demo/repos")

    /// Every demo file as (identity, bytes), in the given split.
    static func demoFiles(split: Split = .instruct) throws -> [(SourceFileIdentity, [UInt8])] {
        var files: [(SourceFileIdentity, [UInt8])] = []
        for repository in try FileManager.default.contentsOfDirectory(atPath: demoRoot.path).sorted() {
            let folder = demoRoot.appendingPathComponent(repository).path
            let entries = try FolderSnapshot.files(in: folder)
            let paths = entries.map { String(decoding: $0.pathBytes, as: UTF8.self) }
            let evidence = HeaderRule.RepositoryEvidence(paths: paths)
            for (entry, path) in zip(entries, paths) {
                guard case .blob(let bytes) = entry.content,
                      let language = LanguageDetection.language(forPath: path, content: bytes, repository: evidence)
                else { continue }
                files.append((SourceFileIdentity(repository: "demo/\(repository)", commit: "0000000", path: path,
                                                 license: "MIT", language: language, split: split), bytes))
            }
        }
        return files
    }

    @Test("every sample is the file cut in three, and its labels agree with an independent parse")
    func samplesAreExactCuts() throws {
        let miner = Miner(rules: MiningRules(), seed: 7, catalog: testCatalog)
        for (file, bytes) in try Self.demoFiles() {
            let samples = try miner.mine(bytes, file: file)
            #expect(samples.count == 1, "\(file.path)")
            for sample in samples {
                #expect(Array((sample.prompt + sample.groundtruth + sample.rightContext).utf8) == bytes)
                #expect(sample.prompt.utf8.count == sample.byteRange.lowerBound)
                #expect((1...5).contains(sample.lines))
                #expect(sample.difficulty == Difficulty(lines: sample.lines))
                #expect(!PythonText.strip(sample.groundtruth).isEmpty)
                // An independent parse and labelling of the same file finds the same node with the same labels.
                let independent = try labeledNodes(file.language, String(decoding: bytes, as: UTF8.self), path: file.path)
                let match = independent.first { $0.byteRange == sample.byteRange && $0.nodeType == sample.nodeType
                    && $0.depth == sample.depth }
                #expect(match != nil, "\(file.path): \(sample.nodeType) \(sample.byteRange)")
                #expect(match?.bucket == sample.bucket)
                #expect(match?.treeDepth == sample.treeDepth)
                #expect(match?.label == sample.label)
                #expect(sample.startRow == match?.startPoint.row)
            }
        }
    }

    @Test("candidates obey M2RC's filters", arguments: ["python", "go", "html", "haskell"])
    func filters(language: String) throws {
        let rules = MiningRules()
        let miner = Miner(rules: rules, seed: 1, catalog: testCatalog)
        for (file, bytes) in try Self.demoFiles() where file.language.rawValue == language {
            for candidate in try miner.candidates(of: bytes, file: file).candidates {
                let text = String(decoding: bytes[candidate.byteRange], as: UTF8.self)
                #expect(candidate.lines <= rules.maxLines)
                #expect(!PythonText.strip(text).isEmpty)
                let scalars = text.unicodeScalars
                if scalars.count < rules.shortSpanCharacters {
                    let letters = scalars.filter { $0.properties.isAlphabetic }.count
                    #expect(Double(letters) >= 0.2 * Double(scalars.count), "\(text)")
                }
            }
        }
    }

    @Test("a file with a parse error contributes only spans outside the error")
    func parseErrors() throws {
        let source = """
            def good(a, b):
                return a + b

            def broken(x:
                return x *

            total = good(1, 2)
            """
        let file = SourceFileIdentity(repository: "acme/x", commit: "0", path: "m.py", license: "MIT",
                                      language: .python, split: .instruct)
        let found = try Miner(rules: MiningRules(), seed: 3, catalog: testCatalog)
            .candidates(of: Array(source.utf8), file: file)
        let tree = try SourceParser(catalog: testCatalog).parse(Array(source.utf8), language: .python, path: "m.py")
        var errorRanges: [Range<Int>] = []
        tree.walk { step in if step.node.isError || step.node.isMissing { errorRanges.append(step.node.byteRange) } }
        #expect(!errorRanges.isEmpty)
        #expect(!found.candidates.isEmpty)
        for candidate in found.candidates {
            for error in errorRanges {
                #expect(!candidate.byteRange.overlaps(error) || error.isEmpty && !candidate.byteRange.contains(error.lowerBound),
                        "\(candidate.byteRange) overlaps an error at \(error)")
            }
        }
        let texts = found.candidates.map { String(decoding: Array(source.utf8)[$0.byteRange], as: UTF8.self) }
        #expect(texts.contains("return a + b"))
    }

    @Test("a file's samples do not depend on the other files, their order, or parallelism")
    func independentOfOrder() throws {
        let files = try Self.demoFiles()
        let alone = try Miner(rules: MiningRules(), seed: 11, catalog: testCatalog).mine(files[5].1, file: files[5].0)
        let miner = Miner(rules: MiningRules(), seed: 11, catalog: testCatalog)
        var together: [MinedSample] = []
        for (file, bytes) in files.reversed() { together += try miner.mine(bytes, file: file) }
        #expect(together.filter { $0.file.path == files[5].0.path && $0.file.repository == files[5].0.repository } == alone)
        let otherSeed = try Miner(rules: MiningRules(), seed: 12, catalog: testCatalog)
        let differing = try files.prefix(20).filter { (file, bytes) in
            try otherSeed.mine(bytes, file: file) != (try miner.mine(bytes, file: file))
        }
        #expect(!differing.isEmpty, "another seed draws other spans")
    }

    @Test("test-split files honour the multi-line quota")
    func multilineQuota() throws {
        let testFiles = try Self.demoFiles(split: .test)
        var rules = MiningRules()
        rules.samplesPerFile = 3
        let miner = Miner(rules: rules, seed: 5, catalog: testCatalog)
        let samples = try testFiles.flatMap { try miner.mine($0.1, file: $0.0) }
        let share = Double(samples.filter { $0.lines >= 2 }.count) / Double(samples.count)
        #expect(share >= 0.30, "multi-line share \(share)")
        // Without the quota, uniform sampling gives far fewer multi-line spans.
        let plain = try Self.demoFiles(split: .instruct).flatMap { try miner.mine($0.1, file: $0.0) }
        let plainShare = Double(plain.filter { $0.lines >= 2 }.count) / Double(plain.count)
        #expect(plainShare < share)
    }

    @Test("stratified sampling spreads spans over more semantic classes than uniform")
    func stratified() throws {
        var rules = MiningRules()
        rules.samplesPerFile = 2
        let uniform = Miner(rules: rules, seed: 9, catalog: testCatalog)
        rules.strategy = .stratified
        let stratified = Miner(rules: rules, seed: 9, catalog: testCatalog)
        let files = try Self.demoFiles()
        func identifierShare(_ miner: Miner) throws -> Double {
            let samples = try files.flatMap { try miner.mine($0.1, file: $0.0) }
            return Double(samples.filter { $0.label?.semanticClass == .identifierAndScope }.count) / Double(samples.count)
        }
        #expect(try identifierShare(stratified) < identifierShare(uniform))
    }

    @Test("split assignment is stable: adding repositories never moves another")
    func splits() {
        let rules = SplitRules(validation: 0.2, test: 0.3)
        let names = (0..<400).map { "owner\($0 % 17)/repo\($0)" }
        let before = names.map { rules.split(of: $0, seed: 42) }
        let after = (names + (0..<100).map { "new/repo\($0)" }).map { rules.split(of: $0, seed: 42) }
        #expect(Array(after.prefix(400)) == before)
        let counts = Split.allCases.map { split in before.filter { $0 == split }.count }
        #expect(abs(counts[0] - 80) < 30 && abs(counts[1] - 120) < 35 && abs(counts[2] - 200) < 40)
        #expect(names.map { rules.split(of: $0, seed: 43) } != before, "the seed matters")
    }
}
