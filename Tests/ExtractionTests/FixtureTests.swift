import Foundation
import Testing
@testable import Extraction

/// Whole-document checks on files: the hostile fixture, and every span of the bundled corpus.
struct FixtureTests {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func hostileFixture() throws {
        let text = try Self.fixture("hostile")
        let a = DocumentAnalyzer.analyze(text)
        #expect(a.metadata.title?.value == "Ministers meet in Vientiane; O'Brien’s “QUAD” remark draws fire")
        #expect(a.metadata.authors.map(\.value) == ["Mary-Jane O'Brien", "Nguyen Thi Lan"])
        #expect(a.metadata.published?.value.iso == "2024-09-05")
        #expect(a.metadata.dateline?.value == "VIENTIANE")
        #expect(a.metadata.translators.map(\.value) == ["Anna-Maria D'Souza"])
        let minister = a.entity(named: "Thongsavanh Phomvihane")
        #expect(minister?.type == .person)
        #expect(minister?.roles.map(\.title).contains("Lao Minister of Foreign Affairs") == true)
        #expect(a.entity(named: "NARTT")?.name == "Network of ASEAN-Russia Think-Tanks")
        #expect(a.entity(named: "U.S.")?.name == "United States")
        let speakers = a.quotes.map { $0.speakerIndex.map { a.entities[$0].name } }
        #expect(a.quotes.map(\.text) == ["We do not need new blocs", "ASEAN’s way is dialogue.", "the road ahead is long but clear"])
        #expect(speakers == ["Thongsavanh Phomvihane", "Thongsavanh Phomvihane", "Yuri Kovalenko"])
        #expect(a.dates.map { $0.start.iso + ($0.end.map { "/" + $0.iso } ?? "") }
                == ["2024-09-05", "2024-09-04/2024-09-05", "2023", "2022", "2024-09-03"])
        #expect(a.figures.map(\.value) == [12, 12.4e9, 4.5])
        #expect(a.figures.last?.valueMax == 5)
        #expect(a.events.map(\.kind).contains("talks"))
    }

    @Test(arguments: ["000_b2dfd26e419e53ee", "001_0b4b8ae56b3db64c", "002_78f4c420c5d86458", "003_f9f5ae495ea91b5f", "004_b6693f8134cf3126"])
    func corpusSpansAreConsistent(name: String) throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Corpus/\(name).txt")
        let text = try String(contentsOf: path, encoding: .utf8)
        let a = DocumentAnalyzer.analyze(text)
        let count = text.unicodeScalars.count
        var previousEnd = 0
        for sentence in a.sentences {
            #expect(sentence.span.start >= previousEnd && sentence.span.end <= count)
            previousEnd = sentence.span.end
            let paragraph = a.paragraphs[sentence.paragraphIndex].span
            #expect(sentence.span.start >= paragraph.start && sentence.span.end <= paragraph.end)
        }
        for entity in a.entities {
            #expect(entity.aliases.contains(entity.name))
            for mention in entity.mentions {
                #expect(slice(text, mention.span) == mention.surface)
                let sentence = a.sentences[mention.sentenceIndex].span
                #expect(mention.span.start >= sentence.start && mention.span.end <= sentence.end)
            }
        }
        for date in a.dates { #expect(slice(text, date.span) == date.text) }
        for quote in a.quotes { #expect(slice(text, quote.span) == quote.text) }
        for figure in a.figures { #expect(slice(text, figure.span) == figure.text) }
        for event in a.events { #expect(event.span == a.sentences[event.sentenceIndex].span) }
        for citation in a.citations { #expect(slice(text, citation.span) == citation.text) }
    }
}
