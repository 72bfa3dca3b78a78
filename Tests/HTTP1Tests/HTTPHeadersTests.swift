import Testing
@testable import HTTP1

@Suite struct HTTPHeadersTests {
    @Test func looksUpNamesIgnoringASCIICaseOnly() {
        var headers: HTTPHeaders = ["Content-Type": "a", "X-[Odd]": "b"]
        #expect(headers["content-TYPE"] == "a")
        #expect(headers["X-{Odd}"] == nil)   // `[` and `{` differ by 0x20 but are not letters
        #expect(headers["Content-Typ"] == nil)
        headers.add("content-type", "c")
        #expect(headers.values(for: "Content-Type") == ["a", "c"])
        headers.set("CONTENT-TYPE", "d")
        #expect(headers.fields.map(\.name) == ["X-[Odd]", "CONTENT-TYPE"])
        headers.remove("x-[odd]")
        #expect(headers == HTTPHeaders([("CONTENT-TYPE", "d")]))
        #expect(!headers.contains("X-[Odd]"))
    }

    @Test func findsListElements() {
        let headers: HTTPHeaders = ["Connection": "keep-alive, Upgrade", "connection": " Close "]
        #expect(headers.hasListElement("close", in: "CONNECTION"))
        #expect(headers.hasListElement("upgrade", in: "Connection"))
        #expect(!headers.hasListElement("keep", in: "Connection"))
    }
}
