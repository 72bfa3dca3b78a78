import SQLite

/// A document as lists show it.
public struct DocumentSummary: Sendable, Equatable {
    public var id: Int
    public var title: String?
    public var author: String?
    public var publisher: String?
    public var published: String?
    public var url: String?
    public var language: String
    public var source: String
    public var sizeBytes: Int
}

/// Filters shared by document lists and search. Every value is bound, never spliced.
public struct DocumentFilter: Sendable, Equatable {
    public var fullText: String?
    public var author: String?
    public var publisher: String?
    public var language: String?
    public var from: String?
    public var to: String?
    public var entityID: Int?
    public init(fullText: String? = nil, author: String? = nil, publisher: String? = nil, language: String? = nil,
                from: String? = nil, to: String? = nil, entityID: Int? = nil) {
        self.fullText = fullText; self.author = author; self.publisher = publisher; self.language = language
        self.from = from; self.to = to; self.entityID = entityID
    }

    /// SQL conditions on `documents` (aliased `d`) and their bound values.
    func conditions() -> (sql: [String], values: [any SQLiteBindable]) {
        var sql: [String] = []
        var values: [any SQLiteBindable] = []
        if let fullText {
            sql.append("d.id IN (SELECT p.document_id FROM paragraphs p WHERE p.id IN (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?))")
            values.append(fullText)
        }
        if let author { sql.append("d.author LIKE ? ESCAPE '\\'"); values.append(TextQueries.containsPattern(author)) }
        if let publisher { sql.append("d.publisher LIKE ? ESCAPE '\\'"); values.append(TextQueries.containsPattern(publisher)) }
        if let language { sql.append("d.language = ?"); values.append(language) }
        // Dates compare as ISO text; "2024" sorts before "2024-08-13", so `to` gets a ceiling.
        if let from { sql.append("d.published >= ?"); values.append(from) }
        if let to { sql.append("d.published <= ? || '-99'"); values.append(to) }
        if let entityID {
            sql.append("d.id IN (SELECT document_id FROM document_entities WHERE entity_id = ?)")
            values.append(entityID)
        }
        return (sql, values)
    }
}

/// Orders for document lists; each ends in `id`, so keyset pagination never skips or repeats.
public enum DocumentOrder: String, Sendable, CaseIterable {
    case id, published, title
}

public struct DocumentQueries {
    public let connection: Connection
    public init(connection: Connection) { self.connection = connection }

    static let summaryColumns = "d.id, d.title, d.author, d.publisher, d.published, d.url, d.language, d.source, d.size_bytes"

    static func summary(_ row: Statement) -> DocumentSummary {
        DocumentSummary(id: row.int(0), title: row.optionalString(1), author: row.optionalString(2),
                        publisher: row.optionalString(3), published: row.optionalString(4), url: row.optionalString(5),
                        language: row.string(6), source: row.string(7), sizeBytes: row.int(8))
    }

    /// One page of documents after the keyset `after` (the last row's sort key and id).
    public func documents(filter: DocumentFilter, order: DocumentOrder, descending: Bool,
                          after: (key: String, id: Int)?, limit: Int) throws -> [DocumentSummary] {
        var (conditions, values) = filter.conditions()
        let key: String
        switch order {
        case .id: key = "d.id"
        case .published: key = "coalesce(d.published, '')"
        case .title: key = "coalesce(d.title, '')"
        }
        let direction = descending ? "DESC" : "ASC"
        if let after {
            if order == .id {
                conditions.append(descending ? "d.id < ?" : "d.id > ?")
                values.append(after.id)
            } else {
                conditions.append("(\(key), d.id) \(descending ? "<" : ">") (?, ?)")
                values.append(after.key); values.append(after.id)
            }
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT \(Self.summaryColumns) FROM documents d\(whereClause) ORDER BY \(key) \(direction), d.id \(direction) LIMIT ?"
        var result: [DocumentSummary] = []
        try connection.cached(sql).forEachRow(values + [limit]) { result.append(Self.summary($0)) }
        return result
    }

    /// The sort key of a summary, as `documents(after:)` expects it.
    public static func sortKey(of document: DocumentSummary, order: DocumentOrder) -> String {
        switch order {
        case .id: return String(document.id)
        case .published: return document.published ?? ""
        case .title: return document.title ?? ""
        }
    }

    public func count(filter: DocumentFilter) throws -> Int {
        let (conditions, values) = filter.conditions()
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try connection.scalarInt("SELECT count(*) FROM documents d" + whereClause, values) ?? 0
    }

    public func summary(id: Int) throws -> DocumentSummary? {
        try connection.cached("SELECT \(Self.summaryColumns) FROM documents d WHERE d.id = ?").firstRow([id], Self.summary)
    }

    public func text(id: Int) throws -> String? {
        try connection.cached("SELECT text FROM documents WHERE id = ?").firstRow([id]) { $0.string(0) }
    }

    public struct Paragraph: Sendable, Equatable {
        public var id: Int, position: Int, start: Int, end: Int, language: String, text: String
    }

    public func paragraphs(documentID: Int) throws -> [Paragraph] {
        var result: [Paragraph] = []
        try connection.cached("SELECT id, position, start, end, language, text FROM paragraphs WHERE document_id = ? ORDER BY position")
            .forEachRow([documentID]) {
                result.append(Paragraph(id: $0.int(0), position: $0.int(1), start: $0.int(2), end: $0.int(3),
                                        language: $0.string(4), text: $0.string(5)))
            }
        return result
    }

    public struct Field: Sendable, Equatable {
        public var field: String, value: String, start: Int, end: Int
    }

    /// Metadata values with the spans they were read from.
    public func fields(documentID: Int) throws -> [Field] {
        var result: [Field] = []
        try connection.cached("SELECT field, value, start, end FROM document_fields WHERE document_id = ? ORDER BY field, position")
            .forEachRow([documentID]) { result.append(Field(field: $0.string(0), value: $0.string(1), start: $0.int(2), end: $0.int(3))) }
        return result
    }

    public func keywords(documentID: Int) throws -> [(term: String, score: Double)] {
        var result: [(term: String, score: Double)] = []
        try connection.cached("SELECT term, score FROM document_keywords WHERE document_id = ? ORDER BY rank")
            .forEachRow([documentID]) { result.append(($0.string(0), $0.double(1))) }
        return result
    }

    /// Rows of each extracted kind for one document.
    public func counts(documentID: Int) throws -> [(kind: String, count: Int)] {
        let tables = [("paragraphs", "paragraphs"), ("sentences", "sentences"), ("entities", "document_entities"),
                      ("mentions", "entity_mentions"), ("dates", "date_mentions"), ("events", "events"),
                      ("quotes", "quotes"), ("figures", "figures"), ("citations", "citations")]
        return try tables.map { kind, table in
            // entity_mentions has no index that leads with document_id; reach it through its
            // document entities (entity_mentions_document), or a 10,000-document archive scans
            // 660,000 rows per document page.
            let sql = table == "entity_mentions"
                ? "SELECT count(*) FROM entity_mentions WHERE document_entity_id IN (SELECT id FROM document_entities WHERE document_id = ?)"
                : "SELECT count(*) FROM \(table) WHERE document_id = ?"
            return (kind, try connection.scalarInt(sql, [documentID]) ?? 0)
        }
    }
}
