import Foundation
import Testing
@testable import M2RCKit

/// A scorer keeps each distinct string's analysis for reuse; these tests hold it to changing no number.
@Suite("CodeBLEU analysis cache")
struct CodeBLEUCacheTests {
    /// Completion-like pairs from the demo corpus's files of one language: 1–3 line snippets against themselves,
    /// their truncations, their neighbours, a copy with a trailing comment, and each reference more than once.
    static func pairs(for language: Language) throws -> [(reference: String, prediction: String)] {
        let files = try MiningTests.demoFiles().filter { $0.0.language == language }.prefix(3)
        var snippets: [String] = []
        for (_, bytes) in files {
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
                .filter { !$0.allSatisfy(\.isWhitespace) }
            for start in stride(from: 0, to: max(0, lines.count - 3), by: 5) {
                let snippet = lines[start..<(start + 1 + start % 3)].joined(separator: "\n")
                // PHP outside `<?php` is template text, with no dataflow to compare.
                snippets.append(language == .php ? "<?php " + snippet : snippet)
            }
        }
        let comment = language.profile.comments.comment("checked")
        var pairs: [(String, String)] = []
        for (index, snippet) in snippets.enumerated() {
            let neighbour = snippets[(index + 1) % snippets.count]
            pairs.append((snippet, snippet))
            pairs.append((snippet, String(snippet.prefix(snippet.count * 2 / 3))))
            pairs.append((snippet, neighbour))
            pairs.append((snippet, snippet + "\n" + comment))
            pairs.append((neighbour, snippet))
        }
        return pairs
    }

    @Test("cached, uncached and often-emptied scorers give the same statistics", arguments: Language.allCases)
    func cacheChangesNoNumber(language: Language) throws {
        let pairs = try Self.pairs(for: language)
        #expect(pairs.count >= 20, "\(language) has too few demo lines")
        let cached = try CodeBLEUScorer(language: language, catalog: codeBLEUCatalog)
        let uncached = try CodeBLEUScorer(language: language, catalog: codeBLEUCatalog, cacheLimit: 0)
        let small = try CodeBLEUScorer(language: language, catalog: codeBLEUCatalog, cacheLimit: 3)
        let expected = pairs.map { uncached.statistics(reference: $0.reference, prediction: $0.prediction) }
        #expect(pairs.map { cached.statistics(reference: $0.reference, prediction: $0.prediction) } == expected)
        #expect(pairs.map { small.statistics(reference: $0.reference, prediction: $0.prediction) } == expected)
        // A second pass over warm entries, in reverse order, still gives each pair its own statistics.
        for (pair, statistics) in zip(pairs, expected).reversed() {
            #expect(cached.statistics(reference: pair.reference, prediction: pair.prediction) == statistics)
        }
        // The pairs exercise every component somewhere.
        let total = expected.reduce(.zero, +)
        #expect(total.syntaxTotal > 0 && total.syntaxMatches < total.syntaxTotal)
        if CodeBLEUScorer.hasDataflow(language) { #expect(total.dataflowTotal > 0) }
    }

    @Test("skipping the dataflow walk where no edge can survive changes no number",
          arguments: Language.allCases.filter(CodeBLEUScorer.hasDataflow))
    func edgelessShortcutChangesNoNumber(language: Language) throws {
        let pairs = try Self.pairs(for: language)
        let shortcut = try CodeBLEUScorer(language: language, catalog: codeBLEUCatalog, cacheLimit: 0)
        let full = try CodeBLEUScorer(language: language, catalog: codeBLEUCatalog, cacheLimit: 0)
        full.skipsWalkWithoutEdges = false
        for pair in pairs {
            #expect(shortcut.statistics(reference: pair.reference, prediction: pair.prediction)
                == full.statistics(reference: pair.reference, prediction: pair.prediction), "\(pair)")
        }
        // The shortcut is taken on these snippets, and not on all of them.
        #expect(shortcut.walksSkipped > 0)
        #expect(full.walksSkipped == 0)
        let total = pairs.map { full.statistics(reference: $0.reference, prediction: $0.prediction) }.reduce(.zero, +)
        #expect(total.dataflowTotal > 0)
    }
}
