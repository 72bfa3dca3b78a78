import Testing
@testable import Ingestion

@Suite struct DocumentDecoderTests {
    @Test func stripsByteOrderMarkAndNormalisesLineEndings() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nBody one\rBody two\n".utf8)
        #expect(try DocumentDecoder.decode(bytes) == "Title\n\nBody one\nBody two\n")
    }

    @Test func keepsCyrillicAndCurlyQuotes() throws {
        let text = "Новости Представительства\n\n“Quote,” he said — ок."
        #expect(try DocumentDecoder.decode(Array(text.utf8)) == text)
    }

    @Test(arguments: [
        ([0x48, 0x69, 0xFF, 0x21] as [UInt8], 2),
        ([0xEF, 0xBB, 0xBF, 0x41, 0xC3] as [UInt8], 4),        // truncated sequence after a BOM
        ([0x41, 0xED, 0xA0, 0x80] as [UInt8], 1),             // encoded surrogate
        ([0x41, 0x00, 0x42] as [UInt8], 1),                   // NUL: binary, not text
    ])
    func rejectsInvalidUTF8WithTheOffset(bytes: [UInt8], offset: Int) {
        #expect(throws: DocumentError.notUTF8(byteOffset: offset)) { try DocumentDecoder.decode(bytes) }
    }

    @Test(arguments: [[], Array(" \n\r\n\t ".utf8), [0xEF, 0xBB, 0xBF]] as [[UInt8]])
    func rejectsEmptyText(bytes: [UInt8]) {
        #expect(throws: DocumentError.empty) { try DocumentDecoder.decode(bytes) }
    }

    @Test func errorsReadAsSentences() {
        #expect(DocumentError.notUTF8(byteOffset: 3).description == "is not valid UTF-8 (first bad byte at offset 3)")
        #expect(DocumentError.notARegularFile.description == "is not a regular file")
    }
}

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesPublishedVectors(input: String, digest: String) {
        #expect(SHA256.hexDigest(Array(input.utf8)) == digest)
    }

    @Test func handlesInputsAcrossBlockBoundaries() {
        // One million 'a's: the FIPS 180-2 long-message vector.
        #expect(SHA256.hexDigest([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

@Suite struct CommandLineOptionsTests {
    @Test func parsesValuesSwitchesAndPositionals() throws {
        let options = try CommandLineOptions(["--db", "x.sqlite", "a.txt", "--quiet", "--port=9", "--", "--b.txt"],
                                             valued: ["db", "port"], switches: ["quiet"])
        #expect(options.values == ["db": "x.sqlite", "port": "9"])
        #expect(options.switches == ["quiet"])
        #expect(options.positional == ["a.txt", "--b.txt"])
        #expect(try options.integer("port", default: 1, range: 0...10) == 9)
    }

    @Test(arguments: [["--nope"], ["--db"], ["-x"], ["--quiet=1"]])
    func rejectsBadUsage(arguments: [String]) {
        #expect(throws: CommandLineOptions.UsageError.self) {
            try CommandLineOptions(arguments, valued: ["db"], switches: ["quiet"])
        }
    }

    @Test func rejectsOutOfRangeIntegers() throws {
        let options = try CommandLineOptions(["--port", "70000"], valued: ["port"], switches: [])
        #expect(throws: CommandLineOptions.UsageError.self) { try options.integer("port", default: 1, range: 0...65535) }
    }
}
