/// The compact text form of a document's term counts: "term<TAB>count" lines sorted by the
/// terms' UTF-8 bytes, so equal counts always encode to the same text.
enum TermCounts {
    static func encode(_ counts: [String: Int]) -> String {
        // Every term's UTF-8 back to back, and plain (range, count) entries sorted over those bytes:
        // sorting Strings themselves retains, releases and re-reads each one at every comparison.
        var terms: [UInt8] = []
        var entries: [(start: Int, end: Int, count: Int)] = []
        entries.reserveCapacity(counts.count)
        for (term, count) in counts where count > 0 {
            let start = terms.count
            terms.append(contentsOf: term.utf8)
            if start == terms.count || terms[start...].contains(where: { $0 == 0x09 || $0 == 0x0A }) {
                terms.removeSubrange(start...)
                continue
            }
            entries.append((start, terms.count, count))
        }
        return terms.withUnsafeBufferPointer { terms in
            entries.sort { a, b in
                let shared = min(a.end - a.start, b.end - b.start)
                var i = 0
                while i < shared {
                    let x = terms[a.start + i], y = terms[b.start + i]
                    if x != y { return x < y }
                    i += 1
                }
                return a.end - a.start < b.end - b.start
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(terms.count + entries.count * 6)
            var digits: [UInt8] = []
            for (index, entry) in entries.enumerated() {
                if index > 0 { bytes.append(0x0A) }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: terms[entry.start..<entry.end]))
                bytes.append(0x09)
                var count = entry.count
                digits.removeAll(keepingCapacity: true)
                repeat { digits.append(UInt8(0x30 + count % 10)); count /= 10 } while count > 0
                bytes.append(contentsOf: digits.reversed())
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Calls `body` with each (term, count) of encoded UTF-8 `bytes`, skipping malformed lines;
    /// the same pairs as `decode`, without splitting the text into substrings first.
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (String, Int) -> Void) {
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            var tab = -1
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A {
                if bytes[lineEnd] == 0x09 { tab = lineEnd }
                lineEnd += 1
            }
            if tab >= lineStart, let count = decimal(bytes, from: tab + 1, to: lineEnd) {
                body(String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<tab]), as: UTF8.self), count)
            }
            lineStart = lineEnd + 1
        }
    }

    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, end - start <= 18 else { return nil }
        var value = 0
        for byte in bytes[start..<end] {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    static func decode(_ text: String) -> [(term: String, count: Int)] {
        var text = text, pairs: [(term: String, count: Int)] = []
        text.withUTF8 { forEach(in: $0) { pairs.append(($0, $1)) } }
        return pairs
    }
}
