import HTTP1

/// One access-log line's facts.
struct AccessLogEntry {
    let method: HTTPMethod
    let path: String
    let status: Int
    let startedAt: Int64

    /// `GET /v1/health 200 13 42`: method, path, status, body bytes, microseconds.
    func line(bytes: Int, endedAt: Int64) -> String {
        "\(method.rawValue) \(path) \(status) \(bytes) \((endedAt - startedAt) / 1000)\n"
    }
}
