import HTTP1
import SQLite
import Store

extension QuoteSummary: ListRow {
    static var csvColumns: [String] {
        ["id", "text", "speaker_id", "speaker_name", "document_id", "start", "end", "sentence_id", "sentence"]
    }
    var csvFields: [String?] {
        [String(id), text, speaker.map { String($0.id) }, speaker?.name, String(documentID), String(start), String(end),
         sentence.map { String($0.id) }, sentence?.text]
    }
    var cursor: Cursor { Cursor(key: "", id: id) }

    func writeJSON(_ json: inout JSONWriter) {
        json.beginObject()
        json.field("id", id)
        json.field("text", text)
        json.key("speaker")
        json.entity(speaker, withType: false)
        json.field("document_id", documentID)
        json.span("span", start: start, end: end)
        json.key("sentence")
        if let sentence {
            json.beginObject()
            json.field("id", sentence.id)
            json.span("span", start: sentence.start, end: sentence.end)
            json.field("text", sentence.text)
            json.endObject()
        } else {
            json.null()
        }
        json.endObject()
    }
}

extension ArchiveAPI {
    /// GET /v1/quotes — direct quotations, by speaker, words and document.
    func quotes(_ context: RouteContext) throws -> HTTPResponse {
        let parameters = try Parameters(context.request, allowed: ListResponse<QuoteSummary>.commonParameters
            .union(["speaker", "q", "document"]))
        let filter = QuoteFilter(speakerID: try parameters.id("speaker"), text: try parameters.string("q"),
                                 documentID: try parameters.id("document"))
        return try ListResponse<QuoteSummary>.respond(
            to: context.request, parameters: parameters, pool: pool,
            total: { try QuoteQueries(connection: $0).count(filter: filter) },
            fetch: { connection, after, limit in
                try QuoteQueries(connection: connection).quotes(filter: filter, after: after?.id, limit: limit)
            })
    }
}
