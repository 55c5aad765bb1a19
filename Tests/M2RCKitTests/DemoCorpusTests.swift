import Foundation
import Testing
import TreeSitter
@testable import M2RCKit

/// The embedded demo corpus is what the README's first command runs on: it must cover all 18 languages with
/// repositories M2RC would keep (10 to 50 source files) and parse without a single error node.
@Suite("Demo corpus")
struct DemoCorpusTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Manifests/demo/repos")

    struct DemoFile: Sendable, CustomTestStringConvertible {
        let repository: String
        let path: String
        let language: Language
        var testDescription: String { "\(repository)/\(path)" }
    }

    static let files: [DemoFile] = {
        let manager = FileManager.default
        let repositories = ((try? manager.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        var files: [DemoFile] = []
        for repository in repositories {
            let folder = root.appendingPathComponent(repository)
            var paths: [String] = []
            let enumerator = manager.enumerator(atPath: folder.path)
            while let relative = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isDirectory),
                   !isDirectory.boolValue {
                    paths.append(relative)
                }
            }
            let evidence = HeaderRule.RepositoryEvidence(paths: paths)
            for path in paths.sorted() {
                let bytes = [UInt8](manager.contents(atPath: folder.appendingPathComponent(path).path) ?? Data())
                if let language = LanguageDetection.language(forPath: path, content: bytes, repository: evidence) {
                    files.append(DemoFile(repository: repository, path: path, language: language))
                }
            }
        }
        return files
    }()

    @Test("every language has a demo repository of 10 to 50 files of that language", arguments: Language.allCases)
    func coverage(language: Language) {
        let repositories = Set(Self.files.filter { $0.language == language }.map(\.repository))
        #expect(!repositories.isEmpty, "no demo repository for \(language)")
        for repository in repositories {
            let count = Self.files.filter { $0.repository == repository && $0.language == language }.count
            #expect((10...50).contains(count), "\(repository) has \(count) \(language) files")
        }
    }

    @Test("every demo file parses without error nodes", arguments: files)
    func parsesCleanly(file: DemoFile) throws {
        let catalog = try GrammarCatalog.locate()
        let url = Self.root.appendingPathComponent(file.repository).appendingPathComponent(file.path)
        let bytes = [UInt8](try Data(contentsOf: url))
        let report = try SourceParser(catalog: catalog).report(bytes, language: file.language, path: file.path)
        #expect(report.statistics.errors == 0, "\(file.testDescription): \(report.statistics.errors) error nodes")
        #expect(report.statistics.depth > 3)
    }
}
