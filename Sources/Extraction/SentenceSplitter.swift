/// Splits paragraphs into sentences. A sentence ends at `.`, `!`, `?` or `…` (plus closing quotes,
/// brackets and a footnote number such as `.”4`) followed by whitespace and a non-lowercase character,
/// or at a line break inside a paragraph when the next line does not start in lowercase.
/// Abbreviations ("Mr.", "H.E.", "S.V.", "U.S.", "No. 5", "e.g."), decimals and initials never split.
public enum SentenceSplitter {
    public static func sentences(in text: String, paragraphs: [ParagraphInfo]) -> [SentenceInfo] {
        sentences(in: ScalarText(text), paragraphs: paragraphs)
    }

    static func sentences(in text: ScalarText, paragraphs: [ParagraphInfo]) -> [SentenceInfo] {
        var result: [SentenceInfo] = []
        let s = text.scalars
        for (index, paragraph) in paragraphs.enumerated() {
            let end = paragraph.span.end
            var start = paragraph.span.start
            var i = start
            func emit(_ upTo: Int) {
                let span = text.trimmed(start, upTo)
                if span.start < span.end { result.append(SentenceInfo(span: span, paragraphIndex: index)) }
            }
            while i < end {
                let c = s[i]
                if c == "\n" {
                    var next = i + 1
                    while next < end, Scalars.isSpace(s[next]) { next += 1 }
                    // A line break ends a sentence unless the text is hard-wrapped: a long line going on in lower case.
                    var lineStart = i
                    while lineStart > paragraph.span.start, s[lineStart - 1] != "\n" { lineStart -= 1 }
                    let previous = i > paragraph.span.start ? s[i - 1] : "."
                    let wrapped = next < end && Scalars.isLower(s[next]) && (i - lineStart > 60 || previous == "," || Scalars.isDash(previous))
                    if next < end, !wrapped {
                        emit(i)
                        start = next
                    }
                    i = next
                    continue
                }
                guard Scalars.isSentenceTerminal(c) else { i += 1; continue }
                var j = i + 1
                while j < end, Scalars.isSentenceTerminal(s[j]) || Scalars.isCloser(s[j]) { j += 1 }
                // A footnote marker glued to the full stop: "organizations overtime.2 Under"
                var k = j
                while k < end, k - j < 3, Scalars.isDigit(s[k]) { k += 1 }
                if k > j, !(k == end || Scalars.isSpace(s[k])) || (k > j && i > 0 && Scalars.isDigit(s[i - 1]) && j == i + 1) { k = j }
                // A bracketed note marker after the full stop: "… a ministry delegation.[2] Russian tourists …"
                if k == j, k + 2 < end, s[k] == "[", Scalars.isDigit(s[k + 1]) {
                    var m = k + 1
                    while m < end, m - k <= 4, Scalars.isDigit(s[m]) || s[m] == "," || s[m] == "–" || s[m] == "-" { m += 1 }
                    if m < end, s[m] == "]" { k = m + 1 }
                }
                if k < end, !Scalars.isSpace(s[k]) { i = max(j, i + 1); continue }
                var next = k
                while next < end, Scalars.isSpace(s[next]) { next += 1 }
                if next >= end { i = end; break }
                if c == ".", j == i + 1, isAbbreviation(s, period: i, next: s[next]) { i = next; continue }
                if Scalars.isLower(s[next]) { i = next; continue }
                emit(k)
                start = next
                i = next
            }
            emit(end)
        }
        return result
    }

    /// Words whose full stop never ends a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "rev",
        "hon", "sen", "rep", "gov", "amb", "dept", "univ", "mt", "ft", "approx", "cf", "vs", "viz", "al", "messrs",
        "mme", "mlle", "ie", "eg", "cit", "resp", "est", "ca", "sdn", "pte", "corp", "inc", "co",
    ]
    /// Abbreviations that only hold when a number follows ("No. 5", "p. 84", "Aug. 13").
    static let numberAbbreviations: Set<String> = [
        "no", "nos", "p", "pp", "vol", "art", "para", "ch", "fig", "sec", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    static func isAbbreviation(_ s: [Unicode.Scalar], period: Int, next: Unicode.Scalar) -> Bool {
        var b = period
        while b > 0, Scalars.isLetter(s[b - 1]) { b -= 1 }
        let length = period - b
        guard length > 0 else { return false }
        if length == 1 {
            // Initials ("S.V. Lavrov", "U.S.", "H.E.") and "e.g." / "i.e."
            if Scalars.isUpper(s[b]) { return true }
            if b > 0, s[b - 1] == "." { return true }
        }
        guard length <= 6 else { return false }
        var word = ""
        for k in b..<period { word.unicodeScalars.append(contentsOf: String(s[k]).lowercased().unicodeScalars) }
        if abbreviations.contains(word) { return true }
        if numberAbbreviations.contains(word), Scalars.isDigit(next) { return true }
        // The Filipino "Ma." (María) opening a name, "… last month. Ma. Cristina Lagdameo said": not after a capitalised
        // word ("Jack Ma.").
        if word == "ma", Scalars.isUpper(s[b]), Scalars.isUpper(next) {
            var k = b - 1
            while k >= 0, Scalars.isSpace(s[k]) { k -= 1 }
            if k < 0 || !Scalars.isLetter(s[k]) { return true }
        }
        return false
    }
}
