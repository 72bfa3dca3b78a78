import Testing
@testable import HTTP1

@Suite struct TargetDecoderTests {
    private func decoded(_ target: String) throws(HTTPParseError) -> (path: String, query: [(name: String, value: String)]) {
        let wire = "GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n"
        guard case .complete(let request, _) = try parseOnce(wire) else { preconditionFailure("incomplete") }
        return (request.path, request.query)
    }

    @Test(arguments: [
        ("/", "/"),
        ("/v1/documents/7", "/v1/documents/7"),
        ("/a/./b", "/a/b"),
        ("/a/b/../c", "/a/c"),
        ("/a/b/..", "/a/"),
        ("/a/b/.", "/a/b/"),
        ("/../../etc/passwd", "/etc/passwd"),
        ("/a/%2e%2E/b", "/b"),
        ("/a%2F..%2F..%2Fetc", "/etc"),
        ("/%2e%2e/%2e%2e/x", "/x"),
        ("/caf%C3%A9", "/café"),
        ("/a%20b", "/a b"),
        ("/a+b", "/a+b"),
        ("/file.json", "/file.json"),
        ("/a//b", "/a//b"),
        ("/..", "/"),
        ("/.hidden", "/.hidden"),
        ("/a/..b", "/a/..b"),
    ])
    func normalisesPaths(target: String, path: String) throws {
        #expect(try decoded(target).path == path)
    }

    @Test func decodesQueryPairsInOrderKeepingRepeats() throws {
        let query = try decoded("/search?q=ASEAN+Russia&tag=a&tag=b%26c&empty=&flag&&x=%3D1").query
        #expect(query.map(\.name) == ["q", "tag", "tag", "empty", "flag", "x"])
        #expect(query.map(\.value) == ["ASEAN Russia", "a", "b&c", "", "", "=1"])
        let request = HTTPRequest(method: .get, target: "/", path: "/", query: query)
        #expect(request.queryValue("tag") == "a")
        #expect(request.queryValues("tag") == ["a", "b&c"])
        #expect(request.queryValue("missing") == nil)
    }

    @Test(arguments: ["/a%2", "/a%zz", "/a%00b", "/a?x=%0", "/a?x=%00", "/a?%G1=1", "/a%C3", "/a?x=%FF"])
    func rejectsBadEscapes(target: String) {
        #expect(throws: HTTPParseError.invalidTarget) { try decoded(target) }
    }

    @Test(arguments: [
        ("http://archive.test/v1/documents?limit=2", "/v1/documents", ["limit"]),
        ("http://archive.test?a=/v1/sql", "/", ["a"]),
        ("http://archive.test?a=/../v1/stats", "/", ["a"]),
        ("HTTPS://archive.test:8080/x", "/x", []),
    ])
    func absoluteFormEndsTheAuthorityAtTheFirstSlashOrQuestionMark(target: String, path: String, names: [String]) throws {
        let result = try decoded(target)
        #expect(result.path == path)
        #expect(result.query.map(\.name) == names)
    }

    @Test(arguments: ["http://user@host/x", "http:///x", "http://?x", "ftp://host/x"])
    func rejectsBadAbsoluteForms(target: String) {
        #expect(throws: HTTPParseError.invalidTarget) { try decoded(target) }
    }
}
