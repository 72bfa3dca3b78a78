import Extraction
import SQLite

/// Saves documents and everything extracted from them. Each `save` is atomic (a savepoint, so a
/// transaction of its own unless the caller groups several saves in one): a document is stored
/// whole or not at all, and a changed file replaces only its own rows.
public struct DocumentWriter {
    public let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// The content hash stored for `source`, or nil when it was never imported.
    public func storedHash(source: String) throws -> String? {
        try connection.cached("SELECT content_hash FROM documents WHERE source = ?").firstRow([source]) { $0.string(0) }
    }

    /// Starts remembering which file of this run took each source name (see `claim`).
    public func beginRun() throws {
        // The names go in ascending order, so a small cache suffices; the default 2 MB would fill
        // up with this table's pages over a long run.
        try connection.execute("""
            PRAGMA temp.cache_size = -256;
            CREATE TEMP TABLE IF NOT EXISTS run_sources (source TEXT PRIMARY KEY, path TEXT NOT NULL);
            DELETE FROM temp.run_sources;
            """)
    }

    /// Forgets the run's names and gives the temporary tables that follow (the finaliser's) SQLite's
    /// default cache again.
    public func endRun() throws {
        try connection.execute("DROP TABLE IF EXISTS temp.run_sources; PRAGMA temp.cache_size = -2000;")
    }

    /// Records that `path` is this run's file for `source`, or returns the path of the file that
    /// claimed `source` earlier in the run. Kept in a temporary table, not in memory, so a run of
    /// any length holds no list of names.
    public func claim(source: String, path: String) throws -> String? {
        try connection.cached("INSERT INTO temp.run_sources (source, path) VALUES (?, ?) ON CONFLICT DO NOTHING")
            .execute(source, path)
        guard connection.changes == 0 else { return nil }
        return try connection.cached("SELECT path FROM temp.run_sources WHERE source = ?").firstRow([source]) { $0.string(0) }
    }

    public enum Outcome: Equatable, Sendable { case inserted(id: Int), replaced(id: Int), unchanged(id: Int) }

    /// Stores `record` unless the same content is already stored under its source name.
    @discardableResult
    public func save(_ record: DocumentRecord, importedAt: String) throws -> Outcome {
        try connection.savepoint("document") {
            let existing = try connection.cached("SELECT id, content_hash FROM documents WHERE source = ?")
                .firstRow([record.source]) { (id: $0.int(0), hash: $0.string(1)) }
            if let existing, existing.hash == record.contentHash { return .unchanged(id: existing.id) }
            let metadata = record.analysis.metadata
            let values: [any SQLiteBindable] = [
                metadata.title?.value, record.contentHash, record.sizeBytes, record.text, importedAt,
                metadata.authors.isEmpty ? nil : metadata.authors.map(\.value).joined(separator: "; "),
                metadata.publisher?.value, metadata.published?.value.iso, metadata.url?.value, metadata.language,
            ]
            let id: Int
            if let existing {
                id = existing.id
                try deleteContents(of: id)
                try connection.cached("""
                    UPDATE documents SET title = ?, content_hash = ?, size_bytes = ?, text = ?, imported_at = ?,
                        author = ?, publisher = ?, published = ?, url = ?, language = ? WHERE id = ?
                    """).run(values + [id])
            } else {
                try connection.cached("""
                    INSERT INTO documents (title, content_hash, size_bytes, text, imported_at,
                        author, publisher, published, url, language, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).run(values + [record.source])
                id = connection.lastInsertRowID
            }
            try AnalysisWriter(connection: connection, documentID: id).write(record)
            return existing == nil ? .inserted(id: id) : .replaced(id: id)
        }
    }

    /// Removes a document and all its rows; true when there was one.
    @discardableResult
    public func delete(source: String) throws -> Bool {
        try connection.transaction {
            guard let id = try connection.cached("SELECT id FROM documents WHERE source = ?").firstRow([source], { $0.int(0) })
            else { return false }
            try deleteContents(of: id)
            try connection.cached("DELETE FROM documents WHERE id = ?").run([id])
            return true
        }
    }

    // Children first, so foreign keys never dangle mid-transaction.
    private static let childTables = [
        "event_participants WHERE event_id IN (SELECT id FROM events WHERE document_id = ?)",
        "events WHERE document_id = ?", "quotes WHERE document_id = ?", "figures WHERE document_id = ?",
        "entity_mentions WHERE document_id = ?", "entity_roles WHERE document_id = ?",
        "document_entities WHERE document_id = ?", "date_mentions WHERE document_id = ?",
        "citations WHERE document_id = ?", "document_term_counts WHERE document_id = ?",
        "document_keywords WHERE document_id = ?", "document_fields WHERE document_id = ?",
        "sentences WHERE document_id = ?", "paragraphs WHERE document_id = ?",
    ]

    private func deleteContents(of id: Int) throws {
        for table in Self.childTables { try connection.cached("DELETE FROM " + table).run([id]) }
    }
}
