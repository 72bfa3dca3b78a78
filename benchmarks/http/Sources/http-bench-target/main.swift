import Dispatch
import Glibc
import HTTP1
import HTTPServer

// A stand-in for the archive's `server` executable with fixed routes, so the engine can be
// measured alone: `/v1/health` (tiny JSON) and `/v1/documents/1` (about 10 KB of JSON).
// Usage: http-bench-target [--port N] [--workers N] [--access-log]
// It prints `listening on <port>` once ready, and shuts down gracefully on SIGINT or SIGTERM.

func printError(_ message: String) {
    let line = Array((message + "\n").utf8)
    _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress!, $0.count) }
}

var configuration = HTTPServerConfiguration(port: 8080)
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--port": configuration.port = UInt16(arguments.popFirst() ?? "") ?? configuration.port
    case "--workers": configuration.workerCount = Int(arguments.popFirst() ?? "") ?? configuration.workerCount
    case "--access-log": configuration.accessLog = true
    default:
        printError("usage: http-bench-target [--port N] [--workers N] [--access-log]")
        exit(64)
    }
}

let health = Array(#"{"status":"ok"}"#.utf8)
let document: [UInt8] = {
    var paragraphs: [String] = []
    for index in 1...55 {
        paragraphs.append(#"{"index":\#(index),"text":"ASEAN and Russia agreed to strengthen cooperation on energy, trade and education; officials met in Jakarta to review the plan of action for the next five years."}"#)
    }
    return Array(#"{"id":1,"title":"Joint Statement","paragraphs":[\#(paragraphs.joined(separator: ","))]}"#.utf8)
}()

let server = HTTPServer(configuration: configuration) { request in
    switch request.path {
    case "/v1/health", "/health.json":
        HTTPResponse(headers: ["Content-Type": "application/json"], body: .bytes(health))
    case "/v1/documents/1", "/document.json":
        HTTPResponse(headers: ["Content-Type": "application/json"], body: .bytes(document))
    default:
        HTTPResponse(status: .notFound, headers: ["Content-Type": "application/json"], body: .bytes(Array(#"{"title":"Not Found"}"#.utf8)))
    }
}
server.shutdownOnSignals()
do {
    let port = try server.start()
    print("listening on \(port)")
    fflush(nil)
} catch {
    printError("http-bench-target: \(error)")
    exit(1)
}
server.waitUntilStopped()
