/// Why a file cannot be imported. Each case reads as a sentence after the file's name.
public enum DocumentError: Error, Equatable, CustomStringConvertible {
    case notUTF8(byteOffset: Int)
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case notARegularFile
    case unreadable(String)

    public var description: String {
        switch self {
        case .notUTF8(let offset): return "is not valid UTF-8 (first bad byte at offset \(offset))"
        case .empty: return "is empty"
        case .tooLarge(let bytes, let limit): return "is too large (\(bytes) bytes; the limit is \(limit))"
        case .notARegularFile: return "is not a regular file"
        case .unreadable(let reason): return "cannot be read: \(reason)"
        }
    }
}

/// Turns a file's bytes into the stored text: valid UTF-8, byte-order mark removed,
/// CRLF and lone CR turned into LF. Pure.
public enum DocumentDecoder {
    public static func decode(_ bytes: [UInt8]) throws(DocumentError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let bad = firstInvalidUTF8Offset(body) { throw .notUTF8(byteOffset: bad + (bytes.count - body.count)) }
        // Most files have no CR at all: then the bytes are the text.
        guard body.contains(0x0D) else { return try nonEmpty(String(decoding: body, as: UTF8.self)) }
        var normalised: [UInt8] = []
        normalised.reserveCapacity(body.count)
        var previousWasCR = false
        for byte in body {
            if byte == 0x0D { normalised.append(0x0A); previousWasCR = true; continue }
            if byte == 0x0A && previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            normalised.append(byte)
        }
        return try nonEmpty(String(decoding: normalised, as: UTF8.self))
    }

    private static func nonEmpty(_ text: String) throws(DocumentError) -> String {
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty }
        return text
    }

    /// Offset of the first byte that is not part of well-formed UTF-8 (or is NUL, which marks
    /// binary rather than text), or nil. Checks the byte ranges of RFC 3629 §4 directly, so ASCII
    /// costs one comparison a byte.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            let n = b.count
            var i = 0
            func continuation(_ j: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
                j < n && b[j] >= low && b[j] <= high
            }
            while i < n {
                let lead = b[i]
                if lead < 0x80 {
                    if lead == 0 { return i }
                    i += 1
                    continue
                }
                switch lead {
                case 0xC2...0xDF:
                    guard continuation(i + 1) else { return i }
                    i += 2
                case 0xE0...0xEF:
                    let (low, high): (UInt8, UInt8) = lead == 0xE0 ? (0xA0, 0xBF) : lead == 0xED ? (0x80, 0x9F) : (0x80, 0xBF)
                    guard continuation(i + 1, low, high), continuation(i + 2) else { return i }
                    i += 3
                case 0xF0...0xF4:
                    let (low, high): (UInt8, UInt8) = lead == 0xF0 ? (0x90, 0xBF) : lead == 0xF4 ? (0x80, 0x8F) : (0x80, 0xBF)
                    guard continuation(i + 1, low, high), continuation(i + 2), continuation(i + 3) else { return i }
                    i += 4
                default:
                    return i
                }
            }
            return nil
        }
    }
}
