/// A file as dedup sees it: where it is, what decides whether it survives, and (for fingerprinting) its bytes.
public struct DedupDocument: Sendable, Equatable {
    public let info: DedupFile
    public let content: [UInt8]

    public init(repository: String, path: String, language: Language, stars: Int, split: Split, content: [UInt8]) {
        info = DedupFile(repository: repository, path: path, language: language, stars: stars, split: split)
        self.content = content
    }

    public init(info: DedupFile, content: [UInt8]) {
        self.info = info
        self.content = content
    }
}

/// A file's identity and the facts the survivor rule reads. (repository, path) is unique within one dedup run.
public struct DedupFile: Sendable, Equatable {
    public let repository: String
    public let path: String
    public let language: Language
    public let stars: Int
    public let split: Split

    public init(repository: String, path: String, language: Language, stars: Int, split: Split) {
        self.repository = repository
        self.path = path
        self.language = language
        self.stars = stars
        self.split = split
    }

    /// `owner/name:path`, as reports name a file.
    public var location: String { "\(repository):\(path)" }

    /// Repository, then path, by their UTF-8 bytes: the order of every list dedup returns.
    public static func byLocation(_ lhs: DedupFile, _ rhs: DedupFile) -> Bool {
        if lhs.repository != rhs.repository { return utf8Precedes(lhs.repository, rhs.repository) }
        return utf8Precedes(lhs.path, rhs.path)
    }
}

/// Which copy of a duplicate group is kept. A total order on documents, so the survivor depends only on the group,
/// never on input order, thread timing or hashing:
///
/// 1. an eval file (validation or test) over an instruct file, whatever the stars: an instruct file that
///    duplicates an eval file is contamination of the instruct set, so it is the one dropped;
/// 2. more stars;
/// 3. repository name, ascending (UTF-8 bytes);
/// 4. path, ascending (UTF-8 bytes).
public enum SurvivorRule {
    /// True when `candidate` is kept in preference to `other`.
    public static func prefers(_ candidate: DedupFile, over other: DedupFile) -> Bool {
        if candidate.split.isEval != other.split.isEval { return candidate.split.isEval }
        if candidate.stars != other.stars { return candidate.stars > other.stars }
        return DedupFile.byLocation(candidate, other)
    }
}

/// Byte-wise order of UTF-8 text: unlike `String.<` (Unicode canonical ordering), it is the same in every Swift
/// version and in every other language's byte comparison.
func utf8Precedes(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}
