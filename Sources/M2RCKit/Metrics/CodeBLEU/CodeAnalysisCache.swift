/// What CodeBLEU's syntax and dataflow matches need of one source, once comments are removed.
struct CodeAnalysis {
    /// False when the parser gave no tree: a pair with such a string gets no syntax or dataflow statistics.
    let parsed: Bool
    /// The key of every subtree (the root and every node with children), ids of the cache's `subtreeKeys` interner.
    let subtrees: [UInt32]
    /// `normalize_dataflow`'s edges, ids of the cache's `edgeKeys` interner; empty when the language has no
    /// dataflow rules; nil until some pair needs them (a hypothesis's edges count only against a reference that
    /// has edges, and most references of completion fragments have none).
    var edges: [UInt32]?

    static let unparsed = CodeAnalysis(parsed: false, subtrees: [], edges: [])
}

/// What CodeBLEU needs of one (stripped) string: its n-gram profile, and the id of its code after comment removal.
struct TextAnalysis {
    let ngrams: NGramProfile
    let code: Int32
}

/// Remembers, per distinct string a scorer has seen, its n-gram profile, its code after comment removal and that
/// code's analysis, so a string that comes again (a reference scored against several predictions or models, a
/// prediction that repeats its reference, a common line such as `}` or `return;`) is neither split, cleaned nor
/// parsed again.
///
/// Every entry is a function of its string alone, and ids are only compared for equality, so the cache changes no
/// number. `limit` bounds its memory: when it holds more distinct strings than that, it starts again empty.
struct CodeAnalysisCache {
    let limit: Int
    private var texts = ByteInterner()
    private var textAnalyses: [TextAnalysis] = []
    private var codes = ByteInterner()
    private var codeAnalyses: [CodeAnalysis?] = []
    /// Interns whitespace tokens for every n-gram profile in the cache.
    private(set) var tokens = ByteInterner()
    /// Per token id, whether the token is one of the language's keywords (weight 1 in the weighted n-gram match).
    private var tokenIsKeyword: [Bool] = []
    /// Interns subtree keys for every analysis in the cache, so keys compare across strings as integers.
    var subtreeKeys = SequenceInterner()
    /// Interns normalised dataflow edges, so edges compare across strings as integers.
    var edgeKeys = SequenceInterner()

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// Empties the cache when it holds more than `limit` strings; called between pairs, never within one.
    mutating func trim() {
        guard texts.count > limit else { return }
        texts.removeAll()
        textAnalyses.removeAll(keepingCapacity: true)
        codes.removeAll()
        codeAnalyses.removeAll(keepingCapacity: true)
        tokens.removeAll()
        tokenIsKeyword.removeAll(keepingCapacity: true)
        subtreeKeys.removeAll()
        edgeKeys.removeAll()
    }

    /// The analysis of a stripped string; the first time it is seen, its n-gram profile is built and its comments
    /// are removed with `clean`.
    mutating func text(_ text: UnsafeBufferPointer<UInt8>, keywords: ByteInterner, scratch: inout NGramScratch,
                       clean: ([UInt8]) -> [UInt8]) -> TextAnalysis
    {
        let known = texts.count
        let id = texts.intern(text)
        if Int(id) < known { return textAnalyses[Int(id)] }
        let bytes = Array(text)
        let ngrams = NGramProfile(bytes, tokens: &tokens, keywords: keywords, isKeyword: &tokenIsKeyword,
                                  scratch: &scratch)
        let code = clean(bytes)
        let codeID = code.withUnsafeBufferPointer { codes.intern($0) }
        if Int(codeID) == codeAnalyses.count { codeAnalyses.append(nil) }
        let analysis = TextAnalysis(ngrams: ngrams, code: codeID)
        textAnalyses.append(analysis)
        return analysis
    }

    /// The analysis of a code id, computed by `analyse` the first time it is asked for; with `edges` computed
    /// (by `analyse` again, on a tree it parses afresh) when `withEdges` asks for them and they are still missing.
    mutating func code(_ id: Int32, withEdges: Bool,
                       analyse: (_ code: [UInt8], _ withEdges: Bool, _ cache: inout CodeAnalysisCache) -> CodeAnalysis)
        -> CodeAnalysis
    {
        if let known = codeAnalyses[Int(id)], known.edges != nil || !withEdges || !known.parsed { return known }
        let computed = analyse(Array(codes.bytes(of: id)), withEdges, &self)
        codeAnalyses[Int(id)] = computed
        return computed
    }
}
