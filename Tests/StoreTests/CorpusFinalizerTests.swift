import Extraction
import SQLite
import Testing
import TestSupport
@testable import Store

@Suite struct CorpusFinalizerTests {
    /// Entities, aliases, co-occurrences and keywords as comparable text, independent of row ids.
    func snapshot(_ connection: Connection) throws -> [String] {
        var lines: [String] = []
        try connection.prepare("SELECT type, name, mentions, (SELECT group_concat(alias, '|') FROM (SELECT alias FROM entity_aliases a WHERE a.entity_id = e.id ORDER BY alias)) FROM entities e ORDER BY type, name")
            .forEachRow { lines.append("entity \($0.string(0)) \($0.string(1)) \($0.int(2)) \($0.optionalString(3) ?? "")") }
        try connection.prepare("SELECT ea.name, eb.name, c.weight FROM entity_cooccurrences c JOIN entities ea ON ea.id = c.a JOIN entities eb ON eb.id = c.b ORDER BY 1, 2")
            .forEachRow { lines.append("pair \($0.string(0)) \($0.string(1)) \($0.int(2))") }
        try connection.prepare("SELECT d.source, k.rank, k.term FROM document_keywords k JOIN documents d ON d.id = k.document_id ORDER BY 1, 2")
            .forEachRow { lines.append("keyword \($0.string(0)) \($0.int(1)) \($0.string(2))") }
        try connection.prepare("SELECT count(*) FROM quotes WHERE speaker_entity_id IS NOT NULL").forEachRow { lines.append("attributed \($0.int(0))") }
        return lines
    }

    @Test func oneAtATimeEndsTheSameAsAllAtOnce() throws {
        let records = [sampleRecord(source: "a.txt", hash: "1"), sampleRecord(source: "b.txt", hash: "2"), sampleRecord(source: "c.txt", hash: "3")]
        let directory = try TemporaryDirectory()

        let batch = try ArchiveDatabase.openForWriting(path: directory.file("batch.sqlite"))
        for record in records { try DocumentWriter(connection: batch).save(record, importedAt: "t") }
        try CorpusFinalizer(connection: batch).run()

        let incremental = try ArchiveDatabase.openForWriting(path: directory.file("incremental.sqlite"))
        for record in records.reversed() {
            try DocumentWriter(connection: incremental).save(record, importedAt: "t")
            try CorpusFinalizer(connection: incremental).run()
        }
        let expected = try snapshot(batch)
        #expect(expected.contains("entity person Sergey Lavrov 6 Lavrov|Sergey Lavrov"))
        #expect(expected.contains("pair Sergey Lavrov Jakarta 3") || expected.contains("pair Jakarta Sergey Lavrov 3"))
        #expect(expected.contains("attributed 3"))
        #expect(try snapshot(incremental) == expected)
    }

    @Test func anEntityTakesTheLargestSubtypeAnyDocumentGaveIt() throws {
        let directory = try TemporaryDirectory()
        let connection = try ArchiveDatabase.openForWriting(path: directory.file("subtypes.sqlite"))
        for (index, subtype) in ["capital", nil, "city", "capital"].enumerated() {
            let sample = sampleRecord(source: "\(index).txt", hash: "\(index)")
            var analysis = sample.analysis
            analysis.entities[1].subtype = subtype
            let record = DocumentRecord(source: sample.source, contentHash: sample.contentHash, sizeBytes: sample.sizeBytes,
                                        text: sample.text, analysis: analysis)
            try DocumentWriter(connection: connection).save(record, importedAt: "t")
        }
        try CorpusFinalizer(connection: connection).run()
        #expect(try connection.prepare("SELECT subtype FROM entities WHERE name = 'Jakarta'").firstRow { $0.optionalString(0) } == "city")
        #expect(try connection.prepare("SELECT subtype FROM entities WHERE name = 'Sergey Lavrov'").firstRow { $0.optionalString(0) } == .some(nil))
    }

    @Test func aVocabularyBeyondTheBudgetIsScoredInPartsWithTheSameKeywords() throws {
        let texts = [
            "Fisheries in Vientiane\n\nThe fisheries agreement covers the Mekong, its fisheries and river ports near Vientiane.",
            "Energy talks\n\nRussia and Vietnam discussed energy, nuclear fuel, oil fields and the Mekong delta in Hanoi.",
            "Education exchange\n\nUniversities in Kazan and Jakarta exchange students; energy and fisheries courses are taught in English.",
            "Café Ñandú\n\nÉtudes on naïve façades: Ñandú, café, façade, and the delta again, with energy.",
        ]
        let directory = try TemporaryDirectory()
        var results: [[String]] = []
        for budget in [65_536, 5, 1] {
            let connection = try ArchiveDatabase.openForWriting(path: directory.file("budget-\(budget).sqlite"))
            for (index, text) in texts.enumerated() {
                let record = DocumentRecord(source: "\(index).txt", contentHash: "\(index)", sizeBytes: text.utf8.count,
                                            text: text, analysis: DocumentAnalyzer.analyze(text))
                try DocumentWriter(connection: connection).save(record, importedAt: "t")
            }
            var finalizer = CorpusFinalizer(connection: connection)
            finalizer.termBudget = budget
            finalizer.keywordLimit = 4
            try finalizer.run()
            var rows: [String] = []
            try connection.prepare("SELECT document_id, rank, term, score FROM document_keywords ORDER BY 1, 2")
                .forEachRow { rows.append("\($0.int(0)) \($0.int(1)) \($0.string(2)) \($0.double(3))") }
            results.append(rows)
        }
        #expect(results[0].count == 16)
        #expect(results[1] == results[0])
        #expect(results[2] == results[0])
    }

    @Test func entityIDsSurviveReimportAndVanishWithTheirLastDocument() throws {
        let directory = try TemporaryDirectory()
        let connection = try ArchiveDatabase.openForWriting(path: directory.file("a.sqlite"))
        let writer = DocumentWriter(connection: connection)
        try writer.save(sampleRecord(source: "a.txt"), importedAt: "t")
        try CorpusFinalizer(connection: connection).run()
        let id = try connection.scalarInt("SELECT id FROM entities WHERE name = 'Sergey Lavrov'")
        try writer.save(sampleRecord(source: "a.txt", hash: "changed"), importedAt: "t")
        try CorpusFinalizer(connection: connection).run()
        #expect(try connection.scalarInt("SELECT id FROM entities WHERE name = 'Sergey Lavrov'") == id)
        try writer.delete(source: "a.txt")
        try CorpusFinalizer(connection: connection).run()
        #expect(try connection.scalarInt("SELECT count(*) FROM entities") == 0)
    }
}

@Suite struct DeferredIndexTests {
    func indexes(_ connection: Connection) throws -> [String] {
        var rows: [String] = []
        try connection.prepare("SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name")
            .forEachRow { rows.append($0.string(0)) }
        return rows
    }

    @Test func dropsSecondaryIndexesAndRebuildsThemAsDeclared() throws {
        let directory = try TemporaryDirectory()
        let connection = try ArchiveDatabase.openForWriting(path: directory.file("a.sqlite"))
        let declared = try indexes(connection)

        let mentionIndexes = try DeferredIndexes.drop(on: connection, table: "entity_mentions", columns: ["entity_id"])
        #expect(mentionIndexes.definitions.map(\.name) == ["entity_mentions_entity", "entity_mentions_sentence"])

        let all = try DeferredIndexes.dropAll(on: connection)
        let left = try indexes(connection)
        #expect(!all.definitions.isEmpty)
        #expect(left.allSatisfy { $0.contains("sqlite_autoindex") || $0.contains("CREATE UNIQUE") }, "\(left)")

        try all.rebuild(on: connection)
        try mentionIndexes.rebuild(on: connection)
        #expect(try indexes(connection) == declared)
    }

    @Test func aSuspendedFullTextIndexIsBuiltOnceAndThenFollowsInsertsAgain() throws {
        let directory = try TemporaryDirectory()
        let connection = try ArchiveDatabase.openForWriting(path: directory.file("a.sqlite"))
        func schema() throws -> [String] {
            var rows: [String] = []
            try connection.prepare("SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")
                .forEachRow { rows.append($0.string(0)) }
            return rows
        }
        let declared = try schema()
        #expect(declared.contains { $0.hasPrefix("paragraphs_fts_insert: CREATE TRIGGER") })
        func hits(_ query: String) throws -> Int {
            try connection.cached("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?").firstRow([query]) { $0.int(0) } ?? -1
        }
        let suspended = try DeferredFullTextIndex.suspend(on: connection)
        try DocumentWriter(connection: connection).save(sampleRecord(source: "a.txt", hash: "1"), importedAt: "t")
        #expect(try hits("jakarta") == 0)
        try suspended.rebuild(on: connection)
        #expect(try hits("jakarta") == 1)
        try DocumentWriter(connection: connection).save(sampleRecord(source: "b.txt", hash: "2"), importedAt: "t")
        #expect(try hits("jakarta") == 2)
        #expect(try schema() == declared)
    }

    @Test func rebuildingIndexesOrUpdatingThemInPlaceGiveTheSameCorpus() throws {
        let records = [sampleRecord(source: "a.txt", hash: "1"), sampleRecord(source: "b.txt", hash: "2")]
        let directory = try TemporaryDirectory()
        var snapshots: [[String]] = []
        for share in [0.0, 1.0] {
            let connection = try ArchiveDatabase.openForWriting(path: directory.file("share-\(share).sqlite"))
            let declared = try indexes(connection)
            var finalizer = CorpusFinalizer(connection: connection)
            finalizer.rebuildIndexesAboveShare = share
            finalizer.updateRangeSize = share == 0 ? 3 : 65_536  // many small ranges against one
            for record in records {
                try DocumentWriter(connection: connection).save(record, importedAt: "t")
                try finalizer.run()
            }
            #expect(try indexes(connection) == declared)
            snapshots.append(try CorpusFinalizerTests().snapshot(connection))
        }
        #expect(snapshots[0] == snapshots[1])
        #expect(snapshots[0].contains("attributed 2"))
    }
}
