/// A response as a handler returns it. The server adds `Date`, `Content-Length` or
/// `Transfer-Encoding: chunked`, and `Connection`; the handler sets `Content-Type` and the rest.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: HTTPBody

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = [:], body: HTTPBody = .bytes([])) {
        self.status = status; self.headers = headers; self.body = body
    }
}

/// A response body: bytes known up front (sent with Content-Length), or a producer that
/// writes pieces as it goes (sent chunked), so a large export never sits whole in memory.
public enum HTTPBody: Sendable {
    case bytes([UInt8])
    case stream(HTTPBodyStream)
}

/// Writes a streamed body piece by piece. `write` blocks while the client is slow and throws
/// once the client is gone, which ends the producer early. Runs off the server's I/O threads.
public struct HTTPBodyStream: Sendable {
    public let produce: @Sendable (_ write: ([UInt8]) throws -> Void) throws -> Void
    public init(_ produce: @escaping @Sendable (_ write: ([UInt8]) throws -> Void) throws -> Void) {
        self.produce = produce
    }
}
