extension EntityBuilder {
    // MARK: - Acronyms and bracketed aliases

    /// "Association of Southeast Asian Nations (ASEAN)", "… (RATS) of the SCO", "Treaty … (Bali Treaty)".
    mutating func linkAcronyms() {
        var byLast: [Int: [Int]] = [:]
        var byFirst: [Int: [Int]] = [:]
        for (index, candidate) in candidates.enumerated() where !candidate.isDropped {
            byLast[candidate.last, default: []].append(index)
            byFirst[candidate.first, default: []].append(index)
        }
        for i in 0..<c.count where (c.isPunctuation(i, "(") || c.isPunctuation(i, "[")) && !c.excluded[i] {
            var acronymEnd = i + 1
            guard acronymEnd < c.count, c.isWord(acronymEnd), c.tokens[acronymEnd].isCapitalized else { continue }
            // The long form: a candidate ending within three tokens before the bracket.
            var longForm: Int? = nil
            for back in 1...4 where i - back >= 0 {
                if let list = byLast[i - back], var best = list.max(by: { candidates[$0].last - candidates[$0].first < candidates[$1].last - candidates[$1].first }) {
                    // "Centre for … Studies in Jakarta (CSIS)": the organisation before "in <place>".
                    let first = candidates[best].first
                    if candidates[best].type == .location, first >= 2, c.lowerIs(first - 1, "in"),
                       let host = byLast[first - 2]?.first(where: { candidates[$0].type == .organization }) { best = host }
                    longForm = best
                    break
                }
                if c.isPunctuation(i - back, ".") || c.isPunctuation(i - back, ",") { break }
            }
            // "Myanma Radio and Television (MRTV)": no candidate ends at the bracket, but capitalised words may spell it.
            let bracketWord = i > 0 && c.isWord(i - 1) && c.tokens[i - 1].isCapitalized && c.tokens[acronymEnd].isAllCaps
            guard longForm != nil || bracketWord else { continue }
            if c.tokens[acronymEnd].isAllCaps {
                // ACRONYM or ACRONYM-Plus, closed by ")" "]" or ",".
                while acronymEnd + 2 < c.count, c.isDash(acronymEnd + 1), c.adjacent(acronymEnd, acronymEnd + 1), c.isWord(acronymEnd + 2) { acronymEnd += 2 }
                // "(ИЛ СО РАН)": a Russian abbreviation of several words in capitals.
                while acronymEnd + 1 < c.count, acronymEnd - i < 4, Scalars.isCyrillic(c.text[c.tokens[acronymEnd].start]),
                      c.isWord(acronymEnd + 1), c.tokens[acronymEnd + 1].isAllCaps { acronymEnd += 1 }
                // "(GS RAS)": an abbreviation of two or three words, closed by the bracket.
                if !Scalars.isCyrillic(c.text[c.tokens[acronymEnd].start]) {
                    var k = acronymEnd
                    while k + 1 < c.count, k - i < 3, c.isWord(k + 1), c.tokens[k + 1].isAllCaps, c.tokens[k + 1].end - c.tokens[k + 1].start >= 2 { k += 1 }
                    if k > acronymEnd, c.isPunctuation(k + 1, ")") { acronymEnd = k }
                }
                let closer = acronymEnd + 1
                guard c.isPunctuation(closer, ")") || c.isPunctuation(closer, "]") || c.isPunctuation(closer, ",") else { continue }
                let acronym = c.string(tokens: i + 1, acronymEnd)
                var long = longForm ?? -1
                // "Meteorology, Climatology and Geophysical Agency of the Republic of Indonesia (BMKG)", "Statistics Indonesia
                // (BPS)": an abbreviation in brackets right after an organisation's name is its own, whatever language it
                // spells.
                // (Not a country's code or a stock exchange: "Ministry of Defence (UK)", "Acme Holdings (NYSE)".)
                let foreign = (byFirst[i + 1] ?? []).contains { candidates[$0].type == .location && candidates[$0].gazetteerID != nil }
                    || EntityBuilder.exchangeCodes.contains(acronym)
                func abbreviatesBody(_ long: Int) -> Bool {
                    !foreign && long >= 0 && candidates[long].last == i - 1 && c.isPunctuation(closer, ")")
                        && (candidates[long].type == .organization || candidates[long].type == .agreement)
                        && candidates[long].last > candidates[long].first && acronym.count >= 2
                }
                // "Statistics Indonesia (BPS)", "Cybersecurity Malaysia (CSM)": capitalised words before a known place, with
                // an abbreviation of their own, name a body.
                if long >= 0, !foreign, candidates[long].type == .location, candidates[long].gazetteerID != nil,
                   candidates[long].last == i - 1, c.isPunctuation(closer, ")"), !acronymMatches(acronym, longForm: candidates[long]) {
                    var start = candidates[long].first
                    // (Within the sentence and the line: "…Economic Summit\n\nJakarta (ANTARA) –" is a dateline.)
                    let placeSentence = c.tokens[candidates[long].first].sentence
                    // ("Electricite du Laos (EDL)": French particles between.)
                    while start > 0, candidates[long].first - start < 4, c.isWord(start - 1),
                          c.tokens[start - 1].sentence == placeSentence, c.tokens[start].start - c.tokens[start - 1].end == 1,
                          c.tokens[start - 1].isCapitalized && !Lexicon.stopWords.contains(c.lower[start - 1])
                            || EntityBuilder.frenchParticles.contains(c.lower[start - 1]) && start >= 2 && c.tokens[start - 2].isCapitalized,
                          !isGazetteerToken[start - 1], byLast[start - 1] == nil,
                          !isSentenceStart(start - 1) || c.tokens[start - 1].end - c.tokens[start - 1].start > 3 { start -= 1 }
                    while start < candidates[long].first, EntityBuilder.frenchParticles.contains(c.lower[start]) { start += 1 }
                    if start < candidates[long].first {
                        candidates.append(Candidate(type: .organization, name: c.string(tokens: start, i - 1), first: start, last: i - 1))
                        long = candidates.count - 1
                        byLast[i - 1, default: []].append(long)
                        byFirst[start, default: []].append(long)
                    }
                }
                // "National Science and Technology Development Agency (NSTDA)": a body right before its abbreviation that
                // spells only the end of it ("Technology Development Agency") is the end of a longer name that spells it all.
                if long >= 0, abbreviatesBody(long), !acronymMatches(acronym, longForm: candidates[long]),
                   let extended = extendedLongForm(acronym, endingAt: candidates[long].last), extended.first < candidates[long].first {
                    for k in candidates.indices where !candidates[k].isDropped && candidates[k].first >= extended.first
                        && candidates[k].last <= extended.last && candidates[k].type == .organization { candidates[k].isDropped = true }
                    candidates.append(extended)
                    long = candidates.count - 1
                    byLast[extended.last, default: []].append(long)
                    byFirst[extended.first, default: []].append(long)
                }
                if long < 0 || !(acronymMatches(acronym, longForm: candidates[long]) || abbreviatesBody(long)) {
                    // "Democratic Voice of Burma (DVB)", "International Judo Federation (IJF)": the name the acronym spells may
                    // start before the candidate found ("Burma") — a longer run of capitalised words and connectors.
                    guard let extended = extendedLongForm(acronym, endingAt: bracketWord || long < 0 ? i - 1 : candidates[long].last) else { continue }
                    // (Only the candidates starting inside the span, found through `byFirst`: at most twelve positions.)
                    for t in extended.first...extended.last {
                        for k in byFirst[t] ?? [] where !candidates[k].isDropped && candidates[k].last <= extended.last {
                            candidates[k].isDropped = true
                        }
                    }
                    candidates.append(extended)
                    long = candidates.count - 1
                    byLast[extended.last, default: []].append(long)
                }
                if let existing = byFirst[i + 1]?.first(where: { candidates[$0].last == acronymEnd }) {
                    links.append((long, existing))
                } else {
                    var copy = candidates[long]
                    copy.first = i + 1
                    copy.last = acronymEnd
                    copy.name = acronym
                    copy.canonical = nil
                    copy.gazetteerID = nil
                    candidates.append(copy)
                    links.append((long, candidates.count - 1))
                }
            } else if let long = longForm,
                      let inner = byFirst[i + 1]?.first(where: { candidates[$0].type == candidates[long].type && c.isPunctuation(candidates[$0].last + 1, ")") }) {
                links.append((long, inner))
            }
        }
    }

    /// French particles inside a body's name: "Electricite du Laos".
    static let frenchParticles: Set<String> = ["du", "de", "des", "la", "le"]

    /// Stock exchanges' codes, bracketed after a company's name without being its abbreviation.
    static let exchangeCodes: Set<String> = ["NYSE", "NASDAQ", "LSE", "HKEX", "SGX", "MOEX", "IDX", "SET", "PSE", "HOSE", "HNX",
                                             "KLSE", "TSE", "ASX", "OTC", "SSE", "SZSE", "MCX"]

    /// An organisation's name ending at `last` whose capitals spell `acronym`: the capitalised words and the connectors
    /// between them ("of", "and", "the", "for") read back from `last`, at most twelve tokens.
    func extendedLongForm(_ acronym: String, endingAt last: Int) -> Candidate? {
        var first = last
        var best: Int? = nil
        while first > 0, last - first < 12 {
            let previous = first - 1
            guard c.isWord(previous) else { break }
            if c.tokens[previous].isCapitalized {
                first = previous
                let trial = Candidate(type: .organization, name: c.string(tokens: first, last), first: first, last: last)
                if acronymMatches(acronym, longForm: trial) { best = first }
            } else if ["of", "and", "the", "for", "on", "in", "ng", "de", "du", "da", "del", "van", "von"].contains(c.lower[previous]) {
                first = previous
            } else {
                break
            }
        }
        guard let start = best else { return nil }
        // An organisation by its head word ("Radio", "Federation"), or a name of three or more words around a place
        // ("Democratic Voice of Burma") that is no state's formal name ("Republic of Korea (ROK)").
        let words = (start...last).filter { c.isWord($0) }
        let hasHead = words.contains { Lexicon.organizationHeads.contains(c.lower[$0]) || Lexicon.leadingOrganizationHeads.contains(c.lower[$0]) }
        let stateWords: Set<String> = ["republic", "kingdom", "states", "commonwealth", "emirates"]
        guard hasHead || (words.count >= 3 && !words.contains(where: { stateWords.contains(c.lower[$0]) }) && isGazetteerToken[last]) else { return nil }
        return Candidate(type: .organization, name: c.string(tokens: start, last), first: start, last: last)
    }

    func acronymMatches(_ acronym: String, longForm: Candidate) -> Bool {
        let letters = Array(acronym.unicodeScalars.filter { Scalars.isUpper($0) })
        guard letters.count >= 2 else { return false }
        var initials: [Unicode.Scalar] = []
        for t in longForm.first...longForm.last where c.tokens[t].kind == .word {
            let first = c.text[c.tokens[t].start]
            if Scalars.isUpper(first) {
                initials.append(first)
                // Capitals inside a word count too: "ASEAN", "Think-Tanks"
                for k in (c.tokens[t].start + 1)..<c.tokens[t].end where Scalars.isUpper(c.text[k]) { initials.append(c.text[k]) }
            }
        }
        guard initials.first == letters.first else { return false }
        // Every letter in order among the capitalised words' letters, the first letter of each word preferred:
        // "Association of Southeast Asian Nations" → A S E A N.
        var pool: [Unicode.Scalar] = []
        // Russian names keep their inner words in lower case: "Российский научный фонд (РНФ)".
        let cyrillic = Scalars.isCyrillic(c.text[c.tokens[longForm.first].start])
        for t in longForm.first...longForm.last where c.tokens[t].kind == .word
            && (c.tokens[t].isCapitalized && (!cyrillic || c.tokens[t].end - c.tokens[t].start > 1 || c.tokens[t].isAllCaps) || cyrillic && c.lower[t].count > 2) {
            for k in c.tokens[t].start..<c.tokens[t].end {
                let ch = c.text[k]
                pool.append(Scalars.isLower(ch) ? (ch.properties.uppercaseMapping.unicodeScalars.first ?? ch) : ch)
            }
        }
        var k = 0
        for letter in letters {
            while k < pool.count, pool[k] != letter { k += 1 }
            if k == pool.count { return false }
            k += 1
        }
        return true
    }
}
