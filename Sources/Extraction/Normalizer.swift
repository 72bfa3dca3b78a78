/// Name normalisation shared by in-document grouping, the corpus resolver and evaluation.
public enum Normalizer {
    /// Lower-cased, diacritics removed, apostrophes and dots dropped: "Trương" → "truong".
    public static func fold(_ text: String) -> String {
        // ASCII: lower-case bytes, dots and apostrophes dropped.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for b in text.utf8 where b != 0x2E && b != 0x27 { bytes.append(b >= 65 && b <= 90 ? b + 32 : b) }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar == "." || Scalars.isApostrophe(scalar) { continue }
            if scalar.value < 0x80 { out.append(scalar); continue }
            if scalar.properties.generalCategory == .nonspacingMark {
                // Precomposed "й" keeps its breve (only Latin letters lose accents), so decomposed "и" + U+0306
                // must become "й" too, or the two spellings of one name get different keys.
                if let base = out.last, let composed = composedCyrillic(base, scalar) { out.removeLast(); out.append(composed) }
                continue
            }
            out.append(baseLetter(scalar))
        }
        return String(out)
    }
    /// A comparison key: folded, punctuation and hyphens as spaces, a leading "the" dropped.
    public static func key(_ text: String) -> String {
        asciiKey(text) ?? scalarKey(text)
    }

    /// `key` scalar by scalar, for any text.
    static func scalarKey(_ text: String) -> String {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        // Dots separate initials here: "S.V. Lavrov" → "s v lavrov".
        var spaced = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { spaced.append(scalar == "." ? " " : scalar) }
        for scalar in fold(String(spaced)).unicodeScalars {
            if Scalars.isLetter(scalar) || Scalars.isDigit(scalar) { current.append(scalar) }
            else if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
        }
        if !current.isEmpty { words.append(String(current)) }
        if words.first == "the", words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }
}

extension Normalizer {
    /// `key` of ASCII text in one pass over its bytes, or nil when the text is not ASCII: the same
    /// words (letters and digits; apostrophes dropped, anything else separates), lower-cased.
    static func asciiKey(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var words = 0
        var firstWordEnd = 0
        var inWord = false
        for b in text.utf8 {
            if b >= 0x80 { return nil }
            if b == 0x27 { continue }
            let lower = b >= 65 && b <= 90 ? b + 32 : b
            if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                if !inWord {
                    if words > 0 { bytes.append(0x20) }
                    words += 1
                    inWord = true
                }
                bytes.append(lower)
            } else if inWord {
                inWord = false
                if words == 1 { firstWordEnd = bytes.count }
            }
        }
        if words == 1 { firstWordEnd = bytes.count }
        // A leading "the" is dropped when more words follow.
        if words > 1, firstWordEnd == 3, bytes[0] == 0x74, bytes[1] == 0x68, bytes[2] == 0x65 {
            return String(decoding: bytes[4...], as: UTF8.self)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The Latin base letter of a precomposed letter (Vietnamese and Western European diacritics), else itself.
    static func baseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v >= 0xC0 && v < 0x250 { return latinBase[Int(v - 0xC0)] }
        if v >= 0x1E00 && v < 0x1F00 { return latinExtendedAdditionalBase[Int(v - 0x1E00)] }
        return scalar
    }

    /// The precomposed Cyrillic letter a lower-case letter and a combining mark are canonically equivalent to:
    /// й, ё, ї, ў (Russian, Ukrainian, Belarusian).
    static func composedCyrillic(_ base: Unicode.Scalar, _ mark: Unicode.Scalar) -> Unicode.Scalar? {
        switch (base.value, mark.value) {
        case (0x438, 0x306): return "\u{439}"   // и + breve → й
        case (0x435, 0x308): return "\u{451}"   // е + diaeresis → ё
        case (0x456, 0x308): return "\u{457}"   // і + diaeresis → ї
        case (0x443, 0x306): return "\u{45E}"   // у + breve → ў
        default: return nil
        }
    }

    /// Base letters of Latin-1, Latin Extended-A/B and Latin Extended Additional (Vietnamese), read once
    /// from the Unicode names: "LATIN SMALL LETTER U WITH HORN AND HOOK ABOVE" → "u".
    static let latinBase: [Unicode.Scalar] = (0xC0..<0x250).map { nameBase(Unicode.Scalar($0)!) }
    static let latinExtendedAdditionalBase: [Unicode.Scalar] = (0x1E00..<0x1F00).map { nameBase(Unicode.Scalar($0)!) }

    private static func nameBase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let name = scalar.properties.name ?? ""
        for prefix in ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if let letter = rest.first, rest.count == 1 || rest.dropFirst().first == " " {
                return Unicode.Scalar(String(letter).lowercased()) ?? scalar
            }
        }
        return scalar
    }
}
