/// How a response body is delimited on the wire (RFC 9112 §6).
public enum ResponseFraming: Sendable, Equatable {
    /// `Content-Length: n`; the body follows (or, for HEAD, would have).
    case contentLength(Int)
    /// `Transfer-Encoding: chunked`; chunks follow.
    case chunked
    /// No length at all: the body runs until the connection closes (HTTP/1.0 streams).
    case untilClose
    /// A status that never has a body (1xx, 204, 304): no framing field at all.
    case none
}

/// Writes status lines, heads and chunks into a reusable byte buffer. The server owns the framing
/// fields, so the handler's own `Content-Length`, `Transfer-Encoding`, `Connection` and `Date` are dropped.
public enum ResponseSerializer {
    /// Whether a status may carry a body (RFC 9110 §6.4.1: never 1xx, 204 or 304).
    public static func allowsBody(_ status: HTTPStatus) -> Bool {
        status.code >= 200 && status.code != 204 && status.code != 304
    }

    /// Appends the status line and fields, ending with the blank line.
    /// - Parameters:
    ///   - dateField: a whole `Date: …\r\n` line, rendered once a second by the caller.
    ///   - connection: the `Connection` value to send (`close`, `keep-alive`), or nil for none.
    public static func appendHead(status: HTTPStatus, headers: HTTPHeaders, framing: ResponseFraming,
                                  connection: StaticString?, dateField: [UInt8], defaultContentType: String,
                                  to buffer: inout [UInt8]) {
        appendStatusLine(status, to: &buffer)
        buffer.append(contentsOf: dateField)
        var hasContentType = false
        for field in headers.fields {
            let name = field.name.utf8
            switch name.count {
            case 4 where field.name.caseInsensitiveEquals("Date"): continue
            case 10 where field.name.caseInsensitiveEquals("Connection"): continue
            case 12 where field.name.caseInsensitiveEquals("Content-Type"): hasContentType = true
            case 14 where field.name.caseInsensitiveEquals("Content-Length"): continue
            case 17 where field.name.caseInsensitiveEquals("Transfer-Encoding"): continue
            default: break
            }
            appendField(field.name, field.value, to: &buffer)
        }
        if !hasContentType, allowsBody(status) {
            appendField("Content-Type", defaultContentType, to: &buffer)
        }
        switch framing {
        case .contentLength(let length):
            append("Content-Length: ", to: &buffer)
            appendDecimal(length, to: &buffer)
            append("\r\n", to: &buffer)
        case .chunked:
            append("Transfer-Encoding: chunked\r\n", to: &buffer)
        case .untilClose, .none:
            break
        }
        if let connection {
            append("Connection: ", to: &buffer)
            append(connection, to: &buffer)
            append("\r\n", to: &buffer)
        }
        append("\r\n", to: &buffer)
    }

    /// Appends `HTTP/1.1 200 OK\r\n`.
    public static func appendStatusLine(_ status: HTTPStatus, to buffer: inout [UInt8]) {
        append("HTTP/1.1 ", to: &buffer)
        let code = min(max(status.code, 100), 999)
        buffer.append(UInt8(truncatingIfNeeded: 0x30 + code / 100))
        buffer.append(UInt8(truncatingIfNeeded: 0x30 + code / 10 % 10))
        buffer.append(UInt8(truncatingIfNeeded: 0x30 + code % 10))
        buffer.append(ASCII.space)
        buffer.append(contentsOf: status.reasonPhrase.utf8)
        append("\r\n", to: &buffer)
    }

    /// Appends one chunk (`size CRLF data CRLF`); an empty `data` appends nothing, as it would end the body.
    public static func appendChunk<Bytes: Collection<UInt8>>(_ data: Bytes, to buffer: inout [UInt8]) {
        guard !data.isEmpty else { return }
        appendHex(data.count, to: &buffer)
        append("\r\n", to: &buffer)
        buffer.append(contentsOf: data)
        append("\r\n", to: &buffer)
    }

    /// The interim response that invites a client to send the body it announced with `Expect`.
    public static let continueResponse: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// The last chunk with no trailers: `0\r\n\r\n`.
    public static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)

    /// A complete response with a small `application/problem+json` body (RFC 9457), for errors the
    /// server answers itself: parse errors, timeouts, the connection limit.
    public static func appendProblem(_ status: HTTPStatus, dateField: [UInt8], closing: Bool, to buffer: inout [UInt8]) {
        let body = Array("{\"type\":\"about:blank\",\"title\":\"\(status.reasonPhrase)\",\"status\":\(status.code)}".utf8)
        appendHead(status: status, headers: ["Content-Type": "application/problem+json"],
                   framing: .contentLength(body.count), connection: closing ? "close" : nil,
                   dateField: dateField, defaultContentType: "application/problem+json", to: &buffer)
        buffer.append(contentsOf: body)
    }

    /// Appends `name: value\r\n`. Control characters a handler let through (say, a CR LF copied from
    /// a request into a header) become spaces, so a field can never split the response.
    @inline(__always) static func appendField(_ name: String, _ value: String, to buffer: inout [UInt8]) {
        let start = buffer.count
        buffer.append(contentsOf: name.utf8)
        buffer.append(ASCII.colon)
        buffer.append(ASCII.space)
        buffer.append(contentsOf: value.utf8)
        for index in start..<buffer.count where buffer[index] < 0x20 || buffer[index] == 0x7F {
            buffer[index] = ASCII.space
        }
        buffer.append(ASCII.cr)
        buffer.append(ASCII.lf)
    }

    @inline(__always) static func append(_ text: StaticString, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    static func appendDecimal(_ value: Int, to buffer: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var remaining = max(value, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[19 - count] = UInt8(truncatingIfNeeded: 0x30 + remaining % 10)
                remaining /= 10
                count += 1
            } while remaining > 0
            buffer.append(contentsOf: raw[(20 - count)...])
        }
    }

    static func appendHex(_ value: Int, to buffer: inout [UInt8]) {
        let hexDigits: StaticString = "0123456789abcdef"
        var shift = (Int.bitWidth - value.leadingZeroBitCount + 3) / 4 * 4 - 4
        if shift < 0 { shift = 0 }
        while shift >= 0 {
            buffer.append(hexDigits.utf8Start[(value >> shift) & 0xF])
            shift -= 4
        }
    }
}
