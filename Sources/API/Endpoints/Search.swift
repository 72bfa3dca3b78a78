import HTTP1
import SQLite
import Store

extension SearchHit: ListRow {
    static var csvColumns: [String] {
        ["document_id", "document_title", "published", "paragraph_id", "position", "start", "end", "score", "snippet"]
    }
    var csvFields: [String?] {
        [String(documentID), documentTitle, published, String(paragraphID), String(position), String(start), String(end),
         String(score), snippet]
    }
    // The score's shortest round-tripping text, so the cursor compares equal to the next run's bm25().
    var cursor: Cursor { Cursor(key: String(score), id: paragraphID) }

    func writeJSON(_ json: inout JSONWriter) {
        json.beginObject()
        json.key("document")
        json.beginObject()
        json.field("id", documentID)
        json.field("title", documentTitle)
        json.field("published", published)
        json.endObject()
        json.key("paragraph")
        json.beginObject()
        json.field("id", paragraphID)
        json.field("position", position)
        json.field("start", start)
        json.field("end", end)
        json.endObject()
        json.field("score", score)
        json.field("snippet", snippet)
        json.endObject()
    }
}

extension ArchiveAPI {
    /// GET /v1/search — FTS5 query over paragraphs, BM25 order, snippets, document filters, facets.
    func search(_ context: RouteContext) throws -> HTTPResponse {
        let parameters = try Parameters(context.request, allowed: Self.documentFilterParameters
            .union(ListResponse<SearchHit>.commonParameters).union(["facets"]))
        guard let query = try parameters.string("q") else {
            throw APIError.badParameter("q", "is required: an FTS5 query such as lavrov, \"east asia summit\", asean AND russia, sanction*")
        }
        // `q` is the ranked query here, not a document filter.
        let filter: DocumentFilter = try {
            var filter = try documentFilter(parameters)
            filter.fullText = nil
            return filter
        }()
        let withFacets = try parameters.choice("facets", from: ["true", "false"]) != "false"
        let limit = try parameters.integer("limit", range: 1...ListResponse<SearchHit>.maximumLimit) ?? ListResponse<SearchHit>.defaultLimit
        return try ListResponse<SearchHit>.respond(
            to: context.request, parameters: parameters, pool: pool,
            extra: { json in
                json.key("query")
                json.beginObject()
                json.field("q", query)
                json.field("author", filter.author)
                json.field("publisher", filter.publisher)
                json.field("language", filter.language)
                json.field("from", filter.from)
                json.field("to", filter.to)
                json.field("entity", filter.entityID)
                json.field("limit", limit)
                json.field("syntax", "fts5")
                json.field("ranking", "bm25")
                json.field("highlight", strings: [SearchQueries.highlightOpen, SearchQueries.highlightClose])
                json.endObject()
            },
            page: { connection, after, limit in
                let results = try SearchQueries(connection: connection)
                    .search(query: query, filter: filter, after: try Self.searchKeyset(after), limit: limit, facets: withFacets)
                return .init(rows: results.hits, hasMore: results.hasMore, total: results.total,
                             metadata: results.facets.map(Self.facetsFragment))
            },
            fetch: { connection, after, limit in
                try SearchQueries(connection: connection).hits(query: query, filter: filter, after: try Self.searchKeyset(after), limit: limit)
            })
    }

    /// The score and paragraph id a search cursor resumes after.
    private static func searchKeyset(_ cursor: Cursor?) throws -> (score: Double, id: Int)? {
        try cursor.map { cursor in
            guard let score = Double(cursor.key), score.isFinite else {
                throw APIError.badParameter("cursor", "is not a cursor this server issued; use the `next` link as given")
            }
            return (score, cursor.id)
        }
    }

    /// `"facets":{…}` for a search page.
    private static func facetsFragment(_ facets: SearchFacets) -> [UInt8] {
        JSONWriter.fragment { json in
            json.key("facets")
            json.beginObject()
            json.key("documents")
            json.beginArray()
            for document in facets.documents {
                json.beginObject()
                json.field("id", document.id); json.field("title", document.title); json.field("hits", document.hits)
                json.endObject()
            }
            json.endArray()
            json.key("years")
            json.beginArray()
            for year in facets.years {
                json.beginObject(); json.field("year", year.year.flatMap { Int($0) }); json.field("hits", year.hits); json.endObject()
            }
            json.endArray()
            json.key("entities")
            json.beginArray()
            for entity in facets.entities {
                json.beginObject()
                json.field("id", entity.id); json.field("name", entity.name); json.field("type", entity.type)
                json.field("hits", entity.hits)
                json.endObject()
            }
            json.endArray()
            json.field("entity_hits", facets.entityHits)
            json.endObject()
        }
    }
}
