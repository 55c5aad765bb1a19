import Foundation
import Git

/// Turns a plain folder of source files (one that is not a git repository) into a commit, so a manifest can point
/// at an unpacked archive or the embedded demo corpus and every later stage still reads a repository.
///
/// The commit is made with a fixed author, message and time on branch `main`, so the same files always give the
/// same commit id: a build over folders is as reproducible as one over real repositories.
public enum FolderSnapshot {
    static let author = Signature(name: "m2rc", email: "m2rc@localhost", time: 0)

    /// Whether `url` names a local folder that is not a git repository.
    public static func isPlainFolder(_ url: String) -> Bool {
        let path = url.hasPrefix("file://") ? String(url.dropFirst("file://".count)) : url
        guard !path.contains("://") else { return false }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return false
        }
        if FileManager.default.fileExists(atPath: path + "/.git") { return false }
        return (try? Repository.open(at: path)) == nil
    }

    /// Commits the folder's files, as they are, into the bare repository at `repositoryPath` and points its `main`
    /// branch and HEAD at the commit.
    ///
    /// The repository is only ever derived from the folder, so one that cannot be used as it is (left half-made
    /// by a killed build: a stale lock, no HEAD) is rebuilt. A new one is built beside its place and renamed in, so
    /// a kill never leaves a half-made repository under the final name.
    public static func commit(folder url: String, into repositoryPath: String) throws -> (Repository, ObjectID) {
        let folder = url.hasPrefix("file://") ? String(url.dropFirst("file://".count)) : url
        let files = try files(in: folder)
        let message = "Snapshot of \(folder)\n"
        if let existing = try? Repository.open(at: repositoryPath),
           let commit = try? write(files, message: message, into: existing) {
            return (existing, commit)
        }
        let manager = FileManager.default
        let parent = (repositoryPath as NSString).deletingLastPathComponent
        try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let temporary = "\(parent)/.\((repositoryPath as NSString).lastPathComponent).partial-\(UUID().uuidString)"
        do {
            _ = try write(files, message: message, into: try Repository.create(at: temporary, bare: true))
            if manager.fileExists(atPath: repositoryPath) { try manager.removeItem(atPath: repositoryPath) }
            try manager.moveItem(atPath: temporary, toPath: repositoryPath)
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw error
        }
        let repository = try Repository.open(at: repositoryPath)
        return (repository, try repository.resolve("HEAD"))
    }

    private static func write(_ files: [CommitFile], message: String, into repository: Repository) throws -> ObjectID {
        let commit = try repository.commit(files: files, message: message, author: author)
        try repository.setReference("refs/heads/main", to: commit, force: true)
        try repository.setHead("refs/heads/main")
        return commit
    }

    /// Every file under `folder`, sorted by path, `.git` folders skipped; symbolic links stay links.
    public static func files(in folder: String) throws -> [CommitFile] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder])
        }
        var files: [CommitFile] = []
        while let relative = enumerator.nextObject() as? String {
            let path = folder + "/" + relative
            let attributes = try manager.attributesOfItem(atPath: path)
            let type = attributes[.type] as? FileAttributeType
            if relative == ".git" || relative.hasSuffix("/.git") {
                if type == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            switch type {
            case .typeSymbolicLink?:
                files.append(CommitFile(relative, .symlink(target: try manager.destinationOfSymbolicLink(atPath: path))))
            case .typeRegular?:
                let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
                files.append(CommitFile(relative, bytes: bytes, executable: manager.isExecutableFile(atPath: path)))
            default:
                continue
            }
        }
        return files.sorted { $0.pathBytes.lexicographicallyPrecedes($1.pathBytes) }
    }
}
