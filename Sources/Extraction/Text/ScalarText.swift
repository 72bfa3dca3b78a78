/// The document as an array of Unicode scalars, the unit every `TextSpan` counts in, with cheap
/// character classes (ASCII fast paths) so scanners never build Strings per character.
struct ScalarText {
    let scalars: [Unicode.Scalar]
    /// The same text as UTF-8, and where each scalar starts in it (plus the end), so substrings are
    /// made by decoding bytes instead of appending scalars one by one.
    let utf8: [UInt8]
    let utf8Offsets: [Int32]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var offsets: [Int32] = []
        offsets.reserveCapacity(bytes.count + 1)
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            let v = scalar.value
            offset += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        offsets.append(offset)
        self.scalars = scalars
        self.utf8 = bytes
        self.utf8Offsets = offsets
    }

    var count: Int { scalars.count }
    subscript(index: Int) -> Unicode.Scalar { scalars[index] }

    func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: utf8[Int(utf8Offsets[start])..<Int(utf8Offsets[end])], as: UTF8.self)
    }
    func string(_ span: TextSpan) -> String { string(span.start, span.end) }

    /// Lower-cased text of a span; ASCII is folded byte by byte without going through `lowercased()`.
    func lowercasedString(_ start: Int, _ end: Int) -> String {
        let from = Int(utf8Offsets[start]), to = Int(utf8Offsets[end])
        var ascii = true
        for i in from..<to where utf8[i] >= 0x80 { ascii = false; break }
        guard ascii else { return string(start, end).lowercased() }
        return String(unsafeUninitializedCapacity: to - from) { buffer in
            for i in from..<to {
                let b = utf8[i]
                buffer[i - from] = b >= 65 && b <= 90 ? b + 32 : b
            }
            return to - from
        }
    }

    /// `span` with leading and trailing whitespace removed.
    func trimmed(_ start: Int, _ end: Int) -> TextSpan {
        var s = start, e = end
        while s < e, Scalars.isSpace(scalars[s]) { s += 1 }
        while e > s, Scalars.isSpace(scalars[e - 1]) { e -= 1 }
        return TextSpan(start: s, end: e)
    }
}

/// Character classes over single scalars.
enum Scalars {
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return v == 0xA0 || v == 0xFEFF || c.properties.isWhitespace
    }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark
    }
    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }
    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 97 && v <= 122 }
        return c.properties.isLowercase
    }
    @inline(__always) static func isCyrillic(_ c: Unicode.Scalar) -> Bool { c.value >= 0x400 && c.value <= 0x4FF }
    @inline(__always) static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || (v >= 0xC0 && v <= 0x24F) || (v >= 0x1E00 && v <= 0x1EFF)
    }
    /// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus.
    @inline(__always) static func isDash(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return true; default: return false }
    }
    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x27 || c.value == 0x2019 || c.value == 0x2BC
    }
    /// Marks that open a quotation: " “ « „
    @inline(__always) static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x22, 0x201C, 0xAB, 0x201E: return true; default: return false }
    }
    /// Marks and brackets that may close a sentence after its full stop.
    @inline(__always) static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29, 0x5D: return true; default: return false }
    }
    @inline(__always) static func isSentenceTerminal(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x2E, 0x21, 0x3F, 0x2026: return true; default: return false }
    }
}
