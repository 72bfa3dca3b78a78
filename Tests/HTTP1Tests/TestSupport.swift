@testable import HTTP1

extension HTTPRequest {
    /// A request with test defaults: GET, HTTP/1.1, path and query derived from an ASCII target.
    static func make(_ method: HTTPMethod = .get, target: String = "/", path: String? = nil,
                     query: [(name: String, value: String)] = [], version: HTTPVersion = .http1_1,
                     headers: [(String, String)] = [("Host", "x")], body: [UInt8] = []) -> HTTPRequest {
        HTTPRequest(method: method, target: target,
                    path: path ?? String(target.prefix { $0 != "?" }), query: query, version: version,
                    headers: HTTPHeaders(headers.map { (name: $0.0, value: $0.1) }), body: body)
    }
}

/// Parses `text` in one go with a fresh parser.
func parseOnce(_ text: String, limits: HTTPParserLimits = HTTPParserLimits()) throws(HTTPParseError) -> RequestParser.Outcome {
    var parser = RequestParser(limits: limits)
    return try parser.parse(Array(text.utf8)[...])
}

/// The error parsing `text` throws, or nil if it does not throw.
func parseError(_ text: String, limits: HTTPParserLimits = HTTPParserLimits()) -> HTTPParseError? {
    do {
        _ = try parseOnce(text, limits: limits)
        return nil
    } catch {
        return error
    }
}

/// Feeds `wire` to one parser as the server would: bytes arrive in pieces split at `cuts`, the
/// buffer keeps unconsumed bytes, and every complete request is collected in order.
func parsePipeline(_ wire: [UInt8], cuts: [Int], limits: HTTPParserLimits = HTTPParserLimits()) throws(HTTPParseError) -> [HTTPRequest] {
    var parser = RequestParser(limits: limits)
    var buffer: [UInt8] = []
    var requests: [HTTPRequest] = []
    var start = 0
    for end in cuts + [wire.count] where end >= start {
        buffer += wire[start..<end]
        start = end
        while true {
            guard case .complete(let request, let consumed) = try parser.parse(buffer[...]) else { break }
            requests.append(request)
            buffer.removeFirst(consumed)
        }
    }
    return requests
}
