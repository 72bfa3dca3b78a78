/// TF-IDF keywords: the terms that characterise one document against the corpus.
/// score = (1 + ln tf) × (ln((1 + N) / (1 + df)) + 1); ties go to the alphabetically first term.
public enum KeywordScorer {
    public static func keywords(termCounts: [String: Int], documentFrequency: [String: Int], documentCount: Int,
                                limit: Int) -> [(term: String, score: Double)] {
        keywords(termCounts: termCounts.map { ($0.key, $0.value) }, documentFrequency: documentFrequency,
                 documentCount: documentCount, limit: limit)
    }

    /// The same for a list of distinct terms with their counts. Keeps only the best `limit` while
    /// scanning, so a document costs one pass over its terms rather than a sort of all of them.
    public static func keywords(termCounts: [(term: String, count: Int)], documentFrequency: [String: Int],
                                documentCount: Int, limit: Int) -> [(term: String, score: Double)] {
        guard limit > 0 else { return [] }
        let n = Double(max(documentCount, 1))
        var best = Selection(limit: limit)
        for (term, count) in termCounts where count > 0 {
            let df = Double(max(documentFrequency[term] ?? 0, 0))
            let idf = log((1 + n) / (1 + df)) + 1
            best.offer((term: term, score: (1 + log(Double(count))) * idf))
        }
        return best.keywords
    }

    /// The best `limit` of scored terms offered one by one, in keyword order: higher score first,
    /// ties to the alphabetically first term. Selecting from the best of each part of a document's
    /// terms gives the same keywords as selecting from all of them.
    public struct Selection {
        public let limit: Int
        public private(set) var keywords: [(term: String, score: Double)] = []

        public init(limit: Int) {
            self.limit = limit
            keywords.reserveCapacity(max(0, limit) + 1)
        }

        public mutating func offer(_ candidate: (term: String, score: Double)) {
            guard limit > 0 else { return }
            if keywords.count == limit, let last = keywords.last, !Self.ranksBefore(candidate, last) { return }
            let position = keywords.firstIndex { Self.ranksBefore(candidate, $0) } ?? keywords.count
            keywords.insert(candidate, at: position)
            if keywords.count > limit { keywords.removeLast() }
        }

        static func ranksBefore(_ a: (term: String, score: Double), _ b: (term: String, score: Double)) -> Bool {
            a.score != b.score ? a.score > b.score : a.term < b.term
        }
    }
}

/// Natural logarithm without Foundation (Glibc's `log` is I/O-free but this module imports nothing).
private func log(_ x: Double) -> Double {
    guard x > 0 else { return -.infinity }
    // x = m × 2^e with m in [1, 2): ln x = e ln 2 + ln m, ln m by the atanh series.
    var m = x, e = 0.0
    while m >= 2 { m /= 2; e += 1 }
    while m < 1 { m *= 2; e -= 1 }
    let y = (m - 1) / (m + 1), y2 = y * y
    var term = y, sum = 0.0, k = 1.0
    for _ in 0..<30 { sum += term / k; term *= y2; k += 2 }
    return e * 0.6931471805599453 + 2 * sum
}
