import Foundation
import HTTP1
import SQLite
import Testing
@testable import API

/// The faster read paths give what the plain SQL they replaced gives, on the bundled corpus:
/// the one-pass search page (against the per-page export statement and SQL facets) and the
/// timeline of one entity (either plan) against a direct ORDER BY.
@Suite struct ReadPathTests {
    let api = APIFixture.shared.api

    func get(_ target: String, headers: HTTPHeaders = ["Host": "archive.test"]) -> HTTPResponse {
        api.respond(to: makeRequest(target, headers: headers))
    }

    func column(_ sql: String, _ values: [any SQLiteBindable] = []) throws -> [Int] {
        let connection = try Connection(path: APIFixture.shared.databasePath, mode: .readOnly)
        var result: [Int] = []
        try connection.cached(sql).forEachRow(values) { result.append($0.int(0)) }
        return result
    }

    static func paragraphIDs(_ rows: [[String: Any]]) -> [Int] {
        rows.compactMap { ($0["paragraph"] as? [String: Any])?["id"] as? Int }
    }

    @Test(arguments: ["lavrov", "asean", "russia OR asean", "\"east asia summit\"", "sanction*"])
    func searchPagesEqualTheRankedExportAndTheirFacetsEqualSQL(query: String) throws {
        let encoded = percentEncode(query)
        let json = get("/v1/search?q=\(encoded)&limit=500").json
        let page = try #require(json["data"] as? [[String: Any]])
        let exported = get("/v1/search?q=\(encoded)&format=ndjson").bodyText.split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
        }
        #expect(Self.paragraphIDs(page) == Self.paragraphIDs(exported).prefix(500).map { $0 })
        #expect(page.compactMap { $0["score"] as? Double } == exported.prefix(500).compactMap { $0["score"] as? Double })
        #expect(page.compactMap { $0["snippet"] as? String } == exported.prefix(500).compactMap { $0["snippet"] as? String })

        let facets = try #require(json["facets"] as? [String: Any])
        let documents = try #require(facets["documents"] as? [[String: Any]])
        #expect(documents.compactMap { $0["id"] as? Int } == (try column("""
            SELECT p.document_id FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid WHERE paragraphs_fts MATCH ?
            GROUP BY p.document_id ORDER BY count(*) DESC, p.document_id LIMIT 20
            """, [query])))
        let entities = try #require(facets["entities"] as? [[String: Any]])
        #expect(entities.compactMap { $0["id"] as? Int } == (try column("""
            SELECT e.id FROM (
                SELECT p.id AS id FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid WHERE paragraphs_fts MATCH ?
                ORDER BY bm25(paragraphs_fts), p.id LIMIT 1000) p
            JOIN sentences s ON s.paragraph_id = p.id JOIN entity_mentions m ON m.sentence_id = s.id JOIN entities e ON e.id = m.entity_id
            GROUP BY e.id ORDER BY count(DISTINCT p.id) DESC, e.id LIMIT 20
            """, [query])))
    }

    @Test func aCursorPageStartsRightAfterTheLastHitAndKeepsTheTotal() throws {
        let first = get("/v1/search?q=russia&limit=5").json
        let next = try #require(first["next"] as? String)
        let second = get(next.replacingOccurrences(of: "http://archive.test", with: "")).json
        let all = try #require(get("/v1/search?q=russia&limit=10&facets=false").json["data"] as? [[String: Any]])
        #expect(Self.paragraphIDs(second["data"] as? [[String: Any]] ?? []) == Array(Self.paragraphIDs(all)[5...]))
        #expect(second["total"] as? Int == first["total"] as? Int)
        #expect(second["facets"] != nil)
    }

    @Test func everyEntitysTimelineIsItsEventsInDateOrder() throws {
        let entities = try column("SELECT DISTINCT entity_id FROM event_participants WHERE entity_id IS NOT NULL ORDER BY entity_id")
        #expect(entities.count > 5)
        let threshold = ((try column("SELECT max(id) FROM events").first ?? 0) + 7) / 8
        var plans: Set<Bool> = []
        for entity in entities {
            let expected = try column("""
                SELECT id FROM events WHERE id IN (SELECT event_id FROM event_participants WHERE entity_id = ?) ORDER BY date, id
                """, [entity])
            plans.insert((try column("SELECT count(*) FROM event_participants WHERE entity_id = ?", [entity]).first ?? 0) >= threshold)
            let json = get("/v1/events?entity=\(entity)&limit=500").json
            let ids = (json["data"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
            #expect(ids == expected, "entity \(entity)")
            #expect(json["total"] as? Int == expected.count, "entity \(entity)")
            let page = get("/v1/events?entity=\(entity)&limit=2").json
            #expect((page["data"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int } == Array(expected.prefix(2)))
        }
        #expect(plans == [true, false], "both plans are exercised: frequent entities walk the dates, rare ones are looked up")
    }

    @Test func documentCountsUseTheNewIndexes() throws {
        let connection = try Connection(path: APIFixture.shared.databasePath, mode: .readOnly)
        for table in ["events", "figures"] {
            var plan: [String] = []
            try connection.cached("EXPLAIN QUERY PLAN SELECT count(*) FROM \(table) WHERE document_id = ?").forEachRow([1]) {
                plan.append($0.string(3))
            }
            #expect(plan.contains { $0.contains("USING COVERING INDEX \(table)_document") }, "\(table): \(plan)")
        }
    }
}
