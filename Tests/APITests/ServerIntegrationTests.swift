import Foundation
import HTTPServer
import Store
import Testing
import TestSupport
@testable import API

/// The API behind the real HTTP engine on a loopback socket: what curl and browsers see.
@Suite(.serialized) struct ServerIntegrationTests {
    let server: HTTPServer
    let port: UInt16

    init() throws {
        let api = APIFixture.shared.api
        server = HTTPServer(configuration: HTTPServerConfiguration(port: 0, workerCount: 2), handler: { api.respond(to: $0) })
        port = try server.start()
    }

    func stop() {
        server.shutdown()
        server.waitUntilStopped()
    }

    @Test func healthDocumentsAndADocumentOverASocket() throws {
        defer { stop() }
        let health = try LoopbackFetch.get(port: port, "/v1/health")
        #expect(health.status == 200)
        #expect(health.text == "{\"status\":\"ok\",\"schema_version\":\(ArchiveDatabase.schemaVersion)}")
        #expect(health.header("Content-Length") == "34")
        #expect(health.header("Date") != nil)

        let list = try LoopbackFetch.get(port: port, "/v1/documents?limit=2")
        let json = try JSONSerialization.jsonObject(with: Data(list.body)) as? [String: Any]
        #expect((json?["data"] as? [Any])?.count == 2)
        #expect((json?["next"] as? String)?.hasPrefix("http://127.0.0.1:\(port)/v1/documents?limit=2&cursor=") == true)

        let document = try LoopbackFetch.get(port: port, "/v1/documents/1")
        #expect(document.status == 200)
        #expect(document.header("Content-Type") == "application/json; charset=utf-8")
        #expect(document.text.contains("\"source\":\"000_b2dfd26e419e53ee.txt\""))

        let missing = try LoopbackFetch.get(port: port, "/v1/documents/99")
        #expect(missing.status == 404 && missing.header("Content-Type") == "application/problem+json")
        let elsewhere = try LoopbackFetch.get(port: port, "/v1/nothing")
        #expect(elsewhere.status == 404)
    }

    @Test func headGetsHeadersWithoutBodyAndExportsAreChunked() throws {
        defer { stop() }
        let get = try LoopbackFetch.get(port: port, "/v1/documents/2")
        let head = try LoopbackFetch.get(port: port, "/v1/documents/2", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.header("Content-Length") == get.header("Content-Length"))
        #expect(head.header("ETag") == get.header("ETag"))

        let csv = try LoopbackFetch.get(port: port, "/v1/documents?format=csv")
        #expect(csv.header("Transfer-Encoding") == "chunked")
        #expect(csv.text.split(separator: "\r\n").count == 6)

        let revalidated = try LoopbackFetch.get(port: port, "/v1/documents/2", headers: ["If-None-Match: \(get.header("ETag") ?? "")"])
        #expect(revalidated.status == 304 && revalidated.body.isEmpty)
    }
}
