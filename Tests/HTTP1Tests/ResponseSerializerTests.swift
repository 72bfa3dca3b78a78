import Testing
@testable import HTTP1

@Suite struct ResponseSerializerTests {
    private let date = Array("Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n".utf8)

    private func head(_ status: HTTPStatus = .ok, _ headers: HTTPHeaders = [:], framing: ResponseFraming,
                      connection: StaticString? = nil) -> String {
        var buffer: [UInt8] = []
        ResponseSerializer.appendHead(status: status, headers: headers, framing: framing, connection: connection,
                                      dateField: date, defaultContentType: "application/json", to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    @Test func writesStatusDateFieldsAndFraming() {
        #expect(head(.notFound, ["Content-Type": "text/plain", "X-Id": "7"], framing: .contentLength(12))
            == "HTTP/1.1 404 Not Found\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Type: text/plain\r\nX-Id: 7\r\n"
            + "Content-Length: 12\r\n\r\n")
    }

    @Test func addsTheDefaultContentTypeAndConnection() {
        #expect(head(framing: .chunked, connection: "close")
            == "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
    }

    @Test func dropsTheHandlersFramingFields() {
        let headers: HTTPHeaders = ["content-length": "99", "Transfer-Encoding": "gzip", "CONNECTION": "upgrade",
                                    "Date": "yesterday", "Content-Type": "text/csv"]
        #expect(head(.ok, headers, framing: .contentLength(3))
            == "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Type: text/csv\r\nContent-Length: 3\r\n\r\n")
    }

    @Test func neutralisesControlCharactersSoAFieldCannotSplitTheResponse() {
        #expect(head(.ok, ["Location": "/a\r\nSet-Cookie: x=1", "X\n": "\u{0}"], framing: .contentLength(0))
            == "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nLocation: /a  Set-Cookie: x=1\r\nX :  \r\n"
            + "Content-Type: application/json\r\nContent-Length: 0\r\n\r\n")
    }

    @Test func omitsTypeAndLengthWhereNoBodyMayFollow() {
        #expect(head(.noContent, framing: .none) == "HTTP/1.1 204 No Content\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\n")
        #expect(!ResponseSerializer.allowsBody(.notModified))
        #expect(!ResponseSerializer.allowsBody(HTTPStatus(code: 101, reasonPhrase: "Switching Protocols")))
        #expect(ResponseSerializer.allowsBody(.ok))
    }

    @Test func encodesChunksInHex() {
        var buffer: [UInt8] = []
        ResponseSerializer.appendChunk(Array(repeating: 0x78, count: 26), to: &buffer)
        ResponseSerializer.appendChunk([UInt8](), to: &buffer)
        buffer += ResponseSerializer.lastChunk
        #expect(String(decoding: buffer, as: UTF8.self) == "1a\r\n" + String(repeating: "x", count: 26) + "\r\n0\r\n\r\n")
    }

    @Test(arguments: [(0, "0"), (7, "7"), (10, "10"), (1_234_567_890, "1234567890")])
    func writesDecimals(value: Int, text: String) {
        var buffer: [UInt8] = []
        ResponseSerializer.appendDecimal(value, to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == text)
    }

    @Test func writesAProblemDocument() {
        var buffer: [UInt8] = []
        ResponseSerializer.appendProblem(.uriTooLong, dateField: date, closing: true, to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self)
            == "HTTP/1.1 414 URI Too Long\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Type: application/problem+json\r\n"
            + "Content-Length: 58\r\nConnection: close\r\n\r\n{\"type\":\"about:blank\",\"title\":\"URI Too Long\",\"status\":414}")
    }

    @Test func decidesKeepAliveFromVersionAndConnection() {
        #expect(HTTPRequest.make().isKeepAlive)
        #expect(!HTTPRequest.make(headers: [("Host", "x"), ("Connection", "Upgrade, CLOSE")]).isKeepAlive)
        #expect(!HTTPRequest.make(version: .http1_0, headers: []).isKeepAlive)
        #expect(HTTPRequest.make(version: .http1_0, headers: [("Connection", " Keep-Alive ")]).isKeepAlive)
    }
}
