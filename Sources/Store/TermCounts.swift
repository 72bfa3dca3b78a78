/// The compact text form of a document's term counts: "term<TAB>count" lines sorted by the
/// terms' UTF-8 bytes, so equal counts always encode to the same text.
enum TermCounts {
    static func encode(_ counts: [String: Int]) -> String {
        counts.filter { term, count in count > 0 && !term.isEmpty && !term.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A }) }
            .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map { "\($0.key)\t\($0.value)" }
            .joined(separator: "\n")
    }

    static func decode(_ text: String) -> [(term: String, count: Int)] {
        text.split(separator: "\n").compactMap { line in
            guard let tab = line.lastIndex(of: "\t"), let count = Int(line[line.index(after: tab)...]) else { return nil }
            return (String(line[..<tab]), count)
        }
    }
}
