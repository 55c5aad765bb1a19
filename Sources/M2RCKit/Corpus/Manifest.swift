import Foundation
import Zstd

/// One repository of a manifest.
public struct ManifestEntry: Sendable, Equatable {
    /// `owner/name`: the repository's identity in every output, and the key of every per-repository decision.
    public let repo: String
    /// An https URL, a file:// URL or a local path.
    public let url: String
    public let stars: Int
    /// An SPDX id; when absent the licence is detected from the repository's LICENSE file.
    public let license: String?
    /// A commit sha or a branch to build from; the default branch when absent.
    public let commit: String?
    /// Where the entry was read, for messages.
    public let line: Int

    public init(repo: String, url: String, stars: Int, license: String? = nil, commit: String? = nil, line: Int = 0) {
        self.repo = repo
        self.url = url
        self.stars = stars
        self.license = license
        self.commit = commit
        self.line = line
    }

    /// The owner part of `owner/name`.
    public var owner: String { String(repo.split(separator: "/").first ?? "") }
}

/// A list of repositories to build from: JSON Lines, one repository a line,
/// `{"repo": "owner/name", "url": "…", "stars": 12, "license": "MIT", "commit": "…"}` (`license` and `commit`
/// optional). Unknown keys, a malformed line and a repository listed twice are errors naming the file and line.
/// A relative path in `url` is resolved against the manifest's folder.
public struct Manifest: Sendable {
    public let path: String
    /// Sorted by `repo`: the order of the file never matters.
    public let entries: [ManifestEntry]

    static let keys: Set<String> = ["repo", "url", "stars", "license", "commit"]

    public init(path: String, entries: [ManifestEntry]) {
        self.path = path
        self.entries = entries.sorted { $0.repo < $1.repo }
    }

    public static func load(path: String) throws(InputError) -> Manifest {
        let reader: JSONLReader
        do {
            reader = try JSONLReader(path: path)
        } catch {
            throw InputError(file: path, "cannot read the manifest: \(error)")
        }
        var entries: [ManifestEntry] = []
        var firstLine: [String: Int] = [:]
        while true {
            let line: JSONLLine?
            do {
                line = try reader.next()
            } catch {
                throw InputError(file: path, "\(error)")
            }
            guard let line else { break }
            let entry = try parse(line.bytes, file: path, line: line.number)
            if let earlier = firstLine[entry.repo] {
                throw InputError(file: path, line: line.number, "repository \(entry.repo) is already listed on line \(earlier)")
            }
            firstLine[entry.repo] = line.number
            entries.append(entry)
        }
        return Manifest(path: path, entries: entries)
    }

    static func parse(_ bytes: [UInt8], file: String, line: Int) throws(InputError) -> ManifestEntry {
        func fail(_ message: String) -> InputError { InputError(file: file, line: line, message) }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw fail("not valid JSON: \(error)")
        }
        guard let fields = value.objectValue else { throw fail("expected a JSON object") }
        let unknown = fields.map(\.0).filter { !keys.contains($0) }.sorted()
        if !unknown.isEmpty {
            throw fail("unknown key(s) \(unknown.joined(separator: ", ")); allowed: \(keys.sorted().joined(separator: ", "))")
        }
        func string(_ key: String, required: Bool) throws(InputError) -> String? {
            guard let value = value[key], !value.isNull else {
                if required { throw fail("missing \"\(key)\"") }
                return nil
            }
            guard let text = value.stringValue, !text.isEmpty else { throw fail("\"\(key)\" must be a non-empty string") }
            return text
        }
        let repo = try string("repo", required: true)!
        let parts = repo.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
              !repo.contains(where: { $0.isWhitespace }) else {
            throw fail("\"repo\" must be owner/name, got \(repo)")
        }
        guard let starsValue = value["stars"] else { throw fail("missing \"stars\"") }
        guard let stars = starsValue.intValue, stars >= 0 else {
            throw fail("\"stars\" must be a whole number ≥ 0")
        }
        var url = try string("url", required: true)!
        // A relative local path is relative to the manifest, so a manifest and its folders move together.
        if !url.contains("://") && !url.hasPrefix("/") {
            url = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(url).standardizedFileURL.path
        }
        return ManifestEntry(repo: repo, url: url, stars: stars,
                             license: try string("license", required: false),
                             commit: try string("commit", required: false), line: line)
    }
}
