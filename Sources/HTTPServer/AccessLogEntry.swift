import HTTP1

/// One access-log line's facts.
struct AccessLogEntry {
    let method: HTTPMethod
    /// The path as the client sent it, still percent-encoded: visible ASCII without spaces, so a
    /// crafted path (a decoded `%0A`, say) can neither forge a line nor shift the fields.
    let path: Substring
    var status: Int
    let startedAt: Int64

    init(_ request: HTTPRequest, status: Int, startedAt: Int64) {
        method = request.method
        path = request.target.prefix { $0 != "?" }
        self.status = status
        self.startedAt = startedAt
    }

    /// `GET /v1/health 200 13 42`: method, path, status, body bytes, microseconds.
    func line(bytes: Int, endedAt: Int64) -> String {
        "\(method.rawValue) \(path) \(status) \(bytes) \((endedAt - startedAt) / 1000)\n"
    }
}
