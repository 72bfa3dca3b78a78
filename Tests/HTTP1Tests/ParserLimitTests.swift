import Testing
@testable import HTTP1

@Suite struct ParserLimitTests {
    let limits = HTTPParserLimits(maxRequestLineLength: 32, maxHeaderBytes: 96, maxHeaderCount: 3, maxBodyBytes: 10)

    @Test func rejectsALongRequestLineBeforeItEnds() {
        let line = "GET /" + String(repeating: "a", count: 40)
        #expect(parseError(line, limits: limits) == .requestLineTooLong(limit: 32))
        #expect(parseError(line + " HTTP/1.1\r\nHost: x\r\n\r\n", limits: limits) == .requestLineTooLong(limit: 32))
        #expect(throws: HTTPParseError.requestLineTooLong(limit: 32)) {
            try parsePipeline(Array((line + " HTTP/1.1\n").utf8), cuts: Array(1..<50), limits: limits)
        }
    }

    @Test func acceptsARequestLineAtTheLimit() throws {
        let target = "/" + String(repeating: "a", count: 32 - "GET  HTTP/1.1".count - 1)
        let wire = "GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n"
        #expect(try parseOnce(wire, limits: limits) == .complete(.make(target: target), consumed: wire.utf8.count))
    }

    @Test func rejectsALargeHeaderBlockBeforeItEnds() {
        let head = "GET / HTTP/1.1\r\nHost: x\r\nX-Long: " + String(repeating: "v", count: 100)
        #expect(parseError(head, limits: limits) == .headerSectionTooLarge(limit: 96))
        #expect(parseError(head + "\r\n\r\n", limits: limits) == .headerSectionTooLarge(limit: 96))
        // A bare LF past the limit is never looked at, however the bytes are split.
        #expect(parseError(head + "\n", limits: limits) == .headerSectionTooLarge(limit: 96))
        #expect(throws: HTTPParseError.headerSectionTooLarge(limit: 96)) {
            try parsePipeline(Array((head + "\n").utf8), cuts: Array(1..<head.utf8.count), limits: limits)
        }
    }

    @Test func rejectsTooManyFields() {
        #expect(parseError("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits: limits)
            == .tooManyHeaderFields(limit: 3))
    }

    @Test func rejectsALargeContentLengthFromTheHeadAlone() {
        #expect(parseError("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n", limits: limits)
            == .contentTooLarge(limit: 10))
    }

    @Test func rejectsAChunkedBodyThatGrowsPastTheLimit() {
        let wire = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n5\r\n"
        #expect(parseError(wire, limits: limits) == .contentTooLarge(limit: 10))
    }

    @Test func acceptsAChunkedBodyAtTheLimit() throws {
        let wire = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n4\r\nghij\r\n0\r\n\r\n"
        guard case .complete(let request, _) = try parseOnce(wire, limits: limits) else { Issue.record("incomplete"); return }
        #expect(request.body == Array("abcdefghij".utf8))
    }

    @Test func rejectsEndlessChunkExtensions() {
        let wire = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1;" + String(repeating: "e", count: 2000)
        #expect(parseError(wire, limits: limits) == .malformedChunkedBody)
    }
}
