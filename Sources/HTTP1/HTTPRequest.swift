/// One parsed request. `path` and `query` are already percent-decoded and normalised by the parser.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    /// The request-target exactly as sent, e.g. `/v1/documents?limit=5`.
    public var target: String
    /// The decoded path with dot-segments removed; always starts with `/`.
    public var path: String
    /// Decoded query pairs in order; repeated keys are kept; `+` is a space.
    public var query: [(name: String, value: String)]
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(method: HTTPMethod, target: String, path: String, query: [(name: String, value: String)] = [],
                version: HTTPVersion = .http1_1, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.method = method; self.target = target; self.path = path; self.query = query
        self.version = version; self.headers = headers; self.body = body
    }

    /// The first value of a query parameter, or nil.
    public func queryValue(_ name: String) -> String? { query.first { $0.name == name }?.value }
    /// Every value of a query parameter, in order.
    public func queryValues(_ name: String) -> [String] { query.filter { $0.name == name }.map(\.value) }
}
