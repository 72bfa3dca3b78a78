import Testing
@testable import Extraction

/// Header lines that name an outlet with its date or several authors, worded date ranges, and the
/// happenings that date a sentence. Texts written for these tests.
struct HeaderAndEventTests {
    @Test func anOutletLineWithADateGivesPublisherAndDate() {
        let text = """
        Harbour cranes arrive in Sihanoukville

        By Lena Voskresenskaya
        Gulf Shipping Letter, 4 March 2025

        The cranes were unloaded on Monday. The port closes for maintenance on 20 March.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.metadata.publisher?.value == "Gulf Shipping Letter")
        #expect(analysis.metadata.published?.value.iso == "2025-03-04")
        // The year of "20 March" comes from the publication date.
        #expect(analysis.dates.contains { $0.start.iso == "2025-03-20" })
    }

    @Test func anOutletHeaderWithABarIsNoTitle() {
        let text = """
        The Penang Ledger | Business

        Chip makers look north

        By Farah Aziz
        The Penang Ledger | 3 June 2025

        Exports rose.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.metadata.title?.value == "Chip makers look north")
        #expect(analysis.metadata.publisher?.value == "The Penang Ledger")
        #expect(analysis.metadata.published?.value.iso == "2025-06-03")
    }

    @Test func aDatelineWithDateAndAgency() {
        let text = """
        Ferry link to open

        CEBU, 2 February 2026 (Visayas Wire) – A ferry company said on Monday it would open a route.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.metadata.dateline?.value == "CEBU")
        #expect(analysis.metadata.published?.value.iso == "2026-02-02")
        #expect(analysis.metadata.publisher?.value == "Visayas Wire")
        #expect(analysis.entity(named: "Visayas Wire")?.type == .organization)
    }

    @Test func aLineOfNamesJoinedByAndListsEveryAuthor() {
        let text = """
        Deep water, shallow trust

        Rahmat Hidayat and Oksana Veretennikova
        Kepri Maritime Institute, Batam

        The study looks at ports.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.metadata.authors.map(\.value) == ["Rahmat Hidayat", "Oksana Veretennikova"])
    }

    @Test func wordedDayRangesAreRanges() {
        let analysis = DocumentAnalyzer.analyze("The drill ran from 18 to 20 November 2024 and the fair between 3 and 5 May 2025.")
        let values = analysis.dates.map { $0.start.iso + ($0.end.map { "/" + $0.iso } ?? "") }
        #expect(values == ["2024-11-18/2024-11-20", "2025-05-03/2025-05-05"])
    }

    @Test func beginningsClosingsAndDisastersAreHappenings() {
        let text = """
        The photo festival began in Yangon in March 2016. Its last edition closes in Hue on 9 June 2024. \
        The bridge collapsed in August 2019.
        """
        let kinds = DocumentAnalyzer.analyze(text).events.map { "\($0.date.iso) \($0.kind)" }
        #expect(kinds == ["2016-03 opening", "2024-06-09 closing", "2019-08 disaster"])
    }

    @Test func aDialoguePartnershipIsNoMeeting() {
        let events = DocumentAnalyzer.analyze("In 1996 Russia became a full dialogue partner of the bloc.").events
        #expect(!events.contains { $0.kind == "meeting" })
    }
}

/// Weekdays dated from the document's day, and month ranges. Texts written for these tests.
struct WeekdayAndRangeTests {
    func values(_ text: String) -> [String] {
        DocumentAnalyzer.analyze(text).dates.map { $0.start.iso + ($0.end.map { "/" + $0.iso } ?? "") }
    }

    @Test func civilDaysAndWeekdays() {
        #expect(CivilDay.weekday(CivilDay.number(year: 2025, month: 9, day: 18)) == 4)   // a Thursday
        #expect(CivilDay.weekday(CivilDay.number(year: 2000, month: 2, day: 29)) == 2)   // a Tuesday
        let n = CivilDay.number(year: 2024, month: 12, day: 31)
        #expect(CivilDay.date(n + 1) == (2025, 1, 1))
    }

    @Test func weekdaysCountFromThePublicationDay() {
        let text = """
        Port news

        By Ana Reyes
        Harbour Letter, 18 September 2025

        The ship docked early on Thursday. Talks ended on Monday, and the minister will visit on Friday. Last Sunday was quiet.
        """
        let dates = values(text)
        #expect(dates.contains("2025-09-18"))   // the same Thursday
        #expect(dates.contains("2025-09-15"))   // the Monday before
        #expect(dates.contains("2025-09-19"))   // the Friday to come
        #expect(dates.contains("2025-09-14"))   // last Sunday
    }

    @Test func weekdaysWithoutADayToCountFromAreNoDates() {
        #expect(values("The ship docked on Thursday in 2025.") == ["2025"])
    }

    @Test func monthRanges() {
        #expect(values("Trade grew in January-September 2025 and in October 2025–January 2026.") == ["2025-01/2025-09", "2025-10/2026-01"])
    }
}

/// Happenings dated by an action verb rather than a named event, and the dates that name none. Texts written for these tests.
struct ActionEventTests {
    func events(_ text: String) -> [String] { DocumentAnalyzer.analyze(text).events.map(\.date.iso) }

    @Test func actionVerbsDateHappenings() {
        let text = """
        Western sanctions imposed in 2022 grounded part of the fleet. The two capitals amended the air services accord in \
        March 2024. The carrier would fly to Da Nang from 12 December 2025.
        """
        #expect(events(text) == ["2022", "2024-03", "2025-12-12"])
    }

    @Test func statementsOnAWeekdayAndActsThatAreReportingVerbs() {
        let text = """
        Harbour news

        Mekong Letter, 5 March 2026

        The governor urged investors on Wednesday to build a port. Laos recognised the new state in December 1991. \
        After the invasion of the island in May 1975, trade stopped. Analysts said in 2024 that prices would fall.
        """
        // The rules date the three happenings and leave the analysts' statement aside. (Whether the event model adds the
        // statement is the model's call: several annotated sets count a dated statement as an event, and the model
        // retrained on 184 documents in session 13 does.)
        let rules = DocumentAnalyzer.analyze(text, eventModel: nil, entityModel: nil).analysis.events.map(\.date.iso)
        #expect(rules == ["2026-03-04", "1991-12", "1975-05"])
        let dates = DocumentAnalyzer.analyze(text).events.map(\.date.iso)
        #expect(Array(dates.prefix(3)) == ["2026-03-04", "1991-12", "1975-05"])
    }

    @Test func targetsDataAndAsidesAreNoHappenings() {
        let text = """
        The plan aims to triple exports by 2030. The port recorded 406 calls in 2024. Between 1964 and 1973 the river \
        was closed. The year 2005 was busy.
        """
        // The rules date none of them. (Whether "recorded 406 calls in 2024" is a dated happening is the event model's
        // call: the model retrained on 214 documents in session 14 counts it, as some annotated sets count such records.)
        #expect(DocumentAnalyzer.analyze(text, eventModel: nil, entityModel: nil).analysis.events.isEmpty)
        #expect(events(text).allSatisfy { $0 == "2024" })
    }

    /// The rules leave a backstory aside undated. (Whether the event model dates it is the model's call: annotators
    /// differ on such moves, and a retrained model may too.)
    @Test func theRulesLeaveAnAsideUndated() {
        let text = "Lena Orlova, who moved to Da Nang in 2015, runs a school."
        #expect(DocumentAnalyzer.analyze(text, eventModel: nil, entityModel: nil).analysis.events.isEmpty)
    }

    @Test func wordedRangesAcrossMonthsAndAdjacentDays() {
        let analysis = DocumentAnalyzer.analyze("Work ran from 10 October to 26 November 2025. On 15 and 16 November 2025 we test.")
        let values = analysis.dates.map { $0.start.iso + ($0.end.map { "/" + $0.iso } ?? "") }
        #expect(values == ["2025-10-10/2025-11-26", "2025-11-15/2025-11-16"])
    }
}
