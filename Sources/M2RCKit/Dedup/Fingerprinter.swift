/// What dedup keeps of a file once its bytes are read: about 1 KiB with the default 256 permutations.
public struct DocumentFingerprint: Sendable, Equatable {
    /// SHA-256 of the normalised content (exact dedup).
    public let digest: ContentDigest
    /// Tokens in the file (`Shingles`).
    public let tokens: Int
    /// nil when the file has too few tokens for a shingle: it takes no part in near dedup.
    public let signature: MinHashSignature?

    public init(digest: ContentDigest, tokens: Int, signature: MinHashSignature?) {
        self.digest = digest
        self.tokens = tokens
        self.signature = signature
    }
}

/// Computes fingerprints, one file at a time or many in parallel. A fingerprint depends only on the file's bytes
/// and the settings, so how the work is spread never changes a result.
public struct Fingerprinter: Sendable {
    public let settings: DedupSettings
    public let hasher: MinHasher

    public init(settings: DedupSettings) {
        self.settings = settings
        hasher = MinHasher(permutations: settings.permutations, seed: settings.seed)
    }

    public func fingerprint(of content: [UInt8]) -> DocumentFingerprint {
        let normalized = ContentNormalization.normalized(content)
        // Normalisation only moves separator bytes, never joins or splits a token, so the normalised text has the
        // same shingles as the original.
        let shingles = Shingles.hashes(of: normalized, ngram: settings.ngram, minTokens: settings.minTokens)
        return DocumentFingerprint(digest: ContentDigest(sha256Of: normalized), tokens: shingles.tokens,
                                   signature: shingles.hashes.isEmpty ? nil : hasher.signature(of: shingles.hashes))
    }

    /// Fingerprints of `contents`, in their order, computed by at most `parallelism` tasks at a time.
    public func fingerprints(of contents: [[UInt8]], parallelism: Int) async -> [DocumentFingerprint] {
        // No child can throw (no cancellation checks on this path), so neither can the group.
        try! await batched(count: contents.count, parallelism: parallelism) { range in
            range.map { fingerprint(of: contents[$0]) }
        }
    }

    /// Fingerprints of documents 0..<count, in index order, with `content(i)` read inside the worker tasks (so a
    /// caller can read blobs lazily and never hold every file at once). Stops with the first error, or with
    /// `CancellationError` when the task is cancelled.
    public func fingerprints(count: Int, parallelism: Int,
                             content: @escaping @Sendable (Int) throws -> [UInt8]) async throws -> [DocumentFingerprint] {
        try await batched(count: count, parallelism: parallelism) { range in
            try range.map { index in
                try Task.checkCancellation()
                return fingerprint(of: try content(index))
            }
        }
    }

    /// Runs `work` over consecutive batches of 0..<count with at most `parallelism` child tasks at a time, and
    /// places each batch's results by index, so the output never depends on which task finished first.
    private func batched(count: Int, parallelism: Int,
                         work: @escaping @Sendable (Range<Int>) throws -> [DocumentFingerprint]) async throws
        -> [DocumentFingerprint] {
        guard count > 0 else { return [] }
        let width = max(1, parallelism)
        // Enough batches to balance uneven file sizes, few enough that task overhead stays negligible.
        let batchSize = max(1, min(32, count / (width * 8)))
        var results = [DocumentFingerprint?](repeating: nil, count: count)
        try await withThrowingTaskGroup(of: (Int, [DocumentFingerprint]).self) { group in
            var nextStart = 0
            func submitBatch() {
                let batch = nextStart..<min(count, nextStart + batchSize)
                nextStart = batch.upperBound
                group.addTask { (batch.lowerBound, try work(batch)) }
            }
            while nextStart < count, nextStart < width * batchSize { submitBatch() }
            while let (start, batch) = try await group.next() {
                for (offset, print) in batch.enumerated() { results[start + offset] = print }
                if nextStart < count { submitBatch() }
            }
        }
        return results.map { $0! }
    }
}
