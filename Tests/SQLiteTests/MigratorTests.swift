import Testing
@testable import SQLite

@Suite struct MigratorTests {
    static let migrations = [
        Migration(version: 1, name: "0001_a", sql: "CREATE TABLE a (x);"),
        Migration(version: 2, name: "0002_b", sql: "CREATE TABLE b (y); INSERT INTO a VALUES (1);"),
    ]

    @Test func freshDatabaseGetsEveryMigrationInOrder() throws {
        let connection = try Connection(path: ":memory:")
        let applied = try Migrator(migrations: Self.migrations.reversed()).migrate(connection)
        #expect(applied == [1, 2])
        #expect(try Migrator.version(of: connection) == 2)
        #expect(try connection.scalarInt("SELECT count(*) FROM a") == 1)
        var names: [String] = []
        try connection.prepare("SELECT name FROM schema_migrations ORDER BY version").forEachRow { names.append($0.string(0)) }
        #expect(names == ["0001_a", "0002_b"])
    }

    @Test func rerunAppliesNothing() throws {
        let connection = try Connection(path: ":memory:")
        let migrator = Migrator(migrations: Self.migrations)
        try migrator.migrate(connection)
        #expect(try migrator.migrate(connection) == [])
        #expect(try connection.scalarInt("SELECT count(*) FROM a") == 1)
    }

    @Test func olderDatabaseIsMigratedForward() throws {
        let connection = try Connection(path: ":memory:")
        try Migrator(migrations: [Self.migrations[0]]).migrate(connection)
        #expect(try Migrator(migrations: Self.migrations).migrate(connection) == [2])
    }

    @Test func failingMigrationRollsBackAndKeepsEarlierOnes() throws {
        let connection = try Connection(path: ":memory:")
        let broken = Self.migrations + [Migration(version: 3, name: "0003_bad", sql: "CREATE TABLE c (z); SELEC oops;")]
        #expect(throws: SQLiteError.self) { try Migrator(migrations: broken).migrate(connection) }
        #expect(try Migrator.version(of: connection) == 2)
        #expect(try connection.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'c'") == 0)
    }

    @Test func verifyReportsBehindAheadAndForeignDatabases() throws {
        let connection = try Connection(path: ":memory:")
        #expect(throws: SchemaMismatch.notAnArchive) { try Migrator(migrations: Self.migrations).verify(connection) }
        try Migrator(migrations: [Self.migrations[0]]).migrate(connection)
        #expect(throws: SchemaMismatch.behind(database: 1, binary: 2)) { try Migrator(migrations: Self.migrations).verify(connection) }
        try Migrator(migrations: Self.migrations).migrate(connection)
        try Migrator(migrations: Self.migrations).verify(connection)
        #expect(throws: SchemaMismatch.ahead(database: 2, binary: 1)) { try Migrator(migrations: [Self.migrations[0]]).verify(connection) }
        #expect(throws: SchemaMismatch.ahead(database: 2, binary: 1)) { try Migrator(migrations: [Self.migrations[0]]).migrate(connection) }
    }

    @Test func mismatchMessagesSayWhatToRun() {
        #expect(SchemaMismatch.behind(database: 1, binary: 3).description.contains("importer"))
        #expect(SchemaMismatch.ahead(database: 4, binary: 3).description.contains("newer"))
    }
}
