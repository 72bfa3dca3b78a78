import Glibc
import HTTP1
import Testing
@testable import HTTPServer

@Suite struct ServerExtrasTests {
    @Test func writesOneAccessLogLinePerRequest() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        defer { Glibc.close(descriptors[0]) }
        var configuration = HTTPServerConfiguration(workerCount: 1, accessLog: true)
        configuration.accessLogDescriptor = descriptors[1]
        try withServer(configuration) { _, port in
            let client = try TestClient(port: port)
            try client.send(request("GET", "/a%20b%0AGET?q=1") + request("HEAD", "/h") + "BREW / HTTP/1.1\r\nHost: x\r\n\r\n")
            _ = try client.readResponse()
            _ = try client.readResponse(bodyless: true)
            #expect(try client.readResponse().status == 501)
        }
        Glibc.close(descriptors[1])
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = bytes.withUnsafeMutableBytes { read(descriptors[0], $0.baseAddress!, $0.count) }
        let lines = String(decoding: bytes[..<max(count, 0)], as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        let fields = lines.map { $0.split(separator: " ").map(String.init) }
        #expect(fields.first?.prefix(4) == ["GET", "/a%20b%0AGET", "200", "14"])   // as sent: no forged line
        #expect(fields.last?.prefix(4) == ["HEAD", "/h", "200", "0"])
        #expect(fields.allSatisfy { UInt64($0.last ?? "") != nil })
    }

    @Test func sendsContinueBeforeReadingAnAnnouncedBody() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send(request("POST", "/upload", "Content-Length: 5\r\nExpect: 100-continue\r\n"))
            let interim = try client.readResponse()
            #expect(interim.status == 100)
            try client.send("hello")
            #expect(try client.readResponse().text == "POST /upload 5")
        }
    }

    @Test func closesAConnectionThatNeverSendsARequestAfterTheHeaderTimeout() throws {
        var configuration = HTTPServerConfiguration()
        configuration.headerTimeout = .milliseconds(200)
        try withServer(configuration) { _, port in
            let silent = try TestClient(port: port)
            #expect(silent.isClosedByServer())
        }
    }

    @Test func closesManySilentConnectionsAtOnceAndKeepsServing() throws {
        var configuration = HTTPServerConfiguration(workerCount: 1)
        configuration.headerTimeout = .milliseconds(300)
        try withServer(configuration) { _, port in
            let silent = try (0..<1000).map { _ in try TestClient(port: port) }
            #expect(silent.allSatisfy { $0.isClosedByServer() })
            let client = try TestClient(port: port)
            try client.send(request("GET", "/after"))
            #expect(try client.readResponse().text == "GET /after 0")
        }
    }

    @Test func servesOnIPv6() throws {
        try withServer(HTTPServerConfiguration(host: "::1")) { _, port in
            let client = try TestClient(port: port, host: "::1")
            try client.send(request("GET", "/six"))
            #expect(try client.readResponse().text == "GET /six 0")
        }
    }

    @Test func refusesToStartOnAnAddressThatIsNotNumeric() {
        let server = HTTPServer(configuration: HTTPServerConfiguration(host: "localhost", port: 0), handler: echoHandler)
        #expect(throws: SocketError.self) { try server.start() }
        server.waitUntilStopped()
    }

    @Test func raisesTheOpenFileLimitToTheHardLimitOnStart() throws {
        var lowered = rlimit()
        #expect(getrlimit(Int32(RLIMIT_NOFILE.rawValue), &lowered) == 0)
        lowered.rlim_cur = min(lowered.rlim_max, 4096)   // still plenty for the tests running alongside
        #expect(setrlimit(Int32(RLIMIT_NOFILE.rawValue), &lowered) == 0)
        try withServer { _, _ in
            var limit = rlimit()
            #expect(getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0)
            #expect(limit.rlim_cur == limit.rlim_max)
        }
    }

    @Test func countsTheCoresThisProcessMayUse() {
        let cores = HTTPServerConfiguration.activeCores
        #expect(cores >= 1 && cores <= Int(sysconf(Int32(_SC_NPROCESSORS_CONF))))
        #expect(HTTPServerConfiguration().workerCount == cores)
    }

    @Test func rendersTheDateFieldInIMFFixdate() {
        #expect(HTTPDate.field(unixTime: 784_111_777) == Array("Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n".utf8))
        #expect(HTTPDate.field(unixTime: 1_795_000_000) == Array("Date: Wed, 18 Nov 2026 11:06:40 GMT\r\n".utf8))
    }

    @Test func convertsDurationsToNanoseconds() {
        #expect(Duration.milliseconds(1500).nanoseconds == 1_500_000_000)
        #expect(Duration.seconds(Int64.max).nanoseconds == .max)
    }
}
