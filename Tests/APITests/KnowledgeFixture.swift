import Extraction
import Foundation
import Store
import TestSupport
@testable import API

/// An API over a database filled by hand through `DocumentWriter` + `CorpusFinalizer`, so the
/// entity, event, quote and figure endpoints are tested without depending on the extractor.
/// The text is hostile on purpose: curly quotes, apostrophes, Cyrillic, SQL in names.
final class KnowledgeFixture: @unchecked Sendable {
    static let shared = try! KnowledgeFixture()

    let directory: TemporaryDirectory
    let databasePath: String
    let api: ArchiveAPI
    /// Corpus-wide entity ids by canonical name.
    let entityIDs: [String: Int]
    let documentIDs: [Int]

    static let firstText = """
        Russian Foreign Minister Sergey Lavrov met Seán O’Brien in Jakarta on 5 May 2024.

        “We agree on everything,” Lavrov said; Robert'); DROP TABLE entities;-- was not there.

        Сергей Лавров посетил Вьентьян в 2024 году. Trade reached $17.5 billion in 2023.
        """
    static let secondText = """
        ASEAN and Russia held a summit in Kuala Lumpur in October 2025, and Lavrov attended with O’Brien.

        "Partnership matters 100%," said an unnamed official. Trade grew about 45-50% in 2025.
        """

    init() throws {
        directory = try TemporaryDirectory()
        databasePath = directory.file("knowledge.sqlite")
        let connection = try ArchiveDatabase.openForWriting(path: databasePath)
        let writer = DocumentWriter(connection: connection)
        var documentIDs: [Int] = []
        for record in [Self.firstRecord(), Self.secondRecord()] {
            guard case .inserted(let id) = try writer.save(record, importedAt: "2026-11-23T00:00:00Z") else { fatalError("not inserted") }
            documentIDs.append(id)
        }
        try CorpusFinalizer(connection: connection).run()
        var ids: [String: Int] = [:]
        try connection.prepare("SELECT name, id FROM entities").forEachRow { ids[$0.string(0)] = $0.int(1) }
        entityIDs = ids
        self.documentIDs = documentIDs
        api = try ArchiveAPI(databasePath: databasePath)
    }

    /// The span of the `occurrence`-th `needle` in `text`, in code points.
    static func span(_ needle: String, in text: String, occurrence: Int = 0) -> TextSpan {
        let scalars = Array(text.unicodeScalars), target = Array(needle.unicodeScalars)
        var seen = 0
        for start in 0...(scalars.count - target.count) where Array(scalars[start..<start + target.count]) == target {
            if seen == occurrence { return TextSpan(start: start, end: start + target.count) }
            seen += 1
        }
        fatalError("'\(needle)' is not in the text")
    }

    static func record(source: String, text: String, analysis: DocumentAnalysis) -> DocumentRecord {
        DocumentRecord(source: source, contentHash: source, sizeBytes: text.utf8.count, text: text, analysis: analysis)
    }

    static func firstRecord() -> DocumentRecord {
        let text = firstText
        func at(_ needle: String, _ occurrence: Int = 0) -> TextSpan { span(needle, in: text, occurrence: occurrence) }
        let paragraphs = text.components(separatedBy: "\n\n")
        var analysis = DocumentAnalysis()
        analysis.metadata = DocumentMetadata(title: Evidenced("Lavrov in Jakarta", span: at("Sergey Lavrov met")),
                                             authors: [Evidenced("Seán O’Brien", span: at("Seán O’Brien"))],
                                             published: Evidenced(PartialDate(year: 2024, month: 5, day: 5), span: at("5 May 2024")),
                                             language: "en")
        analysis.paragraphs = paragraphs.map { ParagraphInfo(span: at($0), language: $0.hasPrefix("Сергей") ? "ru" : "en") }
        analysis.sentences = [
            SentenceInfo(span: at(paragraphs[0]), paragraphIndex: 0),
            SentenceInfo(span: at(paragraphs[1]), paragraphIndex: 1),
            SentenceInfo(span: at("Сергей Лавров посетил Вьентьян в 2024 году."), paragraphIndex: 2),
            SentenceInfo(span: at("Trade reached $17.5 billion in 2023."), paragraphIndex: 2),
        ]
        analysis.entities = [
            EntityInfo(name: "Sergey Lavrov", type: .person, aliases: ["Sergey Lavrov", "Lavrov", "Сергей Лавров"],
                       roles: [RoleInfo(title: "Russian Foreign Minister", span: at("Russian Foreign Minister"), sentenceIndex: 0)],
                       mentions: [MentionInfo(span: at("Sergey Lavrov"), sentenceIndex: 0, surface: "Sergey Lavrov"),
                                  MentionInfo(span: at("Lavrov", 1), sentenceIndex: 1, surface: "Lavrov"),
                                  MentionInfo(span: at("Сергей Лавров"), sentenceIndex: 2, surface: "Сергей Лавров")]),
            EntityInfo(name: "Seán O’Brien", type: .person, aliases: ["Seán O’Brien", "O'Brien"],
                       mentions: [MentionInfo(span: at("Seán O’Brien"), sentenceIndex: 0, surface: "Seán O’Brien")]),
            EntityInfo(name: "Jakarta", type: .location, aliases: ["Jakarta"], subtype: "city",
                       mentions: [MentionInfo(span: at("Jakarta"), sentenceIndex: 0, surface: "Jakarta")]),
            EntityInfo(name: "Robert'); DROP TABLE entities;--", type: .organization, aliases: ["Robert'); DROP TABLE entities;--"],
                       mentions: [MentionInfo(span: at("Robert'); DROP TABLE entities;--"), sentenceIndex: 1,
                                              surface: "Robert'); DROP TABLE entities;--")]),
            EntityInfo(name: "Vientiane", type: .location, aliases: ["Vientiane", "Вьентьян"], subtype: "city",
                       mentions: [MentionInfo(span: at("Вьентьян"), sentenceIndex: 2, surface: "Вьентьян")]),
        ]
        analysis.events = [
            EventInfo(kind: "meeting", date: PartialDate(year: 2024, month: 5, day: 5), summary: "Lavrov meets O’Brien in Jakarta",
                      placeIndex: 2, participantIndices: [0, 1], sentenceIndex: 0, span: at(paragraphs[0])),
            EventInfo(kind: "visit", date: PartialDate(year: 2024), summary: "Лавров посещает Вьентьян",
                      placeIndex: 4, participantIndices: [0], sentenceIndex: 2, span: at("Сергей Лавров посетил Вьентьян в 2024 году.")),
        ]
        analysis.quotes = [QuoteInfo(text: "We agree on everything,", span: at("We agree on everything,"), speakerIndex: 0, sentenceIndex: 1)]
        analysis.figures = [FigureInfo(value: 17.5e9, unit: "USD", text: "$17.5 billion", span: at("$17.5 billion"), sentenceIndex: 3, year: 2023)]
        analysis.termCounts = ["lavrov": 2, "jakarta": 1, "trade": 1]
        return record(source: "first.txt", text: text, analysis: analysis)
    }

    static func secondRecord() -> DocumentRecord {
        let text = secondText
        func at(_ needle: String, _ occurrence: Int = 0) -> TextSpan { span(needle, in: text, occurrence: occurrence) }
        let paragraphs = text.components(separatedBy: "\n\n")
        var analysis = DocumentAnalysis()
        analysis.metadata = DocumentMetadata(title: Evidenced("ASEAN–Russia summit", span: at("ASEAN and Russia")),
                                             published: Evidenced(PartialDate(year: 2025, month: 10), span: at("October 2025")), language: "en")
        analysis.paragraphs = paragraphs.map { ParagraphInfo(span: at($0), language: "en") }
        analysis.sentences = [
            SentenceInfo(span: at(paragraphs[0]), paragraphIndex: 0),
            SentenceInfo(span: at("\"Partnership matters 100%,\" said an unnamed official."), paragraphIndex: 1),
            SentenceInfo(span: at("Trade grew about 45-50% in 2025."), paragraphIndex: 1),
        ]
        analysis.entities = [
            // The resolver names an entity by its longest alias, so the canonical name is the long form.
            EntityInfo(name: "Association of Southeast Asian Nations", type: .organization,
                       aliases: ["ASEAN", "Association of Southeast Asian Nations"],
                       mentions: [MentionInfo(span: at("ASEAN"), sentenceIndex: 0, surface: "ASEAN")]),
            EntityInfo(name: "Kuala Lumpur", type: .location, aliases: ["Kuala Lumpur"], subtype: "city",
                       mentions: [MentionInfo(span: at("Kuala Lumpur"), sentenceIndex: 0, surface: "Kuala Lumpur")]),
            EntityInfo(name: "Sergey Lavrov", type: .person, aliases: ["Lavrov"],
                       mentions: [MentionInfo(span: at("Lavrov"), sentenceIndex: 0, surface: "Lavrov")]),
            EntityInfo(name: "Seán O’Brien", type: .person, aliases: ["O’Brien"],
                       mentions: [MentionInfo(span: at("O’Brien"), sentenceIndex: 0, surface: "O’Brien")]),
            EntityInfo(name: "Treaty of Amity and Cooperation", type: .agreement, aliases: ["TAC"]),
        ]
        analysis.events = [
            EventInfo(kind: "summit", date: PartialDate(year: 2025, month: 10), summary: "ASEAN–Russia summit in Kuala Lumpur",
                      placeIndex: 1, participantIndices: [0, 2, 3], sentenceIndex: 0, span: at(paragraphs[0])),
        ]
        analysis.quotes = [QuoteInfo(text: "Partnership matters 100%,", span: at("Partnership matters 100%,"), sentenceIndex: 1)]
        analysis.figures = [FigureInfo(value: 45, valueMax: 50, unit: "percent", qualifier: "about", text: "about 45-50%",
                                       span: at("about 45-50%"), sentenceIndex: 2, year: 2025)]
        analysis.termCounts = ["asean": 1, "summit": 1, "trade": 1]
        return record(source: "second.txt", text: text, analysis: analysis)
    }
}
