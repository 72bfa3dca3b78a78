/// Finds URLs ("http://…", "https://…", "www.…") so other extractors can skip them.
enum URLDetector {
    static func spans(in text: ScalarText) -> [TextSpan] {
        let s = text.scalars
        let n = s.count
        var result: [TextSpan] = []
        var i = 0
        func starts(_ prefix: String, at k: Int) -> Bool {
            var j = k
            for p in prefix.unicodeScalars {
                guard j < n, s[j] == p || (Scalars.isUpper(s[j]) && s[j].properties.lowercaseMapping.unicodeScalars.first == p) else { return false }
                j += 1
            }
            return true
        }
        while i < n {
            let c = s[i]
            if (c == "h" || c == "H" || c == "w" || c == "W"), i == 0 || !Scalars.isLetter(s[i - 1]),
               starts("http://", at: i) || starts("https://", at: i) || starts("www.", at: i) {
                var j = i
                while j < n, !Scalars.isSpace(s[j]), s[j] != "\"", s[j] != "”", s[j] != "<", s[j] != ">" { j += 1 }
                var e = j
                while e > i, [".", ",", ")", ";", ":", "’", "'"].contains(Character(s[e - 1])) { e -= 1 }
                result.append(TextSpan(start: i, end: e))
                i = j
            } else {
                i += 1
            }
        }
        return result
    }
}
