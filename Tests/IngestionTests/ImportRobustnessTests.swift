import Foundation
import SQLite
import Testing
import TestSupport
@testable import Ingestion

@Suite struct ImportRobustnessTests {
    /// Everything corpus-wide, as text independent of row ids and import order.
    func snapshot(_ path: String) throws -> [String] {
        let connection = try Connection(path: path, mode: .readOnly)
        var lines: [String] = []
        let queries = [
            "SELECT type || ' ' || name || ' ' || mentions || ' ' || coalesce(subtype, '') FROM entities ORDER BY 1",
            "SELECT e.name || ' ~ ' || a.alias FROM entity_aliases a JOIN entities e ON e.id = a.entity_id ORDER BY 1",
            "SELECT min(ea.name, eb.name) || ' + ' || max(ea.name, eb.name) || ' ' || c.weight FROM entity_cooccurrences c JOIN entities ea ON ea.id = c.a JOIN entities eb ON eb.id = c.b ORDER BY 1",
            "SELECT d.source || ' ' || k.rank || ' ' || k.term FROM document_keywords k JOIN documents d ON d.id = k.document_id ORDER BY 1",
            "SELECT d.source || ' ' || q.start || ' ' || coalesce(e.name, '-') FROM quotes q JOIN documents d ON d.id = q.document_id LEFT JOIN entities e ON e.id = q.speaker_entity_id ORDER BY 1",
            "SELECT d.source || ' ' || v.date || ' ' || v.kind || ' ' || coalesce(e.name, '-') FROM events v JOIN documents d ON d.id = v.document_id LEFT JOIN entities e ON e.id = v.place_entity_id ORDER BY 1",
        ]
        for sql in queries {
            try connection.prepare(sql).forEachRow { lines.append($0.string(0)) }
        }
        return lines
    }

    @Test func oneFileAtATimeEndsTheSameAsAllAtOnce() throws {
        let directory = try TemporaryDirectory()
        let corpus = try #require(BundledCorpus.directory(environment: [:]))
        let files = SourceFile.expand([corpus])

        let together = directory.file("together.sqlite")
        _ = try CorpusImporter(databasePath: together).importFiles(files)

        let oneByOne = directory.file("one-by-one.sqlite")
        for file in files.reversed() { _ = try CorpusImporter(databasePath: oneByOne).importFiles([file]) }

        let expected = try snapshot(together)
        #expect(try snapshot(oneByOne) == expected)
        #expect(!expected.isEmpty)
    }

    /// A new database is bulk-loaded (one transaction, indexes built at the end); it must hold
    /// exactly what importing the same files into an existing database gives, in the same schema.
    @Test func aBulkLoadedDatabaseEqualsOneBuiltInPlace() throws {
        let directory = try TemporaryDirectory()
        let corpus = try #require(BundledCorpus.directory(environment: [:]))
        let bad = directory.file("bad.txt")
        try Data([0x66, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: bad))
        let files = SourceFile.expand([corpus, bad])

        let bulk = directory.file("bulk.sqlite")
        let bulkSummary = try CorpusImporter.createDatabase(at: bulk, from: files)
        let inPlace = directory.file("in-place.sqlite")
        let importer = CorpusImporter(databasePath: inPlace)
        importer.batchSize = 2
        let inPlaceSummary = try importer.importFiles(files)

        #expect(bulkSummary == inPlaceSummary)
        #expect(bulkSummary.imported == 5 && bulkSummary.failures.map(\.name) == ["bad.txt"])
        #expect(bulkSummary.phases.map(\.name) == ["store", "indexes", "finalize", "commit"])
        let detail = [
            "SELECT name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name",
            "SELECT source || ' ' || coalesce(title, '') || ' ' || coalesce(published, '') FROM documents ORDER BY source",
            "SELECT count(*) || ' ' || sum(end - start) FROM sentences",
            "SELECT count(*) || ' ' || sum(entity_id IS NULL) FROM entity_mentions",
            "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'asean OR russia'",
        ]
        func rows(_ path: String) throws -> [String] {
            let connection = try Connection(path: path, mode: .readOnly)
            var lines: [String] = []
            for sql in detail { try connection.prepare(sql).forEachRow { lines.append($0.string(0)) } }
            lines.append(try connection.prepare("PRAGMA journal_mode").firstRow { $0.string(0) } ?? "")
            // The bulk load leaves foreign keys unchecked while it writes: every row must still hold.
            var violations = 0
            try connection.prepare("PRAGMA foreign_key_check").forEachRow { _ in violations += 1 }
            lines.append("foreign key violations: \(violations)")
            lines.append(try connection.prepare("PRAGMA integrity_check").firstRow { $0.string(0) } ?? "")
            return lines
        }
        let expected = try rows(inPlace)
        #expect(try rows(bulk) == expected)
        #expect(expected.suffix(3) == ["wal", "foreign key violations: 0", "ok"])
        #expect(try snapshot(bulk) == snapshot(inPlace))
    }

    @Test func awkwardTextsImportWithoutError() throws {
        let directory = try TemporaryDirectory()
        let documents = directory.file("docs")
        try FileManager.default.createDirectory(atPath: documents, withIntermediateDirectories: true)
        let longLine = String(repeating: "ASEAN and Russia discussed trade in Jakarta. ", count: 9_000)  // ~400 KB, no newline
        let texts: [String: [UInt8]] = [
            "crlf.txt": Array("Windows title\r\n\r\nA paragraph.\r\nSame paragraph.\r\n\r\nAnother one on 5 May 2020.\r\n".utf8),
            "bom.txt": [0xEF, 0xBB, 0xBF] + Array("Title after a BOM\n\nBody text.".utf8),
            "untitled.txt": Array("no title line here, just a sentence that runs on without capital letters or dates".utf8),
            "nodates.txt": Array("A Text Without Dates\n\nNothing here says when it happened.".utf8),
            "long.txt": Array(longLine.utf8),
            "mixed.txt": Array("Новости\n\nПосол России в АСЕАН Alexander Ivanov said “we agree” on 19-20 ноября 2020.".utf8),
            "symbols.txt": Array("\"\"\n\n“ ” ‘ ’ — – … 1.2.3 $ % 100% $$ 45%-".utf8),
        ]
        for (name, bytes) in texts { try Data(bytes).write(to: URL(fileURLWithPath: documents + "/" + name)) }
        let database = directory.file("archive.sqlite")
        let summary = try CorpusImporter(databasePath: database).importFiles(SourceFile.expand([documents]))
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(summary.imported == texts.count)
        let connection = try Connection(path: database, mode: .readOnly)
        // Every paragraph and sentence span cuts its document's stored text within bounds.
        #expect(try connection.scalarInt("""
            WITH lengths AS MATERIALIZED (SELECT id, length(text) AS n FROM documents)
            SELECT count(*) FROM paragraphs p JOIN documents d ON d.id = p.document_id JOIN lengths l ON l.id = d.id
            WHERE p.start < 0 OR p.end > l.n OR p.start >= p.end OR substr(d.text, p.start + 1, p.end - p.start) != p.text
            """) == 0)
        #expect(try connection.scalarInt("""
            WITH lengths AS MATERIALIZED (SELECT id, length(text) AS n FROM documents)
            SELECT count(*) FROM sentences s JOIN lengths l ON l.id = s.document_id
            WHERE s.start < 0 OR s.end > l.n OR s.start >= s.end
            """) == 0)
        #expect(try connection.scalarInt("""
            SELECT count(*) FROM entity_mentions m JOIN documents d ON d.id = m.document_id AND d.source != 'long.txt'
            WHERE substr(d.text, m.start + 1, m.end - m.start) != m.surface
            """) == 0)  // substr() walks UTF-8 from the start: too slow for every mention of the long line
    }
}
