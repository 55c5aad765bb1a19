import Foundation

/// What `Benchmarks/reference/reference_metrics.py` reported for one language's pairs. Read with JSONDecoder,
/// whose number parsing is correctly rounded (JSONSerialization's on Linux is not, by an ulp or two).
struct ReferenceResult: Decodable {
    var timings: [String: Double]
    var rapidfuzz: [Double]
    var fuzzywuzzy: [Int]
    var difflib: [Int]
    var levmax: [Double]
    var tokenEM: [Int]
    var crossCodeEvalES: [Int]
    var crossCodeEvalEM: [Int]
    var predictionIdentifiers: [[String]]
    var referenceIdentifiers: [[String]]
    var pythonKeywordsMatch: Bool?
    /// Per pair: codebleu, ngram, weighted ngram, syntax, dataflow.
    var codeBLEUSentences: [[Double]]?
    var codeBLEUCorpus: [Double]?

    enum CodingKeys: String, CodingKey {
        case timings, rapidfuzz, fuzzywuzzy, difflib, levmax
        case tokenEM = "token_em"
        case crossCodeEvalES = "cceval_es"
        case crossCodeEvalEM = "cceval_em"
        case predictionIdentifiers = "prediction_identifiers"
        case referenceIdentifiers = "reference_identifiers"
        case pythonKeywordsMatch = "python_keywords_match"
        case codeBLEUSentences = "codebleu_sentences"
        case codeBLEUCorpus = "codebleu_corpus"
    }

    /// Runs the reference script in the virtual environment, one core, `PYTHONHASHSEED=0`.
    static func run(python: String, script: String, pairs: String, keywords: String, codeBLEULanguage: String?,
                    esRepeats: Int, codeBLEURepeats: Int, output: String) throws -> ReferenceResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, "--pairs", pairs, "--out", output, "--keywords", keywords,
                             "--codebleu-language", codeBLEULanguage ?? "none",
                             "--es-repeats", "\(esRepeats)", "--codebleu-repeats", "\(codeBLEURepeats)"]
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONHASHSEED"] = "0"
        environment["OMP_NUM_THREADS"] = "1"
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkError("the reference script failed (status \(process.terminationStatus)) on \(pairs)")
        }
        return try JSONDecoder().decode(ReferenceResult.self, from: Data(contentsOf: URL(fileURLWithPath: output)))
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
