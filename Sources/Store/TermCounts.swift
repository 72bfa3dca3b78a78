/// The compact text form of a document's term counts: "term<TAB>count" lines sorted by the
/// terms' UTF-8 bytes, so equal counts always encode to the same text.
enum TermCounts {
    static func encode(_ counts: [String: Int]) -> String {
        var entries: [(term: String, count: Int)] = []
        entries.reserveCapacity(counts.count)
        for (term, count) in counts where count > 0 && !term.isEmpty && !term.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A }) {
            entries.append((term, count))
        }
        entries.sort { utf8Precedes($0.term, $1.term) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.count * 16)
        for (index, entry) in entries.enumerated() {
            if index > 0 { bytes.append(0x0A) }
            bytes.append(contentsOf: entry.term.utf8)
            bytes.append(0x09)
            bytes.append(contentsOf: String(entry.count).utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `a.utf8.lexicographicallyPrecedes(b.utf8)`, comparing contiguous bytes rather than through
    /// the views' iterators (this sort is a large part of encoding).
    static func utf8Precedes(_ a: String, _ b: String) -> Bool {
        let result = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable { b -> Bool in
                let shared = min(a.count, b.count)
                var i = 0
                while i < shared {
                    if a[i] != b[i] { return a[i] < b[i] }
                    i += 1
                }
                return a.count < b.count
            }
        }
        return (result ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
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
