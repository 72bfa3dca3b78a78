import Testing
@testable import Store

@Suite struct TermCountsTests {
    @Test func roundTripsSortedByBytesAndDropsWhatCannotBeEncoded() {
        let encoded = TermCounts.encode(["lavrov": 2, "asean": 5, "café": 1, "bad\tterm": 3, "": 4, "zero": 0])
        #expect(encoded == "asean\t5\ncafé\t1\nlavrov\t2")
        #expect(TermCounts.decode(encoded).map { "\($0.term)=\($0.count)" } == ["asean=5", "café=1", "lavrov=2"])
        #expect(TermCounts.decode("").isEmpty)
        #expect(TermCounts.decode("no-tab\nok\t1\nbad\tx\n\nlast\t12\ntab\tin\t3\n").map { "\($0.term)=\($0.count)" }
                == ["ok=1", "last=12", "tab\tin=3"])
    }
}
