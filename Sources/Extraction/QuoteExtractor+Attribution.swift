/// Who speaks a quotation, read from the words next to it. Every rule reads a bounded clause after the
/// quotation or the frame before it in the same sentence, so attribution stays linear.
extension QuoteExtractor {
    enum Attribution: Equatable {
        case speaker(Int)
        /// The text says who speaks, and it is no person it names: a document ("the Declaration states: “…”")
        /// or someone unnamed ("a source close to X said"). No later rule guesses.
        case nobody
    }

    static let pronouns: Set<String> = ["he", "she", "they", "him", "her", "он", "она"]
    /// Russian nouns for a speaker after the verb: «…», — сказал посол.
    static let russianSpeakerNouns: Set<String> = ["посол", "министр", "замминистра", "директор", "губернатор", "ректор",
                                                   "президент", "председатель", "руководитель", "консул", "профессор", "эксперт",
                                                   "учёный", "ученый", "хирург", "врач", "тренер", "исследователь", "гость",
                                                   "представитель", "мэр", "глава", "депутат", "сенатор", "декан", "дипломат",
                                                   "генконсул", "журналист", "писатель", "переводчик", "учитель", "преподаватель"]
    static let organisationVerbs: Set<String> = ["said", "says", "stated", "states", "declared", "declares", "defined",
                                                 "defines", "described", "describes", "announced", "noted", "stressed"]
    /// An organisation describing itself ("ASEAN defined itself as “…”") rather than making a statement.
    static let selfDescriptionVerbs: Set<String> = ["defined", "defines", "described", "describes"]
    /// Nouns that name a document or part of one ("Point 5 of the statement reads: “").
    static let documentNouns: Set<String> = Lexicon.agreementHeads.union([
        "document", "documents", "text", "report", "resolution", "letter", "article", "paragraph", "point", "clause",
        "section", "preamble", "law", "constitution", "editorial", "preface", "introduction", "conclusion", "study",
        "record", "records", "minutes", "summary", "transcript", "readout", "release", "survey", "memo", "brief", "paper",
    ])
    /// What a document does when it is quoted.
    static let documentVerbs: Set<String> = [
        "states", "stated", "reads", "read", "says", "said", "notes", "noted", "declares", "declared", "stipulates",
        "stipulated", "provides", "provided", "affirms", "affirmed", "reaffirms", "reaffirmed", "proclaims",
        "proclaimed", "specifies", "emphasises", "emphasizes", "underlines", "stresses", "calls", "adds", "continues",
        "concludes", "recognises", "recognizes", "defines", "describes", "mentions", "says", "speaks",
    ]
    /// Words between a speaker and the verb that change nothing: "he later added", "X has repeatedly said".
    static let adverbs: Set<String> = ["also", "then", "later", "again", "further", "once", "too", "earlier", "now",
                                       "today", "yesterday", "has", "had", "have", "would", "will", "could", "did",
                                       "once", "often", "always", "never", "not", "however"]
    /// A person after these words is not the subject: "a source close to X said", "a spokesman for X said".
    static let objectMarkers: Set<String> = ["to", "for", "by", "with", "from", "of", "about", "on", "at", "against", "in",
                                             "near", "like", "than", "under", "after", "before", "among", "behind"]
    /// Words that start a clause of their own: "“…,” but X warned" does not attribute the quotation to X.
    static let conjunctions: Set<String> = ["but", "and", "or", "while", "whereas", "although", "though", "because",
                                            "when", "if", "which", "who", "whom", "that", "where", "so", "yet", "since"]
    /// "In her view, “", "In Koldunova’s words, “".
    static let viewpointWords: Set<String> = ["view", "views", "words", "opinion", "assessment", "estimation", "mind"]
    static let russianCues: Set<String> = ["словам", "заявил", "заявила", "сказал", "сказала", "отметил", "отметила", "подчеркнул",
                                           "подчеркнула", "признался", "призналась", "рассказал", "рассказала", "пояснил", "пояснила",
                                           "добавил", "добавила", "сообщил", "сообщила", "заметил", "заметила", "говорит", "уточнил",
                                           "уточнила", "напомнил", "напомнила"]

    /// Verbs that frame a quotation as someone's words without reporting speech: "X called the plan “…”".
    static let framingVerbs: Set<String> = ["called", "calls", "calling", "dubbed", "termed", "branded", "labelled",
                                            "labeled", "characterised", "characterized", "hailed", "praised"]

    static func isReportingVerb(_ c: AnalysisContext, _ t: Int) -> Bool {
        Lexicon.reportingVerbs.contains(c.lower[t]) || russianCues.contains(c.lower[t])
    }

    static func hasReportingCue(_ c: AnalysisContext, _ start: Int, _ end: Int) -> Bool {
        var t = c.tokenIndex(atOrAfter: start)
        while t < c.count, c.tokens[t].start < end {
            if isReportingVerb(c, t) { return true }
            t += 1
        }
        return false
    }

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

    static func isAdverb(_ c: AnalysisContext, _ t: Int) -> Bool {
        c.isWord(t) && !c.tokens[t].isCapitalized && (adverbs.contains(c.lower[t]) || (c.lower[t].hasSuffix("ly") && c.lower[t].count > 3))
    }

    /// Quotation marks and the punctuation that ends a clause.
    static func breaksClause(_ c: AnalysisContext, _ t: Int) -> Bool {
        guard c.tokens[t].kind == .punctuation else { return false }
        let ch = c.text[c.tokens[t].start]
        return Scalars.isOpeningQuote(ch) || ch == "”" || ch == "»" || ch == ";" || ch == ":" || ch == "!" || ch == "?"
    }

    // MARK: - After the quotation

    /// A source in brackets, or a clause right after the quotation naming a speaker and a reporting verb:
    /// ", Sumsky said", "said X", ", Deputy Minister X told reporters", ", X, an economist, told Reuters",
    /// "he added", "the minister said", "according to X".
    /// When the quotation opens its sentence, a reporting clause that names no known person ("a spokesman for
    /// the ministry said") still says who speaks: `.nobody`.
    static func attributionAfter(_ c: AnalysisContext, from start: Int, to end: Int, _ index: SpeakerIndex, opensSentence: Bool) -> Attribution? {
        var t = c.tokenIndex(atOrAfter: start)
        // "(Reporting by …)" opening the next paragraph is a credit line, not the quotation's source.
        if t < c.count, c.isPunctuation(t, "("), c.tokens[t].start - start <= 2, c.tokens[t].start <= end {
            var close = t + 1
            while close < c.count, !c.isPunctuation(close, ")"), close - t < 40 { close += 1 }
            let inside = index.mentions(c.tokens[t].start, close < c.count ? c.tokens[close].start : end)
            if let person = inside.first(where: { $0.type == .person }) { return .speaker(person.entity) }
            if let organization = inside.first(where: { $0.type == .organization }) { return .speaker(organization.entity) }
            return nil
        }
        while t < c.count, c.tokens[t].kind == .punctuation, c.tokens[t].start < end {
            if Scalars.isOpeningQuote(c.text[c.tokens[t].start]) { return nil }   // the next quotation
            t += 1
        }
        guard t < c.count, c.tokens[t].start < end, c.tokens[t].start - start < 6 else { return nil }
        // The clause runs to its reporting verb, a few words on; further after a name and an appositive
        // (", Farid Hakimi, a transport economist at the ISEAS–Yusof Ishak Institute in Singapore, said").
        var limit = 16
        // (After an honorific too: ", Dr. Tran Minh Khoa, director of … at Bach Mai Hospital, told".)
        var nameStart = t
        while nameStart < min(c.count, t + 4), c.isPunctuation(nameStart, ".") || Lexicon.honorifics.contains(c.lower[nameStart]) { nameStart += 1 }
        if nameStart < c.count, let person = index.people(c.tokens[nameStart].start, c.tokens[nameStart].end).first,
           person.start == c.tokens[nameStart].start {
            let after = c.tokenIndex(atOrAfter: person.end)
            if after < c.count, c.isPunctuation(after, ",") { limit = 30 }
        }
        var verb = t
        while verb < c.count, verb - t < limit, c.tokens[verb].start < end, !(isReportingVerb(c, verb) && !c.tokens[verb].isCapitalized) {
            if breaksClause(c, verb) { return nil }
            verb += 1
        }
        guard verb < c.count, verb - t < limit, c.tokens[verb].start < end else { return nil }
        if verb == t {
            // "said X", "added the minister", "according to X"
            var s = verb + 1
            if c.lower[verb] == "according", c.lowerIs(s, "to") { s += 1 }
            return speakerAfterVerb(c, s, end, index)
        }
        if let attribution = subject(c, t, verb, index) { return attribution }
        return opensSentence && !conjunctions.contains(c.lower[t]) ? .nobody : nil
    }

    /// The speaker named right after a leading verb: "said Viktor Sumsky", "said he", "wrote the analyst".
    static func speakerAfterVerb(_ c: AnalysisContext, _ s: Int, _ end: Int, _ index: SpeakerIndex) -> Attribution? {
        guard s < c.count, c.tokens[s].start < end else { return nil }
        if pronouns.contains(c.lower[s]) { return pronounAttribution(c, s, index) }
        // A Russian inverted clause puts the name last, after a place and a title: "– отметила на церемонии
        // закрытия руководитель Русского дома в Ханое Елена Воротынцева." The name that ends the clause wins.
        let isRussian = Scalars.isCyrillic(c.text[c.tokens[s].start])
        // ("said Deputy Minister of Information, Culture and Tourism Khamphao Sayavong": a long capitalised title.)
        var titleRun = s
        while titleRun + 1 < c.count, titleRun - s < 14, c.tokens[titleRun].isCapitalized
                || ["of", "and", "for", "the", ","].contains(c.lower[titleRun]) { titleRun += 1 }
        let windowEnd = min(end, c.tokens[min(max(s + (isRussian ? 20 : 6), titleRun + 1), c.count - 1)].end)
        let candidates = index.people(c.tokens[s].start, windowEnd).filter { !isPossessive(c, $0.end) }
        let endsClause = { (m: SpeakerIndex.Mention) -> Bool in
            let next = c.tokenIndex(atOrAfter: m.end)
            return next >= c.count || c.tokens[next].start >= end || [".", ",", ";", ")"].contains { c.isPunctuation(next, $0) }
        }
        if let first = isRussian ? candidates.first(where: endsClause) ?? candidates.first : candidates.first,
           isRussian || isRolePrefix(c, s, c.tokenIndex(atOrAfter: first.start)) {
            return .speaker(first.entity)
        }
        if isRussian, let person = russianNamed(c, from: s, index) { return .speaker(person) }
        // «…», — сказал посол.: the role alone points back to the last person named, as "the ambassador said" does.
        if isRussian, russianSpeakerNouns.contains(c.lower[s]), s + 1 < c.count, !c.isWord(s + 1) || c.tokens[s + 1].start >= end {
            return index.lastPerson(before: c.tokens[s].start).map(Attribution.speaker)
        }
        if c.lower[s] == "the" {
            var k = s + 1
            while k < c.count, k - s <= 4, c.tokens[k].start < end, c.isWord(k) || c.isDash(k) {
                if Lexicon.speakerNouns.contains(c.lower[k]), !(c.isDash(k + 1) && c.adjacent(k, k + 1)) {
                    let postModified = k + 1 < c.count && c.tokens[k + 1].start < end && postModifiers.contains(c.lower[k + 1])
                    return titled(c, head: hyphenatedWord(c, k), qualifiers: qualifiers(c, from: s + 1, to: k), postModified: postModified,
                                  at: c.tokens[s].start, index)
                }
                k += 1
            }
        }
        // "said a spokesman", "заявил Андрей Лисицын" with no entity for the name: someone the text names, not
        // whoever was named before.
        if c.isWord(s), c.tokens[s].isCapitalized || indefinites.contains(c.lower[s]), c.lower[s] != "the" { return .nobody }
        return nil
    }

    /// The subject of a reporting verb after the quotation: a pronoun, a person after any title words
    /// (with an appositive or adverbs before the verb), or "the <title>".
    static func subject(_ c: AnalysisContext, _ t: Int, _ verb: Int, _ index: SpeakerIndex) -> Attribution? {
        if pronouns.contains(c.lower[t]), onlyAdverbs(c, t + 1, verb) {
            return pronounAttribution(c, t, index)
        }
        if let person = index.people(c.tokens[t].start, c.tokens[verb].start).first(where: { !isPossessive(c, $0.end) }) {
            let first = c.tokenIndex(atOrAfter: person.start)
            var last = first
            while last + 1 < verb, c.tokens[last + 1].end <= person.end { last += 1 }
            if isRolePrefix(c, t, first), onlyAdverbs(c, last + 1, verb) || isAppositive(c, last + 1, verb) || isQuotedAs(c, last + 1, verb) {
                return .speaker(person.entity)
            }
            // "Permata Lipid's chief executive, Datuk Faridah Hamzah, told reporters": the name in an appositive to its role.
            var comma = first - 1
            while comma > t, nameParticles.contains(c.lower[comma]) || c.isPunctuation(comma, ".") { comma -= 1 }
            if comma > t, c.isPunctuation(comma, ","), isRolePrefix(c, t, comma), last + 1 < verb, c.isPunctuation(last + 1, ","),
               onlyAdverbs(c, last + 2, verb) {
                return .speaker(person.entity)
            }
        }
        if let (head, determiner) = titleHead(c, before: verb, from: t), determiner == t {
            return titled(c, head: head, qualifiers: qualifiers(c, from: determiner + 1, to: verb), at: c.tokens[t].start, index)
        }
        // "“…,” a Malaysian participant observed", "“…,” one broker told me"
        if indefinites.contains(c.lower[t]), c.isWord(t + 1) { return .nobody }
        return nil
    }

    /// Capitalised and demonym words of a titled noun phrase that are not the title itself: "the Russian
    /// minister" → russian; "the Executive Director" → executive.
    static func qualifiers(_ c: AnalysisContext, from: Int, to: Int) -> [String] {
        var result: [String] = []
        var k = from
        while k < to {
            if c.isWord(k), c.tokens[k].isCapitalized || Lexicon.demonyms.contains(c.lower[k]),
               !Lexicon.speakerNouns.contains(c.lower[k]) || EntityBuilder.roleModifiers.contains(c.lower[k]) {
                result.append(c.lower[k])
            }
            k += 1
        }
        return result
    }

    static func onlyAdverbs(_ c: AnalysisContext, _ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to { if !isAdverb(c, k) { return false }; k += 1 }
        return true
    }

    /// "X was quoted (by TASS) as saying".
    static func isQuotedAs(_ c: AnalysisContext, _ from: Int, _ verb: Int) -> Bool {
        ["was", "is", "has"].contains(c.lower[from]) && (c.lowerIs(from + 1, "quoted") || c.lowerIs(from + 2, "quoted"))
            && c.lower[verb] == "saying" && c.lowerIs(verb - 1, "as")
    }

    /// ", an economist at a Hanoi bank," or "(MGIMO)" between a name and its verb.
    static func isAppositive(_ c: AnalysisContext, _ from: Int, _ to: Int) -> Bool {
        var last = to - 1
        while last > from, isAdverb(c, last) { last -= 1 }
        guard last > from else { return false }
        return (c.isPunctuation(from, ",") && c.isPunctuation(last, ",")) || (c.isPunctuation(from, "(") && c.isPunctuation(last, ")"))
    }

    /// Words before a name that may be its title or description ("Russia’s Deputy Foreign Minister"), but
    /// not a clause of their own, a document, or a preposition that makes the name an object.
    static func isRolePrefix(_ c: AnalysisContext, _ from: Int, _ to: Int) -> Bool {
        if to > from, objectMarkers.contains(c.lower[to - 1]) { return false }
        var k = from
        while k < to {
            if breaksClause(c, k) { return false }
            // ("Minister of Information, Culture and Tourism": "and" between capitalised words of a title.)
            // ("president and chief executive Maria …": "and" between two titles.)
            let titleAnd = c.lower[k] == "and" && k > from && k + 1 < to
                && (c.tokens[k - 1].isCapitalized && c.tokens[k + 1].isCapitalized
                    || Lexicon.titleWords.contains(c.lower[k - 1]) && (Lexicon.titleWords.contains(c.lower[k + 1]) || c.lowerIs(k + 1, "chief")))
            if c.isWord(k) && (!c.tokens[k].isCapitalized || k == from) && !titleAnd {
                let lower = c.lower[k]
                if pronouns.contains(lower) || conjunctions.contains(lower) || documentNouns.contains(lower) || isReportingVerb(c, k)
                    || EntityBuilder.roleStops.contains(lower) || lower == "source" || lower == "sources" { return false }
            }
            k += 1
        }
        return true
    }

    /// "the minister", "the Russian ambassador", "the Secretary-General" ending right before `verb` (adverbs
    /// skipped): the head word and the index of "the".
    static func titleHead(_ c: AnalysisContext, before verb: Int, from floor: Int) -> (String, Int)? {
        var k = verb - 1
        while k >= floor, isAdverb(c, k) { k -= 1 }
        guard k >= floor, c.isWord(k) else { return nil }
        let head = hyphenatedWord(c, k)
        if head.contains("-") { k -= 2 }
        k -= 1
        while k >= floor, k >= verb - 8, c.lower[k] != "the" {
            let word = c.isWord(k) && (c.tokens[k].isCapitalized || Lexicon.speakerNouns.contains(c.lower[k])
                || EntityBuilder.roleModifiers.contains(c.lower[k]) || Lexicon.demonyms.contains(c.lower[k]))
            guard word || (c.isDash(k) && c.adjacent(k, k + 1)) else { return nil }
            k -= 1
        }
        guard k >= floor, c.lower[k] == "the" else { return nil }
        return (head, k)
    }

    /// "secretary-general" for the last word of "Secretary-General".
    static func hyphenatedWord(_ c: AnalysisContext, _ k: Int) -> String {
        if k >= 2, c.isDash(k - 1), c.adjacent(k - 2, k - 1), c.adjacent(k - 1, k), c.isWord(k - 2) {
            return c.lower[k - 2] + "-" + c.lower[k]
        }
        return c.lower[k]
    }

    /// "The minister said": the person last named with that title, else (a speaker noun without a named
    /// holder, "the scholar") the last person named; a document head quotes a document.
    /// With `qualifiers` ("the Russian minister") the holder whose description matches them is preferred; a
    /// title with a post-modifier that no one named holds ("the chair of the session") names nobody known.
    /// Honorifics ("Tan", "Sri") are never heads.
    static func titled(_ c: AnalysisContext, head: String, qualifiers: [String] = [], postModified: Bool = false,
                       at offset: Int, _ index: SpeakerIndex) -> Attribution? {
        if documentNouns.contains(head) { return .nobody }
        guard !nameParticles.contains(head),
              Lexicon.speakerNouns.contains(head) || head.split(separator: "-").contains(where: { Lexicon.titleWords.contains(String($0)) }) else { return nil }
        if introducesUnnamed(c, head: head, before: offset, index) { return .nobody }
        if let holder = index.holder(of: head, qualifiers: qualifiers, before: offset) { return .speaker(holder) }
        if let holder = index.holder(of: head, after: offset, within: 600) { return .speaker(holder) }
        if postModified { return .nobody }
        return index.lastPerson(before: offset).map(Attribution.speaker)
    }

    /// Where to read on for a body that speaks inside someone's reported clause, from its verb `v`: "X told reporters
    /// that his agency welcomed “…”" (before "that", when a reporting verb comes earlier), "Vice Admiral Magsaysay said
    /// the Philippine Navy welcomed “…”" (the outer verb a few words back, no punctuation between).
    static func reportingClauseStart(_ c: AnalysisContext, around v: Int, floor first: Int) -> Int? {
        if let that = (first..<v).last(where: { c.lower[$0] == "that" }), (first..<that).contains(where: { isGoverningVerb(c, $0) }) {
            return that - 1
        }
        if let outer = (max(first, v - 8)..<v).last(where: { isGoverningVerb(c, $0) }), outer + 1 < v,
           !(outer + 1..<v).contains(where: { c.tokens[$0].kind == .punctuation }) {
            return outer
        }
        return nil
    }

    /// "… a BI official told Java Sea Wire. “…,” the official said": the last use of the title before the quotation
    /// introduces someone unnamed ("a/an/one … official", up to three words between), so an earlier named official is
    /// not meant.
    static func introducesUnnamed(_ c: AnalysisContext, head: String, before offset: Int, _ index: SpeakerIndex) -> Bool {
        let last = c.tokenIndex(atOrAfter: offset) - 1
        var k = last
        while k >= 0, k > last - 120 {
            defer { k -= 1 }
            guard c.isWord(k), c.lower[k] == head, !c.tokens[k].isCapitalized else { continue }
            // The words before it: capitalised modifiers, demonyms and role words, then the determiner.
            var d = k - 1
            // ("a BI official", "a senior ministry official", "an official")
            while d >= 0, d >= k - 3, c.isWord(d), !indefinites.contains(c.lower[d]), c.lower[d] != "the" { d -= 1 }
            guard d >= 0, c.isWord(d), indefinites.contains(c.lower[d]) else { return false }
            // "trained as an assistant coach", "is a coach": a predicate describes someone already there.
            if d > 0, ["as", "is", "was", "became", "becomes", "remains", "remained"].contains(c.lower[d - 1]) { return false }
            // "an official visit": an adjective, not someone.
            if k + 1 < c.count, c.isWord(k + 1), !c.tokens[k + 1].isCapitalized, !Lexicon.reportingVerbs.contains(c.lower[k + 1]),
               !["told", "who", "said", "speaking", "with", "from", "at", "of", "in", "for"].contains(c.lower[k + 1]) { return false }
            // "an official, Ivan Petrov,", "a spokesman for the ministry, Anna Lee,": named a few words on after all.
            var n = k + 1
            while n < c.count, n <= k + 8, !c.isPunctuation(n, "."), !c.isPunctuation(n, ",") { n += 1 }
            let named = n + 1 < c.count && c.isPunctuation(n, ",")
                && index.people(c.tokens[n + 1].start, c.tokens[n + 1].end).contains { $0.start == c.tokens[n + 1].start }
            return !named
        }
        return false
    }

    /// A Russian name in an oblique case that is no mention of its person ("по словам Морозовой"): the last
    /// of the capitalised Cyrillic words starting at or after `from` (a few tokens on), matched by its stem.
    static func russianNamed(_ c: AnalysisContext, from: Int, _ index: SpeakerIndex) -> Int? {
        var t = from
        while t < c.count, t < from + 14, !(c.isWord(t) && c.tokens[t].isCapitalized) {
            if c.tokens[t].kind == .punctuation, !c.isDash(t) { return nil }
            t += 1
        }
        var last = t
        while last + 1 < c.count, last + 1 < t + 3, c.isWord(last + 1), c.tokens[last + 1].isCapitalized { last += 1 }
        guard t < c.count, c.isWord(last), Scalars.isCyrillic(c.text[c.tokens[last].start]) else { return nil }
        return index.person(russianForm: c.words[last])
    }

    // MARK: - Before the quotation

    /// The frame before the quotation in its sentence: "X said: “", "As noted by X, “", "According to X, “",
    /// "The Secretary-General stressed: “", "In her view, “", "As X put it, “"; a document quoted.
    static func attributionBefore(_ c: AnalysisContext, from start: Int, to end: Int, _ index: SpeakerIndex) -> Attribution? {
        guard start < end else { return nil }
        if documentSpeaks(c, start, end, index) { return .nobody }
        if let holder = viewpointHolder(c, start, end, index) { return .speaker(holder) }
        var hasCue = hasReportingCue(c, start, end) || hasOrganisationVerb(c, start, end)
        // "…: “"
        var k = end - 1
        while k > start, Scalars.isSpace(c.text[k]) { k -= 1 }
        if c.text[k] == ":" { hasCue = true }
        let first = c.tokenIndex(atOrAfter: start)
        var verb = first
        while verb < c.count, c.tokens[verb].start < end,
              !(isReportingVerb(c, verb) && (!c.tokens[verb].isCapitalized || c.lower[verb] == "according")) && !framingVerbs.contains(c.lower[verb]) { verb += 1 }
        if verb < c.count, c.tokens[verb].start < end { hasCue = true }
        // The reporting verb nearest the quotation governs it, read back to its subject: "She recalled a remark
        // by X, who told a Moscow audience: “", "A Singaporean official, who asked not to be named, said … “".
        var v = c.tokenIndex(atOrAfter: end) - 1
        while v >= first {
            if isGoverningVerb(c, v) {
                hasCue = true
                if let attribution = subjectBefore(c, verb: v, floor: first, index) {
                    if case .nobody = attribution, let outer = reportingClauseStart(c, around: v, floor: first) {
                        v = outer
                        continue
                    }
                    return attribution
                }
            }
            v -= 1
        }
        guard hasCue else {
            // "Anatoly Yermolaev invited ASEAN shipping lines to “…”": the person whose clause holds the quotation.
            return personClauseHolding(c, from: start, to: end, index).map(Attribution.speaker)
        }
        // "President Putin’s visit" names no speaker: possessive mentions are skipped.
        let people = index.people(start, end).filter { !isPossessive(c, $0.end) }
        if verb < c.count, c.tokens[verb].start < end {
            let verbStart = c.tokens[verb].start
            if c.lower[verb] == "according" || c.lower[verb] == "словам" || c.lowerIs(verb + 1, "by") {
                if let after = people.first(where: { $0.start > verbStart }) { return .speaker(after.entity) }
                if let person = russianNamed(c, from: verb + 1, index) { return .speaker(person) }
                // "According to the rector, “", "as noted by the minister"
                var k = verb + 2
                if k < c.count, c.lower[k] == "the" {
                    let from = k + 1
                    k += 1
                    while k < c.count, k - from < 4, c.tokens[k].start < end, c.isWord(k) || c.isDash(k) {
                        if Lexicon.speakerNouns.contains(c.lower[k]) || documentNouns.contains(c.lower[k]) {
                            let postModified = k + 1 < c.count && c.tokens[k + 1].start < end && postModifiers.contains(c.lower[k + 1])
                            return titled(c, head: hyphenatedWord(c, k), qualifiers: qualifiers(c, from: from, to: k), postModified: postModified,
                                          at: c.tokens[from - 1].start, index)
                        }
                        k += 1
                    }
                }
            } else if let subject = people.last(where: { $0.end <= verbStart }) {
                return .speaker(subject.entity)
            } else if let (head, determiner) = titleHead(c, before: verb, from: first),
                      let attribution = titled(c, head: head, qualifiers: qualifiers(c, from: determiner + 1, to: verb), at: c.tokens[determiner].start, index) {
                return attribution
            } else if verb > first, pronouns.contains(c.lower[verb - 1]) {
                return pronounAttribution(c, verb - 1, index)
            }
        }
        if let last = people.last { return .speaker(last.entity) }
        // An organisation or country as the subject of a reporting verb: "ASEAN defined itself as “…”".
        for mention in index.mentions(start, end).reversed() where (mention.type == .organization || mention.type == .location) && !isPossessive(c, mention.end) {
            let next = c.tokenIndex(atOrAfter: mention.end)
            // An institution's statement has no speaker ("AOT said it “…”"); its self-description is its own.
            if next < c.count, c.tokens[next].start < end, organisationVerbs.contains(c.lower[next]) {
                return selfDescriptionVerbs.contains(c.lower[next]) ? .speaker(mention.entity) : .nobody
            }
        }
        // "She added: “…", "he said that “…"
        var t = first
        while t < c.count, c.tokens[t].start < end {
            if pronouns.contains(c.lower[t]) { return pronounAttribution(c, t, index) }
            t += 1
        }
        return nil
    }

    /// "The Joint Statement states: “", "Point 5 of the statement reads: “", "The declaration signed by X and Y
    /// says: “": a clause that opens with a document noun (after determiners and capitalised modifiers) and
    /// runs to a document verb. "At the launch of the report, X said" opens with "At" and is no document.
    static func documentSpeaks(_ c: AnalysisContext, _ start: Int, _ end: Int, _ index: SpeakerIndex) -> Bool {
        let first = c.tokenIndex(atOrAfter: start)
        var t = first
        while t < c.count, c.tokens[t].start < end {
            if documentVerbs.contains(c.lower[t]), !c.tokens[t].isCapitalized {
                var k = t
                while k > first, k > t - 12, c.isWord(k - 1) || c.isNumber(k - 1) || c.isDash(k - 1) { k -= 1 }
                while k < t, determiners.contains(c.lower[k]) || c.isNumber(k) || c.isDash(k) || c.lower[k] == "’s" || c.lower[k] == "'s"
                        || (c.tokens[k].isCapitalized && !documentNouns.contains(c.lower[k])) { k += 1 }
                if k < t, documentNouns.contains(c.lower[k]) { return true }
            }
            t += 1
        }
        for mention in index.mentions(start, end) where mention.type == .agreement {
            let next = c.tokenIndex(atOrAfter: mention.end)
            if next < c.count, c.tokens[next].start < end, documentVerbs.contains(c.lower[next]) { return true }
        }
        return false
    }
    /// "As X put it", "As the economist X put it", "As Thai energy analyst X put it": "as" and then only
    /// words of a description before the name.
    static func isAsClause(_ c: AnalysisContext, before name: Int) -> Bool {
        var k = name - 1
        while k >= 0, k >= name - 7, !c.lowerIs(k, "as") {
            guard c.isWord(k), !conjunctions.contains(c.lower[k]), !isReportingVerb(c, k) else { return false }
            k -= 1
        }
        return k >= 0 && c.lowerIs(k, "as")
    }
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "its", "their", "our", "his", "her", "new", "final"]

    /// "In her view, “", "In Koldunova’s words, “", "in the words of X, “", "As Gromov put it, “", "To quote X, “".
    static func viewpointHolder(_ c: AnalysisContext, _ start: Int, _ end: Int, _ index: SpeakerIndex) -> Int? {
        var t = c.tokenIndex(atOrAfter: start)
        while t < c.count, c.tokens[t].start < end {
            let lower = c.lower[t]
            let putIt = (lower == "put" || lower == "puts") && c.lowerIs(t + 1, "it")
            if viewpointWords.contains(lower) || putIt {
                if t > 0, ["his", "her", "their", "he", "she", "they"].contains(c.lower[t - 1]) {
                    return index.resolvePronoun(c.lower[t - 1], at: c.tokens[t - 1].start, c)
                }
                // "Koldunova’s words", "as Gromov put it"
                let owner = t > 0 && (c.lower[t - 1] == "’s" || c.lower[t - 1] == "'s") ? t - 2 : t - 1
                if owner >= 0, let person = index.people(c.tokens[max(0, owner - 6)].start, c.tokens[owner].end).last,
                   person.end == c.tokens[owner].end, !putIt || isAsClause(c, before: c.tokenIndex(atOrAfter: person.start)) {
                    return person.entity
                }
                if c.lowerIs(t + 1, "of"), t + 2 < c.count, let person = index.people(c.tokens[t + 2].start, c.tokens[t + 2].end + 1).first {
                    return person.entity
                }
            }
            if lower == "quote", t + 1 < c.count, let person = index.people(c.tokens[t + 1].start, c.tokens[t + 1].end + 1).first {
                return person.entity
            }
            t += 1
        }
        return nil
    }
}
