import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import API

/// The new endpoints behind the real HTTP engine on a loopback socket.
@Suite(.serialized) struct EndpointSocketTests {
    @Test func searchSQLAndOpenAPIOverARawSocket() throws {
        let api = KnowledgeFixture.shared.api
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0, workerCount: 2), handler: { api.respond(to: $0) })
        let port = try server.start()
        defer {
            server.shutdown()
            server.waitUntilStopped()
        }

        let search = try LoopbackFetch.get(port: port, "/v1/search?q=lavrov&limit=1")
        #expect(search.status == 200)
        let json = try JSONSerialization.jsonObject(with: Data(search.body)) as? [String: Any]
        #expect(json?["total"] as? Int == 3)
        #expect((json?["next"] as? String)?.hasPrefix("http://127.0.0.1:\(port)/v1/search?q=lavrov&limit=1&cursor=") == true)

        let bad = try LoopbackFetch.get(port: port, "/v1/search?q=%22open")
        #expect(bad.status == 400 && bad.header("Content-Type") == "application/problem+json")

        let sql = try LoopbackFetch.get(port: port, "/v1/sql?sql=SELECT%20count(*)%20AS%20n%20FROM%20entities")
        #expect(sql.text.contains("\"rows\":[[8]]"))

        let events = try LoopbackFetch.get(port: port, "/v1/events?format=csv")
        #expect(events.header("Transfer-Encoding") == "chunked")
        #expect(events.text.split(separator: "\r\n").count == 4)

        let spec = try LoopbackFetch.get(port: port, "/openapi.json", headers: ["Accept-Encoding: gzip"])
        #expect(spec.status == 200 && spec.header("Content-Encoding") == "gzip")

        let preflight = try LoopbackFetch.get(port: port, "/v1/entities", method: "OPTIONS",
                                              headers: ["Origin: https://app.example", "Access-Control-Request-Method: GET"])
        #expect(preflight.status == 204 && preflight.header("Access-Control-Allow-Origin") == "*")
    }
}
