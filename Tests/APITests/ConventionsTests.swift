import Foundation
import HTTP1
import Testing
@testable import API

@Suite struct ConventionsTests {
    let api = APIFixture.shared.api

    @Test func everyFailureIsProblemJSONWithItsStatus() throws {
        let failing = try ArchiveAPI(databasePath: APIFixture.shared.databasePath)
        struct Unexpected: Error {}
        failing.addRouteForTesting("/v1/explode") { _ in throw Unexpected() }
        let cases: [(HTTPRequest, Int)] = [
            (makeRequest("/v1/documents?limit=-1"), 400),
            (makeRequest("/v1/nothing-here"), 404),
            (makeRequest("/v1/documents", method: .post), 405),
            (makeRequest("/v1/explode"), 500),
        ]
        for (request, status) in cases {
            let response = failing.respond(to: request)
            #expect(response.status.code == status)
            #expect(response.headers["Content-Type"] == "application/problem+json")
            let json = response.json
            #expect(json["status"] as? Int == status)
            #expect(json["title"] as? String == response.status.reasonPhrase)
            #expect(json["type"] as? String == "about:blank")
            #expect((json["detail"] as? String)?.isEmpty == false)
            #expect(response.headers["Access-Control-Allow-Origin"] == "*")
        }
        #expect(failing.respond(to: makeRequest("/v1/explode")).json["detail"] as? String == "Internal server error.")
    }

    @Test func wrongMethodListsAllowedOnes() {
        let response = api.respond(to: makeRequest("/v1/documents/1", method: .delete))
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "GET, HEAD, OPTIONS")
    }

    @Test func headIsServedByGet() {
        let response = api.respond(to: makeRequest("/v1/documents/1", method: .head))
        #expect(response.status == .ok)
        #expect(!response.bodyBytes.isEmpty)  // the server, not the API, drops HEAD bodies
    }

    @Test func etagRevalidatesWith304() throws {
        let first = api.respond(to: makeRequest("/v1/documents/2"))
        let etag = try #require(first.headers["ETag"])
        #expect(etag.hasPrefix("W/\""))
        let again = api.respond(to: makeRequest("/v1/documents/2", headers: ["Host": "h", "If-None-Match": "\"other\", \(etag)"]))
        #expect(again.status == .notModified)
        #expect(again.bodyBytes.isEmpty)
        #expect(again.headers["ETag"] == etag)
        let stale = api.respond(to: makeRequest("/v1/documents/2", headers: ["Host": "h", "If-None-Match": "W/\"0000\""]))
        #expect(stale.status == .ok)
        #expect(first.headers["Cache-Control"] == "public, max-age=60")
    }

    @Test func preflightAllowsAnyOrigin() {
        let response = api.respond(to: makeRequest("/v1/documents", method: .options, headers: [
            "Host": "h", "Origin": "https://frontend.example", "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "if-none-match",
        ]))
        #expect(response.status == .noContent)
        #expect(response.headers["Access-Control-Allow-Origin"] == "*")
        #expect(response.headers["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS")
        #expect(response.headers["Access-Control-Allow-Headers"] == "if-none-match")
        #expect(response.headers["Access-Control-Max-Age"] == "86400")
    }

    @Test func gzipWhenAcceptedAndLargeEnough() {
        let plain = api.respond(to: makeRequest("/v1/documents/2"))
        let zipped = api.respond(to: makeRequest("/v1/documents/2", headers: ["Host": "h", "Accept-Encoding": "br, gzip;q=0.8"]))
        #expect(zipped.headers["Content-Encoding"] == "gzip")
        #expect(zipped.headers["Vary"] == "Accept, Accept-Encoding, X-Forwarded-Proto")
        #expect(Array(zipped.bodyBytes.prefix(2)) == [0x1F, 0x8B])
        #expect(zipped.bodyBytes.count < plain.bodyBytes.count / 2)
        #expect(zipped.headers["ETag"] == plain.headers["ETag"])
        let refused = api.respond(to: makeRequest("/v1/documents/2", headers: ["Host": "h", "Accept-Encoding": "gzip;q=0"]))
        #expect(refused.headers["Content-Encoding"] == nil)
        let tiny = api.respond(to: makeRequest("/v1/health", headers: ["Host": "h", "Accept-Encoding": "gzip"]))
        #expect(tiny.headers["Content-Encoding"] == nil)
    }

    @Test func jsonEscapesEverythingTheCorpusCanHold() throws {
        var json = JSONWriter()
        json.beginObject()
        json.field("text", "quote \" backslash \\ newline \n tab \t nul \u{0} bell \u{7} line-sep \u{2028} Кириллица “curly”")
        json.endObject()
        let decoded = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: String]
        #expect(decoded?["text"] == "quote \" backslash \\ newline \n tab \t nul \u{0} bell \u{7} line-sep \u{2028} Кириллица “curly”")
        #expect(!String(decoding: json.bytes, as: UTF8.self).contains("\u{2028}"))
    }

    @Test func trailingSlashAndUnknownVersionAre404() {
        #expect(api.respond(to: makeRequest("/v1/documents/")).status == .notFound)
        #expect(api.respond(to: makeRequest("/v2/documents")).status == .notFound)
    }
}
