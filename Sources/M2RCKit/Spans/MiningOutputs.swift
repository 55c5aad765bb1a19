/// What mining leaves in the output folder: `samples.jsonl.zst`, every mined sample as an eval record (sorted by
/// task id, with `metadata.split`), and `work/mine/failures.jsonl.zst`, the kept files that could not be mined.
public enum MiningOutputs {
    public static let samplesFile = "samples.jsonl.zst"
    public static let failuresFile = "work/mine/failures.jsonl.zst"

    public static func write(_ result: MineStage.Result, to directory: String) throws {
        try AtomicFile.writeJSONL(to: "\(directory)/\(samplesFile)") { writer in
            for sample in result.samples { try writer.append(sample.record().serialized()) }
        }
        try AtomicFile.writeJSONL(to: "\(directory)/\(failuresFile)") { writer in
            for failure in result.failures {
                try writer.append(JSONValue.object([
                    ("repo", .string(failure.repository)), ("path", .string(failure.path)),
                    ("reason", .string(failure.reason)),
                ]).serialized())
            }
        }
    }
}
