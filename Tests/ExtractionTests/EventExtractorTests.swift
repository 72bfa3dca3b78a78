import Testing
@testable import Extraction

struct EventExtractorTests {
    @Test func summitWithDatePlaceAndParticipants() {
        let text = "Of special importance was the first Russia-ASEAN Summit, held on December 13, 2005 in Kuala Lumpur, Malaysia."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.events.count == 1)
        guard let event = analysis.events.first else { return }
        #expect(event.kind == "summit")
        #expect(event.date.iso == "2005-12-13")
        #expect(event.placeIndex.map { analysis.entities[$0].name } == "Kuala Lumpur")
        #expect(Set(event.participantIndices.map { analysis.entities[$0].name }).isSuperset(of: ["Russia", "ASEAN"]))
        #expect(event.span == analysis.sentences[0].span)
    }

    @Test func rangeGivesAnEndDateAndEachDateItsTrigger() {
        let text = "The leaders signed the accord in 2001. The third summit is to be held in Sochi on May 19-20, 2016."
        let events = DocumentAnalyzer.analyze(text).events
        #expect(events.map(\.kind) == ["signing", "summit"])
        #expect(events.last?.endDate?.iso == "2016-05-20")
    }

    @Test func datesWithoutAHappeningMakeNoEvent() {
        #expect(DocumentAnalyzer.analyze("Trade reached $17.5 billion in 2013. The plan covers 2021-2025.").events.isEmpty)
    }
}

struct EventPeriodTests {
    @Test func periodsAndTermsAreNoEvents() {
        let text = "The summit adopted the 2005-2015 Comprehensive Program of Action. Laos holds the chair for 2024 and meetings follow."
        #expect(DocumentAnalyzer.analyze(text).events.isEmpty)
    }
}

/// Years that date a state, a comparison or a statistic make no event; scheduled years and "took place" do.
struct EventDatingTests {
    func isoDates(_ text: String) -> [String] { DocumentAnalyzer.analyze(text).events.map(\.date.iso) }

    @Test func sinceFromAndStatisticYearsAreNoEvents() {
        #expect(isoDates("The two banks have held talks since 2019.").isEmpty)
        #expect(isoDates("At the meeting, exports reached $3.1 billion in 2023, up 9% from 2022.").isEmpty)
    }

    @Test func scheduledYearsAndTookPlaceAreEvents() {
        #expect(isoDates("The ministers hope to sign it before the summit planned for 2031.") == ["2031"])
        #expect(isoDates("The book fair took place in Hue on 4–6 March 2030.") == ["2030-03-04"])
        #expect(isoDates("Many good things took place in 2030.").isEmpty)
    }

    @Test func aGenericTriggerAddsNoSecondEventToADate() {
        let dates = isoDates("The first drill was held on 2 May 2029. The naval exercise on 2 May 2029 went well.")
        #expect(dates == ["2029-05-02"])
    }
}
