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
        // An empty element (",5", "1,,1") is no valid length: another parser could read it as 0.
        let commas = value.reduce(0) { $0 + (bytes[$1] == ASCII.comma ? 1 : 0) }
        guard !elements.isEmpty, elements.count == commas + 1 else { throw .invalidContentLength }
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
