extension EntityBuilder {
    // MARK: - Roles

    static let roleModifiers: Set<String> = ["chief", "former", "deputy", "senior", "acting", "first", "new", "vice", "then",
                                             "general", "foreign", "prime", "permanent", "executive", "special", "lead", "principal"]

    /// "Russian Foreign Minister Sergey Lavrov", "chief European Union diplomat Joseph Borrel",
    /// "Secretary-General of ASEAN Surin Pitsuwan", "the Lao Minister of Foreign Affairs, S. Kommasith".
    func roleBefore(_ nameStart: Int, sentence: Int) -> RoleInfo? {
        let sentenceStart = c.sentenceTokens[sentence].lowerBound
        var k = nameStart - 1
        // Honorifics directly before the name are not the role.
        while k >= sentenceStart, Lexicon.honorifics.contains(c.lower[k]) || c.isPunctuation(k, ".") { k -= 1 }
        var appositive = false
        if k >= sentenceStart, c.isPunctuation(k, ",") { k -= 1; appositive = true }
        let end = k
        var start = k + 1
        var sawTitle = false
        let floor = max(sentenceStart, nameStart - 25)
        while k >= floor {
            let token = c.tokens[k]
            let lower = c.lower[k]
            if token.kind == .word && (token.isCapitalized || Lexicon.titleWords.contains(lower) || EntityBuilder.roleModifiers.contains(lower)) {
                if Lexicon.titleWords.contains(lower) || lower.split(separator: "-").contains(where: { Lexicon.titleWords.contains(String($0)) }) { sawTitle = true }
                if token.isCapitalized && EntityBuilder.functionWords.contains(lower) { break }
                start = k
            } else if token.kind == .word, ["of", "for", "to", "the"].contains(lower), start <= end, c.tokens[start].isCapitalized {
                // a complement: keep going
            } else if c.isDash(k) && c.adjacent(k - 1, k) && c.adjacent(k, k + 1) {
            } else if (c.isPunctuation(k, ")") || c.isPunctuation(k, "(")) && k > sentenceStart {
            } else if c.isPunctuation(k, "."), k > sentenceStart, c.adjacent(k - 1, k) {
            } else {
                break
            }
            k -= 1
        }
        guard sawTitle, start <= end else { return nil }
        while start <= end, c.tokens[start].kind != .word || ["of", "for", "to", "the", "and"].contains(c.lower[start]) { start += 1 }
        var last = end
        while last >= start, c.tokens[last].kind == .punctuation && !c.isPunctuation(last, ")") { last -= 1 }
        guard start <= last else { return nil }
        if appositive, !(start...last).contains(where: { Lexicon.titleWords.contains(c.lower[$0]) && c.tokens[$0].isCapitalized }) { return nil }
        let span = c.spanOf(tokens: start, last)
        return RoleInfo(title: c.text.string(span), span: span, sentenceIndex: c.tokens[start].sentence)
    }

    static let roleStops: Set<String> = ["has", "have", "had", "is", "was", "were", "are", "will", "would", "who", "which",
                                         "that", "said", "told", "met", "held", "visited", "became", "took", "made", "and"]

    /// "Viktor Sumsky, Director of the ASEAN Center at MGIMO University told …" → the role after the comma.
    func appositiveRole(after nameEnd: Int) -> RoleInfo? {
        guard c.isPunctuation(nameEnd + 1, ",") else { return nil }
        var k = nameEnd + 2
        if k < c.count, ["a", "an", "the"].contains(c.lower[k]) { k += 1 }
        let start = k
        var sawTitle = false
        var last = -1
        while k < c.count, k - start < 22 {
            let token = c.tokens[k]
            if token.kind == .word {
                let lower = c.lower[k]
                if !token.isCapitalized && (Lexicon.reportingVerbs.contains(lower) || EntityBuilder.roleStops.contains(lower) || (lower.hasSuffix("ed") && !sawTitle)) { break }
                if Lexicon.titleWords.contains(lower) || lower.split(separator: "-").contains(where: { Lexicon.titleWords.contains(String($0)) }) {
                    if k - start > 4 && !sawTitle { return nil }
                    // The title must head its phrase: "member states" is no role.
                    let next = k + 1 < c.count ? c.tokens[k + 1] : nil
                    let heads = next == nil || next!.kind != .word || next!.isCapitalized
                        || ["of", "at", "to", "for", "in", "on", "with"].contains(c.lower[k + 1])
                        || Lexicon.titleWords.contains(c.lower[k + 1])
                    if heads { sawTitle = true }
                }
                last = k
            } else if c.isDash(k) && c.adjacent(k - 1, k) {
            } else if c.isPunctuation(k, "(") || c.isPunctuation(k, ")") || (c.isPunctuation(k, ".") && c.adjacent(k - 1, k) && c.tokens[k - 1].end - c.tokens[k - 1].start == 1) {
            } else {
                break
            }
            k += 1
        }
        guard sawTitle, last >= start else { return nil }
        let span = c.spanOf(tokens: start, last)
        return RoleInfo(title: c.text.string(span), span: span, sentenceIndex: max(0, c.tokens[start].sentence))
    }
}
