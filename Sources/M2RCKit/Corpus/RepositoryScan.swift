import Git

/// Why a repository is left out. The raw value is what `repos.jsonl` and `rejected.jsonl.zst` say.
public enum RepositoryRejection: String, Sendable, Codable, CaseIterable, Comparable {
    /// Its owner or the repository opted out (`repositories.exclude`).
    case excluded
    /// Not more than 5 stars (`repositories.min_stars`).
    case stars
    /// It could not be fetched; the detail is libgit2's message.
    case unreachable
    /// Its tree could not be read (too many entries, a damaged object).
    case unreadable
    /// No licence, or one outside the permissive allow-list.
    case license
    case tooFewFiles = "too-few-files"
    case tooManyFiles = "too-many-files"

    public static func < (lhs: RepositoryRejection, rhs: RepositoryRejection) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A source file kept by the scan: where it is and what it is. Its bytes stay in the mirror, read by blob id.
public struct ScannedFile: Sendable, Equatable {
    public let path: String
    public let language: Language
    public let blob: ObjectID
    public let bytes: Int
}

/// A file left out, and why.
public struct RejectedFile: Sendable, Equatable {
    public let path: String
    public let reason: FileRejection
    public let detail: String
}

/// What fetch and scan found for one manifest entry.
public struct RepositoryScan: Sendable, Equatable {
    public let entry: ManifestEntry
    /// The commit scanned; nil when the repository was rejected before fetching or could not be fetched.
    public var commit: ObjectID?
    /// The licence used by the rule: the manifest's, else the one detected from the LICENSE file.
    public var license: String?
    public var rejection: RepositoryRejection?
    /// More about the rejection: libgit2's message, the star count, the file count.
    public var detail = ""
    /// Source files kept, sorted by path (empty for a rejected repository? no: kept so reports can count them).
    public var files: [ScannedFile] = []
    public var rejectedFiles: [RejectedFile] = []

    public var isKept: Bool { rejection == nil }

    /// Kept files per language, sorted by language.
    public var fileCounts: [(Language, Int)] {
        Language.allCases.compactMap { language in
            let count = files.filter { $0.language == language }.count
            return count > 0 ? (language, count) : nil
        }
    }

    public static func == (lhs: RepositoryScan, rhs: RepositoryScan) -> Bool {
        lhs.entry == rhs.entry && lhs.commit == rhs.commit && lhs.license == rhs.license
            && lhs.rejection == rhs.rejection && lhs.detail == rhs.detail && lhs.files == rhs.files
            && lhs.rejectedFiles == rhs.rejectedFiles
    }
}
