import SQLite

/// Opens archive databases: read-write (migrated to this binary's schema) or read-only (verified against it).
public enum ArchiveDatabase {
    /// The schema this binary was built with: Migrations/*.sql, embedded at build time.
    public static let migrator = Migrator(migrations: embeddedMigrations.map {
        Migration(version: $0.version, name: $0.name, sql: $0.sql)
    })
    public static var schemaVersion: Int { migrator.latestVersion }

    /// Opens (creating if needed) and migrates the database for the importer.
    public static func openForWriting(path: String) throws -> Connection {
        let connection = try Connection(path: path, mode: .readWrite)
        // WAL lets the server keep reading while an import writes. With synchronous = NORMAL only
        // checkpoints sync, so checkpointing every ~64 MB of WAL rather than every 4 MB keeps a
        // bulk import from waiting on the disk after every other file (https://sqlite.org/wal.html).
        try connection.execute("""
            PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
            PRAGMA wal_autocheckpoint = 16384; PRAGMA cache_size = -16384;
            """)
        try migrator.migrate(connection)
        return connection
    }

    /// Opens (creating) a database that nobody reads until `finishBulkLoad`, for the importer's
    /// temporary file: an in-memory rollback journal (savepoints still roll back) and no syncs, so
    /// a crash can spoil the file, which the importer then discards.
    /// Foreign keys are not enforced: every row of a new database comes from the importer's own
    /// writer with ids it has just been given, nothing is deleted that others point to, and looking
    /// up two or three parents for every inserted row was a quarter of the writer's time. (The
    /// tests check the finished file with `PRAGMA foreign_key_check`.) Later imports enforce them.
    public static func openForBulkLoad(path: String) throws -> Connection {
        let connection = try Connection(path: path, mode: .readWrite)
        try connection.execute("""
            PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -16384;
            """)
        try migrator.migrate(connection)
        return connection
    }

    /// Commits a bulk load and switches the file to the write-ahead log readers expect.
    public static func finishBulkLoad(_ connection: Connection) throws {
        try connection.execute("COMMIT; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
    }

    /// Opens the database read-only and refuses a schema behind or ahead of this binary.
    public static func openForReading(path: String) throws -> Connection {
        let connection = try Connection(path: path, mode: .readOnly)
        try connection.execute("PRAGMA query_only = ON;")
        try migrator.verify(connection)
        return connection
    }
}
