/// One numbered schema change.
public struct Migration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let sql: String
    public init(version: Int, name: String, sql: String) { self.version = version; self.name = name; self.sql = sql }
}

/// Why a database's schema cannot be used by this binary.
public enum SchemaMismatch: Error, Equatable, CustomStringConvertible {
    case behind(database: Int, binary: Int)
    case ahead(database: Int, binary: Int)
    case notAnArchive

    public var description: String {
        switch self {
        case .behind(let database, let binary):
            return "the database is at schema version \(database) but this binary needs \(binary); run the importer (`swift run importer --db PATH`) to migrate it"
        case .ahead(let database, let binary):
            return "the database is at schema version \(database), newer than this binary's \(binary); rebuild from a newer checkout (`git pull && swift build`) or use an older database"
        case .notAnArchive:
            return "the file is not an archive database (no schema_migrations table); create one with `swift run importer --db PATH`"
        }
    }
}

/// Applies migrations in version order, each in its own transaction, recording each in `schema_migrations`.
public struct Migrator: Sendable {
    public let migrations: [Migration]

    public init(migrations: [Migration]) {
        precondition(Set(migrations.map(\.version)).count == migrations.count, "duplicate migration version")
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// The version this binary's schema is at.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Applies every migration newer than the database's version; returns the versions applied.
    @discardableResult
    public func migrate(_ connection: Connection) throws -> [Int] {
        try connection.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            )
            """)
        let current = try Self.version(of: connection) ?? 0
        if current > latestVersion { throw SchemaMismatch.ahead(database: current, binary: latestVersion) }
        var applied: [Int] = []
        for migration in migrations where migration.version > current {
            try connection.transaction {
                try connection.execute(migration.sql)
                try connection.cached("INSERT INTO schema_migrations (version, name) VALUES (?, ?)")
                    .run([migration.version, migration.name])
            }
            applied.append(migration.version)
        }
        return applied
    }

    /// Throws unless the database is at exactly this binary's version.
    public func verify(_ connection: Connection) throws {
        guard let version = try Self.version(of: connection) else { throw SchemaMismatch.notAnArchive }
        if version < latestVersion { throw SchemaMismatch.behind(database: version, binary: latestVersion) }
        if version > latestVersion { throw SchemaMismatch.ahead(database: version, binary: latestVersion) }
    }

    /// The highest applied version, or nil when the database has no migrations table.
    public static func version(of connection: Connection) throws -> Int? {
        let hasTable = try connection.scalarInt(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") ?? 0
        guard hasTable > 0 else { return nil }
        return try connection.scalarInt("SELECT coalesce(max(version), 0) FROM schema_migrations")
    }
}
