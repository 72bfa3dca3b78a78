/// The subject of a reporting verb, read backwards from the verb the way a reader finds who speaks: past
/// adverbs, past an appositive or a relative clause between commas, to the noun phrase. Every walk is
/// bounded to a few tokens.
extension QuoteExtractor {
    /// Determiners of an unnamed speaker: "a source close to X", "An Indonesian official", "One broker".
    static let indefinites: Set<String> = ["a", "an", "another", "one", "some", "several", "many", "few", "two", "three",
                                           "unnamed", "anonymous", "most"]
    static let relativePronouns: Set<String> = ["who", "which", "whose", "whom"]
    /// Honorifics and name particles: they stand before a name, never as the head of "the … said".
    static let nameParticles: Set<String> = ["tan", "sri", "seri", "tun", "haji", "datuk", "dato", "datin", "he", "h.e", "mr",
                                             "mrs", "ms", "dr", "sir", "madam", "madame", "mme", "lord", "lady", "prof", "daw"]
    /// Prepositions that open a post-modifier: "the chair of the session", "an official at the ministry".
    static let postModifiers: Set<String> = ["of", "at", "from", "for", "in", "with", "on", "close", "involved"]
    /// "liked to say", "used to say", "went on to say": the words between a subject and an infinitive verb.
    static let infinitiveLeads: Set<String> = ["liked", "likes", "like", "used", "loved", "loves", "wanted", "wants", "went",
                                               "tried", "tries", "began", "begins", "continued", "seemed", "seems", "was", "is"]
    /// Possessive determiners and articles that may open a titled noun phrase ("my old dean", "the Lao minister").
    static let definiteDeterminers: Set<String> = ["the", "this", "that", "my", "our", "his", "her", "their", "its"]

    /// Nouns for a person the text leaves unnamed: "one participant", "my exporter friend", "a farmer".
    /// (Not "he" and "h.e", the title "H.E." among the speaker nouns: lower case, "he" is the pronoun, as in "For a
    /// decade he guided tourists".)
    static let unnamedPersonNouns: Set<String> = Lexicon.speakerNouns.subtracting(["he", "h.e"]).union([
        "participant", "participants", "friend", "farmer", "trader", "exporter", "importer", "buyer", "seller", "resident",
        "villager", "worker", "driver", "official", "source", "man", "woman", "mother", "father", "owner", "shopkeeper",
        "vendor", "diplomat", "banker", "broker", "executive", "analyst", "economist", "expert", "colleague",
        "neighbour", "neighbor", "tourist", "visitor", "passenger", "customer", "client", "member", "employee",
    ])
    /// Nouns for an unnamed man or woman ("her father, an engineer"), which a "she" or a "he" cannot refer to.
    static let nounsForMen: Set<String> = ["man", "father", "husband", "son", "brother", "grandfather", "uncle", "boy", "men"]
    static let nounsForWomen: Set<String> = ["woman", "mother", "wife", "daughter", "sister", "grandmother", "aunt", "girl", "women"]
    /// Determiners of a person left unnamed; "my" and "our" as in "my exporter friend".
    static let unnamedDeterminers: Set<String> = ["a", "an", "one", "another", "my", "our"]

    /// "he"/"she" at token `t`: nobody when the nearest person before it, in this sentence or the one before,
    /// is someone the text leaves unnamed ("By the account of one participant, … “…,” he told me"), else the
    /// person `SpeakerIndex.resolvePronoun` finds.
    static func pronounAttribution(_ c: AnalysisContext, _ t: Int, _ index: SpeakerIndex) -> Attribution? {
        // ("“…,” he said, asking not to be named.")
        if !c.sentences.isEmpty, t < c.count {
            let range = c.sentenceTokens[c.sentenceIndex(at: c.tokens[t].start)]
            if SpeakerIndex.speaksOfAnonymity(range.filter { !index.isInsideQuotation(c.tokens[$0].start) }.map { c.lower[$0] }) {
                return .nobody
            }
        }
        if let unnamed = unnamedPerson(c, before: t, index), index.unquotedPeople(c.tokens[unnamed].start, c.tokens[t].start).isEmpty,
           // ("Her father, an engineer from Hai Phong, … “…,” she recalled": an unnamed man is no "she".)
           !(max(0, unnamed - 6)...unnamed).contains(where: {
               (c.lower[t] == "she" ? nounsForMen : c.lower[t] == "he" ? nounsForWomen : []).contains(c.lower[$0]) }) {
            return .nobody
        }
        return index.resolvePronoun(c.lower[t], at: c.tokens[t].start, c).map(Attribution.speaker)
    }

    /// The last token of an unnamed person's noun phrase ("one participant") outside quotations, in the
    /// sentence of token `t` or the sentence before it.
    static func unnamedPerson(_ c: AnalysisContext, before t: Int, _ index: SpeakerIndex) -> Int? {
        guard !c.sentences.isEmpty, t < c.count else { return nil }
        let sentence = c.sentenceIndex(at: c.tokens[t].start)
        let floor = c.sentences[max(0, sentence - 1)].span.start
        var k = t - 1
        while k >= 0, c.tokens[k].start >= floor, t - k < 120 {
            // ("a neighbour’s water tank": a possessive names whose thing it is, not someone who speaks.)
            if c.isWord(k), !index.isInsideQuotation(c.tokens[k].start), !c.tokens[k].isCapitalized, unnamedPersonNouns.contains(c.lower[k]),
               !SpeakerIndex.interviewerNouns.contains(c.lower[k]), !(c.isWord(k + 1) && unnamedPersonNouns.contains(c.lower[k + 1])),
               !(k + 1 < c.count && (["’s", "'s"].contains(c.lower[k + 1]) || Scalars.isApostrophe(c.text[c.tokens[k + 1].start]))) {
                // The determiner up to two words before the noun ("one participant", "my exporter friend"), and
                // no name next to it: "X, a deputy minister," is named.
                // A noun without one ("to speak to the press") is no person of the story: read on.
                guard let d = (max(0, k - 3)..<k).last(where: { unnamedDeterminers.contains(c.lower[$0]) }),
                      (d + 1..<k).allSatisfy({ c.isWord($0) }) else { k -= 1; continue }
                // ("Galkin: My mother …": the speaker's label of an interview answer is no name next to it.)
                // ("Dr Saelim, an oncologist at Ramathibodi Hospital and a member of the society, said": an appositive
                // of hers, however long, within the sentence.)
                var nearStart = c.tokens[max(0, d - 8)].start
                if (max(0, d - 20)..<d).contains(where: { c.isPunctuation($0, ",") }) {
                    let sentenceStart = c.sentences[c.sentenceIndex(at: c.tokens[d].start)].span.start
                    nearStart = min(nearStart, max(sentenceStart, c.tokens[max(0, d - 20)].start))
                }
                let near = index.unquotedPeople(nearStart, c.tokens[min(c.count - 1, k + 6)].end).filter { !SpeakerIndex.isAnswerLabel(c, $0) }
                return near.isEmpty ? k : nil
            }
            k -= 1
        }
        return nil
    }

    /// A verb that can govern the quotation after it: a reporting verb ("said", "told", "stressed"), a framing
    /// verb ("called … “”"), or "put it". "According to" and "noted by" read their speaker after the verb.
    static func isGoverningVerb(_ c: AnalysisContext, _ v: Int) -> Bool {
        guard c.isWord(v), !c.tokens[v].isCapitalized else { return false }
        if c.lower[v] == "put" || c.lower[v] == "puts" { return c.lowerIs(v + 1, "it") }
        if c.lower[v] == "according" || c.lower[v] == "словам" || c.lowerIs(v + 1, "by") { return false }
        return isReportingVerb(c, v) || framingVerbs.contains(c.lower[v])
    }

    /// The subject of the verb at `verb`, read back to `floor`: a speaker; `.nobody` for an unnamed speaker
    /// ("A Singaporean official, who asked not to be named, said"), a document, or a named person the text
    /// gives no entity for ("the analyst Gregory Tan argued"); nil when no subject is recognised.
    static func subjectBefore(_ c: AnalysisContext, verb: Int, floor: Int, _ index: SpeakerIndex) -> Attribution? {
        var k = verb - 1
        while k >= floor, isAdverb(c, k) { k -= 1 }
        // "liked to say", "used to say"
        if k - 1 >= floor, c.lower[k] == "to", infinitiveLeads.contains(c.lower[k - 1]) {
            k -= 2
            while k >= floor, isAdverb(c, k) { k -= 1 }
        }
        guard k >= floor else { return nil }
        // ", X," / ", an economist at a bank," / ", who asked not to be named," between the subject and its verb.
        if c.isPunctuation(k, ",") || c.isPunctuation(k, ")") {
            let opening: Unicode.Scalar = c.isPunctuation(k, ")") ? "(" : ","
            var j = k - 1
            while j >= floor, k - j < 40, !c.isPunctuation(j, opening), !breaksClause(c, j) { j -= 1 }
            guard j >= floor, k - j < 40, c.isPunctuation(j, opening) else { return nil }
            if !relativePronouns.contains(c.lower[j + 1]) {
                // "The Executive Director of the AHA Centre, Daw Khin Thida Aung, said"
                for person in index.unquotedPeople(c.tokens[j].end, c.tokens[k].start) where !isPossessive(c, person.end) {
                    if isRolePrefix(c, j + 1, c.tokenIndex(atOrAfter: person.start)) { return .speaker(person.entity) }
                    break
                }
            }
            // "Dr Sok Chanthy, head of the ward at Calmette Hospital, who led the group, said": a relative clause
            // after an appositive hangs on the name before both.
            if c.lower[j + 1] == "who" {
                var a = j - 1
                while a >= floor, j - a < 40, !c.isPunctuation(a, ","), !breaksClause(c, a) { a -= 1 }
                if a - 1 >= floor, c.isPunctuation(a, ","),
                   let person = index.unquotedPeople(c.tokens[max(floor, a - 8)].start, c.tokens[a - 1].end).last,
                   person.end == c.tokens[a - 1].end, !isPossessive(c, person.end), isRolePrefix(c, a + 1, j) {
                    return .speaker(person.entity)
                }
            }
            k = j - 1
            guard k >= floor else { return nil }
        }
        if pronouns.contains(c.lower[k]), k == floor || !c.isWord(k - 1) || conjunctions.contains(c.lower[k - 1]) {
            return pronounAttribution(c, k, index)
        }
        if relativePronouns.contains(c.lower[k]) {
            // "… Sari Wulandari, who told a Moscow audience: “": the name the clause hangs on.
            var a = k - 1
            if a >= floor, c.isPunctuation(a, ",") { a -= 1 }
            guard a >= floor else { return nil }
            if let person = index.unquotedPeople(c.tokens[max(floor, a - 8)].start, c.tokens[a].end).last,
               person.end == c.tokens[a].end, !isPossessive(c, person.end) {
                return .speaker(person.entity)
            }
            return nounPhraseSubject(c, end: a, floor: floor, index)
        }
        if c.lower[k] == "and" || c.lower[k] == "but" {
            // "X met Y and told reporters": the subject of the first clause.
            return clauseSubject(c, from: floor, to: c.tokens[k].start, index).map(Attribution.speaker)
        }
        return nounPhraseSubject(c, end: k, floor: floor, index)
    }

    /// The noun phrase ending at token `k` as a subject: a person in subject position; "the minister" (the
    /// holder of that title); nobody for an unnamed speaker, a document, a titled person the text names
    /// but gives no entity for, or a title with a post-modifier no one holds ("the chair of the session").
    static func nounPhraseSubject(_ c: AnalysisContext, end k: Int, floor: Int, _ index: SpeakerIndex) -> Attribution? {
        guard k >= floor, c.isWord(k) || c.isNumber(k) else { return nil }
        var s = k
        while s - 1 >= floor, k - (s - 1) < 20 {
            let p = s - 1
            let lower = c.lower[p]
            let isPart = (c.isWord(p) && !conjunctions.contains(lower) && !relativePronouns.contains(lower)
                          && !(isReportingVerb(c, p) && !c.tokens[p].isCapitalized) && !pronouns.contains(lower))
                || c.isNumber(p) || lower == "’s" || lower == "'s" || (c.isDash(p) && c.adjacent(p, p + 1))
            guard isPart else { break }
            s = p
        }
        for person in index.unquotedPeople(c.tokens[s].start, c.tokens[k].end) where !isPossessive(c, person.end) {
            if c.tokenIndex(atOrAfter: person.start) == s || SpeakerIndex.isSubjectPosition(c, person) { return .speaker(person.entity) }
        }
        var words: [Int] = []
        for w in s...k where c.isWord(w) { words.append(w) }
        if words.count > 1, c.lower[words[0]] == "as" { words.removeFirst() }   // "As one diplomat put it"
        guard let first = words.first else { return nil }
        if indefinites.contains(c.lower[first]) { return .nobody }
        // The head: the word before a post-modifier ("the chair of the session"), else the last word.
        var head = k
        var postModified = false
        if let modifier = words.first(where: { $0 > first && postModifiers.contains(c.lower[$0]) }), modifier - 1 >= s, c.isWord(modifier - 1) {
            head = modifier - 1
            postModified = true
        }
        let headWord = hyphenatedWord(c, head)
        if documentNouns.contains(headWord) { return .nobody }
        // An institution speaks for no person: "The Russian embassy in Hanoi said", "In a statement, AOT said".
        if Lexicon.organizationHeads.contains(headWord) && !c.tokens[head].isCapitalized { return .nobody }
        if index.mentions(c.tokens[s].start, c.tokens[k].end).contains(where: { ($0.type == .organization || $0.type == .location)
            && $0.end == c.tokens[k].end && c.tokenIndex(atOrAfter: $0.start) <= first + 1 }) { return .nobody }
        let hasDeterminer = definiteDeterminers.contains(c.lower[first])
        let isTitle = !nameParticles.contains(headWord) && (Lexicon.speakerNouns.contains(headWord)
            || headWord.split(separator: "-").contains { Lexicon.titleWords.contains(String($0)) })
        // A bare title is no subject ("member states"): "the minister", "our dean", "the Lao Minister".
        if isTitle, hasDeterminer {
            return titled(c, head: headWord, qualifiers: qualifiers(c, from: first + 1, to: head), postModified: postModified,
                          at: c.tokens[s].start, index)
        }
        // "The Singaporean analyst Gregory Tan argued": a title, then a name the text gives no entity for.
        if c.tokens[k].isCapitalized, words.contains(where: { $0 < k && Lexicon.speakerNouns.contains(c.lower[$0]) && !c.tokens[$0].isCapitalized }) {
            return .nobody
        }
        return nil
    }

    /// The first person of a clause (after an introductory phrase ending in a comma, "At the same forum,"),
    /// when only title words stand before them: "Russian Deputy Prime Minister Anatoly Yermolaev invited …".
    static func clauseSubject(_ c: AnalysisContext, from start: Int, to end: Int, _ index: SpeakerIndex) -> Int? {
        let first = c.tokenIndex(atOrAfter: start)
        for person in index.unquotedPeople(start, min(end, start + SpeakerIndex.window)) {
            let pf = c.tokenIndex(atOrAfter: person.start)
            guard pf - first <= 16, !isPossessive(c, person.end) else { return nil }
            var clauseStart = first
            var k = pf - 1
            while k > first, !c.isPunctuation(k, ",") { k -= 1 }
            if k >= first, c.isPunctuation(k, ",") { clauseStart = k + 1 }
            while clauseStart < pf, c.tokens[clauseStart].kind == .punctuation { clauseStart += 1 }
            if SpeakerIndex.isSubjectPosition(c, person) || pf == clauseStart, isRolePrefix(c, clauseStart, pf) { return person.entity }
            return nil
        }
        return nil
    }

    /// The person a sentence is about: a leading "He"/"She", or its first person when only title words (after
    /// an introductory phrase) stand before them. "Lebedev also outlined plans for training."
    static func sentenceSubject(_ c: AnalysisContext, sentence: Int, _ index: SpeakerIndex) -> Int? {
        let span = c.sentences[sentence].span
        var first = c.tokenIndex(atOrAfter: span.start)
        while first < c.count, c.tokens[first].start < span.end, c.tokens[first].kind == .punctuation { first += 1 }
        guard first < c.count, c.tokens[first].start < span.end else { return nil }
        if pronouns.contains(c.lower[first]), c.lower[first] != "her" {
            return index.resolvePronoun(c.lower[first], at: c.tokens[first].start, c)
        }
        return clauseSubject(c, from: span.start, to: min(span.end, span.start + SpeakerIndex.window), index)
    }

    /// The start of the last sentence in `start..<end` that the sentence splitter left joined to the one
    /// before, as after a footnote marker ("… in 2025.[4] At the same forum, X invited …"): a full stop after
    /// a number, a bracket or a lower-case word, then a capitalised word. "Mr. Tan" and "S.V. Lavrov" do not
    /// split.
    static func lastSentenceStart(_ c: AnalysisContext, from start: Int, to end: Int) -> Int {
        var result = start
        var t = c.tokenIndex(atOrAfter: start)
        while t < c.count, c.tokens[t].start < end {
            if c.isPunctuation(t, "."), t > 0, c.tokens[t - 1].start >= start,
               c.isNumber(t - 1) || c.isPunctuation(t - 1, ")") || c.isPunctuation(t - 1, "]")
                || (c.isWord(t - 1) && !c.tokens[t - 1].isCapitalized && c.tokens[t - 1].end - c.tokens[t - 1].start > 2) {
                var n = t + 1
                while n < c.count, c.tokens[n].start < end, c.excluded[n] || c.tokens[n].kind == .punctuation && !Scalars.isOpeningQuote(c.text[c.tokens[n].start]) { n += 1 }
                if n < c.count, c.tokens[n].start < end, c.isWord(n), c.tokens[n].isCapitalized { result = c.tokens[n].start }
            }
            t += 1
        }
        return result
    }

    /// A quoted phrase inside a clause whose subject is a person: "X invited ASEAN shipping lines to “…”".
    /// Not when a relative clause or a naming construction ("known as", "called") stands before the quote.
    static func personClauseHolding(_ c: AnalysisContext, from start: Int, to end: Int, _ index: SpeakerIndex) -> Int? {
        guard end - start < 2 * SpeakerIndex.window, let subject = clauseSubject(c, from: start, to: end, index),
              let mention = index.unquotedPeople(start, end).first else { return nil }
        let from = c.tokenIndex(atOrAfter: mention.end)
        var t = from
        var last = t
        while t < c.count, c.tokens[t].start < end {
            if c.isWord(t), relativePronouns.contains(c.lower[t]) || ["which", "where", "when", "while", "because", "if"].contains(c.lower[t]) { return nil }
            if breaksClause(c, t) { return nil }
            last = t
            t += 1
        }
        // The quotation is what the person asks others to do ("invited … to “build …”", "urged members to
        // “act now”") or the object right after their verb ("pledged “a new era”"); a quoted name of a
        // thing ("signed the agreement on “…”", "visited the so-called “…”") is not their words.
        let isInfinitive = c.lowerIs(last, "to") && !c.lowerIs(last - 1, "according")
        let isDirectObject = last >= from && last - from <= 1 && c.isWord(last) && !c.tokens[last].isCapitalized
            && !["as", "called", "named", "titled", "entitled", "dubbed", "so-called", "the", "a", "an"].contains(c.lower[last])
        return isInfinitive || isDirectObject ? subject : nil
    }
}
