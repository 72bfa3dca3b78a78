import HTTP1

/// An error a handler throws on purpose. It knows its status and a client-safe detail, and is
/// answered as RFC 9457 problem+json. Anything else thrown becomes an opaque 500.
public struct APIError: Error, Equatable {
    public let status: HTTPStatus
    public let detail: String
    /// The query parameter at fault, when there is one.
    public let parameter: String?
    public var headers: HTTPHeaders = [:]

    public init(status: HTTPStatus, detail: String, parameter: String? = nil) {
        self.status = status; self.detail = detail; self.parameter = parameter
    }

    public static func notFound(_ detail: String) -> APIError { APIError(status: .notFound, detail: detail) }
    public static func badParameter(_ name: String, _ detail: String) -> APIError {
        APIError(status: .badRequest, detail: "Invalid parameter '\(name)': \(detail)", parameter: name)
    }

    /// The problem+json response: {"type","title","status","detail"[,"parameter"]}.
    public var response: HTTPResponse {
        var json = JSONWriter(capacity: 256)
        json.beginObject()
        json.field("type", "about:blank")
        json.field("title", status.reasonPhrase)
        json.field("status", status.code)
        json.field("detail", detail)
        if let parameter { json.field("parameter", parameter) }
        json.endObject()
        var responseHeaders = headers
        responseHeaders.set("Content-Type", "application/problem+json")
        return HTTPResponse(status: status, headers: responseHeaders, body: .bytes(json.bytes))
    }
}
