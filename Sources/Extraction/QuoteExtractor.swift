/// Finds direct quotations in straight (“…” "…") and guillemet («…») quotes and attributes them
/// (see `QuoteExtractor+Attribution`): a clause after the quotation (", Sumsky said", "said X", "he added",
/// "the minister told reporters"), a frame before it ("X said: “", "According to X, “", "As X put it, “"),
/// a source in brackets, a quotation continued over paragraphs, the previous sentence or paragraph about
/// the speaker, and the interviewee for answers after a question and for an interview's headline. The
/// subject of the nearest reporting verb is read in `QuoteExtractor+Subject`. A document quoted ("the
/// Declaration states: “") or an unnamed speaker ("An official, who asked not to be named, said") has no
/// speaker. Quotes of one or two words, and Title Case names in quotes, are scare quotes.
enum QuoteExtractor {
    struct Mark {
        var open: Int
        var close: Int        // index of the closing mark, or the paragraph end when unclosed
        var paragraph: Int
        var isClosed: Bool
    }

    static func quotes(_ c: AnalysisContext, entities: [EntityInfo], referenceListStart: Int? = nil) -> [QuoteInfo] {
        var found: [(mark: Mark, span: TextSpan)] = []
        for mark in findMarks(c) where referenceListStart == nil || mark.open < referenceListStart! {
            let contentStart = mark.open + 1
            var contentEnd = mark.close
            while contentEnd > contentStart, Scalars.isSpace(c.text[contentEnd - 1]) || c.text[contentEnd - 1] == "," { contentEnd -= 1 }
            var s = contentStart
            while s < contentEnd, Scalars.isSpace(c.text[s]) { s += 1 }
            if s < contentEnd, isQuotation(c, s, contentEnd) { found.append((mark, TextSpan(start: s, end: contentEnd))) }
        }
        guard !found.isEmpty else { return [] }
        let index = SpeakerIndex(c, entities: entities, quoted: found.map { TextSpan(start: $0.mark.open, end: $0.mark.close) })

        var result: [QuoteInfo] = []
        var continuesPrevious: [Bool] = []
        var guessed: [Bool] = []   // the speaker comes from the paragraph before, not from words next to the quotation
        var previous: (mark: Mark, speaker: Int?)? = nil
        for (mark, span) in found {
            let sentence = c.sentenceIndex(at: mark.open)
            let sentenceSpan = c.sentences.isEmpty ? TextSpan(start: 0, end: c.count) : c.sentences[sentence].span
            let closeSentence = c.sentenceIndex(at: max(mark.open, mark.close - 1))
            let closeSentenceEnd = c.sentences.isEmpty ? c.count : c.sentences[closeSentence].span.end
            let opensParagraph = c.paragraphs[mark.paragraph].span.start == mark.open
            // A quotation left open at the end of the previous paragraph and reopened at the start of this one.
            let continues = previous.map { !$0.mark.isClosed && $0.mark.paragraph + 1 == mark.paragraph && opensParagraph } ?? false
            continuesPrevious.append(continues)

            var attribution: Attribution? = nil
            var hasSourceInBrackets = false
            // 1. After the quotation: ", Sumsky said", "said X", "he added", "the scholar concluded", "(X, Outlet, date)"
            if mark.isClosed {
                let next = c.tokenIndex(atOrAfter: mark.close + 1)
                hasSourceInBrackets = next < c.count && c.isPunctuation(next, "(") && c.tokens[next].start - mark.close <= 3
                attribution = attributionAfter(c, from: mark.close + 1, to: closeSentenceEnd, index, opensSentence: sentenceSpan.start == mark.open)
            }
            // 2. Before it in the same sentence: "X said: “", "As noted by X, “", "According to X, “"
            if attribution == nil {
                var frameStart = sentenceSpan.start
                if let previous, previous.mark.close < mark.open, previous.mark.close >= frameStart { frameStart = previous.mark.close + 1 }
                frameStart = lastSentenceStart(c, from: frameStart, to: mark.open)
                attribution = attributionBefore(c, from: frameStart, to: mark.open, index)
            }
            var speaker: Int? = nil
            if case .speaker(let entity) = attribution { speaker = entity }
            // 3. A quotation carried on from the previous paragraph, or the next one in the same paragraph.
            if attribution == nil, !hasSourceInBrackets, let previous {
                let carried = !previous.mark.isClosed && previous.mark.paragraph + 1 == mark.paragraph
                    || (previous.mark.paragraph + 1 == mark.paragraph && opensParagraph
                        && previous.mark.close >= c.paragraphs[previous.mark.paragraph].span.end - 2)
                // Someone else named in between takes over only as a subject ("Y disagreed."), not as an object
                // ("recalling the collapse of the X dam").
                let sameParagraph = previous.mark.paragraph == mark.paragraph
                    && !index.unquotedPeople(previous.mark.close, mark.open).contains { $0.entity != previous.speaker && SpeakerIndex.isSubjectPosition(c, $0) }
                if carried || sameParagraph { speaker = previous.speaker }
            }
            var isGuess = attribution == nil && speaker != nil && (guessed.last ?? false)
            // 4. The previous sentence of the paragraph names who speaks: "Sumsky believes that …. “From time to time …"
            if attribution == nil, speaker == nil, sentence > 0, c.sentences[sentence - 1].paragraphIndex == mark.paragraph, sentenceSpan.start == mark.open {
                let before = c.sentences[sentence - 1].span
                if hasReportingCue(c, before.start, before.end), let first = index.people(before.start, before.end).first {
                    speaker = first.entity
                } else if let subject = sentenceSubject(c, sentence: sentence - 1, index) {
                    // "Lebedev also outlined plans for training. “Russian universities …"
                    speaker = subject
                }
            }
            // 4b. A quotation opening its paragraph after a paragraph about someone: "X, an engineer, came to
            // Nha Trang in 2019. He works remotely.¶“I thought …", "X puts it in simple terms:¶“…".
            if attribution == nil, speaker == nil, opensParagraph, mark.paragraph > 0, sentence > 0, !followsQuestion(c, paragraph: mark.paragraph),
               c.sentences[sentence - 1].paragraphIndex == mark.paragraph - 1,
               !(previous.map { $0.mark.paragraph == mark.paragraph - 1 && $0.mark.close >= c.paragraphs[mark.paragraph - 1].span.end - 2 } ?? false),
               let subject = sentenceSubject(c, sentence: sentence - 1, index) {
                speaker = subject
                isGuess = true
            }
            // 5. An interview: the headline that names the interviewee, or an answer after a question.
            if attribution == nil, speaker == nil, !hasSourceInBrackets, let interviewee = index.interviewee,
               mark.paragraph == index.intervieweeParagraph || (opensParagraph && followsQuestion(c, paragraph: mark.paragraph))
                || (index.isInterview && mark.paragraph == 0) {
                speaker = interviewee
            }
            guessed.append(isGuess)
            result.append(QuoteInfo(text: c.text.string(span), span: span, speakerIndex: speaker, sentenceIndex: sentence))
            previous = (mark, speaker)
        }
        // A quotation left open belongs to whoever closes it: "“… \n\n“…,” the minister said."
        // A guess from the paragraph before gives way to the speaker named where the quotation closes.
        for i in stride(from: result.count - 2, through: 0, by: -1) where (result[i].speakerIndex == nil || guessed[i]) && continuesPrevious[i + 1]
            && (result[i + 1].speakerIndex != nil || result[i].speakerIndex == nil) {
            result[i].speakerIndex = result[i + 1].speakerIndex
        }
        return result
    }

    /// The paragraph before `paragraph` is an interviewer's question: "Q: …", "Question: …", or a line
    /// ending in "?" that is not itself a quotation.
    static func followsQuestion(_ c: AnalysisContext, paragraph: Int) -> Bool {
        guard paragraph > 0 else { return false }
        let span = c.paragraphs[paragraph - 1].span
        let first = c.tokenIndex(atOrAfter: span.start)
        guard first < c.count, c.tokens[first].start < span.end else { return false }
        if (c.lower[first] == "q" || c.lower[first] == "question") && (c.isPunctuation(first + 1, ":") || c.isPunctuation(first + 1, ".")) { return true }
        return c.text[span.end - 1] == "?" && !Scalars.isOpeningQuote(c.text[span.start])
    }

    /// Quotation marks, paired per paragraph. An unclosed quotation runs to the paragraph's end.
    static func findMarks(_ c: AnalysisContext) -> [Mark] {
        var marks: [Mark] = []
        let s = c.text.scalars
        for (p, paragraph) in c.paragraphs.enumerated() {
            var open: Int? = nil
            var openKind: Unicode.Scalar = "\""
            var i = paragraph.span.start
            while i < paragraph.span.end {
                let ch = s[i]
                if let o = open {
                    let closes: Bool
                    switch openKind {
                    case "“": closes = ch == "”" || (ch == "\"")
                    case "«": closes = ch == "»"
                    default: closes = ch == "\"" || ch == "”"
                    }
                    if closes { marks.append(Mark(open: o, close: i, paragraph: p, isClosed: true)); open = nil }
                    else if ch == "“" && openKind == "“" && i > o + 1 && (i == paragraph.span.start || Scalars.isSpace(s[i - 1])) {
                        // A new opening mark: the last quotation was never closed.
                        marks.append(Mark(open: o, close: i, paragraph: p, isClosed: false))
                        open = i
                    }
                } else if ch == "“" || ch == "«" || ch == "„" || (ch == "\"" && (i == paragraph.span.start || !Scalars.isLetter(s[i - 1]) && !Scalars.isDigit(s[i - 1]))) {
                    open = i
                    openKind = ch == "„" ? "“" : ch
                }
                i += 1
            }
            if let o = open { marks.append(Mark(open: o, close: paragraph.span.end, paragraph: p, isClosed: false)) }
        }
        return marks
    }

    static let smallWords: Set<String> = ["of", "on", "the", "and", "for", "in", "a", "an", "to", "at", "with", "by"]

    /// At least three words, and not a Title Case name ("War on the Rocks", "New Eastern Outlook").
    static func isQuotation(_ c: AnalysisContext, _ start: Int, _ end: Int) -> Bool {
        var words = 0
        var capitalizedWords = 0
        var contentWords = 0
        var i = start
        var inWord = false
        var wordStart = start
        while i <= end {
            let isLetter = i < end && (Scalars.isLetter(c.text[i]) || Scalars.isDigit(c.text[i]) || Scalars.isApostrophe(c.text[i]) || c.text[i] == "-")
            if isLetter && !inWord { inWord = true; wordStart = i }
            if !isLetter && inWord {
                inWord = false
                words += 1
                let word = c.text.string(wordStart, i).lowercased()
                if !smallWords.contains(word) {
                    contentWords += 1
                    if Scalars.isUpper(c.text[wordStart]) || Scalars.isDigit(c.text[wordStart]) { capitalizedWords += 1 }
                }
                if words > 12 { return true }
            }
            i += 1
        }
        if words < 3 { return false }
        if contentWords > 0, capitalizedWords == contentWords, words <= 8 { return false }
        return true
    }
}
