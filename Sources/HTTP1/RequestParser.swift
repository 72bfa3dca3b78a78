/// An incremental HTTP/1.1 request parser (RFC 9112): a pure state machine over bytes, with no socket.
///
/// Contract: each call receives the unconsumed bytes of the connection, starting at the first byte of
/// the current request; a later call receives the same bytes plus whatever arrived since. The parser
/// remembers how far it has looked, so feeding a request one byte at a time costs linear work.
/// `.complete` reports how many bytes the request used; the caller drops them and the parser is ready
/// for the next (pipelined) request. After a thrown error the connection must be closed.
public struct RequestParser: Sendable {
    /// Whether the bytes so far hold a whole request.
    public enum Outcome: Sendable, Equatable {
        case incomplete
        case complete(HTTPRequest, consumed: Int)
    }

    public let limits: HTTPParserLimits
    private var phase: Phase = .head(HeadScan())

    public init(limits: HTTPParserLimits = HTTPParserLimits()) { self.limits = limits }

    /// True once the head is parsed and the body is still arriving (the server times it as a body).
    public var isReadingBody: Bool {
        if case .head = phase { return false }
        return true
    }

    /// True while the body of a request that sent `Expect: 100-continue` is awaited: the server
    /// should send `100 Continue` once (RFC 9110 §10.1.1).
    public var awaitsContinue: Bool {
        switch phase {
        case .head: false
        case .fixedBody(let request, _, _), .chunkedBody(let request, _):
            request.version == .http1_1 && request.headers.hasListElement("100-continue", in: "Expect")
        }
    }

    /// Parses the request at the start of `bytes`; see the type's contract.
    public mutating func parse(_ bytes: UnsafeRawBufferPointer) throws(HTTPParseError) -> Outcome {
        switch phase {
        case .head(var scan):
            guard let headEnd = try scan.findEnd(bytes, limits: limits) else {
                phase = .head(scan)
                return .incomplete
            }
            let (request, framing) = try HeadParser.parse(bytes, scan.headStart..<headEnd, limits: limits)
            switch framing {
            case .none:
                return finish(request, consumed: headEnd)
            case .contentLength(let length):
                phase = .fixedBody(request, bodyStart: headEnd, length: length)
                return finishFixedBody(bytes, request, bodyStart: headEnd, length: length)
            case .chunked:
                var decoder = ChunkedDecoder(offset: headEnd)
                return try continueChunked(bytes, request, &decoder)
            }
        case .fixedBody(let request, let bodyStart, let length):
            return finishFixedBody(bytes, request, bodyStart: bodyStart, length: length)
        case .chunkedBody(let request, var decoder):
            phase = .head(HeadScan())   // released while the decoder is mutated in place
            return try continueChunked(bytes, request, &decoder)
        }
    }

    /// Parses the request at the start of `bytes`; see the type's contract.
    public mutating func parse(_ bytes: ArraySlice<UInt8>) throws(HTTPParseError) -> Outcome {
        // withUnsafeBytes rethrows untyped errors, so the typed one travels in a Result.
        try bytes.withUnsafeBytes { raw in Result { () throws(HTTPParseError) in try parse(raw) } }.get()
    }

    private mutating func finishFixedBody(_ bytes: UnsafeRawBufferPointer, _ request: HTTPRequest,
                                          bodyStart: Int, length: Int) -> Outcome {
        guard bytes.count - bodyStart >= length else { return .incomplete }
        var request = request
        request.body = Array(bytes[bodyStart..<(bodyStart + length)])
        return finish(request, consumed: bodyStart + length)
    }

    private mutating func continueChunked(_ bytes: UnsafeRawBufferPointer, _ request: HTTPRequest,
                                          _ decoder: inout ChunkedDecoder) throws(HTTPParseError) -> Outcome {
        guard let end = try decoder.decode(bytes, limits: limits) else {
            phase = .chunkedBody(request, decoder)
            return .incomplete
        }
        var request = request
        request.body = decoder.body
        return finish(request, consumed: end)
    }

    private mutating func finish(_ request: HTTPRequest, consumed: Int) -> Outcome {
        phase = .head(HeadScan())
        return .complete(request, consumed: consumed)
    }

    private enum Phase: Sendable {
        case head(HeadScan)
        case fixedBody(HTTPRequest, bodyStart: Int, length: Int)
        case chunkedBody(HTTPRequest, ChunkedDecoder)
    }
}
