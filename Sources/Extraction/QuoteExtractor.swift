/// Finds direct quotations in straight (“…” "…") and guillemet («…») quotes and attributes them:
/// "…," Sumsky said / said X / he added / the scholar concluded; X said: "…"; As noted by X, "…";
/// According to X, "…"; a quotation continued in the next paragraph; a source in brackets after the
/// quotation. Quotes of one or two words, and Title Case names in quotes, are scare quotes, not quotations.
enum QuoteExtractor {
    struct Mark {
        var open: Int
        var close: Int        // index of the closing mark, or the paragraph end when unclosed
        var paragraph: Int
        var isClosed: Bool
    }

    static func quotes(_ c: AnalysisContext, entities: [EntityInfo], referenceListStart: Int? = nil) -> [QuoteInfo] {
        let marks = findMarks(c).filter { referenceListStart == nil || $0.open < referenceListStart! }
        guard !marks.isEmpty else { return [] }
        // Mentions in text order, for "the last person before" and for frames.
        var mentions: [(start: Int, end: Int, entity: Int, type: EntityType)] = []
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions { mentions.append((mention.span.start, mention.span.end, index, entity.type)) }
        }
        mentions.sort { $0.start < $1.start }

        func mentionsIn(_ start: Int, _ end: Int) -> ArraySlice<(start: Int, end: Int, entity: Int, type: EntityType)> {
            var lo = 0, hi = mentions.count
            while lo < hi { let mid = (lo + hi) / 2; if mentions[mid].start < start { lo = mid + 1 } else { hi = mid } }
            var e = lo
            while e < mentions.count, mentions[e].start < end { e += 1 }
            return mentions[lo..<e]
        }
        // The latest person mention at or before each mention, so "he said" costs a binary search.
        var lastPersonUpTo: [Int?] = []
        lastPersonUpTo.reserveCapacity(mentions.count)
        var latest: Int? = nil
        for mention in mentions {
            if mention.type == .person { latest = mention.entity }
            lastPersonUpTo.append(latest)
        }
        func lastPerson(before offset: Int) -> Int? {
            var lo = 0, hi = mentions.count
            while lo < hi { let mid = (lo + hi) / 2; if mentions[mid].start < offset { lo = mid + 1 } else { hi = mid } }
            return lo > 0 ? lastPersonUpTo[lo - 1] : nil
        }

        var result: [QuoteInfo] = []
        var previous: (mark: Mark, speaker: Int?)? = nil
        for mark in marks {
            let contentStart = mark.open + 1
            var contentEnd = mark.close
            while contentEnd > contentStart, Scalars.isSpace(c.text[contentEnd - 1]) || c.text[contentEnd - 1] == "," { contentEnd -= 1 }
            var s = contentStart
            while s < contentEnd, Scalars.isSpace(c.text[s]) { s += 1 }
            guard s < contentEnd, isQuotation(c, s, contentEnd) else { continue }
            let span = TextSpan(start: s, end: contentEnd)
            let sentence = c.sentenceIndex(at: mark.open)
            let sentenceSpan = c.sentences.isEmpty ? TextSpan(start: 0, end: c.count) : c.sentences[sentence].span
            let closeSentence = c.sentenceIndex(at: max(mark.open, mark.close - 1))
            let closeSentenceEnd = c.sentences.isEmpty ? c.count : c.sentences[closeSentence].span.end

            var speaker: Int? = nil
            var hasSourceInBrackets = false
            // 1. After the quotation: ", Sumsky said", "said X", "he added", "the scholar concluded", "(X, Outlet, date)"
            if mark.isClosed {
                let next = c.tokenIndex(atOrAfter: mark.close + 1)
                hasSourceInBrackets = next < c.count && c.isPunctuation(next, "(") && c.tokens[next].start - mark.close <= 3
                speaker = attributionAfter(c, from: mark.close + 1, to: closeSentenceEnd, mentionsIn: mentionsIn, lastPerson: { lastPerson(before: mark.open) })
            }
            // 2. Before it in the same sentence: "X said: “", "As noted by X, “", "According to X, “"
            if speaker == nil {
                var frameStart = sentenceSpan.start
                if let previous, previous.mark.close < mark.open, previous.mark.close >= frameStart { frameStart = previous.mark.close + 1 }
                speaker = attributionBefore(c, from: frameStart, to: mark.open, mentionsIn: mentionsIn, lastPerson: { lastPerson(before: mark.open) })
            }
            // 3. A quotation carried on from the previous paragraph, or the next one in the same paragraph.
            if speaker == nil, !hasSourceInBrackets, let previous {
                let continues = !previous.mark.isClosed && previous.mark.paragraph + 1 == mark.paragraph
                    || (previous.mark.paragraph + 1 == mark.paragraph && c.paragraphs[mark.paragraph].span.start == mark.open
                        && previous.mark.close >= c.paragraphs[previous.mark.paragraph].span.end - 2)
                let sameParagraph = previous.mark.paragraph == mark.paragraph
                    && !mentionsIn(previous.mark.close, mark.open).contains { $0.type == .person && $0.entity != previous.speaker }
                if continues || sameParagraph { speaker = previous.speaker }
            }
            // 4. The previous sentence of the paragraph names who speaks: "Sumsky believes that …. “From time to time …"
            if speaker == nil, sentence > 0, c.sentences[sentence - 1].paragraphIndex == mark.paragraph, sentenceSpan.start == mark.open {
                let before = c.sentences[sentence - 1].span
                if hasReportingCue(c, before.start, before.end), let first = mentionsIn(before.start, before.end).first(where: { $0.type == .person }) {
                    speaker = first.entity
                }
            }
            result.append(QuoteInfo(text: c.text.string(span), span: span, speakerIndex: speaker, sentenceIndex: sentence))
            previous = (mark, speaker)
        }
        return result
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

    static let pronouns: Set<String> = ["he", "she", "they", "him", "her"]
    static let organisationVerbs: Set<String> = ["said", "says", "stated", "states", "declared", "declares", "defined",
                                                 "defines", "described", "describes", "announced", "noted", "stressed"]

    static func hasOrganisationVerb(_ c: AnalysisContext, _ start: Int, _ end: Int) -> Bool {
        var t = c.tokenIndex(atOrAfter: start)
        while t < c.count, c.tokens[t].start < end {
            if organisationVerbs.contains(c.lower[t]) { return true }
            t += 1
        }
        return false
    }

    static func isPossessive(_ c: AnalysisContext, _ end: Int) -> Bool {
        let next = c.tokenIndex(atOrAfter: end)
        return next < c.count && c.tokens[next].start == end && (c.lower[next] == "’s" || c.lower[next] == "'s")
    }
    static let russianCues: Set<String> = ["словам", "заявил", "заявила", "сказал", "сказала", "отметил", "отметила", "подчеркнул", "подчеркнула"]

    static func hasReportingCue(_ c: AnalysisContext, _ start: Int, _ end: Int) -> Bool {
        var t = c.tokenIndex(atOrAfter: start)
        while t < c.count, c.tokens[t].start < end {
            if Lexicon.reportingVerbs.contains(c.lower[t]) || russianCues.contains(c.lower[t]) { return true }
            t += 1
        }
        return false
    }

    static func attributionAfter(_ c: AnalysisContext, from start: Int, to end: Int,
                                 mentionsIn: (Int, Int) -> ArraySlice<(start: Int, end: Int, entity: Int, type: EntityType)>,
                                 lastPerson: () -> Int?) -> Int? {
        var t = c.tokenIndex(atOrAfter: start)
        // A source in brackets right after the quotation.
        if t < c.count, c.isPunctuation(t, "("), c.tokens[t].start - start <= 2 {
            var close = t + 1
            while close < c.count, !c.isPunctuation(close, ")"), close - t < 40 { close += 1 }
            let inside = mentionsIn(c.tokens[t].start, close < c.count ? c.tokens[close].start : end)
            if let person = inside.first(where: { $0.type == .person }) { return person.entity }
            if let organization = inside.first(where: { $0.type == .organization }) { return organization.entity }
            return nil
        }
        while t < c.count, c.tokens[t].kind == .punctuation, c.tokens[t].start < end { t += 1 }
        guard t < c.count, c.tokens[t].start < end, c.tokens[t].start - start < 6 else { return nil }
        let windowEnd = min(end, c.tokens[min(t + 8, c.count - 1)].end)
        let frameMentions = mentionsIn(c.tokens[t].start, windowEnd).filter { $0.type == .person }
        // "X said" / "said X": the clause must start with the speaker, a reporting verb, a pronoun or "the <noun>".
        let firstLower = c.lower[t]
        if let first = frameMentions.first, first.start == c.tokens[t].start {
            var k = c.tokenIndex(atOrAfter: first.end)
            if k < c.count, c.tokens[k].kind == .punctuation, c.words[k] == "," { k += 1 }
            if k < c.count, Lexicon.reportingVerbs.contains(c.lower[k]) { return first.entity }
            if k + 1 < c.count, Lexicon.reportingVerbs.contains(c.lower[k + 1]) { return first.entity }
        }
        if Lexicon.reportingVerbs.contains(firstLower) {
            if let first = frameMentions.first, first.start <= c.tokens[min(t + 3, c.count - 1)].start { return first.entity }
            if pronouns.contains(c.lower[min(t + 1, c.count - 1)]) { return lastPerson() }
        }
        if pronouns.contains(firstLower), t + 1 < c.count, Lexicon.reportingVerbs.contains(c.lower[t + 1]) { return lastPerson() }
        if firstLower == "the", t + 2 < c.count, c.isWord(t + 1), Lexicon.reportingVerbs.contains(c.lower[t + 2]) { return lastPerson() }
        return nil
    }

    static func attributionBefore(_ c: AnalysisContext, from start: Int, to end: Int,
                                  mentionsIn: (Int, Int) -> ArraySlice<(start: Int, end: Int, entity: Int, type: EntityType)>,
                                  lastPerson: () -> Int?) -> Int? {
        guard start < end else { return nil }
        var hasCue = hasReportingCue(c, start, end) || hasOrganisationVerb(c, start, end)
        // "…: “", "… that “"
        var k = end - 1
        while k > start, Scalars.isSpace(c.text[k]) { k -= 1 }
        if c.text[k] == ":" || c.text[k] == "," { hasCue = hasCue || c.text[k] == ":" }
        guard hasCue else { return nil }
        // "President Putin’s visit" names no speaker: possessive mentions are skipped.
        let people = mentionsIn(start, end).filter { $0.type == .person && !isPossessive(c, $0.end) }
        if let last = people.last { return last.entity }
        // An organisation or country as the subject of a reporting verb: "ASEAN defined itself as “…”".
        for mention in mentionsIn(start, end).reversed() where (mention.type == .organization || mention.type == .location) && !isPossessive(c, mention.end) {
            let next = c.tokenIndex(atOrAfter: mention.end)
            if next < c.count, c.tokens[next].start < end, organisationVerbs.contains(c.lower[next]) { return mention.entity }
        }
        // "She added: “…", "he said that “…"
        var t = c.tokenIndex(atOrAfter: start)
        while t < c.count, c.tokens[t].start < end {
            if pronouns.contains(c.lower[t]) { return lastPerson() }
            t += 1
        }
        return nil
    }
}
