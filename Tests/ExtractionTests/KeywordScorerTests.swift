import Testing
@testable import Extraction

struct KeywordScorerTests {
    @Test func rareTermsWinAndTiesAreAlphabetical() {
        let keywords = KeywordScorer.keywords(termCounts: ["asean": 10, "fisheries": 3, "vientiane": 3, "russia": 3],
                                              documentFrequency: ["asean": 5, "fisheries": 1, "vientiane": 1, "russia": 5],
                                              documentCount: 5, limit: 3)
        #expect(keywords.map(\.term) == ["fisheries", "vientiane", "asean"])
        #expect(keywords[0].score == keywords[1].score)
    }

    @Test func termCountsSkipStopWordsAndURLs() {
        let counts = DocumentAnalyzer.analyze("The fisheries of the region and fisheries https://x.org/fisheries-data").termCounts
        #expect(counts["fisheries"] == 2)
        #expect(counts["the"] == nil)
    }
}

struct KeywordSelectionTests {
    /// Keeping the best `limit` while scanning must pick exactly what sorting every term would.
    @Test func keepsTheSameTermsAsAFullSort() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let terms = (0..<Int.random(in: 0...60, using: &generator)).map { "t\($0 % 37)x\($0)" }
            let counts = terms.map { ($0, Int.random(in: 1...4, using: &generator)) }
            let frequency = Dictionary(uniqueKeysWithValues: terms.map { ($0, Int.random(in: 0...5, using: &generator)) })
            let limit = Int.random(in: 1...15, using: &generator)
            let picked = KeywordScorer.keywords(termCounts: counts.map { (term: $0.0, count: $0.1) },
                                                documentFrequency: frequency, documentCount: 5, limit: limit)
            let all = KeywordScorer.keywords(termCounts: counts.map { (term: $0.0, count: $0.1) },
                                             documentFrequency: frequency, documentCount: 5, limit: 1_000)
            let sorted = all.sorted { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
            #expect(picked.map(\.term) == sorted.prefix(limit).map(\.term))
            #expect(all.map(\.term) == sorted.map(\.term))
        }
    }
}
