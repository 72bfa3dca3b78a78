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

    /// One unpunctuated "sentence" with thousands of dates and mentions: each event reads only the mentions
    /// near its date (timed with `extraction-eval --bench`; here, that every event still gets them right).
    @Test func eventsInAHugeSentenceTakeTheirNearbyEntities() {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let units = (0..<2_000).map { i in
            "officials from Hanoi and Bangkok met in Jakarta on \(months[i % 12]) \(1 + (i / 12) % 28), \(1950 + i / 336) and"
        }
        let analysis = DocumentAnalyzer.analyze(units.joined(separator: " ") + " left.")
        #expect(analysis.sentences.count == 1)
        #expect(analysis.events.count == 2_000)
        let names = analysis.entities.map(\.name)
        #expect(analysis.events.allSatisfy { event in
            event.kind == "meeting" && event.placeIndex.map { names[$0] } == "Jakarta" && event.participantIndices.map { names[$0] } == ["Hanoi", "Bangkok"]
        })
    }
}

/// Random documents assembled from the pieces that break scanners: quotes, dashes, dots, brackets,
/// numbers, months, initials, Cyrillic, line breaks. No crash, and every span stays in bounds and
/// matches its text.
struct RandomDocumentTests {
    static let pieces = ["“", "”", "\"", "«", "»", "‘", "’", "'s", "’s", "(", ")", "[", "]", ".", ",", ":", ";", "!", "?", "…",
                         "-", "–", "—", "$", "%", "US$", "USD", "1", "12", "2024", "2005-2015", "3.5", "1,000", "06.01.23",
                         "14:05", "July", "May", "13", "19-20", "November", "Mr.", "H.E.", "S.V.", "U.S.", "No.", "p.",
                         "ASEAN", "Association", "of", "Southeast", "Asian", "Nations", "Sergey", "Lavrov", "said", "he",
                         "According", "to", "Minister", "Foreign", "Russian", "the", "Treaty", "Institute", "Moscow",
                         "Hanoi", "summit", "held", "in", "on", "billion", "million", "people", "more", "than", "Москва",
                         "посла", "Николая", "сентября", "года", "http://x.org/a", "\n", "\n\n", " ", "1.", "2.", "  3."]

    @Test(arguments: 0..<40)
    func randomDocumentsKeepTheirSpans(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed) &* 7919 &+ 1)
        var text = ""
        for _ in 0..<(50 + seed * 20) {
            text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
            if generator.next() % 3 != 0 { text += " " }
        }
        let a = DocumentAnalyzer.analyze(text)
        let count = text.unicodeScalars.count
        func valid(_ span: TextSpan) -> Bool { span.start >= 0 && span.start <= span.end && span.end <= count }
        for sentence in a.sentences { #expect(valid(sentence.span)) }
        for entity in a.entities { for mention in entity.mentions { #expect(valid(mention.span) && slice(text, mention.span) == mention.surface) } }
        for date in a.dates { #expect(valid(date.span) && slice(text, date.span) == date.text) }
        for quote in a.quotes {
            #expect(valid(quote.span) && slice(text, quote.span) == quote.text)
            if let speaker = quote.speakerIndex { #expect(speaker < a.entities.count) }
        }
        for figure in a.figures { #expect(valid(figure.span)) }
        for event in a.events {
            #expect(event.sentenceIndex < a.sentences.count)
            #expect(event.participantIndices.allSatisfy { $0 < a.entities.count })
        }
        for citation in a.citations { #expect(citation.markerSpans.allSatisfy(valid)) }
    }
}
