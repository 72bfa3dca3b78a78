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

    /// One page of hits in rank order (for exports, page by page), after the keyset `after` (the last hit's score and paragraph id).
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
        let snippet = try connection.cached(Self.snippetSQL)
        for index in hits.indices {
            hits[index].snippet = try snippet.firstRow([query, hits[index].paragraphID]) { $0.string(0) } ?? ""
        }
        return hits
    }

    /// One page of a search with its total and, when asked, its facets, from one ranking pass.
    public struct Results: Sendable, Equatable {
        /// Up to `limit` hits after the keyset, in rank order.
        public var hits: [SearchHit]
        /// Whether more hits follow the page.
        public var hasMore: Bool
        /// How many paragraphs match (the keyset does not narrow it).
        public var total: Int
        public var facets: SearchFacets?
    }

    /// A JSON page of `search`: the hits of `hits(after:limit:)`, what `count` would say, and facets.
    ///
    /// The three used to be three statements, and the page and the entity facet each ranked every
    /// match: `bm25()` reads each match's length from the FTS5 `docsize` table, ~1.5 µs a match, so a
    /// query matching 11,700 of 85,000 paragraphs spent ~35 ms ranking twice. (Without facets, too,
    /// sorting every match in Swift measured cheaper than SQLite's `ORDER BY bm25(…) LIMIT` and a count:
    /// 16 against 20 ms of CPU for that query.) Here one statement
    /// reads every match once (rowid, score and, for the facets, its document); the page, the total,
    /// the documents and years facets and the entity facet's sample are all taken from those rows.
    public func search(query: String, filter: DocumentFilter, after: (score: Double, id: Int)?, limit: Int,
                       facets withFacets: Bool) throws -> Results {
        var matches = try self.matches(query: query, filter: filter, withDocuments: withFacets)
        // Rank order, ties by paragraph id: what `ORDER BY bm25(paragraphs_fts), p.id` gives.
        matches.sort { ($0.score, $0.id) < ($1.score, $1.id) }
        let start = after.map { after in matches.firstIndex { ($0.score, $0.id) > (after.score, after.id) } ?? matches.endIndex } ?? 0
        let page = matches[start...]
        let hasMore = page.count > limit
        let hits = try details(of: page.prefix(limit), query: query)
        let facets = withFacets ? try self.facets(of: matches) : nil
        return Results(hits: hits, hasMore: hasMore, total: matches.count, facets: facets)
    }

    /// One matching paragraph: its rowid, `bm25()` score and document (0 when not read).
    struct Match: Sendable { var score: Double, id: Int, document: Int }

    /// Every match of the query in documents the filter admits, unordered.
    func matches(query: String, filter: DocumentFilter, withDocuments: Bool) throws -> [Match] {
        let (source, values) = Self.source(filter: filter)
        // Unfiltered and without facets, the FTS index alone answers: no paragraph row is read.
        let sql = values.isEmpty && !withDocuments
            ? "SELECT paragraphs_fts.rowid, bm25(paragraphs_fts), 0 FROM paragraphs_fts WHERE paragraphs_fts MATCH ?"
            : "SELECT paragraphs_fts.rowid, bm25(paragraphs_fts), p.document_id " + source
        var matches: [Match] = []
        try connection.cached(sql).forEachRow([query] + values) { row in
            matches.append(Match(score: row.double(1), id: row.int(0), document: row.int(2)))
        }
        return matches
    }

    /// The page's rows with their paragraph, document and snippet.
    private func details(of page: ArraySlice<Match>, query: String) throws -> [SearchHit] {
        let paragraph = try connection.cached("""
            SELECT p.document_id, p.position, p.start, p.end, d.title, d.published
            FROM paragraphs p JOIN documents d ON d.id = p.document_id WHERE p.id = ?
            """)
        let snippet = try connection.cached(Self.snippetSQL)
        var hits: [SearchHit] = []
        hits.reserveCapacity(page.count)
        for match in page {
            guard var hit = try paragraph.firstRow([match.id], { row in
                SearchHit(paragraphID: match.id, documentID: row.int(0), position: row.int(1), start: row.int(2), end: row.int(3),
                          documentTitle: row.optionalString(4), published: row.optionalString(5), score: match.score, snippet: "")
            }) else { continue }
            hit.snippet = try snippet.firstRow([query, match.id]) { $0.string(0) } ?? ""
            hits.append(hit)
        }
        return hits
    }

    private static let snippetSQL = """
        SELECT snippet(paragraphs_fts, 0, '\(highlightOpen)', '\(highlightClose)', '\(ellipsis)', \(snippetTokens))
        FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND rowid = ?
        """

    /// Hits per document (top `facetLimit`), per publication year (all years, oldest first; null when
    /// undated) and per entity mentioned in one of the best `entitySample` hits (top `facetLimit`),
    /// from matches in rank order that carry their document.
    func facets(of ranked: [Match]) throws -> SearchFacets {
        var facets = SearchFacets()
        var perDocument: [Int: Int] = [:]
        for match in ranked { perDocument[match.document, default: 0] += 1 }
        // Most hits first, then lowest id; titles are read for the listed documents only.
        let top = perDocument.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(Self.facetLimit)
        let title = try connection.cached("SELECT title FROM documents WHERE id = ?")
        for (id, hits) in top {
            guard let row = try title.firstRow([id], { $0.optionalString(0) }) else { continue }
            facets.documents.append(.init(id: id, title: row, hits: hits))
        }
        facets.years = try years(perDocument: perDocument)
        facets.entities = try entities(inParagraphs: ranked.prefix(Self.entitySample).map(\.id))
        facets.entityHits = min(ranked.count, Self.entitySample)
        return facets
    }

    /// Hits per publication year, oldest first, undated (null) first as SQLite's ORDER BY puts NULL.
    private func years(perDocument: [Int: Int]) throws -> [SearchFacets.Year] {
        var years: [String?: Int] = [:]
        let add = { (row: Statement) in
            if let hits = perDocument[row.int(0)] { years[row.optionalString(1), default: 0] += hits }
        }
        // Many documents: one pass over the covering (published, id) index is cheaper than a lookup each.
        if perDocument.count > 64 {
            try connection.cached("SELECT id, substr(published, 1, 4) FROM documents").forEachRow([], add)
        } else {
            let statement = try connection.cached("SELECT id, substr(published, 1, 4) FROM documents WHERE id = ?")
            for id in perDocument.keys { try statement.forEachRow([id], add) }
        }
        return years.map { SearchFacets.Year(year: $0.key, hits: $0.value) }.sorted { ($0.year ?? "") < ($1.year ?? "") }
    }

    /// Entities mentioned in the paragraphs, each counted once per paragraph, most first (then lowest
    /// id), at most `facetLimit`: paragraphs → sentences → mentions, on covering indexes only.
    private func entities(inParagraphs ids: [Int]) throws -> [SearchFacets.Entity] {
        guard !ids.isEmpty else { return [] }
        var hits: [Int: Int] = [:]
        var seen = Set<PairKey>()
        try connection.cached("""
            SELECT s.paragraph_id, m.entity_id FROM json_each(?) j
            JOIN sentences s ON s.paragraph_id = j.value JOIN entity_mentions m ON m.sentence_id = s.id
            WHERE m.entity_id IS NOT NULL
            """).forEachRow(["[" + ids.map(String.init).joined(separator: ",") + "]"]) { row in
                let entity = row.int(1)
                if seen.insert(PairKey(a: row.int(0), b: entity)).inserted { hits[entity, default: 0] += 1 }
            }
        let entity = try connection.cached("SELECT name, type FROM entities WHERE id = ?")
        var result: [SearchFacets.Entity] = []
        for (id, count) in hits.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            guard result.count < Self.facetLimit else { break }
            // A mention whose entity is gone is not counted, as a join with entities would not.
            guard let named = try entity.firstRow([id], { ($0.string(0), $0.string(1)) }) else { continue }
            result.append(.init(id: id, name: named.0, type: named.1, hits: count))
        }
        return result
    }

    private struct PairKey: Hashable { var a: Int, b: Int }
}
