import Testing
@testable import Extraction

struct RobustnessTests {
    @Test(arguments: ["", " ", "\n\n\n", "\u{FEFF}", "“", "\"", "«»", "1.", "(", "ASEAN (", "Mr.", "$", "45%-", "July", "S.V.", "—"])
    func tinyAndBrokenInputs(text: String) {
        let analysis = DocumentAnalyzer.analyze(text)
        let count = text.unicodeScalars.count
        for sentence in analysis.sentences { #expect(sentence.span.start >= 0 && sentence.span.end <= count) }
    }

    @Test func cyrillicOnlyText() {
        let text = "Посол России Николай Остапенко открыл выставку в Куала-Лумпуре 25 сентября 2024 года."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.metadata.language == "ru")
        #expect(analysis.dates.map(\.start.iso) == ["2024-09-25"])
        #expect(analysis.entity(named: "Kuala Lumpur") != nil)
    }

    @Test func everySpanMatchesItsText() {
        let text = "Russian Foreign Minister Sergey Lavrov visited Hanoi on July 1, 2014. “The road map should become a list of projects,” Lavrov said. Trade reached $17.5 billion."
        let analysis = DocumentAnalyzer.analyze(text)
        for entity in analysis.entities { for mention in entity.mentions { #expect(slice(text, mention.span) == mention.surface) } }
        for date in analysis.dates { #expect(slice(text, date.span) == date.text) }
        for figure in analysis.figures { #expect(slice(text, figure.span) == figure.text) }
        for quote in analysis.quotes { #expect(slice(text, quote.span) == quote.text) }
    }

    @Test func oneMegabyteSingleLineIsLinear() {
        let unit = "Russian Foreign Minister Sergey Lavrov met ASEAN partners in Vientiane on July 26, 2024 and said “we agree on the main points of the plan,” adding that trade reached $17.5 billion. "
        let text = String(repeating: unit, count: 1_000_000 / unit.utf8.count + 1)
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.paragraphs.count == 1)
        #expect(analysis.sentences.count > 5000)
        #expect(analysis.entity(named: "Sergey Lavrov") != nil)
    }
}
