#if canImport(Glibc)
import Glibc
#endif

/// Reads a UTF-8 file, normalising the way the importer does: BOM dropped, CRLF → LF.
func readText(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
        if bytes[i] == 13 { out.append(10); if i + 1 < bytes.count, bytes[i + 1] == 10 { i += 1 } } else { out.append(bytes[i]) }
        i += 1
    }
    return String(decoding: out, as: UTF8.self)
}
