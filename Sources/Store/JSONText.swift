/// Minimal JSON text for the few JSON-valued columns (alias lists), readable by SQLite's json functions.
enum JSONText {
    static func array(_ strings: [String]) -> String {
        "[" + strings.map(quoted).joined(separator: ",") + "]"
    }

    static func quoted(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u00" + String(scalar.value >> 4, radix: 16) + String(scalar.value & 0xF, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Parses what `array` wrote (a flat array of strings) back; anything else gives [].
    static func parseArray(_ text: String) -> [String] {
        var result: [String] = []
        var iterator = text.unicodeScalars.makeIterator()
        var current = String.UnicodeScalarView()
        var inString = false
        while let scalar = iterator.next() {
            if !inString {
                if scalar == "\"" { inString = true; current = String.UnicodeScalarView() }
                continue
            }
            switch scalar {
            case "\"": result.append(String(current)); inString = false
            case "\\":
                guard let escaped = iterator.next() else { return result }
                switch escaped {
                case "n": current.append("\n")
                case "r": current.append("\r")
                case "t": current.append("\t")
                case "u":
                    var hex = ""
                    for _ in 0..<4 { if let h = iterator.next() { hex.unicodeScalars.append(h) } }
                    if let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) { current.append(decoded) }
                default: current.append(escaped)
                }
            default: current.append(scalar)
            }
        }
        return result
    }
}
