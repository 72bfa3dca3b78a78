/// Byte classes from RFC 9110 §5.6 and RFC 3986, as branch-free tests.
enum ASCII {
    static let cr: UInt8 = 0x0D, lf: UInt8 = 0x0A, space: UInt8 = 0x20, tab: UInt8 = 0x09
    static let colon: UInt8 = 0x3A, slash: UInt8 = 0x2F, percent: UInt8 = 0x25, question: UInt8 = 0x3F
    static let plus: UInt8 = 0x2B, ampersand: UInt8 = 0x26, equals: UInt8 = 0x3D, dot: UInt8 = 0x2E
    static let comma: UInt8 = 0x2C, semicolon: UInt8 = 0x3B

    /// `tchar`: the characters of a method or field name token.
    @inline(__always) static func isTokenChar(_ byte: UInt8) -> Bool {
        if byte < 64 { return (0x03FF_6CFA_0000_0000 as UInt64) >> UInt64(byte) & 1 == 1 }
        if byte < 128 { return (0x57FF_FFFF_C7FF_FFFE as UInt64) >> UInt64(byte - 64) & 1 == 1 }
        return false
    }
    /// A byte allowed in a field value: VCHAR, obs-text, SP or HTAB, never another control.
    @inline(__always) static func isFieldValueChar(_ byte: UInt8) -> Bool {
        (byte >= 0x20 && byte != 0x7F) || byte == tab
    }
    /// A byte allowed in a request-target: visible ASCII except `#`.
    @inline(__always) static func isTargetChar(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && byte != 0x23
    }
    @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool { byte == space || byte == tab }
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
    @inline(__always) static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}

extension UnsafeRawBufferPointer {
    /// The index of the first `byte` in `range`, or nil; memchr-speed through `firstIndex`.
    @inline(__always) func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        guard !range.isEmpty, let base = baseAddress else { return nil }
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            if base.load(fromByteOffset: index, as: UInt8.self) == byte { return index }
            index += 1
        }
        return nil
    }

    /// Whether the bytes in `range` equal the lowercase ASCII `lowercaseName`, ignoring case.
    @inline(__always) func equalsIgnoringCase(_ range: Range<Int>, _ lowercaseName: StaticString) -> Bool {
        guard range.count == lowercaseName.utf8CodeUnitCount else { return false }
        let name = lowercaseName.utf8Start
        for offset in 0..<range.count where ASCII.lowercased(self[range.lowerBound + offset]) != name[offset] {
            return false
        }
        return true
    }

    /// The bytes in `range` as a String (callers have already checked they are valid).
    @inline(__always) func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: self[range]), as: UTF8.self)
    }
}
