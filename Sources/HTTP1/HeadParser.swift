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

/// `method SP request-target SP HTTP-version`, RFC 9112 §3.
struct RequestLine {
    let method: HTTPMethod
    let target: Range<Int>
    let version: HTTPVersion

    init(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) throws(HTTPParseError) {
        var index = line.lowerBound
        while index < line.upperBound, ASCII.isTokenChar(bytes[index]) { index += 1 }
        let methodRange = line.lowerBound..<index
        guard !methodRange.isEmpty, index < line.upperBound, bytes[index] == ASCII.space else {
            throw .malformedRequestLine
        }
        index += 1
        let targetStart = index
        while index < line.upperBound, ASCII.isTargetChar(bytes[index]) { index += 1 }
        target = targetStart..<index
        guard !target.isEmpty, index < line.upperBound, bytes[index] == ASCII.space else {
            throw .malformedRequestLine
        }
        index += 1
        // HTTP-version = "HTTP/" DIGIT "." DIGIT, case-sensitive (RFC 9112 §2.3).
        guard line.upperBound - index == 8,
              bytes[index] == 0x48, bytes[index + 1] == 0x54, bytes[index + 2] == 0x54, bytes[index + 3] == 0x50,
              bytes[index + 4] == ASCII.slash, bytes[index + 6] == ASCII.dot,
              (0x30...0x39).contains(bytes[index + 5]), (0x30...0x39).contains(bytes[index + 7])
        else { throw .malformedRequestLine }
        let major = Int(bytes[index + 5] - 0x30), minor = Int(bytes[index + 7] - 0x30)
        guard major == 1, minor <= 1 else { throw .unsupportedVersion(major: major, minor: minor) }
        version = minor == 1 ? .http1_1 : .http1_0
        guard let method = Self.method(bytes, methodRange), method != .connect else {
            throw .unknownMethod(bytes.string(methodRange))
        }
        self.method = method
        guard bytes[target.lowerBound] == ASCII.slash || method == .options && target.count == 1 && bytes[target.lowerBound] == 0x2A
                || ASCII.lowercased(bytes[target.lowerBound]) == 0x68 /* h of http(s):// */
        else { throw .invalidTarget }
    }

    /// The method for a token, matched on its bytes so no String is made for the common case.
    static func method(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> HTTPMethod? {
        let first = bytes[range.lowerBound]
        switch range.count {
        case 3:
            if first == 0x47, bytes[range.lowerBound + 1] == 0x45, bytes[range.lowerBound + 2] == 0x54 { return .get }
            if first == 0x50, bytes[range.lowerBound + 1] == 0x55, bytes[range.lowerBound + 2] == 0x54 { return .put }
            return nil
        case 4:
            if first == 0x48 || first == 0x50 { return HTTPMethod(rawValue: bytes.string(range)) }
            return nil
        default:
            return HTTPMethod(rawValue: bytes.string(range))
        }
    }
}

/// `field-name ":" OWS field-value OWS`, RFC 9112 §5, with the value's surrounding whitespace trimmed.
struct FieldLine {
    let name: Range<Int>
    let value: Range<Int>

    init(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) throws(HTTPParseError) {
        let first = bytes[line.lowerBound]
        guard !ASCII.isWhitespace(first) else { throw .obsoleteLineFolding }
        var index = line.lowerBound
        while index < line.upperBound, ASCII.isTokenChar(bytes[index]) { index += 1 }
        // Whitespace between name and colon is rejected outright (RFC 9112 §5.1).
        guard index > line.lowerBound, index < line.upperBound, bytes[index] == ASCII.colon else {
            throw .malformedHeaderField
        }
        name = line.lowerBound..<index
        index += 1
        while index < line.upperBound, ASCII.isWhitespace(bytes[index]) { index += 1 }
        var valueEnd = line.upperBound
        while valueEnd > index, ASCII.isWhitespace(bytes[valueEnd - 1]) { valueEnd -= 1 }
        for position in index..<valueEnd where !ASCII.isFieldValueChar(bytes[position]) {
            throw .malformedHeaderField
        }
        value = index..<valueEnd
    }
}

/// What the framing-relevant fields said, gathered while the field lines are read.
struct FieldSummary {
    private var hostCount = 0
    private var contentLength: Int?
    private var transferCodings: [Range<Int>] = []
    private var sawTransferEncoding = false

    mutating func note(_ field: FieldLine, _ bytes: UnsafeRawBufferPointer) throws(HTTPParseError) {
        let name = field.name
        switch name.count {
        case 4 where bytes.equalsIgnoringCase(name, "host"):
            hostCount += 1
            guard hostCount == 1 else { throw .invalidHost }
            for index in field.value where !Self.isHostChar(bytes[index]) { throw .invalidHost }
        case 14 where bytes.equalsIgnoringCase(name, "content-length"):
            try noteContentLength(field.value, bytes)
        case 17 where bytes.equalsIgnoringCase(name, "transfer-encoding"):
            sawTransferEncoding = true
            forEachListElement(bytes, field.value) { transferCodings.append($0) }
        default:
            break
        }
    }

    /// `Content-Length` may repeat, or be a list, only with one value throughout (RFC 9110 §8.6).
    private mutating func noteContentLength(_ value: Range<Int>, _ bytes: UnsafeRawBufferPointer) throws(HTTPParseError) {
        var elements: [Range<Int>] = []
        forEachListElement(bytes, value) { elements.append($0) }
        guard !elements.isEmpty else { throw .invalidContentLength }
        for element in elements {
            // At most 18 digits, so the value fits in an Int without overflow checks.
            guard !element.isEmpty, element.count <= 18 else { throw .invalidContentLength }
            var length = 0
            for index in element {
                let digit = bytes[index] &- 0x30
                guard digit <= 9 else { throw .invalidContentLength }
                length = length * 10 + Int(digit)
            }
            if let contentLength, contentLength != length { throw .conflictingContentLength }
            contentLength = length
        }
    }

    func framing(version: HTTPVersion, limits: HTTPParserLimits, _ bytes: UnsafeRawBufferPointer)
        throws(HTTPParseError) -> BodyFraming {
        if version == .http1_1, hostCount == 0 { throw .missingHost }
        if sawTransferEncoding {
            // RFC 9112 §6.1: TE in HTTP/1.0 means faulty framing; TE with CL is a smuggling attempt.
            guard version == .http1_1 else { throw .invalidTransferEncoding }
            guard contentLength == nil else { throw .conflictingFraming }
            try checkTransferCodings(bytes)
            return .chunked
        }
        guard let contentLength else { return .none }
        guard contentLength <= limits.maxBodyBytes else { throw .contentTooLarge(limit: limits.maxBodyBytes) }
        return contentLength == 0 ? .none : .contentLength(contentLength)
    }

    /// Checks the codings once every line is in: exactly one `chunked`, last; anything else is refused.
    private func checkTransferCodings(_ bytes: UnsafeRawBufferPointer) throws(HTTPParseError) {
        guard sawTransferEncoding else { return }
        guard let last = transferCodings.last, bytes.equalsIgnoringCase(last, "chunked") else {
            throw .invalidTransferEncoding
        }
        for coding in transferCodings.dropLast() {
            if bytes.equalsIgnoringCase(coding, "chunked") { throw .invalidTransferEncoding }
            throw .unsupportedTransferEncoding
        }
    }

    private static func isHostChar(_ byte: UInt8) -> Bool {
        // reg-name / IP-literal / port: unreserved, sub-delims, ":", "[", "]", "%" (RFC 3986 §3.2.2).
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E, 0x21, 0x24, 0x26...0x2C, 0x3B, 0x3D,
             0x3A, 0x5B, 0x5D, 0x25: true
        default: false
        }
    }
}

/// Calls `body` with each non-empty element of a comma-separated list, without its surrounding whitespace.
func forEachListElement(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, _ body: (Range<Int>) -> Void) {
    var start = range.lowerBound
    while start <= range.upperBound {
        let end = bytes.firstIndex(of: ASCII.comma, in: start..<range.upperBound) ?? range.upperBound
        var low = start, high = end
        while low < high, ASCII.isWhitespace(bytes[low]) { low += 1 }
        while high > low, ASCII.isWhitespace(bytes[high - 1]) { high -= 1 }
        if high > low { body(low..<high) }
        start = end + 1
    }
}
