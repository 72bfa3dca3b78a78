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
