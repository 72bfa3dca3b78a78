/// One word, number or punctuation scalar of the text. Words keep inner apostrophes ("O'Brien") but
/// not a possessive "’s", which becomes its own token; hyphens are separate tokens.
struct Token {
    enum Kind: UInt8 { case word, number, punctuation }
    var start: Int
    var end: Int
    var kind: Kind
    /// First scalar is uppercase (words only).
    var isCapitalized: Bool
    /// Two or more letters, all uppercase.
    var isAllCaps: Bool
    var sentence: Int = -1
    /// Some letter is uppercase.
    var hasUpper = false
}

/// Splits a `ScalarText` into `Token`s in one pass.
enum Tokenizer {
    static func tokens(in text: ScalarText) -> [Token] {
        let s = text.scalars
        let n = s.count
        var result: [Token] = []
        result.reserveCapacity(n / 5)
        var i = 0
        while i < n {
            let c = s[i]
            if Scalars.isSpace(c) { i += 1; continue }
            if Scalars.isDigit(c) {
                var j = i + 1
                while j < n, Scalars.isDigit(s[j]) { j += 1 }
                result.append(Token(start: i, end: j, kind: .number, isCapitalized: false, isAllCaps: false))
                i = j
                continue
            }
            if Scalars.isLetter(c) {
                var j = i + 1
                var upper = Scalars.isUpper(c) ? 1 : 0
                var letters = 1
                while j < n {
                    let d = s[j]
                    if Scalars.isLetter(d) {
                        letters += 1
                        if Scalars.isUpper(d) { upper += 1 }
                        j += 1
                    } else if Scalars.isApostrophe(d), j + 1 < n, Scalars.isLetter(s[j + 1]) {
                        // Possessive "’s" (followed by a non-letter) is split off; "O'Brien" stays whole.
                        let isPossessive = (s[j + 1] == "s" || s[j + 1] == "S") && (j + 2 >= n || !Scalars.isLetter(s[j + 2]))
                        if isPossessive { break }
                        j += 1
                    } else {
                        break
                    }
                }
                var token = Token(start: i, end: j, kind: .word, isCapitalized: Scalars.isUpper(c),
                                  isAllCaps: letters >= 2 && upper == letters)
                token.hasUpper = upper > 0
                result.append(token)
                i = j
                continue
            }
            if Scalars.isApostrophe(c), i + 1 < n, s[i + 1] == "s" || s[i + 1] == "S", i > 0, Scalars.isLetter(s[i - 1]),
               i + 2 >= n || !Scalars.isLetter(s[i + 2]) {
                result.append(Token(start: i, end: i + 2, kind: .word, isCapitalized: false, isAllCaps: false))
                i += 2
                continue
            }
            result.append(Token(start: i, end: i + 1, kind: .punctuation, isCapitalized: false, isAllCaps: false))
            i += 1
        }
        return result
    }
}
