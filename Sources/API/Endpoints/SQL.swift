import HTTP1
import SQLite
import Store

extension ArchiveAPI {
    static let consoleRowLimit = 1_000
    static let consoleTimeLimitNanoseconds: UInt64 = 1_000_000_000

    /// GET /v1/sql — one read-only SELECT, Datasette-style: `{"columns":[…],"rows":[[…]],"truncated":bool}`.
    /// Runs inline on the calling thread (bounded by the time limit and by `ConsoleConnections`'
    /// capacity) so that every refusal, including the time limit, is still a 400 with a body.
    func sql(_ context: RouteContext) throws -> HTTPResponse {
        let parameters = try Parameters(context.request, allowed: ["sql", "limit"])
        guard let sql = try parameters.string("sql") else {
            throw APIError.badParameter("sql", "is required: one SELECT statement, e.g. SELECT id, title FROM documents")
        }
        let limit = try parameters.integer("limit", range: 1...Self.consoleRowLimit) ?? Self.consoleRowLimit
        let outcome: ConsoleResult?
        do {
            outcome = try console.withConnection {
                try ConsoleQueries(connection: $0).run(sql, rowLimit: limit, timeLimitNanoseconds: Self.consoleTimeLimitNanoseconds)
            }
        } catch let refusal as ConsoleRefusal {
            switch refusal {
            case .empty: throw APIError.badParameter("sql", "holds no statement")
            case .trailingSQL(let rest):
                throw APIError.badParameter("sql", "must be a single statement; found more SQL after the first ';': '\(rest)'")
            }
        } catch let error as SQLiteError where Self.isResearchersFault(error) {
            throw APIError.badParameter("sql", Self.explain(error, sql: sql))
        }
        guard let result = outcome else {
            var busy = APIError(status: .serviceUnavailable, detail: "Every SQL console connection is busy; retry in a second.")
            busy.headers.set("Retry-After", "1")
            throw busy
        }
        var json = JSONWriter(capacity: 4096)
        json.beginObject()
        json.field("sql", sql)
        json.field("columns", strings: result.columns)
        json.key("rows")
        json.beginArray()
        for row in result.rows {
            json.beginArray()
            for value in row {
                switch value {
                case .null: json.null()
                case .integer(let number): json.int(Int(number))
                case .real(let number): json.double(number)
                case .text(let text): json.string(text)
                case .blob(let bytes):
                    json.beginObject(); json.field("$base64", true); json.field("encoded", Base64.encode(bytes)); json.endObject()
                }
            }
            json.endArray()
        }
        json.endArray()
        json.field("truncated", result.isTruncated)
        json.field("row_limit", limit)
        json.endObject()
        return HTTPResponse.json(json)
    }

    /// Errors the SQL text itself causes; anything else (I/O, memory) stays a 500.
    static func isResearchersFault(_ error: SQLiteError) -> Bool {
        // ERROR (syntax, no such table), NOMEM (over the heap limit), READONLY, INTERRUPT (time limit),
        // TOOBIG, MISMATCH, AUTH (authorizer), RANGE.
        [1, 7, 8, 9, 18, 20, 23, 25].contains(error.primaryCode)
    }

    static func explain(_ error: SQLiteError, sql: String) -> String {
        if error.isInterrupted { return "took longer than \(consoleTimeLimitNanoseconds / 1_000_000) ms and was stopped" }
        // FTS5 runs `PRAGMA data_version` inside every query, which the reading-only authorizer refuses.
        if error.isAuthorizationDenied || error.message.contains("vtable constructor failed"), sql.lowercased().contains("_fts") {
            return "the full-text index cannot be queried here (FTS5 needs a PRAGMA the read-only authorizer refuses); use /v1/search"
        }
        // A function the authorizer refuses is reported as a plain error naming it.
        if let range = error.message.firstRange(of: "not authorized to use function: ") {
            let function = error.message[range.upperBound...].lowercased()
            return "\(function)() is not available in the SQL console (a huge width would run unbounded)"
        }
        if error.primaryCode == 7 { return "needed more memory than the \(ConsoleQueries.heapLimitBytes >> 20) MB allowed" }
        if error.isAuthorizationDenied || error.primaryCode == 8 {
            return "only reading statements are allowed (SELECT, WITH … SELECT); \(error.message)"
        }
        return "SQLite refused it: \(error.message)"
    }
}

/// Standard base64 (RFC 4648 §4) with padding, for BLOB values.
