import Foundation

/// Scores a sample's candidate chunks against its query.
///
/// - Jaccard: `|q ∩ d| / |q ∪ d|` over the sets of tokens (as CrossCodeEval's `jaccard_similarity`).
/// - BM25: rank_bm25's `BM25Okapi` with the candidate chunks as the corpus: `idf(t) = ln(N − n(t) + 0.5) −
///   ln(n(t) + 0.5)`, a negative idf replaced by `epsilon · mean idf` (the mean over every term of the corpus), and
///   `score(d) = Σ over the query's tokens, repeats included, idf(t) · tf(t,d)·(k1 + 1) / (tf(t,d) + k1·(1 − b +
///   b·|d| / avgdl))`, evaluated in that order of operations. A term absent from the corpus adds nothing. The mean
///   idf is summed in a fixed order of its own (rank_bm25 sums in dictionary order), so it may differ from
///   rank_bm25's in the last bits.
///
/// A query token that appears in the candidate chunk sets is found through a table indexed by token id, so scoring
/// a chunk costs one look-up per distinct token of the chunk.
struct ChunkScorer {
    let store: ChunkStore
    let vocabularySize: Int

    func scores(of candidates: [Int], query: RetrievalQuery, settings: RetrievalSettings) -> [Double] {
        // slotOf[id] = slot + 1 for the query's known tokens, 0 otherwise.
        var slotOf = [Int32](repeating: 0, count: vocabularySize)
        for (slot, id) in query.slotIDs.enumerated() { slotOf[Int(id)] = Int32(slot + 1) }
        switch settings.scoring {
        case .jaccard: return jaccard(candidates, query: query, slotOf: slotOf)
        case .bm25: return bm25(candidates, query: query, slotOf: slotOf, settings: settings)
        }
    }

    private func jaccard(_ candidates: [Int], query: RetrievalQuery, slotOf: [Int32]) -> [Double] {
        let queryCount = query.distinctCount
        return candidates.map { chunk in
            let range = store.termRange(of: chunk)
            var shared = 0
            for index in range where slotOf[Int(store.terms[index])] != 0 { shared += 1 }
            let union = queryCount + range.count - shared
            return union == 0 ? 0 : Double(shared) / Double(union)
        }
    }

    private func bm25(_ candidates: [Int], query: RetrievalQuery, slotOf: [Int32],
                      settings: RetrievalSettings) -> [Double] {
        let corpusSize = candidates.count
        var documentFrequency = [Int32](repeating: 0, count: vocabularySize)
        var corpusTerms: [Int32] = []
        var totalLength = 0
        for chunk in candidates {
            totalLength += Int(store.chunkLength[chunk])
            for index in store.termRange(of: chunk) {
                let term = Int(store.terms[index])
                if documentFrequency[term] == 0 { corpusTerms.append(Int32(term)) }
                documentFrequency[term] += 1
            }
        }
        let averageLength = Double(totalLength) / Double(corpusSize)
        func idf(_ frequency: Int32) -> Double {
            log(Double(corpusSize) - Double(frequency) + 0.5) - log(Double(frequency) + 0.5)
        }
        var idfSum = 0.0
        for term in corpusTerms { idfSum += idf(documentFrequency[Int(term)]) }
        let floor = settings.bm25Epsilon * (idfSum / Double(corpusTerms.count))
        let slotIDF: [Double] = query.slotIDs.map { id in
            let frequency = documentFrequency[Int(id)]
            guard frequency > 0 else { return 0 }
            let value = idf(frequency)
            return value < 0 ? floor : value
        }

        let k1 = settings.bm25K1, b = settings.bm25B
        var frequencies = [Int32](repeating: 0, count: query.slotIDs.count)
        return candidates.map { chunk in
            let range = store.termRange(of: chunk)
            for index in range {
                let slot = slotOf[Int(store.terms[index])]
                if slot != 0 { frequencies[Int(slot) - 1] = store.termCounts[index] }
            }
            let length = Double(store.chunkLength[chunk])
            var score = 0.0
            for slot in query.sequence where slot >= 0 && frequencies[Int(slot)] > 0 {
                let frequency = Double(frequencies[Int(slot)])
                score += slotIDF[Int(slot)]
                    * (frequency * (k1 + 1) / (frequency + k1 * (1 - b + b * length / averageLength)))
            }
            for index in range {
                let slot = slotOf[Int(store.terms[index])]
                if slot != 0 { frequencies[Int(slot) - 1] = 0 }
            }
            return score
        }
    }
}
