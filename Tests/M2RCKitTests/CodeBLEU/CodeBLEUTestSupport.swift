import Foundation
import Testing
@testable import M2RCKit

/// The compiled grammars (both sets), for the CodeBLEU tests.
let codeBLEUCatalog: GrammarCatalog = {
    do {
        return try GrammarCatalog.locate()
    } catch {
        fatalError("\(error)")
    }
}()

/// A fresh scorer per test: scorers are not shareable.
func codeBLEUScorer(_ language: Language) throws -> CodeBLEUScorer {
    try CodeBLEUScorer(language: language, catalog: codeBLEUCatalog)
}

/// `codebleu-vectors.json`: golden values computed by the reference package (a copy of the shared reference file).
struct GoldenCodeBLEU: Decodable {
    struct Vector: Decodable, CustomTestStringConvertible {
        let id: String
        let lang: String
        let reference: String
        let prediction: String
        let codebleu: Double
        let ngramMatch: Double
        let weightedNgramMatch: Double
        let syntaxMatch: Double
        let dataflowMatch: Double
        let codebleuIfNoOr1: Double
        let hashSeedStable: Bool
        let observedOver40Seeds: Observed?
        let details: Details

        var testDescription: String { id }
    }

    struct Observed: Decodable {
        let codebleu: [String: Int]
        let dataflowMatch: [String: Int]

        var codebleuValues: [Double] { codebleu.keys.compactMap(Double.init).sorted() }
        var dataflowValues: [Double] { dataflowMatch.keys.compactMap(Double.init).sorted() }
    }

    struct Details: Decodable {
        let syntaxMatchCount: Int
        let syntaxTotal: Int
        let dataflowMatchCount: Int
        let dataflowTotal: Int
        let commentStrippedRef: String
        let commentStrippedHyp: String
    }

    struct Corpus: Decodable, CustomTestStringConvertible {
        let lang: String
        let references: [String]
        let predictions: [String]
        let codebleu: Double
        let ngramMatch: Double
        let weightedNgramMatch: Double
        let syntaxMatch: Double
        let dataflowMatch: Double
        let sentenceCodebleu: [Double]
        let meanOfSentenceCodebleu: Double
        let hashSeedStable: Bool
        let observedOver40Seeds: CorpusObserved?

        var testDescription: String { "\(lang) corpus" }
    }

    struct CorpusObserved: Decodable {
        let codebleu: [String: Int]
        let dataflowMatch: [String: Int]
    }

    let vectors: [Vector]
    let corpusVectors: [Corpus]

    static let file: GoldenCodeBLEU = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/codebleu-vectors.json")
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(GoldenCodeBLEU.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()
}

/// The package's language name → m2rc's.
func language(packageName: String) -> Language {
    Language(name: packageName)!
}

/// `actual` within 1e-9 of `expected`.
func close(_ actual: Double, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
    abs(actual - expected) <= tolerance
}
