import SQLite

/// Secondary indexes taken down for a bulk write and rebuilt after it: building an index once from
/// the finished table (one sort) is much cheaper than updating it row by row. Only non-unique
/// indexes with a stored definition are taken down, so no constraint is lifted meanwhile.
/// Drop and rebuild inside one transaction, or on a database nobody reads yet.
public struct DeferredIndexes {
    public let definitions: [(name: String, sql: String)]

    public init(definitions: [(name: String, sql: String)]) { self.definitions = definitions }

    /// Drops every secondary index of the database.
    public static func dropAll(on connection: Connection) throws -> DeferredIndexes {
        try drop(on: connection, query: """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name
            """, [])
    }

    /// Drops the secondary indexes of `table` that cover any of `columns`.
    public static func drop(on connection: Connection, table: String, columns: [String]) throws -> DeferredIndexes {
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return try drop(on: connection, query: """
            SELECT DISTINCT m.name, m.sql FROM sqlite_master m, pragma_index_info(m.name) i
            WHERE m.type = 'index' AND m.sql IS NOT NULL AND m.sql NOT LIKE 'CREATE UNIQUE%'
              AND m.tbl_name = ? AND i.name IN (\(placeholders)) ORDER BY m.name
            """, [table] + columns)
    }

    private static func drop(on connection: Connection, query: String, _ values: [String]) throws -> DeferredIndexes {
        var definitions: [(name: String, sql: String)] = []
        try connection.cached(query).forEachRow(values) { definitions.append(($0.string(0), $0.string(1))) }
        for (name, _) in definitions { try connection.execute("DROP INDEX \"\(name)\"") }
        return DeferredIndexes(definitions: definitions)
    }

    public func rebuild(on connection: Connection) throws {
        for (_, sql) in definitions { try connection.execute(sql) }
    }
}

/// The paragraphs' full-text index, suspended for a bulk load and built once at its end. Indexing
/// paragraph by paragraph inside per-document savepoints makes FTS5 write a tiny segment for every
/// statement (it flushes at each savepoint) and merge them all again later.
public struct DeferredFullTextIndex {
    static let trigger = "paragraphs_fts_insert"
    let triggerSQL: String

    /// Stops indexing paragraphs as they are inserted. For a database whose index is still empty.
    public static func suspend(on connection: Connection) throws -> DeferredFullTextIndex {
        guard let sql = try connection.cached("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
            .firstRow([trigger], { $0.string(0) })
        else { throw SQLiteError(code: 1, message: "no trigger \(trigger) to suspend", sql: nil) }
        try connection.execute("DROP TRIGGER \(trigger)")
        return DeferredFullTextIndex(triggerSQL: sql)
    }

    /// Indexes every paragraph and resumes indexing new ones as they are inserted.
    public func rebuild(on connection: Connection) throws {
        try connection.execute("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('rebuild')")
        try connection.execute(triggerSQL)
    }
}

/// A bulk load into a new database (see `ArchiveDatabase.openForBulkLoad`): one transaction, with
/// the secondary indexes and the full-text index built once the rows are in. Indexes the finaliser
/// reads are built before it runs; those on the ids it writes, by the finaliser once they are written.
public struct BulkLoad {
    let indexes: DeferredIndexes
    let indexesOnResolvedIDs: DeferredIndexes
    let fullText: DeferredFullTextIndex

    public static func begin(_ connection: Connection) throws -> BulkLoad {
        try connection.execute("BEGIN IMMEDIATE")
        let onResolvedIDs = try CorpusFinalizer.dropIndexesOnResolvedIDs(connection)
        return BulkLoad(indexes: try DeferredIndexes.dropAll(on: connection), indexesOnResolvedIDs: onResolvedIDs,
                        fullText: try DeferredFullTextIndex.suspend(on: connection))
    }

    /// Before the finaliser: every index but those on resolved ids, and the full-text index.
    public func buildIndexes(_ connection: Connection) throws {
        try indexes.rebuild(on: connection)
        try fullText.rebuild(on: connection)
    }

    /// The finaliser for this load: it builds the indexes on resolved ids once it has written them.
    public func finalizer(_ connection: Connection) -> CorpusFinalizer {
        var finalizer = CorpusFinalizer(connection: connection)
        finalizer.indexesToBuildOnResolvedIDs = indexesOnResolvedIDs
        return finalizer
    }

    /// When no finaliser runs (nothing was imported).
    public func buildIndexesOnResolvedIDs(_ connection: Connection) throws {
        try indexesOnResolvedIDs.rebuild(on: connection)
    }

    public func commit(_ connection: Connection) throws {
        try ArchiveDatabase.finishBulkLoad(connection)
    }
}
