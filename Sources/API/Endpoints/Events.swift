import HTTP1
import SQLite
import Store

extension EventSummary: ListRow {
    static var csvColumns: [String] {
        ["id", "kind", "date", "date_precision", "end_date", "summary", "place_id", "place_name", "entities",
         "document_id", "sentence_id", "evidence", "evidence_start", "evidence_end"]
    }
    var csvFields: [String?] {
        [String(id), kind, date, datePrecision, endDate, summary, place.map { String($0.id) }, place?.name,
         entities.map(\.name).joined(separator: "; "), String(documentID), sentenceID.map(String.init), evidence,
         String(evidenceStart), String(evidenceEnd)]
    }
    var cursor: Cursor { Cursor(key: date, id: id) }

    func writeJSON(_ json: inout JSONWriter) {
        json.beginObject()
        json.field("id", id)
        json.field("kind", kind)
        json.field("date", date)
        json.field("date_precision", datePrecision)
        json.field("end_date", endDate)
        json.field("summary", summary)
        json.key("place")
        json.entity(place, withType: false)
        json.key("entities")
        json.beginArray()
        for entity in entities { json.entity(entity) }
        json.endArray()
        json.field("document_id", documentID)
        json.field("sentence_id", sentenceID)
        json.field("evidence", evidence)
        json.span("evidence_span", start: evidenceStart, end: evidenceEnd)
        json.endObject()
    }
}

extension ArchiveAPI {
    /// GET /v1/events — the timeline: events in date order, filtered by dates, participant, place and words.
    func events(_ context: RouteContext) throws -> HTTPResponse {
        let parameters = try Parameters(context.request, allowed: ListResponse<EventSummary>.commonParameters
            .union(["from", "to", "entity", "place", "q", "kind", "document"]))
        let filter = EventFilter(from: try parameters.date("from"), to: try parameters.date("to"), entityID: try parameters.id("entity"),
                                 placeID: try parameters.id("place"), text: try parameters.string("q"),
                                 kind: try parameters.string("kind"), documentID: try parameters.id("document"))
        return try ListResponse<EventSummary>.respond(
            to: context.request, parameters: parameters, pool: pool,
            total: { try EventQueries(connection: $0).count(filter: filter) },
            fetch: { connection, after, limit in
                try EventQueries(connection: connection).events(filter: filter, after: after.map { ($0.key, $0.id) }, limit: limit)
            })
    }
}
