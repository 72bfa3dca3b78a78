import Foundation
import HTTP1
import SQLite
import Testing
@testable import API

/// /v1/search over the bundled corpus; counts are cross-checked with SQLite itself.
@Suite struct SearchEndpointTests {
    let api = APIFixture.shared.api

    func get(_ target: String, headers: HTTPHeaders = ["Host": "archive.test"]) -> HTTPResponse {
        api.respond(to: makeRequest(target, headers: headers))
    }

    /// How many paragraphs FTS5 itself says match `query` (in documents meeting `condition`), asked of SQLite directly.
    func matchCount(_ query: String, condition: String = "1", _ values: [any SQLiteBindable] = []) throws -> Int {
        let connection = try Connection(path: APIFixture.shared.databasePath, mode: .readOnly)
        return try connection.scalarInt("""
            SELECT count(*) FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid JOIN documents d ON d.id = p.document_id
            WHERE paragraphs_fts MATCH ? AND \(condition)
            """, [query] + values) ?? -1
    }

    func scalar(_ sql: String) throws -> String? {
        let connection = try Connection(path: APIFixture.shared.databasePath, mode: .readOnly)
        return try connection.cached(sql).firstRow { $0.optionalString(0) } ?? nil
    }

    @Test(arguments: ["lavrov", "asean", "\"east asia summit\"", "sanction*", "russia NOT asean", "NEAR(russia asean, 3)", "russia OR asean",
                      "(russia OR moscow) AND (asean OR jakarta)"])
    func fullTextSyntaxMatchesWhatFTS5Counts(query: String) throws {
        let response = get("/v1/search?q=" + percentEncode(query) + "&limit=500")
        #expect(response.status == .ok, "\(query): \(response.bodyText)")
        let json = response.json
        let hits = try #require(json["data"] as? [[String: Any]])
        let expected = try matchCount(query)
        #expect(expected > 0, "\(query)")
        #expect(json["total"] as? Int == expected, "\(query)")
        #expect(hits.count == min(expected, 500))
        let scores = hits.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(), "hits are in BM25 order (lower is better)")
    }

    @Test func hitsCarryDocumentParagraphSpanAndHighlightedSnippet() throws {
        let json = get("/v1/search?q=lavrov&limit=3").json
        let hits = try #require(json["data"] as? [[String: Any]])
        #expect(hits.count == 3)
        for hit in hits {
            #expect(Set(hit.keys) == ["document", "paragraph", "score", "snippet"])
            let document = try #require(hit["document"] as? [String: Any])
            let paragraph = try #require(hit["paragraph"] as? [String: Any])
            #expect(Set(document.keys) == ["id", "title", "published"])
            #expect(Set(paragraph.keys) == ["id", "position", "start", "end"])
            let snippet = try #require(hit["snippet"] as? String)
            #expect(snippet.contains("<mark>Lavrov</mark>"))
            // The paragraph's span cuts the document text; the highlighted word is in it.
            let text = Array(get("/v1/documents/\(document["id"] as! Int)/text").bodyText.unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text[(paragraph["start"] as! Int)..<(paragraph["end"] as! Int)])
            #expect(String(view).contains("Lavrov"))
        }
        let query = try #require(json["query"] as? [String: Any])
        #expect(query["q"] as? String == "lavrov" && query["limit"] as? Int == 3)
        #expect(query["highlight"] as? [String] == ["<mark>", "</mark>"])
    }

    @Test(arguments: [1, 2, 7])
    func walkingRankedPagesNeverSkipsOrRepeats(pageSize: Int) throws {
        let everything = try #require(get("/v1/search?q=russia%20OR%20asean&limit=500").json["data"] as? [[String: Any]])
        let expected = everything.compactMap { ($0["paragraph"] as? [String: Any])?["id"] as? Int }
        var next: String? = "/v1/search?q=russia%20OR%20asean&facets=false&limit=\(pageSize)"
        var walked: [Int] = []
        var pages = 0
        while let current = next, pages < 200 {
            let response = get(current.replacingOccurrences(of: "http://archive.test", with: ""))
            #expect(response.status == .ok)
            walked += (response.json["data"] as? [[String: Any]] ?? []).compactMap { ($0["paragraph"] as? [String: Any])?["id"] as? Int }
            next = response.json["next"] as? String
            pages += 1
        }
        #expect(walked == expected)
        #expect(Set(walked).count == walked.count)
    }

    @Test func facetsCountHitsPerDocumentAndYearAndAreBounded() throws {
        let json = get("/v1/search?q=lavrov").json
        let total = try #require(json["total"] as? Int)
        let facets = try #require(json["facets"] as? [String: Any])
        let documents = try #require(facets["documents"] as? [[String: Any]])
        #expect(documents.count <= 20)
        #expect(documents.compactMap { $0["hits"] as? Int }.reduce(0, +) == total)  // five documents: all listed
        let hits = documents.compactMap { $0["hits"] as? Int }
        #expect(hits == hits.sorted(by: >))
        let years = try #require(facets["years"] as? [[String: Any]])
        #expect(years.compactMap { $0["hits"] as? Int }.reduce(0, +) == total)
        for year in years {
            guard let value = year["year"] as? Int else { continue }
            #expect(try matchCount("lavrov", condition: "substr(d.published, 1, 4) = ?", [String(value)]) == year["hits"] as? Int)
        }
        let entities = try #require(facets["entities"] as? [[String: Any]])
        #expect(entities.count <= 20)
        #expect(get("/v1/search?q=lavrov&facets=false").json["facets"] == nil)
    }

    @Test func filtersNarrowHitsAsTheDocumentFiltersDo() throws {
        let language = try #require(try scalar("SELECT language FROM documents ORDER BY id LIMIT 1"))
        #expect(get("/v1/search?q=asean&language=\(language)").json["total"] as? Int
                == (try matchCount("asean", condition: "d.language = ?", [language])))
        #expect(get("/v1/search?q=asean&language=xx").json["total"] as? Int == 0)
        #expect(get("/v1/search?q=asean&from=2020").json["total"] as? Int == (try matchCount("asean", condition: "d.published >= '2020'")))
        #expect(get("/v1/search?q=asean&to=2019").json["total"] as? Int == (try matchCount("asean", condition: "d.published <= '2019-99'")))
        if let entity = try scalar("SELECT id FROM entities ORDER BY mentions DESC LIMIT 1 OFFSET 3") {
            let expected = try matchCount("asean", condition: "d.id IN (SELECT document_id FROM document_entities WHERE entity_id = ?)", [entity])
            #expect(get("/v1/search?q=asean&entity=\(entity)").json["total"] as? Int == expected)
        }
        #expect(get("/v1/search?q=asean&entity=999999").json["total"] as? Int == 0)
    }

    @Test(arguments: ["%22unterminated", "AND", "NEAR(", "lavrov%20AND", "*", "(russia"])
    func queriesFTS5CannotParseAre400sThatSayWhy(query: String) {
        let response = get("/v1/search?q=" + query)
        #expect(response.status == .badRequest, "\(query)")
        #expect(response.headers["Content-Type"] == "application/problem+json")
        #expect(response.json["parameter"] as? String == "q")
        #expect((response.json["detail"] as? String)?.contains("not a valid full-text query") == true)
        #expect(get("/v1/search?format=csv&q=" + query).status == .badRequest, "exports refuse before streaming")
    }

    @Test(arguments: [("/v1/search", "q"), ("/v1/search?q=a&limit=0", "limit"), ("/v1/search?q=a&facets=yes", "facets"),
                      ("/v1/search?q=a&cursor=MQ", "cursor"), ("/v1/search?q=a&from=2024-02-30", "from"), ("/v1/search?q=a&sort=id", "sort"),
                      ("/v1/search?q=a&q=b", "q"), ("/v1/search?q=a&entity=-1", "entity")])
    func badParametersAre400sNamingThem(target: String, parameter: String) {
        let response = get(target)
        #expect(response.status == .badRequest, "\(target)")
        #expect(response.json["parameter"] as? String == parameter, "\(target)")
    }

    @Test func exportsStreamEveryHitAsCSVAndNDJSON() throws {
        let total = get("/v1/search?q=asean").json["total"] as? Int ?? 0
        let csv = get("/v1/search?q=asean&format=csv")
        #expect(csv.isStreamed)
        let lines = csv.bodyText.split(separator: "\r\n")
        #expect(lines.first == "document_id,document_title,published,paragraph_id,position,start,end,score,snippet")
        #expect(lines.count == total + 1)
        let ndjson = get("/v1/search?q=asean", headers: ["Host": "h", "Accept": "application/x-ndjson"]).bodyText.split(separator: "\n")
        #expect(ndjson.count == total)
    }

    @Test func searchResponsesFollowTheConventions() throws {
        let first = get("/v1/search?q=russia", headers: ["Host": "h", "Accept-Encoding": "gzip", "Origin": "https://x.example"])
        #expect(first.headers["Content-Encoding"] == "gzip")
        #expect(first.headers["Access-Control-Allow-Origin"] == "*")
        let etag = try #require(first.headers["ETag"])
        let again = get("/v1/search?q=russia", headers: ["Host": "h", "If-None-Match": etag])
        #expect(again.status == .notModified)
    }
}
