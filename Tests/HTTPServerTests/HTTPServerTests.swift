import Dispatch
import Glibc
import HTTP1
import Testing
@testable import HTTPServer

@Suite struct HTTPServerTests {
    @Test func answersWithDateLengthAndType() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/hello?x=1"))
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.reason == "OK")
            #expect(response.text == "GET /hello 0")
            #expect(response.headers["Content-Length"] == "12")
            #expect(response.headers["Content-Type"] == "text/plain")
            #expect(response.headers["Date"]?.hasSuffix(" GMT") == true)
            #expect(response.headers["Connection"] == nil)
        }
    }

    @Test func answersPipelinedRequestsInOrder() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/1") + request("POST", "/2", "Content-Length: 3\r\n") + "abc"
                + request("POST", "/3", "Transfer-Encoding: chunked\r\n") + "2\r\nab\r\n0\r\n\r\n" + request("GET", "/4"))
            #expect(try (0..<4).map { _ in try client.readResponse().text } == ["GET /1 0", "POST /2 3", "POST /3 2", "GET /4 0"])
        }
    }

    @Test func resumesPipelinedRequestsOnceALargeResponseDrainsToASlowReader() throws {
        let large = [UInt8](repeating: 0x5A, count: 6 << 20) + [1, 2, 3]
        let handler: HTTPHandler = { request in
            request.path == "/large" ? HTTPResponse(body: .bytes(large)) : echoHandler(request)
        }
        try withServer(handler: handler) { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/large") + request("GET", "/after") + request("GET", "/large"))
            usleep(200_000)   // the socket fills up; the rest waits for EPOLLOUT
            #expect(try client.readResponse().body == large)
            #expect(try client.readResponse().text == "GET /after 0")
            #expect(try client.readResponse().body == large)
        }
    }

    @Test func answersAPipelinedBurstLongerThanOneTurn() throws {
        // 4 MB of requests with small answers: many times the 256 KB one connection may read per turn.
        let count = 1000, body = String(repeating: "b", count: 4000)
        let wire = Array((String(repeating: request("POST", "/p", "Content-Length: 4000\r\n") + body, count: count - 1)
            + request("POST", "/p", "Content-Length: 4000\r\nConnection: close\r\n") + body).utf8)
        let entered = DispatchSemaphore(value: 0)
        let handler: HTTPHandler = { request in
            if request.path == "/busy" {
                entered.signal()
                usleep(300_000)
            }
            return echoHandler(request)
        }
        try withServer(HTTPServerConfiguration(workerCount: 1), handler: handler) { _, port in
            let busy = try TestClient(port: port)
            try busy.send(request("GET", "/busy"))
            entered.wait()   // the loop is held up in the handler while the burst piles up unread
            let client = try TestClient(port: port, timeout: 5)
            let fd = client.fd
            let sent = DispatchSemaphore(value: 0)
            DispatchQueue.global().async {   // sends while the test reads, so neither side's buffers fill up
                var offset = 0
                while offset < wire.count {
                    let sentNow = wire.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, wire.count - offset, Int32(MSG_NOSIGNAL)) }
                    guard sentNow > 0 else { break }
                    offset += sentNow
                }
                sent.signal()
            }
            let responses = try client.readToEnd()
            sent.wait()
            let answer = Array("POST /p 4000".utf8)
            let answered = (0..<max(responses.count - answer.count + 1, 0)).count { start in
                responses[start] == answer[0] && responses[start..<(start + answer.count)].elementsEqual(answer)
            }
            #expect(answered == count)
            #expect(try busy.readResponse().text == "GET /busy 0")
        }
    }

    @Test func answersARequestArrivingByteByByte() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            for byte in request("GET", "/slow").utf8 { try client.send([byte]) }
            #expect(try client.readResponse().text == "GET /slow 0")
        }
    }

    @Test func keepsHTTP11ConnectionsOpenUntilAskedToClose() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            for index in 0..<3 {
                try client.send(request("GET", "/\(index)"))
                #expect(try client.readResponse().text == "GET /\(index) 0")
            }
            try client.send(request("GET", "/last", "Connection: close\r\n"))
            let last = try client.readResponse()
            #expect(last.headers["Connection"] == "close")
            #expect(client.isClosedByServer())
        }
    }

    @Test func answersEverythingAClientSentBeforeHalfClosing() throws {
        try withServer(handler: ServerLifecycleTests.streamHandler) { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/s?pieces=2&size=3") + request("GET", "/s?pieces=1&size=2"))
            Glibc.shutdown(client.fd, Int32(SHUT_WR))
            #expect(try client.readResponse().text == "aaabbb")
            #expect(try client.readResponse().text == "aa")
            #expect(client.isClosedByServer())
        }
    }

    @Test func closesHTTP10UnlessItAskedForKeepAlive() throws {
        try withServer { _, port in
            let plain = try TestClient(port: port)
            try plain.send("GET /a HTTP/1.0\r\n\r\n")
            #expect(try plain.readResponse().headers["Connection"] == "close")
            #expect(plain.isClosedByServer())

            let keepAlive = try TestClient(port: port)
            try keepAlive.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(try keepAlive.readResponse().headers["Connection"] == "keep-alive")
            try keepAlive.send("GET /b HTTP/1.0\r\n\r\n")
            #expect(try keepAlive.readResponse().text == "GET /b 0")
            #expect(keepAlive.isClosedByServer())
        }
    }

    @Test func closesWhenTheHandlerAsksTo() throws {
        try withServer(handler: { _ in HTTPResponse(headers: ["Connection": "close"], body: .bytes([1])) }) { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/"))
            #expect(try client.readResponse().headers.values(for: "Connection") == ["close"])
            #expect(client.isClosedByServer())
        }
    }

    @Test func answersHeadWithTheGetHeadAndNoBody() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send(request("HEAD", "/doc") + request("GET", "/after"))
            let head = try client.readResponse(bodyless: true)
            #expect(head.status == 200)
            #expect(head.headers["Content-Length"] == "10")   // "GET /doc 0": the handler saw a GET
            #expect(try client.readResponse().text == "GET /after 0")
        }
    }

    @Test func neverSendsABodyWith204Or304() throws {
        let handler: HTTPHandler = { request in
            HTTPResponse(status: request.path == "/204" ? .noContent : .notModified, body: .bytes(Array("nope".utf8)))
        }
        try withServer(handler: handler) { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/204") + request("GET", "/304"))
            let noContent = try client.readResponse()
            let notModified = try client.readResponse()
            #expect(noContent.status == 204 && notModified.status == 304)
            #expect(noContent.headers["Content-Length"] == nil && noContent.headers["Content-Type"] == nil)
            try client.send(request("GET", "/204"))
            #expect(try client.readResponse().status == 204)   // nothing stray came before it
        }
    }

    @Test func addsTheDefaultContentTypeOnlyWhenMissing() throws {
        var configuration = HTTPServerConfiguration()
        configuration.defaultContentType = "application/json"
        try withServer(configuration, handler: { _ in HTTPResponse(body: .bytes(Array("{}".utf8))) }) { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/"))
            #expect(try client.readResponse().headers.values(for: "Content-Type") == ["application/json"])
        }
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\nX", 400),
        ("GET / HTTP/1.1\r\n\r\n", 400),
        ("BREW / HTTP/1.1\r\nHost: x\r\n\r\n", 501),
        ("GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
        ("GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        ("GET / HTTP/1.1\r\nHost: x\r\nX: " + String(repeating: "a", count: 17000) + "\r\n\r\n", 431),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n" + String(repeating: "a", count: 70000), 413),
    ])
    func answersFramingErrorsAndCloses(wire: String, status: Int) throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send(wire + request("GET", "/smuggled"))
            let response = try client.readResponse()
            #expect(response.status == status)
            #expect(response.headers["Connection"] == "close")
            #expect(response.headers["Content-Type"] == "application/problem+json")
            #expect(client.isClosedByServer())
        }
    }
}
