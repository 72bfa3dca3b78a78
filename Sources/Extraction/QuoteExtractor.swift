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

    /// A quotation found between its marks: its content and, for a quotation interrupted by its attribution
    /// ("“Demand for Vietnam,” X said, “has simply exploded.”"), where the first part closes and the part
    /// that completes its sentence.
    struct Candidate {
        var mark: Mark
        var span: TextSpan
        var interruption: (close: Int, continuation: TextSpan)? = nil
        /// Sentences of the second part after the one it completes: a quotation of their own by the same speaker.
        var rest: TextSpan? = nil
    }

    static func quotes(_ c: AnalysisContext, entities: [EntityInfo], referenceListStart: Int? = nil) -> [QuoteInfo] {
        let marks = findMarks(c).filter { referenceListStart == nil || $0.open < referenceListStart! }
        var found: [Candidate] = []
        var quotedSpans: [TextSpan] = []
        var m = 0
        while m < marks.count {
            let mark = marks[m]
            m += 1
            guard let span = content(c, mark) else { continue }
            if m < marks.count, let continuation = content(c, marks[m]), isInterruption(c, mark, marks[m], continuation: continuation) {
                let next = marks[m]
                m += 1
                guard isQuotation(c, span.start, continuation.end) else { continue }
                let (completion, rest) = splitAfterFirstSentence(c, continuation)
                found.append(Candidate(mark: Mark(open: mark.open, close: next.close, paragraph: mark.paragraph, isClosed: next.isClosed),
                                       span: span, interruption: (mark.close, completion),
                                       rest: rest.flatMap { isQuotation(c, $0.start, $0.end) ? $0 : nil }))
                quotedSpans.append(TextSpan(start: mark.open, end: mark.close))
                quotedSpans.append(TextSpan(start: next.open, end: next.close))
            } else if let (close, continuation) = russianInterruption(c, span), isQuotation(c, span.start, continuation.end) {
                // «…, — рассказала Наталья Ермолаева. — …»: the attribution between dashes inside one pair of marks.
                found.append(Candidate(mark: mark, span: c.text.trimmed(span.start, close), interruption: (close, continuation)))
                quotedSpans.append(TextSpan(start: mark.open, end: mark.close))
            } else if isQuotation(c, span.start, span.end) {
                found.append(Candidate(mark: mark, span: span))
                quotedSpans.append(TextSpan(start: mark.open, end: mark.close))
            }
        }
        guard !found.isEmpty else { return [] }
        let index = SpeakerIndex(c, entities: entities, quoted: quotedSpans)

        var result: [QuoteInfo] = []
        var continuesPrevious: [Bool] = []
        var guessed: [Bool] = []   // the speaker comes from the paragraph before, not from words next to the quotation
        var previous: (mark: Mark, speaker: Int?, unnamed: Bool)? = nil
        var rests: [QuoteInfo] = []
        var interrupted: [TextSpan: (TextSpan, TextSpan)] = [:]
        for candidate in found {
            let (mark, span) = (candidate.mark, candidate.span)
            // An interrupted quotation is attributed by the clause that interrupts it.
            let firstClose = candidate.interruption?.close ?? mark.close
            let sentence = c.sentenceIndex(at: mark.open)
            let sentenceSpan = c.sentences.isEmpty ? TextSpan(start: 0, end: c.count) : c.sentences[sentence].span
            let closeSentence = c.sentenceIndex(at: max(mark.open, firstClose - 1))
            var closeSentenceEnd = c.sentences.isEmpty ? c.count : c.sentences[closeSentence].span.end
            // "“… how do I get paid?” Dmitry Gusev said": a question or exclamation ends its sentence inside the
            // quotation, and the attribution stands in the next one.
            if closeSentenceEnd <= firstClose + 1, firstClose >= 2, c.text[firstClose - 1] == "?" || c.text[firstClose - 1] == "!",
               closeSentence + 1 < c.sentences.count, c.sentences[closeSentence + 1].paragraphIndex == mark.paragraph {
                closeSentenceEnd = c.sentences[closeSentence + 1].span.end
            }
            let opensParagraph = c.paragraphs[mark.paragraph].span.start == mark.open
            // A quotation left open at the end of the previous paragraph and reopened at the start of this one.
            let continues = previous.map { !$0.mark.isClosed && $0.mark.paragraph + 1 == mark.paragraph && opensParagraph } ?? false
            continuesPrevious.append(continues)

            var attribution: Attribution? = nil
            var carriedUnnamed = false
            var hasSourceInBrackets = false
            // 0. A headline "“In the Urals, silence is part of the music”: Clarissa Teo on leading an orchestra".
            if mark.isClosed, opensParagraph, isHeadline(c, paragraph: mark.paragraph) {
                let colon = c.tokenIndex(atOrAfter: firstClose + 1)
                if colon + 1 < c.count, c.isPunctuation(colon, ":"), c.tokens[colon].start - firstClose <= 2,
                   let person = index.people(c.tokens[colon + 1].start, c.tokens[colon + 1].end).first,
                   person.start == c.tokens[colon + 1].start {
                    attribution = .speaker(person.entity)
                }
            }
            // 1. After the quotation: ", Sumsky said", "said X", "he added", "the scholar concluded", "(X, Outlet, date)"
            if attribution == nil, mark.isClosed {
                let next = c.tokenIndex(atOrAfter: firstClose + 1)
                hasSourceInBrackets = next < c.count && c.isPunctuation(next, "(") && c.tokens[next].start - firstClose <= 3
                    && c.tokens[next].start < c.paragraphs[mark.paragraph].span.end
                attribution = attributionAfter(c, from: firstClose + 1, to: closeSentenceEnd, index, opensSentence: sentenceSpan.start == mark.open)
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
                if carried || sameParagraph {
                    speaker = previous.speaker
                    // "“…,” the woman said, asking that her name not be used. “…”": the next quotation is hers too.
                    carriedUnnamed = previous.unnamed
                }
            }
            var isGuess = attribution == nil && speaker != nil && (guessed.last ?? false)
            if carriedUnnamed { attribution = .nobody }
            // 4. The previous sentence of the paragraph names who speaks: "Sumsky believes that …. “From time to time …"
            if attribution == nil, speaker == nil, sentence > 0, c.sentences[sentence - 1].paragraphIndex == mark.paragraph, sentenceSpan.start == mark.open {
                let before = c.sentences[sentence - 1].span
                if SpeakerIndex.introducesAnonymousSubject(c, sentence: sentence - 1) {
                    // ("A herb supplier at the … Market, who asked not to be named, laughed. “…”")
                    attribution = .nobody
                } else if hasReportingCue(c, before.start, before.end), let first = index.people(before.start, before.end).first {
                    speaker = first.entity
                } else if let pronoun = bareAttributionPronoun(c, sentence: sentence - 1),
                          case .speaker(let entity) = pronounAttribution(c, pronoun, index) {
                    // "“Again,” he says. “Slowly. …”": the first words are too short to count as a quotation, but
                    // their attribution names the speaker of the next.
                    speaker = entity
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
                || (index.isInterview && (mark.paragraph == 0 || mark.paragraph < index.intervieweeParagraph && isHeadline(c, paragraph: mark.paragraph))) {
                speaker = interviewee
            }
            guessed.append(isGuess)
            if let (close, continuation) = candidate.interruption {
                // Held as one quotation while speakers are settled; stored as its two quoted parts below.
                let whole = TextSpan(start: span.start, end: continuation.end)
                interrupted[whole] = (span, continuation)
                let separator = c.text[close - 1] == "," ? ", " : " "
                result.append(QuoteInfo(text: c.text.string(span) + separator + c.text.string(continuation),
                                        span: whole, speakerIndex: speaker, sentenceIndex: sentence))
            } else {
                result.append(QuoteInfo(text: c.text.string(span), span: span, speakerIndex: speaker, sentenceIndex: sentence))
            }
            if let rest = candidate.rest {
                rests.append(QuoteInfo(text: c.text.string(rest), span: rest, speakerIndex: speaker, sentenceIndex: c.sentenceIndex(at: rest.start)))
            }
            previous = (mark, speaker, speaker == nil && attribution == .nobody)
        }
        // A quotation left open belongs to whoever closes it: "“… \n\n“…,” the minister said."
        // A guess from the paragraph before gives way to the speaker named where the quotation closes.
        for i in stride(from: result.count - 2, through: 0, by: -1) where (result[i].speakerIndex == nil || guessed[i]) && continuesPrevious[i + 1]
            && (result[i + 1].speakerIndex != nil || result[i].speakerIndex == nil) {
            result[i].speakerIndex = result[i + 1].speakerIndex
        }
        result = splittingNestedQuotations(c, result, index)
        // “First part,” the minister said, “second part”: two quotations of one speaker, each with its own span,
        // so neither takes in the words of the attribution between them.
        if !interrupted.isEmpty {
            result = result.flatMap { quote -> [QuoteInfo] in
                guard let (first, second) = interrupted[quote.span] else { return [quote] }
                return [QuoteInfo(text: c.text.string(first), span: first, speakerIndex: quote.speakerIndex, sentenceIndex: quote.sentenceIndex),
                        QuoteInfo(text: c.text.string(second), span: second, speakerIndex: quote.speakerIndex,
                                  sentenceIndex: c.sentenceIndex(at: second.start))]
            }
        }
        if !rests.isEmpty { result = (result + rests).sorted { $0.span.start < $1.span.start } }
        return result
    }

    /// The text between a mark and its closing mark without the spaces and the comma at either end, if any.
    static func content(_ c: AnalysisContext, _ mark: Mark) -> TextSpan? {
        let contentStart = mark.open + 1
        var contentEnd = mark.close
        while contentEnd > contentStart, Scalars.isSpace(c.text[contentEnd - 1]) || c.text[contentEnd - 1] == "," { contentEnd -= 1 }
        var s = contentStart
        while s < contentEnd, Scalars.isSpace(c.text[s]) { s += 1 }
        return s < contentEnd ? TextSpan(start: s, end: contentEnd) : nil
    }

    /// “First part,” a reporting clause, “second part”: the first part ends in a comma, the clause between
    /// the marks is short, has a reporting verb, ends in a comma and ends no sentence, and the second part
    /// opens in lower case. “Yes,” the rector said, “but …” is one too (its first part is too short to
    /// be a quotation of its own, so the pair is judged as a whole).
    /// «Для наших студентов это первая встреча …, — рассказала руководитель школы Наталья Ермолаева. — На Урале такого не
    /// увидишь»: where the first part ends (its comma) and the part after the second dash, when a reporting verb follows
    /// the first dash.
    static func russianInterruption(_ c: AnalysisContext, _ span: TextSpan) -> (close: Int, continuation: TextSpan)? {
        var i = span.start
        while i + 3 < span.end {
            defer { i += 1 }
            guard [",", "!", "?", "…"].contains(c.text[i]), c.text[i + 1] == " ", Scalars.isDash(c.text[i + 2]), c.text[i + 3] == " " else { continue }
            let verb = c.tokenIndex(atOrAfter: i + 4)
            guard verb < c.count, c.tokens[verb].start < span.end, c.isWord(verb), !c.tokens[verb].isCapitalized,
                  Scalars.isCyrillic(c.text[c.tokens[verb].start]), QuoteExtractor.isReportingVerb(c, verb) else { continue }
            // The second dash, within a bounded clause: ". — ", ", — ".
            var k = c.tokens[verb].end
            while k + 3 < span.end, k - i < 240 {
                if [".", ",", "!", "?"].contains(c.text[k]), c.text[k + 1] == " ", Scalars.isDash(c.text[k + 2]), c.text[k + 3] == " " {
                    let continuation = c.text.trimmed(k + 4, span.end)
                    return continuation.start < continuation.end ? (i, continuation) : nil
                }
                k += 1
            }
            return nil
        }
        return nil
    }

    static func isInterruption(_ c: AnalysisContext, _ first: Mark, _ second: Mark, continuation: TextSpan) -> Bool {
        guard first.isClosed, first.paragraph == second.paragraph, second.open - first.close < 160,
              Scalars.isLetter(c.text[continuation.start]), !Scalars.isUpper(c.text[continuation.start]) else { return false }
        var k = first.close - 1
        while k > first.open, Scalars.isSpace(c.text[k]) { k -= 1 }
        guard c.text[k] == "," else { return false }
        var g = second.open - 1
        while g > first.close, Scalars.isSpace(c.text[g]) { g -= 1 }
        guard g > first.close, c.text[g] == "," else { return false }
        for i in (first.close + 1)..<g {
            let ch = c.text[i]
            if ch == "!" || ch == "?" || ch == ";" || ch == ":" || ch == "\"" || ch == "“" || ch == "”" { return false }
            // A full stop ends the sentence unless an abbreviation or initial stands before it ("Mr.", "S.").
            if ch == ".", i + 1 < g, Scalars.isSpace(c.text[i + 1]) {
                var w = i
                while w > first.close, Scalars.isLetter(c.text[w - 1]) { w -= 1 }
                if i - w > 3 || i - w == 0 || !Scalars.isUpper(c.text[w]) { return false }
            }
        }
        // The second part completes the first part's clause ("and a train is a choice", "has simply exploded");
        // one that opens a clause of its own ("it has become clear that …") is a quotation of its own.
        var w = continuation.start
        while w < continuation.end, Scalars.isLetter(c.text[w]) { w += 1 }
        guard completions.contains(c.text.string(continuation.start, w)) else { return false }
        return hasReportingCue(c, first.close + 1, g)
    }
    /// Words that open the second part of an interrupted quotation that only completes the first: a
    /// conjunction or an auxiliary verb.
    static let completions: Set<String> = ["and", "but", "or", "nor", "as", "because", "so", "while", "if", "although", "though",
                                           "since", "unless", "until", "then", "not", "has", "have", "had", "is", "are", "was", "were",
                                           "will", "would", "can", "could", "should", "must", "may", "might", "does", "do", "did"]

    /// The part of `span` up to the end of its first sentence, and the sentences after it ("…, and they
    /// come in the quieter months. A direct flight fills exactly that gap.").
    static func splitAfterFirstSentence(_ c: AnalysisContext, _ span: TextSpan) -> (TextSpan, TextSpan?) {
        var i = span.start
        while i + 2 < span.end {
            let ch = c.text[i]
            if ch == "." || ch == "!" || ch == "?", Scalars.isSpace(c.text[i + 1]) {
                var n = i + 1
                while n < span.end, Scalars.isSpace(c.text[n]) { n += 1 }
                var w = i
                while w > span.start, Scalars.isLetter(c.text[w - 1]) { w -= 1 }
                let isAbbreviation = ch == "." && i - w <= 3 && i > w && Scalars.isUpper(c.text[w])
                if n < span.end, Scalars.isUpper(c.text[n]), !isAbbreviation {
                    return (TextSpan(start: span.start, end: i + 1), TextSpan(start: n, end: span.end))
                }
            }
            i += 1
        }
        return (span, nil)
    }

    /// A quotation inside a quotation (“My first instructor, X, used to say, ‘A sapper makes a mistake only
    /// once.’ I repeat it every morning.”) is the words of the person the outer speaker names before it with
    /// a reporting verb, or of nobody known ("He always said, ‘…’": a pronoun inside a quotation points to
    /// someone the speaker talks about). The outer speaker's words before and after it are quotations of
    /// their own when they are long enough.
    static func splittingNestedQuotations(_ c: AnalysisContext, _ quotes: [QuoteInfo], _ index: SpeakerIndex) -> [QuoteInfo] {
        var result: [QuoteInfo] = []
        for quote in quotes {
            // A scare quote inside a quotation ("their growing real ‘weight’") leaves it whole.
            guard let (open, close) = nestedMarks(c, in: quote.span), isQuotation(c, open + 1, close) else { result.append(quote); continue }
            let inner = TextSpan(start: open + 1, end: close)
            func trimmed(_ start: Int, _ end: Int) -> TextSpan? {
                var s = start, e = end
                while s < e, Scalars.isSpace(c.text[s]) { s += 1 }
                while e > s, Scalars.isSpace(c.text[e - 1]) || c.text[e - 1] == "," { e -= 1 }
                return s < e && isQuotation(c, s, e) ? TextSpan(start: s, end: e) : nil
            }
            // "He always said, ‘…’" is only the attribution of the inner quotation.
            if let before = trimmed(quote.span.start, open), !isBareAttribution(c, before) {
                result.append(QuoteInfo(text: c.text.string(before), span: before, speakerIndex: quote.speakerIndex, sentenceIndex: quote.sentenceIndex))
            }
            if let words = trimmed(inner.start, inner.end) {
                // The clause before the inner mark, inside the outer quotation: "Anatoly Gusev, used to say,".
                var clauseStart = open
                while clauseStart > quote.span.start, !".!?".unicodeScalars.contains(c.text[clauseStart - 1]) { clauseStart -= 1 }
                var speaker: Int? = nil
                if hasReportingCue(c, clauseStart, open) || infinitiveReport(c, clauseStart, open) {
                    speaker = index.people(clauseStart, open).last(where: { !isPossessive(c, $0.end) })?.entity
                }
                result.append(QuoteInfo(text: c.text.string(words), span: words, speakerIndex: speaker, sentenceIndex: c.sentenceIndex(at: words.start)))
            }
            if let after = trimmed(close + 1, quote.span.end) {
                result.append(QuoteInfo(text: c.text.string(after), span: after, speakerIndex: quote.speakerIndex, sentenceIndex: c.sentenceIndex(at: after.start)))
            }
        }
        return result
    }

    /// A sentence that is a quotation with a pronoun attribution: "“Again,” he says." → the pronoun's token.
    static func bareAttributionPronoun(_ c: AnalysisContext, sentence: Int) -> Int? {
        let range = c.sentenceTokens[sentence]
        guard let first = range.first, range.count <= 12, Scalars.isOpeningQuote(c.text[c.tokens[first].start]) else { return nil }
        return range.dropLast().first { (c.lower[$0] == "he" || c.lower[$0] == "she") && isReportingVerb(c, $0 + 1) }
    }

    /// A pronoun, adverbs and a reporting verb: "He always said", "she added".
    static func isBareAttribution(_ c: AnalysisContext, _ span: TextSpan) -> Bool {
        let first = c.tokenIndex(atOrAfter: span.start)
        var last = first
        while last + 1 < c.count, c.tokens[last + 1].start < span.end { last += 1 }
        return last > first && ["he", "she", "they", "i", "we"].contains(c.lower[first]) && isReportingVerb(c, last)
            && onlyAdverbs(c, first + 1, last)
    }

    /// "used to say", "liked to say": a reporting verb in its base form after "to".
    static func infinitiveReport(_ c: AnalysisContext, _ start: Int, _ end: Int) -> Bool {
        var t = c.tokenIndex(atOrAfter: start)
        while t + 1 < c.count, c.tokens[t + 1].start < end {
            if c.lower[t] == "to", ["say", "tell", "repeat", "write"].contains(c.lower[t + 1]) { return true }
            t += 1
        }
        return false
    }

    /// The first ‘…’ pair inside `span`: ‘ after a space or at the start, ’ before a space or punctuation
    /// (an apostrophe, "people’s", has a letter after it).
    static func nestedMarks(_ c: AnalysisContext, in span: TextSpan) -> (Int, Int)? {
        var i = span.start
        while i < span.end {
            if c.text[i] == "‘", i == span.start || Scalars.isSpace(c.text[i - 1]) {
                var j = i + 1
                while j < span.end {
                    if c.text[j] == "’", j + 1 >= c.text.count || !Scalars.isLetter(c.text[j + 1]) {
                        return j - i > 1 ? (i, j) : nil
                    }
                    j += 1
                }
                return nil
            }
            i += 1
        }
        return nil
    }

    /// A short paragraph with no full stop at its end: a headline, a masthead.
    static func isHeadline(_ c: AnalysisContext, paragraph: Int) -> Bool {
        let span = c.paragraphs[paragraph].span
        return span.end - span.start < 200 && c.text[span.end - 1] != "."
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
        if contentWords > 0, capitalizedWords == contentWords, words <= 8, !endsSpokenSentence(c, start, end) { return false }
        // «Тихоокеанский государственный медицинский университет», «Тропическая медицина и паразитология»: a short name
        // in guillemets, neither introduced by a colon nor followed by ", —" and a reporting verb, is a title.
        if words <= 6, start > 0, c.text[start - 1] == "«", end < c.text.count, c.text[end] == "»", Scalars.isUpper(c.text[start]),
           !(start ... end - 1).contains(where: { Scalars.isSentenceTerminal(c.text[$0]) || c.text[$0] == "," }) {
            var before = start - 2
            while before >= 0, Scalars.isSpace(c.text[before]) { before -= 1 }
            var after = end + 1
            while after < c.text.count, Scalars.isSpace(c.text[after]) { after += 1 }
            // ("По словам посла, «…»", "подчеркнул, что «…»": a comma or "что" introduces a quotation too.)
            var wordStart = before
            while wordStart > 0, Scalars.isLetter(c.text[wordStart - 1]) { wordStart -= 1 }
            let previousWord = before >= 0 && Scalars.isLetter(c.text[before]) ? c.text.string(wordStart, before + 1).lowercased() : ""
            let introduced = before >= 0 && (c.text[before] == ":" || c.text[before] == "," || Scalars.isDash(c.text[before]))
                || ["что", "как", "словам"].contains(previousWord)
            let attributed = after < c.text.count && (c.text[after] == "," || Scalars.isDash(c.text[after]))
            if !introduced, !attributed { return false }
        }
        return !isTitle(c, start, end, words: words, capitalizedWords: capitalizedWords, contentWords: contentWords)
    }

    /// “Sharks and English.”, “Cold? In Thailand?” she says: a full stop, two sentences, or a question answered by a
    /// lower-case reporting clause make capitalised words speech, not a name.
    static func endsSpokenSentence(_ c: AnalysisContext, _ start: Int, _ end: Int) -> Bool {
        var last = end - 1
        while last > start, Scalars.isSpace(c.text[last]) { last -= 1 }
        guard last > start, Scalars.isSentenceTerminal(c.text[last]) else { return false }
        if (start..<last).contains(where: { ["?", "!"].contains(c.text[$0]) }) { return true }
        if c.text[last] == "." {
            // (A sentence of its own: “New Eastern Outlook.” after "published in" is a title.)
            var before = start - 2
            while before >= 0, Scalars.isSpace(c.text[before]) && c.text[before] != "\n" { before -= 1 }
            return before < 0 || c.text[before] == "\n" || Scalars.isSentenceTerminal(c.text[before]) || c.text[before] == ":"
                || Scalars.isCloser(c.text[before])
        }
        var after = end + 1
        while after < c.text.count, Scalars.isSpace(c.text[after]) { after += 1 }
        return after < c.text.count && Scalars.isLetter(c.text[after]) && !Scalars.isUpper(c.text[after])
    }

    /// Words before quotation marks that name what is quoted as a title: an exhibition "Spice Islands: …",
    /// a book entitled "…", выставка «Острова пряностей».
    static let titleNouns: Set<String> = Set([
        "entitled", "titled", "called", "named", "dubbed", "exhibition", "conference", "seminar", "symposium", "programme",
        "program", "project", "book", "novel", "film", "movie", "documentary", "series", "festival", "forum", "campaign",
        "slogan", "theme", "motto", "poem", "song", "opera", "ballet", "play", "album", "report", "study", "article",
        "выставка", "выставки", "выставку", "выставке", "конференция", "конференции", "конференцию", "проект",
        "проекта", "программа", "программы", "фестиваль", "фестиваля", "форум", "форума", "книга", "книги", "книгу",
        "фильм", "фильма", "названием", "тема", "темой", "лозунгом", "спектакль", "балет", "семинар", "семинара",
        "journal", "newspaper", "magazine", "daily", "weekly", "cartoon", "painting", "exhibit", "brand",
        "журнал", "журнала", "журнале", "журналу", "газета", "газеты", "газете", "газету", "издательство", "издательства",
        "мультфильм", "мультфильма", "сборник", "сборнике", "альманах", "альманахе",
    ]).union(EntityBuilder.russianLegalForms)

    /// A quoted title rather than a quotation: no sentence ends inside, and either a naming word stands right before
    /// the marks (an exhibition "…", выставка «…») or it is a Title Case name with a subtitle ("Spice Islands: …").
    static func isTitle(_ c: AnalysisContext, _ start: Int, _ end: Int, words: Int, capitalizedWords: Int, contentWords: Int) -> Bool {
        // (The full stop of an initial, "имени А. М. Горького", ends no sentence.)
        let isInitial = { (k: Int) in c.text[k] == "." && k >= 1 && Scalars.isUpper(c.text[k - 1]) && (k < 2 || !Scalars.isLetter(c.text[k - 2])) }
        guard words <= 16, !(start..<end).contains(where: { [".", "!", "?"].contains(c.text[$0]) && $0 + 1 < end && !isInitial($0) }),
              end == start || ![".", "!", "?"].contains(c.text[end - 1]) else { return false }
        // The word before the opening mark.
        var k = start - 2
        while k >= 0, Scalars.isSpace(c.text[k]) { k -= 1 }
        let wordEnd = k + 1
        while k >= 0, Scalars.isLetter(c.text[k]) { k -= 1 }
        if wordEnd > k + 1, titleNouns.contains(c.text.string(k + 1, wordEnd).lowercased()) { return true }
        // "Spice Islands: Indonesia and Malaysia in the Kunstkamera Collections"
        let hasColon = (start..<end).contains { c.text[$0] == ":" }
        return hasColon && contentWords > 0 && capitalizedWords * 4 >= contentWords * 3
    }
}
