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
        var normalised: [UInt8] = []
        normalised.reserveCapacity(body.count)
        var previousWasCR = false
        for byte in body {
            if byte == 0x0D { normalised.append(0x0A); previousWasCR = true; continue }
            if byte == 0x0A && previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            normalised.append(byte)
        }
        let text = String(decoding: normalised, as: UTF8.self)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty }
        return text
    }

    /// Offset of the first byte that is not part of well-formed UTF-8, or nil.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\0" { return offset - 1 }   // NUL marks binary, not text
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
