import Extraction
#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Analyses the given documents over and over until about `targetBytes` of UTF-8 text went through,
/// then prints the throughput. A 1 MB single-line document is timed separately.
func benchmark(_ paths: [String], targetBytes: Int = 20_000_000) {
    let texts = paths.compactMap(readText)
    guard !texts.isEmpty else { print("no readable files"); return }
    var bytes = 0
    var entities = 0
    let start = now()
    while bytes < targetBytes {
        for text in texts {
            let analysis = DocumentAnalyzer.analyze(text)
            entities += analysis.entities.count
            bytes += text.utf8.count
        }
    }
    let seconds = now() - start
    print("documents: \(texts.count), text analysed: \(String(format: "%.1f", Double(bytes) / 1e6)) MB in \(String(format: "%.2f", seconds)) s → \(String(format: "%.2f", Double(bytes) / 1e6 / seconds)) MB/s (entities seen: \(entities))")

    // One long line: every document glued together without line breaks, to 1 MB.
    var line = ""
    while line.utf8.count < 1_000_000 { for text in texts { line += text.split(separator: "\n").joined(separator: " ") + " " } }
    let lineStart = now()
    let analysis = DocumentAnalyzer.analyze(line)
    let lineSeconds = now() - lineStart
    print("single line: \(String(format: "%.2f", Double(line.utf8.count) / 1e6)) MB in \(String(format: "%.2f", lineSeconds)) s → \(String(format: "%.2f", Double(line.utf8.count) / 1e6 / lineSeconds)) MB/s (\(analysis.sentences.count) sentences)")
}
