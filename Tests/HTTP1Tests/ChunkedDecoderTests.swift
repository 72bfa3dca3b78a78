import Testing
@testable import HTTP1

@Suite struct ChunkedDecoderTests {
    /// Long size and trailer lines arriving a byte at a time: the decoder resumes each line's LF search
    /// where it stopped, and still finds every line end, CR checked, whatever the split.
    @Test func decodesLongLinesDeliveredOneByteAtATime() throws {
        let wire = Array(("3;" + String(repeating: "e", count: 900) + "\r\nabc\r\n2\r\nde\r\n0\r\n"
            + "T: " + String(repeating: "v", count: 900) + "\r\n\r\n").utf8)
        var decoder = ChunkedDecoder(offset: 0)
        for end in 0..<wire.count {
            let decoded = try wire[..<end].withUnsafeBytes { try decoder.decode($0, limits: HTTPParserLimits()) }
            #expect(decoded == nil, "ended early at \(end)")
        }
        #expect(try wire.withUnsafeBytes { try decoder.decode($0, limits: HTTPParserLimits()) } == wire.count)
        #expect(decoder.body == Array("abcde".utf8))
    }

    @Test func rejectsABareLFFoundAfterAResumedSearch() throws {
        let wire = Array("3;ext\n".utf8)
        var decoder = ChunkedDecoder(offset: 0)
        #expect(try wire[..<4].withUnsafeBytes { try decoder.decode($0, limits: HTTPParserLimits()) } == nil)
        #expect(throws: HTTPParseError.invalidLineEnding) {
            var copy = decoder
            _ = try wire.withUnsafeBytes { try copy.decode($0, limits: HTTPParserLimits()) }
        }
    }
}
