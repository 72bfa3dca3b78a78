import Foundation
import HTTP1
import Testing
@testable import API

/// /v1/sql must not let one request take the server's memory or time (review finding H1).
@Suite struct SQLConsoleLimitsTests {
    // Its own API (so its own single console connection): parallel cases must not meet a busy console.
    let api = try! ArchiveAPI(databasePath: APIFixture.shared.databasePath)

    func sql(_ query: String) -> HTTPResponse {
        api.respond(to: makeRequest("/v1/sql?sql=" + percentEncode(query)))
    }

    @Test(arguments: [("SELECT zeroblob(999999999)", "too big"), ("SELECT randomblob(200000000)", "too big"),
                      ("SELECT hex(zeroblob(100000000))", "too big"), ("SELECT length(replace(hex(zeroblob(400000)), '0', 'xyz'))", "too big"),
                      ("SELECT printf('%.*c', 300000000, 'x')", "printf() is not available"),
                      ("SELECT format('%.*c', 300000000, 'x')", "format() is not available")])
    func hugeValuesAreRefusedNotBuilt(query: String, reason: String) {
        let started = ContinuousClock.now
        let response = sql(query)
        #expect(response.status == .badRequest)
        #expect(response.json["parameter"] as? String == "sql")
        #expect((response.json["detail"] as? String)?.lowercased().contains(reason) == true, "\(response.json)")
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test func resultsStopAtTheByteBudget() throws {
        let response = sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 50) SELECT zeroblob(1000000) FROM n")
        #expect(response.status == .ok)
        #expect(response.json["truncated"] as? Bool == true)
        let rows = try #require(response.json["rows"] as? [[Any]])
        #expect(rows.count >= 8 && rows.count <= 9)
    }

    @Test func blobsAreStandardBase64() throws {
        let rows = try #require(sql("SELECT x'00ff10', x'fb'").json["rows"] as? [[[String: Any]]])
        #expect(rows.first?.map { $0["encoded"] as? String } == ["AP8Q", "+w=="])
    }

    @Test func cursorsStayURLSafeAndUnpadded() throws {
        let token = Cursor(key: "2024-08-13??>>", id: 7).token
        #expect(!token.contains("=") && !token.contains("+") && !token.contains("/"))
        #expect(try Cursor(token: token) == Cursor(key: "2024-08-13??>>", id: 7))
    }
}
