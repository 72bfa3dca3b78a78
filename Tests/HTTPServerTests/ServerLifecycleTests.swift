import Dispatch
import Glibc
import HTTP1
import Synchronization
import Testing
@testable import HTTPServer

/// Streams, timeouts, the connection limit, vanished clients and shutdown, over real loopback sockets.
@Suite struct ServerLifecycleTests {
    static let streamHandler: HTTPHandler = { request in
        let pieces = Int(request.queryValue("pieces") ?? "3") ?? 3
        let size = Int(request.queryValue("size") ?? "5") ?? 5
        return HTTPResponse(headers: ["Content-Type": "text/plain"], body: .stream(HTTPBodyStream { write in
            for index in 0..<pieces { try write(Array(repeating: UInt8(0x61 + index % 26), count: size)) }
        }))
    }

    @Test func streamsAChunkedBodyThenServesTheNextPipelinedRequest() throws {
        try withServer(handler: Self.streamHandler) { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/s?pieces=3&size=4") + request("GET", "/s?pieces=2&size=70000"))
            let small = try client.readResponse()
            #expect(small.headers["Transfer-Encoding"] == "chunked")
            #expect(small.headers["Content-Length"] == nil)
            #expect(small.text == "aaaabbbbcccc")
            let large = try client.readResponse()
            #expect(large.body == Array(repeating: 0x61, count: 70000) + Array(repeating: 0x62, count: 70000))
        }
    }

    @Test func slowStreamReadersDoNotHoldUpOtherStreams() throws {
        try withServer(handler: Self.streamHandler) { _, port in
            // Each of these producers blocks on a full socket, because its client never reads.
            let stalled = try (0..<16).map { _ in try TestClient(port: port) }
            for client in stalled { try client.send(request("GET", "/s?pieces=64&size=65536")) }
            usleep(100_000)
            let client = try TestClient(port: port)
            try client.send(request("GET", "/s?pieces=2&size=3"))
            #expect(try client.readResponse().text == "aaabbb")
        }
    }

    @Test func streamsToHTTP10UntilClose() throws {
        try withServer(handler: Self.streamHandler) { _, port in
            let client = try TestClient(port: port)
            try client.send("GET /s HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.headers["Transfer-Encoding"] == nil)
            #expect(response.headers["Connection"] == "close")
            #expect(response.text == "aaaaabbbbbccccc")
        }
    }

    struct ProducerFailure: Error {}

    /// `/late` throws after 20 KB (past the first flush), `/early` before anything was sent.
    static let failingStreamHandler: HTTPHandler = { request in
        guard request.path != "/ok" else { return echoHandler(request) }
        let bytesBeforeFailure = request.path == "/late" ? 20_000 : 3
        return HTTPResponse(body: .stream(HTTPBodyStream { write in
            try write(Array(repeating: 0x61, count: bytesBeforeFailure))
            throw ProducerFailure()
        }))
    }

    @Test func resetsAnHTTP10StreamThatFailsMidBody() throws {
        try withServer(handler: Self.failingStreamHandler) { _, port in
            let client = try TestClient(port: port)
            try client.send("GET /late HTTP/1.0\r\n\r\n")
            var failure = ""
            do { _ = try client.readResponse() } catch { failure = "\(error)" }
            #expect(failure == "recv: errno \(ECONNRESET)")   // not a FIN that passes for the body's end
        }
    }

    @Test func answersEarlierPipelinedResponsesThenA500WhenAStreamFailsBeforeSendingAnything() throws {
        try withServer(handler: Self.failingStreamHandler) { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/ok") + request("GET", "/early"))
            #expect(try client.readResponse().text == "GET /ok 0")
            let failed = try client.readResponse()
            #expect(failed.status == 500)
            #expect(failed.headers["Content-Type"] == "application/problem+json")
            #expect(failed.headers["Connection"] == "close")
            #expect(client.isClosedByServer())
        }
    }

    @Test func deliversAClosingStreamWholeDespiteBytesThatArriveMeanwhile() throws {
        try withServer(handler: Self.streamHandler) { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/s?pieces=128&size=65536", "Connection: close\r\n"))
            usleep(100_000)   // the producer fills the socket and blocks
            try client.send(request("GET", "/unread"))   // left unread: a plain close would reset
            usleep(100_000)
            let response = try client.readResponse()
            #expect(response.headers["Connection"] == "close")
            #expect(response.body.count == 128 * 65536)
            #expect(client.isClosedByServer())
        }
    }

    @Test func answersStreamRequestsPastTheStreamLimitWithA503() throws {
        let entered = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let handler: HTTPHandler = { request in
            guard request.path == "/block" else { return Self.streamHandler(request) }
            return HTTPResponse(body: .stream(HTTPBodyStream { write in
                entered.signal()
                _ = release.wait(timeout: .now() + 3)
                try write([0x61])
            }))
        }
        var configuration = HTTPServerConfiguration()
        configuration.maxStreams = 1
        try withServer(configuration, handler: handler) { _, port in
            let running = try TestClient(port: port)
            try running.send(request("GET", "/block"))
            #expect(entered.wait(timeout: .now() + 3) == .success)
            let refused = try TestClient(port: port)
            try refused.send(request("GET", "/s"))
            let busy = try refused.readResponse()
            #expect(busy.status == 503)
            #expect(busy.headers["Retry-After"] == "1")
            #expect(busy.headers["Content-Type"] == "application/problem+json")
            release.signal()
            #expect(try running.readResponse().text == "a")
            // The slot frees up once the producer is done; the refused connection stayed open.
            var admitted = false
            for _ in 0..<50 where !admitted {
                try refused.send(request("GET", "/s"))
                admitted = try refused.readResponse().status == 200
                if !admitted { usleep(20_000) }
            }
            #expect(admitted)
        }
    }

    @Test func cutsOffAStreamThatOutlivesTheStreamTimeout() throws {
        let handler: HTTPHandler = { _ in
            HTTPResponse(body: .stream(HTTPBodyStream { write in
                for _ in 0..<200 {
                    try write(Array(repeating: 0x61, count: 20_000))
                    usleep(20_000)
                }
            }))
        }
        var configuration = HTTPServerConfiguration()
        configuration.streamTimeout = .milliseconds(300)
        try withServer(configuration, handler: handler) { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/"))
            var failure = ""
            do { _ = try client.readResponse() } catch { failure = "\(error)" }
            #expect(failure == "recv: errno \(ECONNRESET)")   // after 0.3 s, not the whole 4 s body
        }
    }

    @Test func answersHeadForAStreamWithoutRunningIt() throws {
        let ran = Atomic<Int>(0)
        let handler: HTTPHandler = { _ in
            HTTPResponse(body: .stream(HTTPBodyStream { write in
                ran.add(1, ordering: .relaxed)
                try write([1, 2, 3])
            }))
        }
        try withServer(handler: handler) { _, port in
            let client = try TestClient(port: port)
            try client.send(request("HEAD", "/") + request("HEAD", "/"))
            #expect(try client.readResponse(bodyless: true).headers["Transfer-Encoding"] == "chunked")
            #expect(try client.readResponse(bodyless: true).status == 200)
        }
        #expect(ran.load(ordering: .relaxed) == 0)
    }

    @Test func closesASlowHeaderAfterTheHeaderTimeout() throws {
        var configuration = HTTPServerConfiguration()
        configuration.headerTimeout = .milliseconds(300)
        try withServer(configuration) { _, port in
            let client = try TestClient(port: port)
            try client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Slow")
            let response = try client.readResponse()
            #expect(response.status == 408)
            #expect(client.isClosedByServer())
        }
    }

    @Test func closesAnIdleKeepAliveConnectionAfterTheIdleTimeout() throws {
        var configuration = HTTPServerConfiguration()
        configuration.idleTimeout = .milliseconds(300)
        try withServer(configuration) { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/"))
            #expect(try client.readResponse().status == 200)
            #expect(client.isClosedByServer())   // within the 3 s read timeout
        }
    }

    @Test func startsTheIdleTimeoutWhenALongResponseHasDrained() throws {
        let large = [UInt8](repeating: 0x5A, count: 8 << 20)
        let handler: HTTPHandler = { request in
            request.path == "/large" ? HTTPResponse(body: .bytes(large)) : echoHandler(request)
        }
        var configuration = HTTPServerConfiguration()
        configuration.idleTimeout = .milliseconds(300)
        try withServer(configuration, handler: handler) { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/large"))
            usleep(600_000)   // the response backs up for longer than the idle timeout
            #expect(try client.readResponse().body.count == large.count)
            usleep(150_000)
            try client.send(request("GET", "/next"))
            #expect(try client.readResponse().text == "GET /next 0")
        }
    }

    @Test func refusesConnectionsPastTheLimitWithA503() throws {
        var configuration = HTTPServerConfiguration(workerCount: 1)
        configuration.maxConnections = 2
        try withServer(configuration) { _, port in
            let first = try TestClient(port: port), second = try TestClient(port: port)
            for client in [first, second] {
                try client.send(request("GET", "/"))
                #expect(try client.readResponse().status == 200)
            }
            let third = try TestClient(port: port)
            let refused = try third.readResponse()
            #expect(refused.status == 503)
            #expect(refused.headers["Connection"] == "close")
            #expect(third.isClosedByServer())
            // The admitted connections still work, and a slot frees up when one closes.
            try first.send(request("GET", "/again", "Connection: close\r\n"))
            #expect(try first.readResponse().text == "GET /again 0")
            #expect(first.isClosedByServer())
            var admitted = false
            for _ in 0..<150 where !admitted {   // the slot frees once the server has read the EOF
                let fourth = try TestClient(port: port)
                try fourth.send(request("GET", "/fourth"))
                admitted = try fourth.readResponse().status == 200
                if !admitted { usleep(20_000) }
            }
            #expect(admitted)
        }
    }

    @Test func survivesClientsThatVanishMidRequestAndMidResponse() throws {
        try withServer(handler: Self.streamHandler) { _, port in
            for _ in 0..<5 {
                let midRequest = try TestClient(port: port)
                try midRequest.send("GET /s HTTP/1.1\r\nHost: x\r\nContent-Le")
                let midResponse = try TestClient(port: port)
                try midResponse.send(request("GET", "/s?pieces=400&size=65536"))
                _ = try midResponse.readLine()
                // Closing with unread data resets the connection under the producer's feet.
            }
            let client = try TestClient(port: port)
            try client.send(request("GET", "/s"))
            #expect(try client.readResponse().text == "aaaaabbbbbccccc")
        }
    }

    @Test func shutdownFinishesInFlightRequestsAndRefusesNewConnections() throws {
        let entered = DispatchSemaphore(value: 0)
        let handler: HTTPHandler = { request in
            if request.path == "/slow" {
                entered.signal()
                usleep(400_000)
            }
            return echoHandler(request)
        }
        var configuration = HTTPServerConfiguration(port: 0, workerCount: 2)
        configuration.shutdownTimeout = .seconds(2)
        let server = HTTPServer(configuration: configuration, handler: handler)
        let port = try server.start()
        let idle = try TestClient(port: port)
        try idle.send(request("GET", "/warm"))
        #expect(try idle.readResponse().status == 200)
        let busy = try TestClient(port: port)
        try busy.send(request("GET", "/slow"))
        entered.wait()
        server.shutdown()
        server.shutdown()   // idempotent
        #expect(throws: TestClient.Failure.self) { try TestClient(port: port) }
        let response = try busy.readResponse()
        #expect(response.text == "GET /slow 0")
        #expect(response.headers["Connection"] == "close")
        #expect(busy.isClosedByServer())
        #expect(idle.isClosedByServer())
        server.waitUntilStopped()
        server.waitUntilStopped()
    }

    @Test func shutdownForceClosesWhatOutlivesTheTimeout() throws {
        var configuration = HTTPServerConfiguration(port: 0, workerCount: 1)
        configuration.shutdownTimeout = .milliseconds(200)
        let server = HTTPServer(configuration: configuration, handler: echoHandler)
        let port = try server.start()
        let partial = try TestClient(port: port)
        try partial.send("GET / HTTP/1.1\r\nHost")   // an unfinished request keeps the loop waiting
        usleep(50_000)
        server.shutdown()
        server.waitUntilStopped()
        #expect(partial.isClosedByServer())
    }

    @Test func shutdownCutsOffAStreamWhoseClientStoppedReading() throws {
        var configuration = HTTPServerConfiguration(port: 0, workerCount: 1)
        configuration.shutdownTimeout = .milliseconds(200)
        let server = HTTPServer(configuration: configuration, handler: Self.streamHandler)
        let port = try server.start()
        let stalled = try TestClient(port: port)
        try stalled.send(request("GET", "/s?pieces=1000&size=65536"))   // 64 MB it never reads
        usleep(100_000)
        server.shutdown()
        server.waitUntilStopped()
        // What it gets now is a truncated body: the server did not wait for the full 64 MB.
        #expect(throws: TestClient.Failure.self) { try stalled.readResponse() }
    }

    @Test func waitUntilStoppedReturnsAtOnceForAServerNeverStarted() {
        let server = HTTPServer(configuration: HTTPServerConfiguration(), handler: echoHandler)
        server.waitUntilStopped()
        server.shutdown()
        #expect(throws: SocketError.self) { try server.start() }
    }
}
