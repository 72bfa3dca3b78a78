import Testing
@testable import Extraction

struct DateExtractorTests {
    func isos(_ text: String, published: PartialDate? = nil) -> [String] {
        DateExtractor.mentions(in: text, published: published).map { $0.start.iso + ($0.end.map { "/" + $0.iso } ?? "") }
    }

    @Test(arguments: [
        ("held on December 13, 2005 in Kuala Lumpur", "2005-12-13"),
        ("by Ksenia Muratshina on 13 Aug 2024 0 Comment", "2024-08-13"),
        ("Network of Think Tanks 19-20 November 2020", "2020-11-19/2020-11-20"),
        ("adopted the 2005-2015 Comprehensive Program", "2005/2015"),
        ("In 2004, Russia joined the Treaty", "2004"),
        ("(Chonnam National University, ROK, 06.01.23)", "2023-01-06"),
        ("the naval exercise on 1–3 December 2021 off Belawan", "2021-12-01/2021-12-03"),
        ("the updated agreement signed in May, 2024, on taxation", "2024-05"),
        ("открытие состоялось 25 сентября 2024 года", "2024-09-25"),
        ("the 1990s were difficult", "1990/1999"),
        ("published 2024-09-27 online", "2024-09-27"),
    ])
    func normalisesWrittenDates(text: String, iso: String) {
        #expect(isos(text) == [iso])
    }

    @Test func qualifierIsKept() {
        let mention = DateExtractor.mentions(in: "In the end of 2021 we held the first naval exercises.")
        #expect(mention.map(\.text) == ["the end of 2021"])
        #expect(mention.first?.qualifier == "end")
    }

    @Test func yearIsInferredFromThePublicationDate() {
        let mentions = DateExtractor.mentions(in: "During the meeting on July 26 the ministers talked.", published: PartialDate(year: 2024, month: 8, day: 13))
        #expect(mentions.map(\.start.iso) == ["2024-07-26"])
        #expect(mentions.first?.isYearInferred == true)
    }

    @Test func yearIsInferredFromTheParagraph() {
        #expect(isos("On 15 October 2026 talks were held with a guest visiting Russia on October 14-17.") == ["2026-10-15", "2026-10-14/2026-10-17"])
    }

    @Test func relativeYears() {
        #expect(isos("We will meet again next year and in May of this year.", published: PartialDate(year: 2020)) == ["2021", "2020-05"])
    }

    @Test func textWithoutDatesHasNone() {
        #expect(isos("Russia and ASEAN share 10 goals, 2.5 ideas and $2,000 of savings; see p. 1999 and No. 2010.").isEmpty)
    }

    @Test func mayTheVerbIsNoMonth() {
        #expect(isos("ASEAN may 5 times decide; march on.").isEmpty)
    }
}
