/// TF-IDF keywords: the terms that characterise one document against the corpus.
/// score = (1 + ln tf) × (ln((1 + N) / (1 + df)) + 1); ties go to the alphabetically first term.
public enum KeywordScorer {
    public static func keywords(termCounts: [String: Int], documentFrequency: [String: Int], documentCount: Int,
                                limit: Int) -> [(term: String, score: Double)] {
        guard limit > 0 else { return [] }
        let n = Double(max(documentCount, 1))
        var scored: [(term: String, score: Double)] = []
        scored.reserveCapacity(termCounts.count)
        for (term, count) in termCounts where count > 0 {
            let df = Double(max(documentFrequency[term] ?? 0, 0))
            let idf = log((1 + n) / (1 + df)) + 1
            scored.append((term, (1 + log(Double(count))) * idf))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
        return Array(scored.prefix(limit))
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
