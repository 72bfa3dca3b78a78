import Foundation
import SQLite
import Testing
import TestSupport
@testable import Store

@Suite struct ArchiveDatabaseTests {
    @Test func binaryCarriesEveryMigrationFileInOrder() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(ArchiveDatabase.migrator.migrations.map { $0.name + ".sql" } == files)
        #expect(ArchiveDatabase.schemaVersion == files.count)
        #expect(ArchiveDatabase.migrator.migrations.map(\.version) == Array(1...files.count))
    }

    @Test func writingOpenMigratesAndReadingOpenVerifies() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("a.sqlite")
        _ = try ArchiveDatabase.openForWriting(path: path)
        _ = try ArchiveDatabase.openForWriting(path: path)  // re-run is a no-op
        let reader = try ArchiveDatabase.openForReading(path: path)
        #expect(try Migrator.version(of: reader) == ArchiveDatabase.schemaVersion)
        #expect(throws: SQLiteError.self) { try reader.execute("DELETE FROM documents") }
    }

    @Test func readingOpenRefusesOlderNewerAndForeignDatabases() throws {
        let directory = try TemporaryDirectory()
        let older = directory.file("older.sqlite")
        try Migrator(migrations: [ArchiveDatabase.migrator.migrations[0]]).migrate(try Connection(path: older))
        #expect(throws: SchemaMismatch.behind(database: 1, binary: ArchiveDatabase.schemaVersion)) {
            try ArchiveDatabase.openForReading(path: older)
        }
        let newer = directory.file("newer.sqlite")
        let future = ArchiveDatabase.migrator.migrations + [Migration(version: 999, name: "0999_future", sql: "CREATE TABLE f (x);")]
        try Migrator(migrations: future).migrate(try Connection(path: newer))
        #expect(throws: SchemaMismatch.ahead(database: 999, binary: ArchiveDatabase.schemaVersion)) {
            try ArchiveDatabase.openForReading(path: newer)
        }
        #expect(throws: SchemaMismatch.self) { try ArchiveDatabase.openForWriting(path: newer) }
        let foreign = directory.file("foreign.sqlite")
        try Connection(path: foreign).execute("CREATE TABLE other (x)")
        #expect(throws: SchemaMismatch.notAnArchive) { try ArchiveDatabase.openForReading(path: foreign) }
    }

    @Test func missingDatabaseIsAnErrorForReaders() {
        #expect(throws: SQLiteError.self) { try ArchiveDatabase.openForReading(path: "/nonexistent/archive.sqlite") }
    }
}
