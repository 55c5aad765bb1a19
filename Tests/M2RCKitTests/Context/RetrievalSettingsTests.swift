import Foundation
import Testing
@testable import M2RCKit

func decodeSettings(_ json: String) throws -> RetrievalSettings {
    try JSONDecoder().decode(RetrievalSettings.self, from: Data(json.utf8))
}

@Suite("Retrieval settings")
struct RetrievalSettingsTests {
    @Test("defaults are M2RC's and CrossCodeEval's")
    func defaults() throws {
        let settings = try decodeSettings("{}")
        #expect(settings == RetrievalSettings())
        #expect(settings.chunkLines == 10 && settings.queryLines == 10 && settings.maxCandidateFiles == 1000
            && settings.maxPathDistance == 100 && settings.maxChunks == 1000 && settings.topK == 5)
        #expect(settings.scoring == .jaccard && settings.bm25K1 == 1.5 && settings.bm25B == 0.75
            && settings.bm25Epsilon == 0.25)
        #expect(!settings.nextChunk && !settings.oracle && settings.tokenBudget == 4096)
        #expect(settings.tokenizer == "approximate" && settings.fim.preset == .starcoder && settings.fim.order == .psm)
    }

    @Test("every key written out reads back the same")
    func roundTrip() throws {
        var settings = RetrievalSettings()
        settings.scoring = .bm25
        settings.nextChunk = true
        settings.fim = FIMSettings(preset: .qwenCoder, order: .spm)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(settings), as: UTF8.self)
        #expect(json.contains(#""max_candidate_files":1000"#) && json.contains(#""middle":"<|fim_middle|>""#))
        #expect(try decodeSettings(json).fim.tokens == settings.fim.tokens)
        #expect(try decodeSettings(json).scoring == .bm25)
    }

    @Test("unknown keys and bad values are refused with their path", arguments: [
        (#"{"top_K": 3}"#, "unknown key(s) top_K"),
        (#"{"scoring": "cosine"}"#, "at `scoring`"),
        (#"{"chunk_lines": 0}"#, "chunk_lines must be at least 1"),
        (#"{"bm25_b": 1.5}"#, "bm25_b must be between 0 and 1"),
        (#"{"fim": {"preset": "custom", "prefix": "a"}}"#, "needs `prefix`, `suffix` and `middle`"),
        (#"{"fim": {"order": "pms"}}"#, "at `fim.order`"),
        (#"{"fim": {"prefx": "a"}}"#, "unknown key(s) prefx"),
    ])
    func refused(json: String, message: String) {
        do {
            _ = try decodeSettings(json)
            Issue.record("accepted \(json)")
        } catch let error as DecodingError {
            #expect(error.readableDescription.contains(message), "\(error.readableDescription)")
        } catch {
            Issue.record("\(error)")
        }
    }
}
