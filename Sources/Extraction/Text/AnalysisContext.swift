/// Shared, read-mostly state of one analysis: the scalars, tokens with their text, sentences, and the
/// spans other extractors must skip (URLs, footnote markers, the reference list).
struct AnalysisContext {
    let text: ScalarText
    var tokens: [Token]
    /// Token text as written, and lower-cased.
    let words: [String]
    let lower: [String]
    let paragraphs: [ParagraphInfo]
    let sentences: [SentenceInfo]
    /// Token range of each sentence.
    let sentenceTokens: [Range<Int>]
    /// Tokens inside URLs, footnote markers or other spans no extractor should read.
    var excluded: [Bool]
    /// Lower-cased words seen at least once written in lower case (a capitalised form is then a common word).
    var lowercaseSeen: Set<String>

    init(text: ScalarText, paragraphs: [ParagraphInfo], sentences: [SentenceInfo]) {
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        var tokens = Tokenizer.tokens(in: text)
        var words: [String] = []
        var lower: [String] = []
        words.reserveCapacity(tokens.count)
        lower.reserveCapacity(tokens.count)
        for token in tokens {
            let word = text.string(token.start, token.end)
            words.append(word)
            lower.append(token.kind == .word && token.hasUpper ? text.lowercasedString(token.start, token.end) : word)
        }
        // Sentence of each token, and each sentence's token range.
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(sentences.count)
        var t = 0
        for (index, sentence) in sentences.enumerated() {
            while t < tokens.count, tokens[t].start < sentence.span.start { t += 1 }
            let first = t
            while t < tokens.count, tokens[t].start < sentence.span.end {
                tokens[t].sentence = index
                t += 1
            }
            ranges.append(first..<t)
        }
        self.tokens = tokens
        self.words = words
        self.lower = lower
        self.sentenceTokens = ranges
        self.excluded = Array(repeating: false, count: tokens.count)
        self.lowercaseSeen = []
        refreshLowercaseSeen()
    }

    var count: Int { tokens.count }

    /// Recomputes `lowercaseSeen` ignoring excluded tokens (a URL slug is not prose).
    mutating func refreshLowercaseSeen() {
        var seen = Set<String>()
        seen.reserveCapacity(tokens.count / 8)
        for (i, token) in tokens.enumerated() where token.kind == .word && !token.hasUpper && !excluded[i] && token.end - token.start > 1 {
            seen.insert(lower[i])
        }
        lowercaseSeen = seen
    }

    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    @inline(__always) func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }
    @inline(__always) func isPunctuation(_ i: Int, _ scalar: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && text[tokens[i].start] == scalar
    }
    @inline(__always) func isDash(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && Scalars.isDash(text[tokens[i].start])
    }
    @inline(__always) func lowerIs(_ i: Int, _ word: String) -> Bool { i >= 0 && i < tokens.count && lower[i] == word }
    /// Tokens `a` and `b` touch (no space between).
    @inline(__always) func adjacent(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < tokens.count && tokens[a].end == tokens[b].start
    }
    /// Which tokens lie inside any of `spans` (quotations, dates…).
    func tokensInside<S: Sequence>(_ spans: S) -> [Bool] where S.Element == TextSpan {
        var inside = Array(repeating: false, count: count)
        for span in spans {
            var t = tokenIndex(atOrAfter: span.start)
            while t < count, tokens[t].start < span.end { inside[t] = true; t += 1 }
        }
        return inside
    }

    /// The comma of "74,000": between two numbers it touches, it separates thousands, not clauses.
    func isThousandsSeparator(_ i: Int) -> Bool {
        i > 0 && i + 1 < tokens.count && isNumber(i - 1) && isNumber(i + 1) && adjacent(i - 1, i) && adjacent(i, i + 1)
    }
    func numberValue(_ i: Int) -> Int? {
        guard isNumber(i), tokens[i].end - tokens[i].start <= 9 else { return nil }
        return Int(words[i])
    }
    func spanOf(tokens first: Int, _ last: Int) -> TextSpan { TextSpan(start: tokens[first].start, end: tokens[last].end) }
    func string(tokens first: Int, _ last: Int) -> String { text.string(tokens[first].start, tokens[last].end) }
    /// Index of the first token at or after scalar `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
    func sentenceIndex(at offset: Int) -> Int {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return min(lo, max(0, sentences.count - 1))
    }
}
