import SQLite

/// A direct quotation, its speaker when the text names one, and the sentence it stands in.
public struct QuoteSummary: Sendable, Equatable {
    public var id: Int
    public var text: String
    public var speaker: EntityReference?
    public var documentID: Int
    public var start: Int
    public var end: Int
    public var sentence: Sentence?

    public struct Sentence: Sendable, Equatable { public var id: Int, start: Int, end: Int, text: String }
}

public struct QuoteFilter: Sendable, Equatable {
    /// The speaker (corpus-wide entity id).
    public var speakerID: Int?
    /// Words the quotation contains (ASCII case-insensitive).
    public var text: String?
    public var documentID: Int?
    public init(speakerID: Int? = nil, text: String? = nil, documentID: Int? = nil) {
        self.speakerID = speakerID; self.text = text; self.documentID = documentID
    }
}

public struct QuoteQueries {
    public let connection: Connection
    public init(connection: Connection) { self.connection = connection }

    private static func conditions(_ filter: QuoteFilter) -> (sql: [String], values: [any SQLiteBindable]) {
        var sql: [String] = []
        var values: [any SQLiteBindable] = []
        if let speakerID = filter.speakerID { sql.append("row.speaker_entity_id = ?"); values.append(speakerID) }
        if let text = filter.text { sql.append("row.text LIKE ? ESCAPE '\\'"); values.append(TextQueries.containsPattern(text)) }
        if let documentID = filter.documentID { sql.append("row.document_id = ?"); values.append(documentID) }
        return (sql, values)
    }

    /// One page of quotations in id order (document, then text order) after the id `after`.
    public func quotes(filter: QuoteFilter, after: Int?, limit: Int) throws -> [QuoteSummary] {
        var (conditions, values) = Self.conditions(filter)
        conditions.append("row.id > ?")
        values.append(after ?? 0)
        var result: [QuoteSummary] = []
        try connection.cached("""
            SELECT row.id, row.text, speaker.id, speaker.name, speaker.type, row.document_id, row.start, row.end,
                   s.id, s.start, s.end, \(TextQueries.text(start: "s.start", end: "s.end"))
            FROM quotes row LEFT JOIN entities speaker ON speaker.id = row.speaker_entity_id \(TextQueries.paragraphJoin)
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY row.id LIMIT ?
            """).forEachRow(values + [limit]) { row in
                result.append(QuoteSummary(
                    id: row.int(0), text: row.string(1),
                    speaker: row.isNull(2) ? nil : EntityReference(id: row.int(2), name: row.string(3), type: row.string(4)),
                    documentID: row.int(5), start: row.int(6), end: row.int(7),
                    sentence: row.isNull(8) ? nil : .init(id: row.int(8), start: row.int(9), end: row.int(10), text: row.string(11))))
            }
        return result
    }

    public func count(filter: QuoteFilter) throws -> Int {
        let (conditions, values) = Self.conditions(filter)
        let whereClause = TextQueries.whereClause(conditions)
        return try connection.scalarInt("SELECT count(*) FROM quotes row" + whereClause, values) ?? 0
    }
}
