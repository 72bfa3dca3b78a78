import Testing
@testable import Extraction

struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        DocumentAnalyzer.analyze(text).sentenceTexts(text)
    }

    @Test(arguments: [
        "In his opening remarks H.E. Mr. Alexander Ivanov spoke first. He was brief.",
        "As noted by S.V. Lavrov, the parties agree. They signed.",
        "Trade with the U.S. grew by 2.5 percent in 2013. It fell later.",
        "See No. 5 of the list and p. 84 of the book. Then stop.",
        "Mr. Smith met Dr. Jones and Prof. Ivanova in St. Petersburg. They talked.",
        "The e.g. case and the i.e. case are both fine. Another one.",
    ])
    func abbreviationsAndDecimalsDoNotSplit(text: String) {
        #expect(split(text).count == 2)
    }

    @Test func footnoteMarkerStaysWithItsSentence() {
        let text = "Both parties expressed their support overtime.2 Under current conditions, Russia acts."
        #expect(split(text) == ["Both parties expressed their support overtime.2", "Under current conditions, Russia acts."])
    }

    @Test func closingQuoteStaysWithItsSentence() {
        let text = "He said: “It is done.” Then he left."
        #expect(split(text) == ["He said: “It is done.”", "Then he left."])
    }

    @Test func lineBreaksSeparateHeaderLines() {
        let text = "A title line\nby Ksenia Muratshina on 13 Aug 2024\n\nBody text here. More body."
        #expect(split(text) == ["A title line", "by Ksenia Muratshina on 13 Aug 2024", "Body text here.", "More body."])
    }

    @Test func spansPointIntoTheText() {
        let text = "Первое предложение. Second one — with “quotes”! Третье?"
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.sentenceTexts(text) == ["Первое предложение.", "Second one — with “quotes”!", "Третье?"])
        #expect(analysis.sentences.allSatisfy { $0.paragraphIndex == 0 })
    }
}
