import SQLite

/// Counts of everything in the archive and the dates it spans.
public struct ArchiveStats: Sendable, Equatable {
    /// Rows per kind, in a fixed order ("documents", "paragraphs", …).
    public var counts: [(kind: String, count: Int)]
    /// Entities per type, in the order of `EntityType`.
    public var entitiesByType: [(type: String, count: Int)]
    public var publishedRange: (first: String?, last: String?)
    public var eventRange: (first: String?, last: String?)
    /// page_count × page_size of the main database file (the WAL is not included).
    public var databaseBytes: Int
    public var sqliteVersion: String

    public static func == (lhs: ArchiveStats, rhs: ArchiveStats) -> Bool {
        lhs.counts.map { "\($0)" } == rhs.counts.map { "\($0)" } && lhs.entitiesByType.map { "\($0)" } == rhs.entitiesByType.map { "\($0)" }
            && lhs.publishedRange == rhs.publishedRange && lhs.eventRange == rhs.eventRange
            && lhs.databaseBytes == rhs.databaseBytes && lhs.sqliteVersion == rhs.sqliteVersion
    }
}

public struct StatsQueries {
    public let connection: Connection
    public init(connection: Connection) { self.connection = connection }

    static let countedTables = [
        ("documents", "documents"), ("paragraphs", "paragraphs"), ("sentences", "sentences"), ("entities", "entities"),
        ("entity_aliases", "entity_aliases"), ("mentions", "entity_mentions"), ("roles", "entity_roles"),
        ("cooccurrences", "entity_cooccurrences"), ("date_mentions", "date_mentions"), ("events", "events"),
        ("quotes", "quotes"), ("figures", "figures"), ("citations", "citations"), ("keywords", "document_keywords"),
    ]

    public func stats() throws -> ArchiveStats {
        let counts = try Self.countedTables.map { kind, table in
            (kind, try connection.scalarInt("SELECT count(*) FROM \(table)") ?? 0)
        }
        var byType: [String: Int] = [:]
        try connection.cached("SELECT type, count(*) FROM entities GROUP BY type").forEachRow { byType[$0.string(0)] = $0.int(1) }
        let types = ["person", "organization", "location", "agreement"]
        let published = try connection.cached("SELECT min(published), max(published) FROM documents")
            .firstRow { ($0.optionalString(0), $0.optionalString(1)) } ?? (nil, nil)
        let events = try connection.cached("SELECT min(date), max(coalesce(end_date, date)) FROM events")
            .firstRow { ($0.optionalString(0), $0.optionalString(1)) } ?? (nil, nil)
        let pages = try connection.scalarInt("PRAGMA page_count") ?? 0
        let pageSize = try connection.scalarInt("PRAGMA page_size") ?? 0
        let version = try connection.cached("SELECT sqlite_version()").firstRow { $0.string(0) } ?? ""
        return ArchiveStats(counts: counts, entitiesByType: types.map { ($0, byType[$0] ?? 0) },
                            publishedRange: published, eventRange: events, databaseBytes: pages * pageSize, sqliteVersion: version)
    }

    /// SQLite's data_version: changes whenever another connection commits to the database,
    /// so a cache keyed on it never serves a response older than the data.
    public func dataVersion() throws -> Int {
        try connection.scalarInt("PRAGMA data_version") ?? 0
    }
}
