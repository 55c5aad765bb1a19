import Foundation
import Testing
@testable import M2RCKit

@Suite("Dedup: settings")
struct DedupSettingsTests {
    static func decode(_ json: String) throws -> DedupSettings {
        try JSONDecoder().decode(DedupSettings.self, from: Data(json.utf8))
    }

    @Test("an empty section gives BigCode's defaults, and every key is written back (bands and rows as null)")
    func defaults() throws {
        let settings = try Self.decode("{}")
        #expect(settings == DedupSettings())
        #expect((settings.ngram, settings.permutations, settings.threshold, settings.seed, settings.minTokens)
                == (5, 256, 0.7, 42, 5))
        #expect(settings.verify == .signature && settings.bands == nil && settings.rows == nil)
        #expect(settings.decontamination.benchmarks.isEmpty && settings.decontamination.minLength == 32)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let written = String(decoding: try encoder.encode(settings), as: UTF8.self)
        #expect(written == """
            {"bands":null,"decontamination":{"benchmarks":[],"fields":["text"],"min_length":32},\
            "false_negative_weight":0.5,"false_positive_weight":0.5,"min_tokens":5,"ngram":5,"permutations":256,\
            "rows":null,"seed":42,"threshold":0.7,"verify":"signature"}
            """)
        #expect(try Self.decode(written) == settings)
    }

    @Test("explicit bands and rows replace the optimisation")
    func explicitShape() throws {
        let settings = try Self.decode(#"{"bands": 16, "rows": 16, "verify": "none"}"#)
        #expect(settings.lsh == LSHParameters(bands: 16, rows: 16))
        #expect(settings.verify == .none)
    }

    @Test("mistakes are refused with the key named", arguments: [
        (#"{"permutation": 128}"#, "unknown key(s) permutation"),
        (#"{"bands": 20}"#, "bands and rows are given together"),
        (#"{"bands": 30, "rows": 10}"#, "exceeds permutations"),
        (#"{"threshold": 1.0}"#, "threshold must be between 0 and 1"),
        (#"{"decontamination": {"min_length": 0}}"#, "min_length must be at least 1"),
        (#"{"decontamination": {"benchmark": "x.jsonl"}}"#, "unknown key(s) benchmark"),
        (#"{"verify": "exact"}"#, "verify"),
    ])
    func refused(json: String, message: String) {
        #expect {
            try Self.decode(json)
        } throws: { error in
            guard let error = error as? DecodingError else { return false }
            return error.readableDescription.contains(message)
        }
    }
}
