/// What intake leaves in the output folder:
///
/// - `repos.jsonl`: one line per manifest entry, sorted by repository:
///   `{"repo", "commit", "status": "kept"|"rejected", "reason", "detail", "license", "stars", "files": {language: count}}`;
/// - `rejected.jsonl.zst`: every repository and file left out, with its reason (file rows for kept repositories);
/// - `work/scan/files.jsonl.zst`: the kept repositories' source files, the input of mining.
public enum IntakeOutputs {
    public static let repositoriesFile = "repos.jsonl"
    public static let rejectedFile = "rejected.jsonl.zst"
    public static let filesFile = "work/scan/files.jsonl.zst"

    public static func write(_ scans: [RepositoryScan], to directory: String) throws {
        let sorted = scans.sorted { $0.entry.repo < $1.entry.repo }
        try AtomicFile.writeJSONL(to: "\(directory)/\(repositoriesFile)") { writer in
            for scan in sorted { try writer.append(repositoryRecord(scan).serialized()) }
        }
        try AtomicFile.writeJSONL(to: "\(directory)/\(rejectedFile)") { writer in
            for row in rejectionRows(sorted) { try writer.append(row.serialized()) }
        }
        try AtomicFile.writeJSONL(to: "\(directory)/\(filesFile)") { writer in
            for scan in sorted where scan.isKept {
                for file in scan.files {
                    try writer.append(JSONValue.object([
                        ("repo", .string(scan.entry.repo)), ("commit", .string(scan.commit!.description)),
                        ("path", .string(file.path)), ("language", .string(file.language.rawValue)),
                        ("blob", .string(file.blob.description)), ("bytes", .int(file.bytes)),
                    ]).serialized())
                }
            }
        }
    }

    static func repositoryRecord(_ scan: RepositoryScan) -> JSONValue {
        .object([
            ("repo", .string(scan.entry.repo)),
            ("commit", scan.commit.map { .string($0.description) } ?? .null),
            ("status", .string(scan.isKept ? "kept" : "rejected")),
            ("reason", scan.rejection.map { .string($0.rawValue) } ?? .null),
            ("detail", scan.detail.isEmpty ? .null : .string(scan.detail)),
            ("license", scan.license.map { .string($0) } ?? .null),
            ("stars", .int(scan.entry.stars)),
            ("files", .object(scan.fileCounts.map { ($0.0.rawValue, .int($0.1)) })),
        ])
    }

    /// Repository rows for rejected repositories, file rows for kept ones, sorted by repository then path.
    public static func rejectionRows(_ scans: [RepositoryScan]) -> [JSONValue] {
        var rows: [JSONValue] = []
        for scan in scans {
            if let rejection = scan.rejection {
                rows.append(.object([
                    ("kind", .string("repository")), ("repo", .string(scan.entry.repo)), ("path", .null),
                    ("reason", .string(rejection.rawValue)), ("detail", .string(scan.detail)),
                ]))
                continue
            }
            for file in scan.rejectedFiles {
                rows.append(.object([
                    ("kind", .string("file")), ("repo", .string(scan.entry.repo)), ("path", .string(file.path)),
                    ("reason", .string(file.reason.rawValue)), ("detail", .string(file.detail)),
                ]))
            }
        }
        return rows
    }
}
