/// The compact text form of a document's term counts: "term<TAB>count" lines sorted by the
/// terms' UTF-8 bytes, so equal counts always encode to the same text.
enum TermCounts {
    static func encode(_ counts: [String: Int]) -> String {
        counts.filter { term, count in count > 0 && !term.isEmpty && !term.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A }) }
            .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map { "\($0.key)\t\($0.value)" }
            .joined(separator: "\n")
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
