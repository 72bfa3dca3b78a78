/// Writes JSON straight into UTF-8 bytes, in the order the calls are made (so shapes are stable).
/// Commas are placed automatically: call `key` then a value inside objects, values inside arrays.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); needsComma = false }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma = true }

    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ value: String?) {
        separate()
        if let value { appendQuoted(value) } else { appendNull() }
        needsComma = true
    }
    /// A string value from raw UTF-8 (e.g. a SQLite column), escaped without making a String.
    public mutating func string(utf8 value: UnsafeBufferPointer<UInt8>) {
        separate()
        appendQuoted(utf8: value)
        needsComma = true
    }
    public mutating func int(_ value: Int?) {
        separate()
        if let value { bytes.append(contentsOf: String(value).utf8) } else { appendNull() }
        needsComma = true
    }
    public mutating func double(_ value: Double?) {
        separate()
        if let value, value.isFinite {
            if value == value.rounded(), abs(value) < 1e15 { bytes.append(contentsOf: String(Int64(value)).utf8) }
            else { bytes.append(contentsOf: value.description.utf8) }
        } else { appendNull() }
        needsComma = true
    }
    public mutating func bool(_ value: Bool?) {
        separate()
        if let value { bytes.append(contentsOf: (value ? "true" : "false").utf8) } else { appendNull() }
        needsComma = true
    }
    public mutating func null() { separate(); appendNull(); needsComma = true }
    /// Inserts already-serialised JSON as one value.
    public mutating func raw(_ json: [UInt8]) { separate(); bytes.append(contentsOf: json); needsComma = true }

    // Convenience for `"key": value` pairs.
    public mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int?) { key(name); int(value) }
    public mutating func field(_ name: String, _ value: Double?) { key(name); double(value) }
    public mutating func field(_ name: String, _ value: Bool?) { key(name); bool(value) }
    public mutating func field(_ name: String, strings: [String]) {
        key(name); beginArray(); for value in strings { string(value) }; endArray()
    }

    private mutating func separate() { if needsComma { bytes.append(UInt8(ascii: ",")) } }
    private mutating func appendNull() { bytes.append(contentsOf: "null".utf8) }

    private mutating func appendQuoted(_ value: String) {
        var value = value
        value.withUTF8 { appendQuoted(utf8: $0) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func appendQuoted(utf8 value: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var index = 0
        var runStart = 0
        let count = value.count
        // Bytes that need no escaping are copied in runs, not one append at a time.
        func flush(_ end: Int) {
            if end > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[runStart..<end])) }
        }
        while index < count {
            let byte = value[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != 0xE2 {
                index += 1
                continue
            }
            flush(index)
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            // U+2028 and U+2029 are valid JSON but break JavaScript string literals: escape them.
            case 0xE2 where index + 2 < count && value[index + 1] == 0x80 && (value[index + 2] == 0xA8 || value[index + 2] == 0xA9):
                bytes.append(contentsOf: Array((value[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                index += 2
            default: bytes.append(byte)
            }
            index += 1
            runStart = index
        }
        flush(count)
        bytes.append(UInt8(ascii: "\""))
    }
}
