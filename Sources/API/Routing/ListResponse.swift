import HTTP1
import SQLite

/// A row of a list endpoint: written as a JSON object, and flat for CSV.
protocol ListRow: SendableMetatype {
    static var csvColumns: [String] { get }
    var csvFields: [String?] { get }
    func writeJSON(_ json: inout JSONWriter)
    /// Where the next page starts after this row.
    var cursor: Cursor { get }
}

enum ListFormat: String { case json, csv, ndjson }

/// Builds list responses: a JSON page `{"data":[…],"next":URL|null[,"total":n]}` with a `Link`
/// header, or a streamed CSV / NDJSON export of every row, fetched page by page.
struct ListResponse<Row: ListRow> {
    static var defaultLimit: Int { 50 }
    static var maximumLimit: Int { 500 }
    /// Parameters every list accepts besides its filters.
    static var commonParameters: Set<String> { ["limit", "cursor", "format"] }

    typealias Fetch = @Sendable (_ connection: Connection, _ after: Cursor?, _ limit: Int) throws -> [Row]

    /// A JSON page made in one go: at most `limit` rows, whether more follow, the total and `metadata`'s fragment.
    struct Page {
        var rows: [Row]
        var hasMore: Bool
        var total: Int?
        var metadata: [UInt8]?
    }
    typealias PageFetch = (_ connection: Connection, _ after: Cursor?, _ limit: Int) throws -> Page

    /// `metadata` adds fields to a JSON page after `total` (e.g. facets): it returns them as a
    /// fragment `"key":value,"key":value`, written with a fresh `JSONWriter`. `page`, when given, makes
    /// JSON pages instead of `fetch`, `total` and `metadata`, for a list whose rows, total and metadata
    /// come cheapest from one pass; exports still use `fetch`.
    static func respond(to request: HTTPRequest, parameters: Parameters, pool: ConnectionPool,
                        extra: ((inout JSONWriter) -> Void)? = nil,
                        total: ((Connection) throws -> Int)? = nil,
                        metadata: ((Connection) throws -> [UInt8])? = nil,
                        page: PageFetch? = nil, fetch: @escaping Fetch) throws -> HTTPResponse {
        let limit = try parameters.integer("limit", range: 1...maximumLimit) ?? defaultLimit
        let after = try parameters.string("cursor").map(Cursor.init(token:))
        switch try format(of: request, parameters: parameters) {
        case .json:
            let result = try pool.withConnection { connection -> Page in
                if let page { return try page(connection, after, limit) }
                let rows = try fetch(connection, after, limit + 1)
                return Page(rows: Array(rows.prefix(limit)), hasMore: rows.count > limit,
                            total: try total?(connection), metadata: try metadata?(connection))
            }
            let (rows, count, fields) = (result.rows, result.total, result.metadata)
            let next = result.hasMore && !rows.isEmpty ? nextURL(for: request, cursor: rows[rows.count - 1].cursor) : nil
            var json = JSONWriter(capacity: 4096)
            json.beginObject()
            json.key("data")
            json.beginArray()
            for row in rows { row.writeJSON(&json) }
            json.endArray()
            json.field("next", next)
            if let count { json.field("total", count) }
            if let fields, !fields.isEmpty { json.raw(fields) }
            extra?(&json)
            json.endObject()
            var headers: HTTPHeaders = ["Content-Type": "application/json; charset=utf-8"]
            if let next { headers.add("Link", "<\(next)>; rel=\"next\"") }
            return HTTPResponse(status: .ok, headers: headers, body: .bytes(json.bytes))
        case .csv:
            return try export(contentType: "text/csv; charset=utf-8", pool: pool, after: after, fetch: fetch,
                          header: csvLine(Row.csvColumns), line: { csvLine($0.csvFields) })
        case .ndjson:
            return try export(contentType: "application/x-ndjson", pool: pool, after: after, fetch: fetch, header: nil) { row in
                var json = JSONWriter(capacity: 512)
                row.writeJSON(&json)
                return json.bytes + [0x0A]
            }
        }
    }

    /// `?format=` wins; otherwise the Accept header may ask for CSV or NDJSON.
    static func format(of request: HTTPRequest, parameters: Parameters) throws -> ListFormat {
        if let format = try parameters.choice("format", from: ["json", "csv", "ndjson"]) { return ListFormat(rawValue: format)! }
        let accept = request.headers["Accept"]?.lowercased() ?? ""
        if accept.contains("text/csv") { return .csv }
        if accept.contains("ndjson") { return .ndjson }
        return .json
    }

    private static func export(contentType: String, pool: ConnectionPool, after: Cursor?, fetch: @escaping Fetch,
                               header: [UInt8]?, line: @escaping @Sendable (Row) -> [UInt8]) throws -> HTTPResponse {
        let pageSize = 500
        // The first page is fetched before answering, so a query the store refuses (a bad full-text
        // query, say) is still a 400; once the stream has started, its status is already sent.
        nonisolated(unsafe) var firstPage: [Row]? = try pool.withConnection { try fetch($0, after, pageSize) }
        let stream = HTTPBodyStream { write in
            if let header { try write(header) }
            var cursor = after
            while true {
                let rows = try firstPage ?? pool.withConnection { try fetch($0, cursor, pageSize) }
                firstPage = nil
                var chunk: [UInt8] = []
                for row in rows { chunk += line(row) }
                if !chunk.isEmpty { try write(chunk) }
                guard rows.count == pageSize, let last = rows.last else { return }
                cursor = last.cursor
            }
        }
        return HTTPResponse(status: .ok, headers: ["Content-Type": contentType], body: .stream(stream))
    }

    /// One CSV record (RFC 4180): fields quoted when they hold a comma, quote or line break.
    static func csvLine(_ fields: [String?]) -> [UInt8] {
        var line: [UInt8] = []
        for (index, field) in fields.enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            guard let field else { continue }
            if field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                line.append(0x22)
                for byte in field.utf8 { if byte == 0x22 { line.append(0x22) }; line.append(byte) }
                line.append(0x22)
            } else {
                line.append(contentsOf: field.utf8)
            }
        }
        line.append(contentsOf: [0x0D, 0x0A])
        return line
    }

    /// The request's own URL with `cursor` replaced, absolute so another origin can follow it.
    static func nextURL(for request: HTTPRequest, cursor: Cursor) -> String {
        var query = request.query.filter { $0.name != "cursor" }
        query.append(("cursor", cursor.token))
        return absoluteURL(request, path: request.path, query: query)
    }
}

func absoluteURL(_ request: HTTPRequest, path: String, query: [(name: String, value: String)]) -> String {
    let scheme = request.headers["X-Forwarded-Proto"] == "https" ? "https" : "http"
    let host = request.headers["Host"] ?? "localhost"
    let queryText = query.map { percentEncode($0.name) + "=" + percentEncode($0.value) }.joined(separator: "&")
    return "\(scheme)://\(host)\(path)" + (queryText.isEmpty ? "" : "?" + queryText)
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
func percentEncode(_ text: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            out.append(byte)
        default:
            out.append(UInt8(ascii: "%")); out.append(hex[Int(byte >> 4)]); out.append(hex[Int(byte & 0xF)])
        }
    }
    return String(decoding: out, as: UTF8.self)
}
