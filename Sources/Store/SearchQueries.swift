import SQLite

/// One paragraph that matched a full-text query, with its document and a highlighted snippet.
public struct SearchHit: Sendable, Equatable {
    public var paragraphID: Int
    public var documentID: Int
    public var position: Int
    public var start: Int
    public var end: Int
    public var documentTitle: String?
    public var published: String?
    /// SQLite's `bm25(paragraphs_fts)`: more negative is a better match.
    public var score: Double
    public var snippet: String
}

/// Counts of hits per document, per publication year and per entity, for a search's sidebar.
public struct SearchFacets: Sendable, Equatable {
    public struct Document: Sendable, Equatable { public var id: Int, title: String?, hits: Int }
    public struct Year: Sendable, Equatable {
        public var year: String?
        public var hits: Int
    }
    public struct Entity: Sendable, Equatable { public var id: Int, name: String, type: String, hits: Int }
    public var documents: [Document] = []
    public var years: [Year] = []
    public var entities: [Entity] = []
    /// How many of the best-ranked hits the entity facet counted (all of them up to `entitySample`).
    public var entityHits = 0
}

/// Full-text search over paragraphs (FTS5 query syntax, BM25 ranking). The query is always bound
/// after `MATCH ?`, so a query FTS5 cannot parse surfaces as an SQLite error on that statement.
public struct SearchQueries {
    public let connection: Connection
    public init(connection: Connection) { self.connection = connection }

    /// The markers `snippet()` puts around matched terms; the text between them is not HTML-escaped.
    public static let highlightOpen = "<mark>", highlightClose = "</mark>", ellipsis = "…"
    /// How many tokens a snippet holds at most (FTS5 allows 1…64).
    public static let snippetTokens = 24
    /// How many documents and entities a facet lists at most.
    public static let facetLimit = 20
    /// The entity facet counts entities in the best-ranked hits only, this many at most: walking every
    /// sentence and mention of 10,000 hits costs ~200 ms, the best 1,000 a tenth of that.
    public static let entitySample = 1_000

    /// FROM and WHERE shared by every search statement: hits joined to their paragraph (`p`) and,
    /// when the filter needs it, their document (`d`).
    private static func source(filter: DocumentFilter) -> (sql: String, values: [any SQLiteBindable]) {
        var unranked = filter
        unranked.fullText = nil
        let (conditions, values) = unranked.conditions()
        // The document is joined only for filters on it: reading a document row per hit is the
        // dominant cost of a broad query over a large archive.
        let sql = "FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid"
            + (conditions.isEmpty ? "" : " JOIN documents d ON d.id = p.document_id")
            + " WHERE paragraphs_fts MATCH ?" + conditions.map { " AND " + $0 }.joined()
        return (sql, values)
    }

    /// One page of hits in rank order, after the keyset `after` (the last hit's score and paragraph id).
    /// Ties in score are broken by paragraph id, so walking pages never skips or repeats a hit.
    public func hits(query: String, filter: DocumentFilter, after: (score: Double, id: Int)?, limit: Int) throws -> [SearchHit] {
        let (source, values) = Self.source(filter: filter)
        let columns = "p.id, p.document_id, p.position, p.start, p.end, d.title, d.published"
        let keyset = after == nil ? "" : " AND (bm25(paragraphs_fts) > ? OR (bm25(paragraphs_fts) = ? AND paragraphs_fts.rowid > ?))"
        let sql: String
        if values.isEmpty {
            // Unfiltered: rank on the index alone and join only the page's rows to their paragraph and document.
            sql = """
                SELECT \(columns), h.score FROM (
                    SELECT paragraphs_fts.rowid AS id, bm25(paragraphs_fts) AS score FROM paragraphs_fts
                    WHERE paragraphs_fts MATCH ?\(keyset) ORDER BY score, id LIMIT ?
                ) h JOIN paragraphs p ON p.id = h.id JOIN documents d ON d.id = p.document_id ORDER BY h.score, h.id
                """
        } else {
            sql = "SELECT \(columns), bm25(paragraphs_fts) \(source)\(keyset) ORDER BY bm25(paragraphs_fts), p.id LIMIT ?"
        }
        let bound: [any SQLiteBindable] = [query] + values + (after.map { [$0.score, $0.score, $0.id] } ?? []) + [limit]
        var hits: [SearchHit] = []
        try connection.cached(sql).forEachRow(bound) { row in
            hits.append(SearchHit(paragraphID: row.int(0), documentID: row.int(1), position: row.int(2), start: row.int(3),
                                  end: row.int(4), documentTitle: row.optionalString(5), published: row.optionalString(6),
                                  score: row.double(7), snippet: ""))
        }
        // Snippets are made for the page only: in the ranking statement SQLite would make one for every match.
        let snippet = try connection.cached("""
            SELECT snippet(paragraphs_fts, 0, '\(Self.highlightOpen)', '\(Self.highlightClose)', '\(Self.ellipsis)', \(Self.snippetTokens))
            FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND rowid = ?
            """)
        for index in hits.indices {
            hits[index].snippet = try snippet.firstRow([query, hits[index].paragraphID]) { $0.string(0) } ?? ""
        }
        return hits
    }

    /// How many paragraphs match.
    public func count(query: String, filter: DocumentFilter) throws -> Int {
        let (source, values) = Self.source(filter: filter)
        if values.isEmpty {
            return try connection.scalarInt("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?", [query]) ?? 0
        }
        return try connection.scalarInt("SELECT count(*) " + source, [query] + values) ?? 0
    }

    /// Hits per document (top `facetLimit`), per publication year (all years, oldest first; null when
    /// undated) and per entity mentioned in one of the best `entitySample` hits (top `facetLimit`).
    public func facets(query: String, filter: DocumentFilter) throws -> SearchFacets {
        let (source, values) = Self.source(filter: filter)
        let bound: [any SQLiteBindable] = [query] + values
        var facets = SearchFacets()
        // One pass gives hits per document; years and the top documents are summed from it here,
        // so each matching document's row is read once, not once per facet.
        var perDocument: [(id: Int, title: String?, year: String?, hits: Int)] = []
        try connection.cached("""
            SELECT d.id, d.title, substr(d.published, 1, 4), g.hits
            FROM (SELECT p.document_id AS id, count(*) AS hits \(source) GROUP BY p.document_id) g JOIN documents d ON d.id = g.id
            """).forEachRow(bound) { perDocument.append(($0.int(0), $0.optionalString(1), $0.optionalString(2), $0.int(3))) }
        facets.documents = perDocument.sorted { ($0.hits, -$0.id) > ($1.hits, -$1.id) }.prefix(Self.facetLimit)
            .map { .init(id: $0.id, title: $0.title, hits: $0.hits) }
        var years: [String?: Int] = [:]
        for document in perDocument { years[document.year, default: 0] += document.hits }
        // Oldest first; undated (null) first, as SQLite's ORDER BY puts NULL.
        facets.years = years.map { SearchFacets.Year(year: $0.key, hits: $0.value) }.sorted { ($0.year ?? "") < ($1.year ?? "") }
        // An entity counts once per matching paragraph it is mentioned in (mentions → sentences → paragraph).
        try connection.cached("""
            SELECT e.id, e.name, e.type, count(DISTINCT p.id) AS hits
            FROM (SELECT p.id AS id \(source) ORDER BY bm25(paragraphs_fts), p.id LIMIT \(Self.entitySample)) p
            JOIN sentences s ON s.paragraph_id = p.id JOIN entity_mentions m ON m.sentence_id = s.id
            JOIN entities e ON e.id = m.entity_id
            GROUP BY e.id ORDER BY hits DESC, e.id LIMIT \(Self.facetLimit)
            """).forEachRow(bound) {
                facets.entities.append(.init(id: $0.int(0), name: $0.string(1), type: $0.string(2), hits: $0.int(3)))
            }
        facets.entityHits = min(perDocument.reduce(0) { $0 + $1.hits }, Self.entitySample)
        return facets
    }
}
