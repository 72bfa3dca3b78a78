import Extraction
#if canImport(Glibc)
import Glibc
#endif

func now() -> Double { clock(CLOCK_MONOTONIC) }
/// CPU time of this process: unlike wall time it does not count the time other builds on the machine take.
func cpuNow() -> Double { clock(CLOCK_PROCESS_CPUTIME_ID) }
private func clock(_ id: clockid_t) -> Double {
    var ts = timespec()
    clock_gettime(id, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
func rate(_ bytes: Int, _ seconds: Double) -> String { String(format: "%.2f", Double(bytes) / 1e6 / seconds) }

/// Analyses the given documents over and over until about `targetBytes` of UTF-8 text went through,
/// then prints the throughput. A 1 MB single-line document is timed separately.
func benchmark(_ paths: [String], targetBytes: Int = 20_000_000) {
    let texts = paths.compactMap(readText)
    guard !texts.isEmpty else { print("no readable files"); return }
    var bytes = 0
    var entities = 0
    let start = now(), cpuStart = cpuNow()
    while bytes < targetBytes {
        for text in texts {
            let analysis = DocumentAnalyzer.analyze(text)
            entities += analysis.entities.count
            bytes += text.utf8.count
        }
    }
    let seconds = now() - start, cpuSeconds = cpuNow() - cpuStart
    print("documents: \(texts.count), text analysed: \(String(format: "%.1f", Double(bytes) / 1e6)) MB in \(String(format: "%.2f", seconds)) s wall, \(String(format: "%.2f", cpuSeconds)) s CPU → \(rate(bytes, seconds)) MB/s wall, \(rate(bytes, cpuSeconds)) MB/s CPU (entities seen: \(entities))")

    // One long line: every document glued together without line breaks, to 1 MB.
    var line = ""
    while line.utf8.count < 1_000_000 { for text in texts { line += text.split(separator: "\n").joined(separator: " ") + " " } }
    let lineStart = now(), lineCPU = cpuNow()
    let analysis = DocumentAnalyzer.analyze(line)
    let lineSeconds = now() - lineStart, lineCPUSeconds = cpuNow() - lineCPU
    print("single line: \(String(format: "%.2f", Double(line.utf8.count) / 1e6)) MB in \(String(format: "%.2f", lineSeconds)) s wall → \(rate(line.utf8.count, lineSeconds)) MB/s wall, \(rate(line.utf8.count, lineCPUSeconds)) MB/s CPU (\(analysis.sentences.count) sentences)")
}
