/// The settings that change a score.
public struct ScoringOptions: Sendable, Equatable, Codable {
    public var postProcessing: PostProcessing
    public var editSimilarityBackend: EditSimilarityBackend
    public var codeBLEU: CodeBLEUSetup
    /// Whether to compute CodeBLEU at all (it needs the compiled grammars).
    public var includesCodeBLEU: Bool

    public init(postProcessing: PostProcessing = .none, editSimilarityBackend: EditSimilarityBackend = .indel,
                codeBLEU: CodeBLEUSetup = CodeBLEUSetup(), includesCodeBLEU: Bool = true) {
        self.postProcessing = postProcessing
        self.editSimilarityBackend = editSimilarityBackend
        self.codeBLEU = codeBLEU
        self.includesCodeBLEU = includesCodeBLEU
    }
}

/// Every metric of one prediction against its groundtruth.
public struct CompletionScores: Sendable {
    /// CrossCodeEval's exact match (comment-stripped line lists).
    public var exactMatch: Bool
    /// Whitespace-token exact match (RepoBench, CodeXGLUE).
    public var tokenExactMatch: Bool
    /// CrossCodeEval's edit similarity, the `fuzz.ratio` integer 0–100.
    public var editSimilarity: Int
    /// `1 − Levenshtein / max length` on the stripped strings, 0–1.
    public var levenshteinSimilarity: Double
    public var identifier: IdentifierMatch
    /// Sentence-level CodeBLEU; nil for a language CodeBLEU does not cover or when it was not computed.
    public var codeBLEU: CodeBLEUValues?
    /// The pair's CodeBLEU statistics, for corpus scores.
    public var codeBLEUTally: CodeBLEUTally?

    public init(exactMatch: Bool, tokenExactMatch: Bool, editSimilarity: Int, levenshteinSimilarity: Double,
                identifier: IdentifierMatch, codeBLEU: CodeBLEUValues? = nil, codeBLEUTally: CodeBLEUTally? = nil) {
        self.exactMatch = exactMatch
        self.tokenExactMatch = tokenExactMatch
        self.editSimilarity = editSimilarity
        self.levenshteinSimilarity = levenshteinSimilarity
        self.identifier = identifier
        self.codeBLEU = codeBLEU
        self.codeBLEUTally = codeBLEUTally
    }
}

/// Scores completions of one language: the library entry point.
///
/// ```swift
/// let scorer = try CompletionScorer(language: .python, catalog: try GrammarCatalog.locate())
/// let scores = try scorer.score(prediction: "return x + 1", reference: "return x + 2")
/// ```
///
/// What each metric sees (as the reference tools do):
/// - EM, ES and identifier match: the post-processed prediction and the groundtruth, both through
///   `CrossCodeEvalComments.remove` (ES strips them too);
/// - token EM and `1 − Lev/max`: the post-processed prediction and the groundtruth, comments kept
///   (`1 − Lev/max` on stripped strings);
/// - CodeBLEU: the post-processed prediction and the groundtruth, which it strips and de-comments itself.
///
/// Holds parsers: not shareable, one per task.
public final class CompletionScorer {
    public let language: Language
    public let options: ScoringOptions
    private let postProcessor: PostProcessor
    private let codeBLEU: CodeBLEUPairScorer?

    /// `catalog` is needed for CodeBLEU and for CrossCodeEval's Python post-processing; without it CodeBLEU
    /// is left out.
    public init(language: Language, options: ScoringOptions = ScoringOptions(), catalog: GrammarCatalog?) throws {
        self.language = language
        self.options = options
        postProcessor = PostProcessor(rule: options.postProcessing, catalog: catalog)
        if options.includesCodeBLEU, let catalog, CodeBLEUPairScorer.isAvailable(for: language) {
            codeBLEU = try CodeBLEUPairScorer(language: language, catalog: catalog)
        } else {
            codeBLEU = nil
        }
    }

    /// Whether scores of this scorer carry CodeBLEU.
    public var computesCodeBLEU: Bool { codeBLEU != nil }

    /// Scores a prediction. `prompt` is the code before the completion, used by CrossCodeEval's Python rule.
    public func score(prediction: String, reference: String, prompt: String = "") throws -> CompletionScores {
        let prediction = try postProcessor.apply(prediction, prompt: prompt, language: language)
        return scorePostProcessed(prediction: prediction, reference: reference)
    }

    /// Scores a prediction that is already post-processed.
    public func scorePostProcessed(prediction: String, reference: String) -> CompletionScores {
        let strippedPrediction = CrossCodeEvalComments.remove(prediction)
        let strippedReference = CrossCodeEvalComments.remove(reference)
        var scores = CompletionScores(
            exactMatch: ExactMatch.linesMatch(strippedPrediction, strippedReference),
            tokenExactMatch: ExactMatch.whitespaceTokens(prediction: prediction, reference: reference),
            editSimilarity: EditSimilarity.fuzzRatio(PythonText.strip(strippedPrediction),
                                                     PythonText.strip(strippedReference),
                                                     backend: options.editSimilarityBackend),
            levenshteinSimilarity: EditSimilarity.levenshteinSimilarity(PythonText.strip(prediction),
                                                                        PythonText.strip(reference)),
            identifier: IdentifierMatch(prediction: strippedPrediction, reference: strippedReference,
                                        language: language))
        if let codeBLEU,
           let sentence = codeBLEU.score(reference: reference, prediction: prediction, setup: options.codeBLEU)
        {
            scores.codeBLEUTally = sentence.tally
            scores.codeBLEU = sentence.values
        }
        return scores
    }
}
