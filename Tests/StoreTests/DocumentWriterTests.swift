import Extraction
import Foundation
import SQLite
import Testing
import TestSupport
@testable import Store

/// A hand-built analysis with one of everything, so the store is tested without the extractor.
func sampleRecord(source: String = "a.txt", hash: String = "h1", text: String = "Sergey Lavrov visited Jakarta.\n\n\"We agree,\" Lavrov said on 5 May 2024.") -> DocumentRecord {
    let first = TextSpan(start: 0, end: 30), second = TextSpan(start: 32, end: 71)
    var analysis = DocumentAnalysis()
    analysis.metadata = DocumentMetadata(title: Evidenced("Sergey Lavrov visited Jakarta.", span: first),
                                         authors: [Evidenced("O'Brien; DROP TABLE documents", span: first)],
                                         published: Evidenced(PartialDate(year: 2024, month: 5, day: 5), span: TextSpan(start: 61, end: 71)),
                                         language: "en")
    analysis.paragraphs = [ParagraphInfo(span: first, language: "en"), ParagraphInfo(span: second, language: "en")]
    analysis.sentences = [SentenceInfo(span: first, paragraphIndex: 0), SentenceInfo(span: second, paragraphIndex: 1)]
    analysis.entities = [
        EntityInfo(name: "Sergey Lavrov", type: .person, aliases: ["Sergey Lavrov", "Lavrov"],
                   roles: [RoleInfo(title: "Foreign Minister", span: TextSpan(start: 0, end: 13), sentenceIndex: 0)],
                   mentions: [MentionInfo(span: TextSpan(start: 0, end: 13), sentenceIndex: 0, surface: "Sergey Lavrov"),
                              MentionInfo(span: TextSpan(start: 43, end: 49), sentenceIndex: 1, surface: "Lavrov")]),
        EntityInfo(name: "Jakarta", type: .location, aliases: ["Jakarta"], subtype: "city",
                   mentions: [MentionInfo(span: TextSpan(start: 22, end: 29), sentenceIndex: 0, surface: "Jakarta")]),
    ]
    analysis.dates = [DateMention(span: TextSpan(start: 61, end: 71), sentenceIndex: 1, text: "5 May 2024",
                                  start: PartialDate(year: 2024, month: 5, day: 5), precision: .day)]
    analysis.events = [EventInfo(kind: "visit", date: PartialDate(year: 2024, month: 5, day: 5), summary: "Lavrov visits Jakarta",
                                 placeIndex: 1, participantIndices: [0], sentenceIndex: 0, span: first)]
    analysis.quotes = [QuoteInfo(text: "We agree,", span: TextSpan(start: 33, end: 42), speakerIndex: 0, sentenceIndex: 1)]
    analysis.figures = [FigureInfo(value: 17.5e9, unit: "USD", text: "$17.5 billion", span: first, sentenceIndex: 0, year: 2024)]
    analysis.citations = [CitationInfo(number: 1, text: "Ibid.", span: second, markerSpans: [TextSpan(start: 5, end: 6)])]
    analysis.termCounts = ["lavrov": 2, "jakarta": 1]
    return DocumentRecord(source: source, contentHash: hash, sizeBytes: text.utf8.count, text: text, analysis: analysis)
}

@Suite struct DocumentWriterTests {
    let directory: TemporaryDirectory
    let connection: Connection
    let writer: DocumentWriter

    init() throws {
        directory = try TemporaryDirectory()
        connection = try ArchiveDatabase.openForWriting(path: directory.file("archive.sqlite"))
        writer = DocumentWriter(connection: connection)
    }

    func count(_ table: String) throws -> Int { try connection.scalarInt("SELECT count(*) FROM \(table)") ?? -1 }

    @Test func storesEveryKindWithItsSpans() throws {
        let outcome = try writer.save(sampleRecord(), importedAt: "2026-01-01T00:00:00Z")
        guard case .inserted(let id) = outcome else { Issue.record("expected an insert, got \(outcome)"); return }
        for table in ["documents", "sentences", "document_entities", "entity_roles", "date_mentions", "events",
                      "event_participants", "quotes", "figures", "citations"] {
            #expect(try count(table) >= 1, "\(table)")
        }
        #expect(try count("paragraphs") == 2)
        #expect(try count("entity_mentions") == 3)
        // Paragraph text is cut from the stored text by its span, and substr() agrees with the span.
        let paragraphText = try connection.cached("SELECT text, substr((SELECT text FROM documents WHERE id = ?), start + 1, end - start) FROM paragraphs WHERE position = 1")
            .firstRow([id]) { ($0.string(0), $0.string(1)) }
        #expect(paragraphText?.0 == "\"We agree,\" Lavrov said on 5 May 2024.")
        #expect(paragraphText?.0 == paragraphText?.1)
        let row = try connection.cached("SELECT title, author, published, language FROM documents WHERE id = ?")
            .firstRow([id]) { [$0.optionalString(0), $0.optionalString(1), $0.optionalString(2), $0.optionalString(3)] }
        #expect(row == ["Sergey Lavrov visited Jakarta.", "O'Brien; DROP TABLE documents", "2024-05-05", "en"])
        #expect(try connection.scalarInt("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'lavrov'") == 2)
    }

    @Test func sameContentIsUnchangedAndChangedContentReplacesOnlyItsOwnRows() throws {
        guard case .inserted(let id) = try writer.save(sampleRecord(), importedAt: "t") else { Issue.record("no insert"); return }
        try writer.save(sampleRecord(source: "b.txt"), importedAt: "t")
        #expect(try writer.save(sampleRecord(), importedAt: "t") == .unchanged(id: id))
        let changed = sampleRecord(hash: "h2", text: "Changed text entirely, no Lavrov here at all.\n\nSecond paragraph of forty chars...")
        #expect(try writer.save(changed, importedAt: "t") == .replaced(id: id))
        #expect(try count("documents") == 2)
        #expect(try count("paragraphs") == 4)
        #expect(try connection.scalarInt("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'entirely'") == 1)
        #expect(try connection.scalarInt("SELECT count(*) FROM entity_mentions WHERE document_id = ?", [id]) == 3)
        #expect(try writer.storedHash(source: "a.txt") == "h2")
    }

    @Test func deleteRemovesTheDocumentAndEverythingItOwned() throws {
        try writer.save(sampleRecord(), importedAt: "t")
        #expect(try writer.delete(source: "a.txt"))
        #expect(try !writer.delete(source: "a.txt"))
        for table in ["documents", "paragraphs", "sentences", "document_entities", "entity_mentions", "quotes", "events"] {
            #expect(try count(table) == 0, "\(table)")
        }
        #expect(try connection.scalarInt("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'lavrov'") == 0)
    }

    @Test func aFailedSaveLeavesThePreviousVersionIntact() throws {
        try writer.save(sampleRecord(), importedAt: "t")
        // A trigger makes the save fail halfway, after the old rows were deleted and new ones written.
        try connection.execute("CREATE TRIGGER fail_quotes BEFORE INSERT ON quotes BEGIN SELECT RAISE(ABORT, 'boom'); END;")
        #expect(throws: SQLiteError.self) { try writer.save(sampleRecord(hash: "h2"), importedAt: "t") }
        #expect(try writer.storedHash(source: "a.txt") == "h1")
        #expect(try count("paragraphs") == 2)
        #expect(try count("quotes") == 1)
    }
}
