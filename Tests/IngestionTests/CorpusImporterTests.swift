import Foundation
import SQLite
import Store
import Testing
import TestSupport
@testable import Ingestion

@Suite struct CorpusImporterTests {
    let directory: TemporaryDirectory
    let documents: String
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        documents = directory.file("docs")
        database = directory.file("archive.sqlite")
        try FileManager.default.createDirectory(atPath: documents, withIntermediateDirectories: true)
        try write("one.txt", "First document\n\nASEAN and Russia met in Jakarta.")
        try write("two.txt", "\u{FEFF}Second document\r\n\r\nA Windows file with a BOM.\r\n")
    }

    func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }
    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: documents + "/" + name))
    }
    func run(_ paths: [String]? = nil) throws -> ImportSummary {
        try CorpusImporter(databasePath: database).importFiles(SourceFile.expand(paths ?? [documents]))
    }
    func scalar(_ sql: String) throws -> Int? { try Connection(path: database, mode: .readOnly).scalarInt(sql) }

    @Test func importsADirectoryAndIsIdempotent() throws {
        let first = try run()
        #expect(first.imported == 2 && first.failed == 0 && first.unchanged == 0)
        #expect(first.line.hasPrefix("imported 2 (0 replaced), unchanged 0, failed 0 in "))
        let second = try run()
        #expect(second.imported == 0 && second.replaced == 0 && second.unchanged == 2)
        #expect(try scalar("SELECT count(*) FROM documents") == 2)
        // The stored text is normalised: no BOM, no CR.
        #expect(try scalar("SELECT count(*) FROM documents WHERE instr(text, char(13)) > 0 OR instr(text, char(65279)) > 0") == 0)
    }

    @Test func aChangedFileReplacesOnlyItsOwnRows() throws {
        _ = try run()
        let before = try scalar("SELECT id FROM documents WHERE source = 'one.txt'")
        try write("one.txt", "First document, revised\n\nNow about Vientiane.\n\nAnd a third paragraph.")
        let summary = try run()
        #expect(summary.replaced == 1 && summary.unchanged == 1)
        #expect(try scalar("SELECT id FROM documents WHERE source = 'one.txt'") == before)
        #expect(try scalar("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'Vientiane'") == 1)
        #expect(try scalar("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'Jakarta'") == 0)
        #expect(try scalar("SELECT count(*) FROM paragraphs WHERE document_id = (SELECT id FROM documents WHERE source = 'two.txt')") == 2)
    }

    @Test func badFilesAreReportedByNameWhileTheRestImport() throws {
        try write("invalid.txt", [0x41, 0x42, 0xFF, 0xFE])
        try write("empty.txt", [])
        try FileManager.default.createDirectory(atPath: documents + "/folder.txt", withIntermediateDirectories: true)
        let summary = try run([documents, directory.file("missing.txt")])
        #expect(summary.imported == 2)
        let failures = Dictionary(uniqueKeysWithValues: summary.failures.map { ($0.name, $0.reason) })
        #expect(failures["invalid.txt"] == "is not valid UTF-8 (first bad byte at offset 2)")
        #expect(failures["empty.txt"] == "is empty")
        #expect(failures["folder.txt"] == "is not a regular file")
        #expect(failures["missing.txt"]?.hasPrefix("cannot be read") == true)
        #expect(try scalar("SELECT count(*) FROM documents") == 2)
    }

    @Test func aSecondFileWithTheSameNameIsReportedNotMerged() throws {
        let other = directory.file("other")
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data("A different document\n\nSame file name.".utf8).write(to: URL(fileURLWithPath: other + "/one.txt"))
        let summary = try run([documents, other])
        #expect(summary.imported == 2)
        #expect(summary.failures.map(\.name) == ["one.txt"])
        #expect(summary.failures.first?.reason == "has the same file name as \(documents)/one.txt, imported in this run; skipped")
        #expect(try scalar("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'Jakarta'") == 1)
    }

    @Test func aDirectoryStreamedInSmallChunksImportsInSortedOrder() throws {
        for name in ["d.txt", "a.md", "c.TEXT", "b.txt", "e.txt", ".hidden.txt", "notes.pdf"] {
            try write(name, "Document \(name)\n\nIt mentions Hanoi.")
        }
        let other = directory.file("other")
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data("Another b\n\nSame name as one in docs.".utf8).write(to: URL(fileURLWithPath: other + "/b.txt"))
        let importer = CorpusImporter(databasePath: database)
        importer.batchSize = 3
        nonisolated(unsafe) var totals: Set<Int> = []
        importer.progress = { _, total, _ in totals.insert(total) }
        let summary = try importer.importFiles(SourceFileStream([documents, other], chunkSize: 2))
        let expected = ["a.md", "b.txt", "c.TEXT", "d.txt", "e.txt", "one.txt", "two.txt"]
        #expect(summary.imported == expected.count && totals == [expected.count + 1])
        #expect(summary.failures.map(\.name) == ["b.txt"])
        #expect(summary.failures.first?.reason == "has the same file name as \(documents)/b.txt, imported in this run; skipped")
        var sources: [String] = []
        try Connection(path: database, mode: .readOnly).prepare("SELECT source FROM documents ORDER BY id").forEachRow { sources.append($0.string(0)) }
        #expect(sources == expected)
        #expect(SourceFile.expand([documents]).map(\.name) == expected)
    }

    @Test func batchesAreBoundedByCountAndBytes() throws {
        for index in 0..<5 { try write("b\(index).txt", String(repeating: "x", count: 100)) }
        let files = SourceFile.expand([documents]).filter { $0.name.hasPrefix("b") }
        #expect(CorpusImporter.batches(of: files, maximumCount: 2, maximumBytes: 1000).map(\.count) == [2, 2, 1])
        #expect(CorpusImporter.batches(of: files, maximumCount: 10, maximumBytes: 250).map(\.count) == [2, 2, 1])
        #expect(CorpusImporter.batches(of: files, maximumCount: 10, maximumBytes: 10).map(\.count) == [1, 1, 1, 1, 1])
    }

    @Test func tooLargeFilesAreRefused() throws {
        let importer = CorpusImporter(databasePath: database)
        importer.maximumFileBytes = 10
        let summary = try importer.importFiles(SourceFile.expand([documents + "/one.txt"]))
        #expect(summary.failures.first?.reason == "is too large (48 bytes; the limit is 10)")
    }

    @Test func anUnusableDatabaseFailsWithoutTouchingIt() throws {
        try Data("not a database, just text".utf8).write(to: URL(fileURLWithPath: database))
        #expect(throws: (any Error).self) { try run() }
        #expect(try String(contentsOfFile: database, encoding: .utf8) == "not a database, just text")
    }

    @Test func reportsProgressForEveryFile() throws {
        let importer = CorpusImporter(databasePath: database)
        nonisolated(unsafe) var seen: [String] = []
        importer.progress = { done, total, name in seen.append("\(done)/\(total) \(name)") }
        _ = try importer.importFiles(SourceFile.expand([documents]))
        #expect(seen == ["1/2 one.txt", "2/2 two.txt"])
    }

    @Test func bundledCorpusIsFoundFromTheSourceTree() throws {
        let corpus = try #require(BundledCorpus.directory(environment: [:]))
        #expect(SourceFile.expand([corpus]).count == 5)
        #expect(BundledCorpus.directory(environment: ["ARCHIVE_CORPUS": documents]) == documents)
    }
}

@Suite struct CreateDatabaseTests {
    @Test func buildsTheDatabaseUnderATemporaryNameAndRenamesIt() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("new.sqlite")
        let corpus = try #require(BundledCorpus.directory(environment: [:]))
        let summary = try CorpusImporter.createDatabase(at: path, from: SourceFile.expand([corpus]))
        #expect(summary.imported == 5)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: path + ".importing"))
        #expect(!FileManager.default.fileExists(atPath: path + ".importing-wal"))
        #expect(try Connection(path: path, mode: .readOnly).scalarInt("SELECT count(*) FROM documents") == 5)
        #expect(throws: (any Error).self) { try CorpusImporter.createDatabase(at: path, from: []) }
    }

    @Test func aFailedImportLeavesNothingAtThePath() throws {
        let directory = try TemporaryDirectory()
        // The temporary database cannot be created in a folder that does not exist.
        let path = directory.file("missing/new.sqlite")
        #expect(throws: (any Error).self) { try CorpusImporter.createDatabase(at: path, from: []) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
