/// Finds a paper's numbered reference list ("  1. S.G. Luzyanin, …" or "[1] …" lines at the end) and
/// links each reference to its markers in the body: digits glued after a word, full stop or closing
/// quote ("overtime.2 Under", "…region.”4"), or "[3]". Markers must run in order, so "2010.12" is a
/// marker only when 12 is the next expected number.
enum CitationExtractor {
    struct Result {
        var citations: [CitationInfo] = []
        /// Where the reference list starts (scalar offset), or nil when there is none.
        var listStart: Int?
        var markerTokens: [Int] = []
    }

    static func extract(_ c: AnalysisContext) -> Result {
        let s = c.text.scalars
        let n = s.count
        // Lines as (start, end) without surrounding whitespace.
        var entries: [(number: Int, span: TextSpan, lineStart: Int)] = []
        var block: [(number: Int, span: TextSpan, lineStart: Int)] = []
        var lineStart = 0
        while lineStart <= n {
            var lineEnd = lineStart
            while lineEnd < n, s[lineEnd] != "\n" { lineEnd += 1 }
            var k = lineStart
            while k < lineEnd, Scalars.isSpace(s[k]) { k += 1 }
            var parsed: (Int, Int)? = nil   // (number, text start)
            var bracket = false
            if k < lineEnd, s[k] == "[" { bracket = true; k += 1 }
            var v = 0, digits = 0
            while k < lineEnd, Scalars.isDigit(s[k]), digits < 3 { v = v * 10 + Int(s[k].value - 48); k += 1; digits += 1 }
            if digits > 0, k < lineEnd, (bracket ? s[k] == "]" : s[k] == "."), k + 1 < lineEnd, Scalars.isSpace(s[k + 1]) {
                var t = k + 1
                while t < lineEnd, Scalars.isSpace(s[t]) { t += 1 }
                if t < lineEnd { parsed = (v, t) }
            }
            let isBlank = k >= lineEnd && digits == 0
            if let (number, textStart) = parsed {
                if block.isEmpty ? number == 1 : number == block[block.count - 1].number + 1 {
                    block.append((number, c.text.trimmed(textStart, lineEnd), lineStart))
                } else if number == 1 {
                    block = [(number, c.text.trimmed(textStart, lineEnd), lineStart)]
                } else {
                    if block.count >= 2 { entries = block }
                    block = []
                }
            } else if !isBlank {
                if block.count >= 2 { entries = block }
                block = []
            }
            lineStart = lineEnd + 1
        }
        if block.count >= 2 { entries = block }
        guard entries.count >= 2, let listStart = entries.first?.lineStart, listStart > n / 3 else { return Result() }

        var markers: [[TextSpan]] = Array(repeating: [], count: entries.count)
        var markerTokens: [Int] = []
        var expected = 1
        let bodyEnd = c.tokenIndex(atOrAfter: listStart)
        var i = 1
        while i < bodyEnd {
            defer { i += 1 }
            guard c.tokens[i].kind == .number, let v = c.numberValue(i), v >= 1, v <= entries.count,
                  c.tokens[i].end - c.tokens[i].start <= 3 else { continue }
            let bracketed = c.isPunctuation(i - 1, "[") && c.isPunctuation(i + 1, "]")
            if !bracketed {
                guard c.adjacent(i - 1, i) else { continue }
                // What follows must not continue a number or word.
                if i + 1 < c.count, c.adjacent(i, i + 1) {
                    let next = c.text[c.tokens[i + 1].start]
                    if Scalars.isLetter(next) || Scalars.isDigit(next) || next == "." && c.isNumber(i + 2) || next == "-" || next == "%" { continue }
                }
                let previous = c.tokens[i - 1]
                var ambiguous = false
                if previous.kind == .punctuation {
                    let p = c.text[previous.start]
                    guard [".", ",", "”", "\"", "’", ")", ";", ":", "»"].contains(Character(p)) else { continue }
                    if p == "." || p == ",", c.isNumber(i - 2), c.adjacent(i - 2, i - 1) { ambiguous = true }
                } else if previous.kind == .word {
                    ambiguous = true
                } else {
                    continue
                }
                if ambiguous && v != expected { continue }
                if v < expected - 1 || v > expected + 2 { continue }
            }
            markers[v - 1].append(c.spanOf(tokens: i, i))
            markerTokens.append(i)
            expected = max(expected, v + 1)
        }
        var result = Result(listStart: listStart, markerTokens: markerTokens)
        for (index, entry) in entries.enumerated() {
            result.citations.append(CitationInfo(number: entry.number, text: c.text.string(entry.span), span: entry.span,
                                                 markerSpans: markers[index]))
        }
        return result
    }
}
