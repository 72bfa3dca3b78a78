import Foundation
import HTTP1
import Store
import Testing
@testable import API

@Suite struct DocumentsEndpointTests {
    let api = APIFixture.shared.api

    func get(_ target: String, headers: HTTPHeaders = ["Host": "archive.test"]) -> HTTPResponse {
        api.respond(to: makeRequest(target, headers: headers))
    }

    @Test func healthReportsSchemaVersion() {
        let response = get("/v1/health")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(response.bodyText == "{\"status\":\"ok\",\"schema_version\":\(ArchiveDatabase.schemaVersion)}")
    }

    @Test func listsEveryDocumentWithTheContractShape() throws {
        let response = get("/v1/documents")
        #expect(response.status == .ok)
        let json = response.json
        let data = try #require(json["data"] as? [[String: Any]])
        #expect(data.count == 5)
        #expect(json["next"] is NSNull)
        #expect(json["total"] as? Int == 5)
        #expect(data.map { $0["source"] as? String } == ["000_b2dfd26e419e53ee.txt", "001_0b4b8ae56b3db64c.txt",
            "002_78f4c420c5d86458.txt", "003_f9f5ae495ea91b5f.txt", "004_b6693f8134cf3126.txt"])
        let keys = Set(data[0].keys)
        #expect(keys.isSuperset(of: ["id", "title", "author", "publisher", "published", "url", "language", "source"]))
    }

    @Test(arguments: ["id", "-id", "title", "-title", "published", "-published"])
    func walkingNextYieldsEveryRowExactlyOnce(sort: String) throws {
        var target: String? = "/v1/documents?limit=2&sort=\(sort)"
        var seen: [Int] = []
        var pages = 0
        while let current = target {
            let response = get(current.replacingOccurrences(of: "http://archive.test", with: ""))
            #expect(response.status == .ok)
            let json = response.json
            seen += (json["data"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
            target = json["next"] as? String
            if let next = target {
                #expect(next.hasPrefix("http://archive.test/v1/documents?"))
                #expect(response.headers["Link"] == "<\(next)>; rel=\"next\"")
            }
            pages += 1
            if pages > 10 { break }
        }
        #expect(seen.sorted() == [1, 2, 3, 4, 5])
        #expect(pages == 3)
        if sort == "id" { #expect(seen == [1, 2, 3, 4, 5]) }
        if sort == "-id" { #expect(seen == [5, 4, 3, 2, 1]) }
    }

    @Test func documentDetailHasParagraphsCountsAndKeywords() throws {
        let json = get("/v1/documents/1").json
        #expect(json["id"] as? Int == 1)
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count > 5)
        #expect(paragraphs[0]["start"] as? Int != nil && paragraphs[0]["text"] as? String != nil)
        let counts = try #require(json["counts"] as? [String: Int])
        #expect(counts["paragraphs"] == paragraphs.count)
        #expect(json["keywords"] is [Any] && json["metadata"] is [Any])
    }

    @Test func paragraphSpansIndexTheTextEndpoint() throws {
        let text = get("/v1/documents/3/text")
        #expect(text.headers["Content-Type"] == "text/plain; charset=utf-8")
        let scalars = Array(text.bodyText.unicodeScalars)
        for paragraph in try #require(get("/v1/documents/3").json["paragraphs"] as? [[String: Any]]) {
            let start = paragraph["start"] as! Int, end = paragraph["end"] as! Int
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == paragraph["text"] as? String)
        }
    }

    @Test func fullTextFilterFindsDocumentsAndBadQueriesAre400() throws {
        let hits = try #require(get("/v1/documents?q=Lavrov").json["data"] as? [[String: Any]])
        #expect(hits.map { $0["id"] as? Int } == [2, 3])
        let bad = get("/v1/documents?q=%22unterminated")
        #expect(bad.status == .badRequest)
        #expect(bad.json["parameter"] as? String == "q")
        #expect((bad.json["detail"] as? String)?.contains("full-text") == true)
    }

    @Test(arguments: [
        ("/v1/documents?limit=0", "limit"), ("/v1/documents?limit=501", "limit"), ("/v1/documents?limit=ten", "limit"),
        ("/v1/documents?colour=red", "colour"), ("/v1/documents?from=2024-13", "from"), ("/v1/documents?to=2023-02-30", "to"),
        ("/v1/documents?cursor=%%%", "cursor"), ("/v1/documents?sort=size", "sort"), ("/v1/documents?entity=x", "entity"),
        ("/v1/documents?limit=1&limit=2", "limit"), ("/v1/documents?q=", "q"), ("/v1/documents/abc", "id"),
        ("/v1/documents/0", "id"), ("/v1/health?verbose=1", "verbose"), ("/v1/documents/1?x=1", "x"),
    ])
    func invalidParametersAre400sThatNameTheParameter(target: String, parameter: String) {
        let response = get(target)
        #expect(response.status == .badRequest, "\(target)")
        #expect(response.headers["Content-Type"] == "application/problem+json")
        #expect(response.json["parameter"] as? String == parameter, "\(target)")
    }

    @Test func csvExportStreamsEveryRowWithAHeader() {
        let response = get("/v1/documents?format=csv")
        #expect(response.isStreamed)
        #expect(response.headers["Content-Type"] == "text/csv; charset=utf-8")
        let lines = response.bodyText.split(separator: "\r\n")
        #expect(lines.first == "id,title,author,publisher,published,url,language,source")
        #expect(lines.count == 6)
    }

    @Test func ndjsonExportByAcceptHeaderIsOneObjectPerLine() throws {
        let response = get("/v1/documents", headers: ["Host": "h", "Accept": "application/x-ndjson"])
        #expect(response.headers["Content-Type"] == "application/x-ndjson")
        let lines = response.bodyText.split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines { #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any]) }
    }

    @Test func exportResumesFromACursor() {
        let firstPage = get("/v1/documents?limit=3").json
        let next = (firstPage["next"] as? String ?? "").replacingOccurrences(of: "http://archive.test", with: "")
        let rest = get(next + "&format=csv").bodyText.split(separator: "\r\n")
        #expect(rest.count == 3)  // header + documents 4 and 5
        #expect(rest.last?.hasPrefix("5,") == true)
    }
}
