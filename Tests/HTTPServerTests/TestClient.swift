import Glibc
import HTTP1
@testable import HTTPServer

/// A blocking loopback client for the server tests; every read gives up after `timeout` seconds.
final class TestClient {
    let fd: Int32
    private var buffer: [UInt8] = []

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(port: UInt16, host: String = "127.0.0.1", timeout: Int = 3) throws {
        let isIPv6 = host.contains(":")
        fd = socket(isIPv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var v4 = sockaddr_in(), v6 = sockaddr_in6()
        (v4.sin_family, v4.sin_port) = (sa_family_t(AF_INET), port.bigEndian)
        (v6.sin6_family, v6.sin6_port) = (sa_family_t(AF_INET6), port.bigEndian)
        inet_pton(AF_INET, host, &v4.sin_addr)
        inet_pton(AF_INET6, host, &v6.sin6_addr)
        let fd = fd
        func connectTo<Address>(_ address: inout Address) -> Int32 {
            withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<Address>.size)) }
            }
        }
        let result = isIPv6 ? connectTo(&v6) : connectTo(&v4)
        // No close here: a class whose init throws after `fd` is set still runs deinit, which closes it.
        guard result == 0 else { throw Failure(description: "connect: errno \(errno)") }
    }

    deinit { Glibc.close(fd) }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw Failure(description: "send: errno \(errno)") }
            sent += count
        }
    }

    /// Reads more bytes into the buffer; false at end of stream.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
        if count > 0 {
            buffer += chunk[..<count]
            return true
        }
        if count == 0 { return false }
        throw Failure(description: errno == EAGAIN ? "read timed out" : "recv: errno \(errno)")
    }

    func readLine() throws -> String {
        while true {
            if let lf = buffer.firstIndex(of: 0x0A), lf > 0, buffer[lf - 1] == 0x0D {
                let line = String(decoding: buffer[..<(lf - 1)], as: UTF8.self)
                buffer.removeFirst(lf + 1)
                return line
            }
            guard try fill() else { throw Failure(description: "closed mid-line") }
        }
    }

    private func readBytes(_ count: Int) throws -> [UInt8] {
        while buffer.count < count {
            guard try fill() else { throw Failure(description: "closed mid-body") }
        }
        defer { buffer.removeFirst(count) }
        return Array(buffer[..<count])
    }

    /// Reads one response; `bodyless` for answers to HEAD.
    func readResponse(bodyless: Bool = false) throws -> TestResponse {
        let statusLine = try readLine()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count == 3, parts[0] == "HTTP/1.1", let status = Int(parts[1]) else {
            throw Failure(description: "bad status line \(statusLine)")
        }
        var headers = HTTPHeaders()
        while true {
            let line = try readLine()
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: ":") else { throw Failure(description: "bad field \(line)") }
            headers.add(String(line[..<colon]), String(line[line.index(after: colon)...].drop { $0 == " " }))
        }
        var response = TestResponse(status: status, reason: String(parts[2]), headers: headers, body: [])
        if bodyless || status < 200 || status == 204 || status == 304 { return response }
        if let length = headers["Content-Length"].flatMap({ Int($0) }) {
            response.body = try readBytes(length)
        } else if headers["Transfer-Encoding"] == "chunked" {
            while true {
                guard let size = Int(try readLine(), radix: 16) else { throw Failure(description: "bad chunk size") }
                if size == 0 {
                    guard try readLine().isEmpty else { throw Failure(description: "trailers") }
                    break
                }
                response.body += try readBytes(size)
                guard try readLine().isEmpty else { throw Failure(description: "bad chunk end") }
            }
        } else {
            response.body = try readToEnd()
        }
        return response
    }

    /// Everything until the server closes.
    func readToEnd() throws -> [UInt8] {
        while try fill() {}
        defer { buffer = [] }
        return buffer
    }

    /// Whether the server closed the connection with nothing more to read (a reset counts too).
    func isClosedByServer() -> Bool {
        do { return try !fill() && buffer.isEmpty } catch let failure as Failure { return failure.description.hasPrefix("recv") } catch { return false }
    }
}

struct TestResponse {
    var status: Int
    var reason: String
    var headers: HTTPHeaders
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// Runs `body` against a server on an ephemeral port, then shuts it down and waits for it.
func withServer(_ configuration: HTTPServerConfiguration = HTTPServerConfiguration(),
                handler: @escaping HTTPHandler = echoHandler,
                _ body: (HTTPServer, UInt16) throws -> Void) throws {
    var configuration = configuration
    configuration.port = 0
    let server = HTTPServer(configuration: configuration, handler: handler)
    let port = try server.start()
    defer {
        server.shutdown()
        server.waitUntilStopped()
    }
    try body(server, port)
}

/// Answers `text/plain` with `METHOD path` and the body's size.
let echoHandler: HTTPHandler = { request in
    HTTPResponse(headers: ["Content-Type": "text/plain"],
                 body: .bytes(Array("\(request.method.rawValue) \(request.path) \(request.body.count)".utf8)))
}

func request(_ method: String = "GET", _ target: String, _ extraHeaders: String = "") -> String {
    "\(method) \(target) HTTP/1.1\r\nHost: test\r\n\(extraHeaders)\r\n"
}
