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
            guard let long = longForm else { continue }
            if c.tokens[acronymEnd].isAllCaps {
                // ACRONYM or ACRONYM-Plus, closed by ")" "]" or ",".
                while acronymEnd + 2 < c.count, c.isDash(acronymEnd + 1), c.adjacent(acronymEnd, acronymEnd + 1), c.isWord(acronymEnd + 2) { acronymEnd += 2 }
                // "(ИЛ СО РАН)": a Russian abbreviation of several words in capitals.
                while acronymEnd + 1 < c.count, acronymEnd - i < 4, Scalars.isCyrillic(c.text[c.tokens[acronymEnd].start]),
                      c.isWord(acronymEnd + 1), c.tokens[acronymEnd + 1].isAllCaps { acronymEnd += 1 }
                let closer = acronymEnd + 1
                guard c.isPunctuation(closer, ")") || c.isPunctuation(closer, "]") || c.isPunctuation(closer, ",") else { continue }
                let acronym = c.string(tokens: i + 1, acronymEnd)
                guard acronymMatches(acronym, longForm: candidates[long]) else { continue }
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
            } else if let inner = byFirst[i + 1]?.first(where: { candidates[$0].type == candidates[long].type && c.isPunctuation(candidates[$0].last + 1, ")") }) {
                links.append((long, inner))
            }
        }
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
