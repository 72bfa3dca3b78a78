import Testing
@testable import Extraction

struct QuoteExtractorTests {
    @Test func curlyQuoteWithSpeakerAfter() {
        let text = "Viktor Sumsky is a scholar. “It is symbolic that all member states came here,” Sumsky said."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.quotes.map(\.text) == ["It is symbolic that all member states came here"])
        #expect(quoteSpeakers(text) == ["Viktor Sumsky"])
        if let quote = analysis.quotes.first { #expect(slice(text, quote.span) == quote.text) }
    }

    @Test func speakerBeforeTheQuotation() {
        #expect(quoteSpeakers("As noted by S.V. Lavrov, ASEAN and Russia have “a similar vision of the world order”.") == ["S.V. Lavrov"])
        #expect(quoteSpeakers("According to Sergey Lavrov, \"economic aspects should be central to the contacts.\"") == ["Sergey Lavrov"])
    }

    @Test func pronounResolvesToTheLastPerson() {
        let text = "Ambassador Nikolai Ostapenko opened the event.\n\n“It is important that this meeting took place,” he added."
        #expect(quoteSpeakers(text) == ["Nikolai Ostapenko"])
    }

    @Test func quotationContinuedOverParagraphs() {
        let text = "She added: “I would also mention education. Many students come to Russia.\n\n“That number could double by 2030.”"
        let analysis = DocumentAnalyzer.analyze("Elena Varfolomeeva, a senior research fellow, spoke. " + text)
        #expect(analysis.quotes.count == 2)
        #expect(analysis.quotes.allSatisfy { $0.speakerIndex.map { analysis.entities[$0].name } == "Elena Varfolomeeva" })
    }

    @Test func scareQuotesAreNoQuotations() {
        let text = "New schemes like “QUAD” and “QUAD plus” and the “rules-based order” and “War on the Rocks” are here."
        #expect(DocumentAnalyzer.analyze(text).quotes.isEmpty)
    }

    @Test func unattributedQuotationHasNoSpeaker() {
        #expect(quoteSpeakers("The region became “a region of durable peace and stability” as written in the Charter.") == [nil])
    }

    @Test func guillemets() {
        let text = "По словам посла Николая Остапенко, «культура — самая короткая дорога между народами»."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.quotes.map(\.text) == ["культура — самая короткая дорога между народами"])
        #expect(quoteSpeakers(text) == ["Николая Остапенко"])
    }
}

struct QuoteAttributionEdgeTests {
    @Test func organisationAsSubjectSpeaks() {
        #expect(quoteSpeakers("In its founding charter, the Shanghai Cooperation Organization defined itself as “a regional security body”.") == ["Shanghai Cooperation Organization"])
    }

    @Test func possessiveMentionIsNoSpeaker() {
        #expect(quoteSpeakers("The position was reaffirmed after President Vladimir Putin’s visit to Hanoi in 2006: “Both sides will strengthen their cooperation further.”") == [nil])
    }

    @Test func sourceInBracketsWins() {
        let text = "Experts agree. “The Indo-Pacific is associated with the logic of bloc diplomacy” (Sejong Institute, ROK, 30.12.22)."
        #expect(quoteSpeakers(text) == ["Sejong Institute"])
    }
}

/// Many organisation and location mentions, many "…," he said quotations, no person: attributing a pronoun
/// must not walk back over every earlier mention (timed with `extraction-eval --bench`, not here).
struct QuoteAttributionScaleTests {
    static let unit = "Officials from Jakarta, Hanoi, Bangkok and Vientiane met. \"Yes, we agree,\" he said."

    @Test func manyPronounQuotationsAndNoPersonHaveNoSpeaker() {
        let text = Array(repeating: Self.unit, count: 5_000).joined(separator: "\n\n")
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.entities.filter { $0.type == .location }.map(\.mentions.count).reduce(0, +) == 20_000)
        #expect(!analysis.entities.contains { $0.type == .person })
        #expect(analysis.quotes.count == 5_000)
        #expect(analysis.quotes.allSatisfy { $0.text == "Yes, we agree" && $0.speakerIndex == nil })
    }

    @Test func pronounFindsAPersonTwentyThousandMentionsBack() {
        let text = "Viktor Sumsky opened the meeting.\n\n" + Array(repeating: Self.unit, count: 5_000).joined(separator: "\n\n")
        let analysis = DocumentAnalyzer.analyze(text)
        let speakers = Set(analysis.quotes.map { $0.speakerIndex.map { analysis.entities[$0].name } })
        #expect(analysis.quotes.count == 5_000)
        #expect(speakers == ["Viktor Sumsky"])
    }
}

/// Titles in quotation marks are no quotations. Texts written for these tests.
struct QuotedTitleTests {
    @Test func titlesAfterANamingWordOrWithASubtitle() {
        let text = """
        The museum opened an exhibition entitled "Rivers of Gold: Borneo in Russian Collections" on Monday. \
        Выставка «Золото рек и морей Борнео» продлится месяц. Гости посмотрели фильм "Как мы строили мост через реку".
        The curator said: "We waited ten years for this show, and it was worth it."
        """
        let quotes = DocumentAnalyzer.analyze(text).quotes.map(\.text)
        #expect(quotes == ["We waited ten years for this show, and it was worth it."])
    }

    @Test func aHeadlineQuotationBeforeAColonStaysAQuotation() {
        let text = "\"Our students come with a plan\": an interview with rector Olga Vetrova\n\nThe centre opened in May."
        #expect(DocumentAnalyzer.analyze(text).quotes.count == 1)
    }
}
