import Foundation
@testable import M2RCKit

/// A hand-made repository: files of one language by path.
func contextIndex(_ files: [String: String], language: Language = .python,
                  settings: RetrievalSettings = RetrievalSettings()) -> RepositoryContextIndex {
    RepositoryContextIndex(
        files: files.keys.sorted().map { ContextFile(path: $0, language: language, text: files[$0]!) },
        settings: settings)
}

extension RetrievalSettings {
    /// The defaults with some values changed.
    static func with(_ change: (inout RetrievalSettings) -> Void) -> RetrievalSettings {
        var settings = RetrievalSettings()
        change(&settings)
        return settings
    }
}

/// The demo corpus's repositories: for each, its files with their languages.
enum DemoCorpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Manifests/demo/repos")

    static func repositories() throws -> [(name: String, files: [ContextFile])] {
        try FileManager.default.contentsOfDirectory(atPath: root.path).sorted().map { name in
            let entries = try FolderSnapshot.files(in: root.appendingPathComponent(name).path)
            let paths = entries.map { String(decoding: $0.pathBytes, as: UTF8.self) }
            let evidence = HeaderRule.RepositoryEvidence(paths: paths)
            var files: [ContextFile] = []
            for (entry, path) in zip(entries, paths) {
                guard case .blob(let bytes) = entry.content,
                      let language = LanguageDetection.language(forPath: path, content: bytes, repository: evidence)
                else { continue }
                files.append(ContextFile(path: path, language: language, text: String(decoding: bytes, as: UTF8.self)))
            }
            return (name, files)
        }
    }
}
