import Foundation

/// Scores a document's terms against the corpus (TF-IDF) to find the ones that characterise it.
public enum KeywordScorer {
    public static func keywords(termCounts: [String: Int], documentFrequency: [String: Int], documentCount: Int,
                                limit: Int) -> [(term: String, score: Double)] {
        let total = Double(max(1, termCounts.values.reduce(0, +)))
        let scored = termCounts.map { term, count -> (term: String, score: Double) in
            let df = Double(max(1, documentFrequency[term] ?? 1))
            return (term, Double(count) / total * log(1 + Double(documentCount) / df))
        }
        return Array(scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }.prefix(limit))
    }
}
