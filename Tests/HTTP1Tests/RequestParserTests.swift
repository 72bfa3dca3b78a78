import Testing
@testable import HTTP1

@Suite struct RequestParserTests {
    @Test func parsesASimpleGet() throws {
        let wire = "GET /v1/documents/7 HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\n"
        #expect(try parseOnce(wire) == .complete(.make(target: "/v1/documents/7",
                                                        headers: [("Host", "x"), ("Accept", "application/json")]),
                                                  consumed: wire.utf8.count))
    }

    @Test func parsesRequestDeliveredOneByteAtATime() throws {
        let wire = Array("GET /documents/7 HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
        var parser = RequestParser()
        for end in 0..<wire.count { #expect(try parser.parse(wire[..<end]) == .incomplete) }
        #expect(try parser.parse(wire[...]) == .complete(.make(target: "/documents/7"), consumed: wire.count))
    }

    @Test func reportsOnlyTheFirstOfPipelinedRequestsAsConsumed() throws {
        let first = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
        #expect(try parseOnce(first + "GET /b HTTP/1.1\r\nHost: x\r\n\r\n")
            == .complete(.make(target: "/a"), consumed: first.utf8.count))
    }

    /// One pipeline with every framing style, fed split at every byte boundary (and in one piece).
    @Test func parsesAPipelineSplitAtEveryByteBoundary() throws {
        let wire = Array(("GET /a?x=1 HTTP/1.1\r\nHost: x\r\n\r\n"
            + "POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
            + "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nT: v\r\n\r\n"
            + "HEAD /d HTTP/1.0\r\n\r\n").utf8)
        let expected: [HTTPRequest] = [
            .make(target: "/a?x=1", path: "/a", query: [("x", "1")]),
            .make(.post, target: "/b", headers: [("Host", "x"), ("Content-Length", "5")], body: Array("hello".utf8)),
            .make(.post, target: "/c", headers: [("Host", "x"), ("Transfer-Encoding", "chunked")], body: Array("abcde".utf8)),
            .make(.head, target: "/d", version: .http1_0, headers: []),
        ]
        #expect(try parsePipeline(wire, cuts: []) == expected)
        for cut in 1..<wire.count {
            #expect(try parsePipeline(wire, cuts: [cut]) == expected, "split at \(cut)")
        }
        #expect(try parsePipeline(wire, cuts: Array(1..<wire.count)) == expected)
    }

    @Test func skipsLeadingEmptyLines() throws {
        let wire = "\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n"
        #expect(try parseOnce(wire) == .complete(.make(target: "/"), consumed: wire.utf8.count))
    }

    @Test func trimsFieldValuesAndKeepsFieldOrder() throws {
        let wire = "GET / HTTP/1.1\r\nHost:x\r\nX-A: \t spaced \t\r\nx-a: second\r\n\r\n"
        guard case .complete(let request, _) = try parseOnce(wire) else { Issue.record("incomplete"); return }
        #expect(request.headers == HTTPHeaders([("Host", "x"), ("X-A", "spaced"), ("x-a", "second")]))
        #expect(request.headers.values(for: "X-a") == ["spaced", "second"])
    }

    @Test func acceptsAbsoluteFormAndAsteriskForOptions() throws {
        guard case .complete(let absolute, _) = try parseOnce("GET http://example.org/a/b?q=1 HTTP/1.1\r\nHost: example.org\r\n\r\n"),
              case .complete(let asterisk, _) = try parseOnce("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n")
        else { Issue.record("incomplete"); return }
        #expect(absolute.path == "/a/b")
        #expect(absolute.queryValue("q") == "1")
        #expect(asterisk.path == "*")
    }

    @Test func acceptsRepeatedIdenticalContentLength() throws {
        let wire = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 2, 2\r\n\r\nok"
        guard case .complete(let request, let consumed) = try parseOnce(wire) else { Issue.record("incomplete"); return }
        #expect(request.body == Array("ok".utf8))
        #expect(consumed == wire.utf8.count)
    }

    @Test func knowsWhenTheBodyIsArriving() throws {
        var parser = RequestParser()
        let wire = Array("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab".utf8)
        #expect(try parser.parse(wire[..<10]) == .incomplete)
        #expect(!parser.isReadingBody)
        #expect(try parser.parse(wire[...]) == .incomplete)
        #expect(parser.isReadingBody)
    }

    @Test(arguments: [
        // Request line and version.
        ("GET  / HTTP/1.1\r\nHost: x\r\n\r\n", HTTPParseError.malformedRequestLine),
        ("GET / HTTP/1.1 \r\nHost: x\r\n\r\n", .malformedRequestLine),
        ("GET /\r\nHost: x\r\n\r\n", .malformedRequestLine),
        ("GET / http/1.1\r\nHost: x\r\n\r\n", .malformedRequestLine),
        ("GET / HTTP/1.10\r\nHost: x\r\n\r\n", .malformedRequestLine),
        ("G(T / HTTP/1.1\r\nHost: x\r\n\r\n", .malformedRequestLine),
        ("\u{1}GET / HTTP/1.1\r\n\r\n", .malformedRequestLine),
        ("GET / HTTP/2.0\r\nHost: x\r\n\r\n", .unsupportedVersion(major: 2, minor: 0)),
        ("GET / HTTP/1.2\r\nHost: x\r\n\r\n", .unsupportedVersion(major: 1, minor: 2)),
        ("GET / HTTP/0.9\r\nHost: x\r\n\r\n", .unsupportedVersion(major: 0, minor: 9)),
        ("BREW / HTTP/1.1\r\nHost: x\r\n\r\n", .unknownMethod("BREW")),
        ("get / HTTP/1.1\r\nHost: x\r\n\r\n", .unknownMethod("get")),
        ("CONNECT x:443 HTTP/1.1\r\nHost: x\r\n\r\n", .unknownMethod("CONNECT")),
        ("GET x HTTP/1.1\r\nHost: x\r\n\r\n", .invalidTarget),
        ("GET * HTTP/1.1\r\nHost: x\r\n\r\n", .invalidTarget),
        ("GET /a#frag HTTP/1.1\r\nHost: x\r\n\r\n", .malformedRequestLine),
        // Line endings.
        ("GET / HTTP/1.1\nHost: x\r\n\r\n", .invalidLineEnding),
        ("GET / HTTP/1.1\r\nHost: x\n\r\n", .invalidLineEnding),
        ("GET / HTTP/1.1\r\nHost: x\rY: z\r\n\r\n", .invalidLineEnding),
        // Fields.
        ("GET / HTTP/1.1\r\nHost : x\r\n\r\n", .malformedHeaderField),
        ("GET / HTTP/1.1\r\nHost\t: x\r\n\r\n", .malformedHeaderField),
        ("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", .obsoleteLineFolding),
        ("GET / HTTP/1.1\r\nHost: x\r\n\tfolded\r\n\r\n", .obsoleteLineFolding),
        ("GET / HTTP/1.1\r\nHost: x\r\nX: a\u{0}b\r\n\r\n", .malformedHeaderField),
        ("GET / HTTP/1.1\r\nHost: x\r\nX: a\u{7f}b\r\n\r\n", .malformedHeaderField),
        ("GET / HTTP/1.1\r\nHost: x\r\nX: a\u{1b}b\r\n\r\n", .malformedHeaderField),
        ("GET / HTTP/1.1\r\nHost: x\r\n: empty\r\n\r\n", .malformedHeaderField),
        ("GET / HTTP/1.1\r\nHost: x\r\nNo colon\r\n\r\n", .malformedHeaderField),
        ("GET / HTTP/1.1\r\n\r\n", .missingHost),
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", .invalidHost),
        ("GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n", .invalidHost),
        ("GET / HTTP/1.1\r\nHost: a b\r\n\r\n", .invalidHost),
        ("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", .invalidHost),
        // Framing.
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", .conflictingFraming),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n", .conflictingFraming),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", .conflictingContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 2\r\n\r\n", .conflictingContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ,5\r\n\r\n", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1,,1\r\n\r\n", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5,\r\n\r\n", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +1\r\n\r\n", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0x10\r\n\r\n", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length:\r\n\r\n", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1 2\r\n\r\n", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", .invalidTransferEncoding),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", .invalidTransferEncoding),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", .invalidTransferEncoding),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", .unsupportedTransferEncoding),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: \r\n\r\n", .invalidTransferEncoding),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n", .invalidTransferEncoding),
        ("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", .invalidTransferEncoding),
        // Chunked bodies.
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nz\r\n", .malformedChunkedBody),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\r\n", .malformedChunkedBody),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n", .malformedChunkedBody),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n", .malformedChunkedBody),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3 x\r\nabc\r\n", .malformedChunkedBody),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\r\n", .invalidLineEnding),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\n", .malformedChunkedBody),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nBad trailer\r\n\r\n", .malformedHeaderField),
    ])
    func rejects(wire: String, error: HTTPParseError) {
        #expect(parseError(wire) == error)
        // Byte by byte, the same error: where reads split the input never changes the verdict.
        #expect(throws: error) { try parsePipeline(Array(wire.utf8), cuts: Array(1..<wire.utf8.count)) }
    }

    @Test func mapsErrorsToTheirStatus() {
        #expect(HTTPParseError.malformedRequestLine.status == .badRequest)
        #expect(HTTPParseError.unsupportedVersion(major: 2, minor: 0).status == .httpVersionNotSupported)
        #expect(HTTPParseError.unknownMethod("BREW").status == .notImplemented)
        #expect(HTTPParseError.unsupportedTransferEncoding.status == .notImplemented)
        #expect(HTTPParseError.requestLineTooLong(limit: 1).status == .uriTooLong)
        #expect(HTTPParseError.headerSectionTooLarge(limit: 1).status == .requestHeaderFieldsTooLarge)
        #expect(HTTPParseError.tooManyHeaderFields(limit: 1).status == .requestHeaderFieldsTooLarge)
        #expect(HTTPParseError.contentTooLarge(limit: 1).status == .contentTooLarge)
        #expect(HTTPParseError.conflictingFraming.status == .badRequest)
    }
}
