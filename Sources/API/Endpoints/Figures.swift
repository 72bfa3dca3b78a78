import HTTP1
import SQLite
import Store

extension FigureSummary: ListRow {
    static var csvColumns: [String] {
        ["id", "value", "value_max", "unit", "qualifier", "text", "year", "document_id", "sentence_id", "start", "end"]
    }
    var csvFields: [String?] {
        [String(id), Self.number(value), valueMax.map(Self.number), unit, qualifier, text, year.map(String.init),
         String(documentID), sentenceID.map(String.init), String(start), String(end)]
    }
    var cursor: Cursor { Cursor(key: "", id: id) }

    /// The value as JSON writes it: whole numbers without ".0".
    static func number(_ value: Double) -> String {
        var json = JSONWriter(capacity: 24)
        json.double(value)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    func writeJSON(_ json: inout JSONWriter) {
        json.beginObject()
        json.field("id", id)
        json.field("value", value)
        json.field("value_max", valueMax)
        json.field("unit", unit)
        json.field("qualifier", qualifier)
        json.field("text", text)
        json.field("year", year)
        json.field("document_id", documentID)
        json.field("sentence_id", sentenceID)
        json.span("span", start: start, end: end)
        json.endObject()
    }
}

extension ArchiveAPI {
    /// GET /v1/figures — amounts stated in the documents, by unit, year and document.
    func figures(_ context: RouteContext) throws -> HTTPResponse {
        let parameters = try Parameters(context.request, allowed: ListResponse<FigureSummary>.commonParameters
            .union(["unit", "year", "document"]))
        let filter = FigureFilter(unit: try parameters.string("unit"), year: try parameters.integer("year", range: 0...9999),
                                  documentID: try parameters.id("document"))
        return try ListResponse<FigureSummary>.respond(
            to: context.request, parameters: parameters, pool: pool,
            total: { try FigureQueries(connection: $0).count(filter: filter) },
            fetch: { connection, after, limit in
                try FigureQueries(connection: connection).figures(filter: filter, after: after?.id, limit: limit)
            })
    }
}
