import HTTP1
import SQLite
import Store

extension DocumentSummary: ListRow {
    static let columns = ["id", "title", "author", "publisher", "published", "url", "language", "source"]
    static var csvColumns: [String] { columns }
    var csvFields: [String?] { [String(id), title, author, publisher, published, url, language, source] }
    var cursor: Cursor { Cursor(key: "", id: id) }

    func writeJSON(_ json: inout JSONWriter) {
        json.beginObject()
        writeFields(&json)
        json.endObject()
    }

    func writeFields(_ json: inout JSONWriter) {
        json.field("id", id)
        json.field("title", title)
        json.field("author", author)
        json.field("publisher", publisher)
        json.field("published", published)
        json.field("url", url)
        json.field("language", language)
        json.field("source", source)
        json.field("size_bytes", sizeBytes)
    }
}

/// A document row paired with the sort key its page was ordered by, so cursors resume exactly.
struct SortedDocument: ListRow {
    let document: DocumentSummary
    let order: DocumentOrder
    static var csvColumns: [String] { DocumentSummary.csvColumns }
    var csvFields: [String?] { document.csvFields }
    func writeJSON(_ json: inout JSONWriter) { document.writeJSON(&json) }
    var cursor: Cursor { Cursor(key: DocumentQueries.sortKey(of: document, order: order), id: document.id) }
}

extension ArchiveAPI {
    static let documentFilterParameters: Set<String> = ["q", "author", "publisher", "language", "from", "to", "entity"]

    func documentFilter(_ parameters: Parameters) throws -> DocumentFilter {
        DocumentFilter(fullText: try parameters.string("q"), author: try parameters.string("author"),
                       publisher: try parameters.string("publisher"), language: try parameters.string("language"),
                       from: try parameters.date("from"), to: try parameters.date("to"), entityID: try parameters.id("entity"))
    }

    /// GET /v1/documents — filters, sort (`id`, `published`, `title`, `-` for descending), cursor pages.
    func documents(_ context: RouteContext) throws -> HTTPResponse {
        let parameters = try Parameters(context.request,
                                        allowed: Self.documentFilterParameters.union(ListResponse<SortedDocument>.commonParameters).union(["sort"]))
        let filter = try documentFilter(parameters)
        let sortChoices = DocumentOrder.allCases.flatMap { [$0.rawValue, "-" + $0.rawValue] }
        let sort = try parameters.choice("sort", from: sortChoices) ?? "id"
        let descending = sort.hasPrefix("-")
        let order = DocumentOrder(rawValue: String(sort.drop { $0 == "-" }))!
        return try ListResponse<SortedDocument>.respond(
            to: context.request, parameters: parameters, pool: pool,
            total: { try DocumentQueries(connection: $0).count(filter: filter) },
            fetch: { connection, after, limit in
                try DocumentQueries(connection: connection)
                    .documents(filter: filter, order: order, descending: descending,
                               after: after.map { ($0.key, $0.id) }, limit: limit)
                    .map { SortedDocument(document: $0, order: order) }
            })
    }

    /// GET /v1/documents/{id} — the summary plus metadata evidence, counts, keywords, the entities it
    /// mentions (most mentioned first, with their mentions in this document) and paragraphs.
    func document(_ context: RouteContext) throws -> HTTPResponse {
        _ = try Parameters(context.request, allowed: [])
        let id = try context.id()
        return try pool.withConnection { connection in
            let queries = DocumentQueries(connection: connection)
            guard let summary = try queries.summary(id: id) else { throw APIError.notFound("No document with id \(id).") }
            var json = JSONWriter(capacity: 16_384)
            json.beginObject()
            summary.writeFields(&json)
            json.key("metadata")
            json.beginArray()
            for field in try queries.fields(documentID: id) {
                json.beginObject()
                json.field("field", field.field); json.field("value", field.value)
                json.field("start", field.start); json.field("end", field.end)
                json.endObject()
            }
            json.endArray()
            json.key("counts")
            json.beginObject()
            for (kind, count) in try queries.counts(documentID: id) { json.field(kind, count) }
            json.endObject()
            json.key("keywords")
            json.beginArray()
            for keyword in try queries.keywords(documentID: id) {
                json.beginObject(); json.field("term", keyword.term); json.field("score", (keyword.score * 10_000).rounded() / 10_000); json.endObject()
            }
            json.endArray()
            let entityQueries = EntityQueries(connection: connection)
            let entities = try entityQueries.entities(inDocument: id, limit: Self.entityDetailLimit)
            BoundedList.write(&json, key: "entities", total: try entityQueries.entityCount(inDocument: id), shown: entities.count,
                              more: relativeURL(path: "/v1/entities", query: [("document", String(id))])) { json in
                for (entity, mentions) in entities {
                    json.beginObject()
                    json.field("id", entity.id); json.field("name", entity.name); json.field("type", entity.type)
                    json.field("mentions", mentions)
                    json.endObject()
                }
            }
            json.key("paragraphs")
            json.beginArray()
            for paragraph in try queries.paragraphs(documentID: id) {
                json.beginObject()
                json.field("id", paragraph.id); json.field("position", paragraph.position)
                json.field("start", paragraph.start); json.field("end", paragraph.end)
                json.field("language", paragraph.language); json.field("text", paragraph.text)
                json.endObject()
            }
            json.endArray()
            json.endObject()
            return HTTPResponse.json(json)
        }
    }

    /// GET /v1/documents/{id}/text — the stored text, as plain text. Spans index into exactly this.
    func documentText(_ context: RouteContext) throws -> HTTPResponse {
        _ = try Parameters(context.request, allowed: [])
        let id = try context.id()
        guard let text = try pool.withConnection({ try DocumentQueries(connection: $0).text(id: id) }) else {
            throw APIError.notFound("No document with id \(id).")
        }
        return HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain; charset=utf-8"], body: .bytes(Array(text.utf8)))
    }
}
