/// Parses a complete head (request line and field lines, ending in the blank line) into a request
/// and its body framing, rejecting every ambiguity that could let a request be smuggled.
enum HeadParser {
    static func parse(_ bytes: UnsafeRawBufferPointer, _ head: Range<Int>, limits: HTTPParserLimits)
        throws(HTTPParseError) -> (HTTPRequest, BodyFraming) {
        guard let lineEnd = bytes.firstIndex(of: ASCII.cr, in: head), bytes[lineEnd + 1] == ASCII.lf else {
            throw .invalidLineEnding
        }
        let line = try RequestLine(bytes, head.lowerBound..<lineEnd)
        var request = HTTPRequest(method: line.method, target: bytes.string(line.target), path: "/",
                                  version: line.version)
        if line.method == .options, line.target.count == 1, bytes[line.target.lowerBound] == 0x2A {
            request.path = "*"   // asterisk-form, RFC 9112 §3.2.4
        } else {
            (request.path, request.query) = try TargetDecoder.decode(bytes, line.target)
        }

        var fields = FieldSummary()
        var headers: [(name: String, value: String)] = []
        var start = lineEnd + 2
        let end = head.upperBound - 2          // the blank line's CRLF
        while start < end {
            guard headers.count < limits.maxHeaderCount else { throw .tooManyHeaderFields(limit: limits.maxHeaderCount) }
            guard let cr = bytes.firstIndex(of: ASCII.cr, in: start..<end), bytes[cr + 1] == ASCII.lf else {
                throw .invalidLineEnding
            }
            let field = try FieldLine(bytes, start..<cr)
            try fields.note(field, bytes)
            headers.append((bytes.string(field.name), bytes.string(field.value)))
            start = cr + 2
        }
        request.headers = HTTPHeaders(headers)
        return (request, try fields.framing(version: line.version, limits: limits, bytes))
    }
}

/// How the body of a request is delimited, RFC 9112 §6.3.
enum BodyFraming: Equatable {
    case none
    case contentLength(Int)
    case chunked
}
