import Foundation
import HTTP1
import Testing
@testable import API
@testable import Store

/// /v1/sql: one reading statement, a time limit, a row limit, and clear 400s for everything else.
@Suite struct SQLEndpointTests {
    // Its own API (so its own single console connection): parallel cases must not meet a busy console.
    let api = try! ArchiveAPI(databasePath: KnowledgeFixture.shared.databasePath)

    func get(sql: String, extra: String = "") -> HTTPResponse {
        api.respond(to: makeRequest("/v1/sql?sql=" + percentEncode(sql) + extra))
    }

    @Test func selectAnswersColumnsAndTypedRows() throws {
        let response = get(sql: "SELECT id, name, 1.5 AS x, NULL AS empty, x'00ff' AS bytes FROM entities WHERE name LIKE '%DROP TABLE%'")
        #expect(response.status == .ok, "\(response.bodyText)")
        let json = response.json
        #expect(json["columns"] as? [String] == ["id", "name", "x", "empty", "bytes"])
        let rows = try #require(json["rows"] as? [[Any]])
        #expect(rows.count == 1)
        #expect(rows[0][1] as? String == "Robert'); DROP TABLE entities;--")
        #expect(rows[0][2] as? Double == 1.5)
        #expect(rows[0][3] is NSNull)
        #expect((rows[0][4] as? [String: Any])?["encoded"] as? String == "AP8=")
        #expect(json["truncated"] as? Bool == false)
    }

    @Test func rowLimitTruncates() throws {
        let sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 5000) SELECT i FROM n"
        let json = get(sql: sql).json
        #expect((json["rows"] as? [Any])?.count == 1000)
        #expect(json["truncated"] as? Bool == true)
        let small = get(sql: sql, extra: "&limit=10").json
        #expect((small["rows"] as? [Any])?.count == 10 && small["row_limit"] as? Int == 10)
        #expect(get(sql: "SELECT 1", extra: "&limit=1001").json["parameter"] as? String == "limit")
    }

    @Test(arguments: [
        ("DELETE FROM documents", "only reading statements"), ("UPDATE entities SET name = 'x'", "only reading statements"),
        ("DROP TABLE entities", "only reading statements"), ("PRAGMA query_only = OFF", "only reading statements"),
        ("ATTACH DATABASE '/tmp/x.sqlite' AS x", "only reading statements"), ("CREATE TEMP TABLE t (x)", "only reading statements"),
        ("SELECT 1; DELETE FROM documents", "single statement"), ("SELECT 1; SELECT 2", "single statement"),
        ("SELEC 1", "syntax error"), ("SELECT * FROM nowhere", "no such table"), ("   ", "must not be empty"), (";", "holds no statement"),
        ("-- only a comment", "holds no statement"),
        ("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'lavrov'", "use /v1/search"),
        ("SELECT length(printf('%.*c', 300000000, 'x'))", "printf() is not available"),
    ])
    func everythingButOneReadingStatementIsA400NamingSQL(sql: String, reason: String) throws {
        let response = get(sql: sql)
        #expect(response.status == .badRequest, "\(sql): \(response.bodyText)")
        #expect(response.json["parameter"] as? String == "sql")
        #expect((response.json["detail"] as? String)?.contains(reason) == true, "\(sql): \(response.json["detail"] ?? "")")
    }

    @Test(arguments: ["SELECT 1;", "SELECT 1; -- done", "SELECT ';' AS semicolon", "SELECT \"a;b\" FROM (SELECT 1 AS \"a;b\")",
                      "SELECT 1 /* ; */", "SELECT [x;y] FROM (SELECT 2 AS [x;y]);;"])
    func semicolonsInsideQuotesAndCommentsAreNotASecondStatement(sql: String) {
        #expect(get(sql: sql).status == .ok, "\(sql)")
    }

    @Test func slowQueriesStopAtTheTimeLimitAndLeaveTheConnectionUsable() throws {
        let started = Date()
        let response = get(sql: "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")
        #expect(response.status == .badRequest)
        #expect((response.json["detail"] as? String)?.contains("took longer than 1000 ms") == true)
        #expect(Date().timeIntervalSince(started) < 5)
        // The deadline was cleared: the same connections run the next statements to completion.
        for _ in 0..<3 { #expect(get(sql: "SELECT count(*) FROM documents").status == .ok) }
        #expect(api.respond(to: makeRequest("/v1/documents")).status == .ok)
    }

    @Test func firstStatementSplitsOutsideQuotesAndComments() {
        #expect(ConsoleQueries.firstStatement(of: "SELECT 'a;b'; DROP").statement == "SELECT 'a;b'")
        #expect(ConsoleQueries.firstStatement(of: "SELECT 'it''s;'; x").rest == " x")
        #expect(ConsoleQueries.firstStatement(of: "SELECT 1 -- ;\n; y").rest == " y")
        #expect(ConsoleQueries.isBlank(" ;; -- c\n /* d */ "))
        #expect(!ConsoleQueries.isBlank(" /* d */ x"))
    }

    @Test func busyConsoleIs503WithRetryAfter() throws {
        let console = ConsoleConnections(path: KnowledgeFixture.shared.databasePath, capacity: 1)
        let outer = try console.withConnection { _ in try console.withConnection { _ in 1 } }
        #expect(outer == .some(nil))  // the only connection is in use, so the inner call is turned away
        #expect(try console.withConnection { _ in 2 } == 2)
    }
}
