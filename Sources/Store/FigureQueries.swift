import SQLite

/// An amount stated in a document: money, a percentage or a count, with its evidence span.
public struct FigureSummary: Sendable, Equatable {
    public var id: Int
    public var value: Double
    public var valueMax: Double?
    public var unit: String
    public var qualifier: String?
    public var text: String
    public var year: Int?
    public var documentID: Int
    public var sentenceID: Int?
    public var start: Int
    public var end: Int
}

public struct FigureFilter: Sendable, Equatable {
    /// "USD", "percent", "people"… exactly as stored.
    public var unit: String?
    /// The year the figure refers to.
    public var year: Int?
    public var documentID: Int?
    public init(unit: String? = nil, year: Int? = nil, documentID: Int? = nil) {
        self.unit = unit; self.year = year; self.documentID = documentID
    }
}

public struct FigureQueries {
    public let connection: Connection
    public init(connection: Connection) { self.connection = connection }

    private static func conditions(_ filter: FigureFilter) -> (sql: [String], values: [any SQLiteBindable]) {
        var sql: [String] = []
        var values: [any SQLiteBindable] = []
        if let unit = filter.unit { sql.append("unit = ?"); values.append(unit) }
        if let year = filter.year { sql.append("year = ?"); values.append(year) }
        if let documentID = filter.documentID { sql.append("document_id = ?"); values.append(documentID) }
        return (sql, values)
    }

    /// One page of figures in id order after the id `after`.
    public func figures(filter: FigureFilter, after: Int?, limit: Int) throws -> [FigureSummary] {
        var (conditions, values) = Self.conditions(filter)
        conditions.append("id > ?")
        values.append(after ?? 0)
        var result: [FigureSummary] = []
        try connection.cached("""
            SELECT id, value, value_max, unit, qualifier, text, year, document_id, sentence_id, start, end
            FROM figures WHERE \(conditions.joined(separator: " AND ")) ORDER BY id LIMIT ?
            """).forEachRow(values + [limit]) { row in
                result.append(FigureSummary(id: row.int(0), value: row.double(1), valueMax: row.optionalDouble(2), unit: row.string(3),
                                            qualifier: row.optionalString(4), text: row.string(5), year: row.optionalInt(6),
                                            documentID: row.int(7), sentenceID: row.optionalInt(8), start: row.int(9), end: row.int(10)))
            }
        return result
    }

    public func count(filter: FigureFilter) throws -> Int {
        let (conditions, values) = Self.conditions(filter)
        let whereClause = TextQueries.whereClause(conditions)
        return try connection.scalarInt("SELECT count(*) FROM figures" + whereClause, values) ?? 0
    }
}
