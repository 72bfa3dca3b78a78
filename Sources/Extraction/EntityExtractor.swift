/// Finds people, organisations, locations and agreements, merges their surface forms into one entity
/// each, keeps stated roles, and lists every mention with its sentence.
///
/// Places and major bodies come from the `Gazetteer`; everything else is read from the text:
/// capitalised chunks classified by their head word ("… Institute", "… Treaty"), people by name shape
/// plus evidence (a title or role before, an appositive role after, initials, a reporting verb),
/// acronyms defined in brackets, and short forms ("Lavrov", "S.V. Lavrov") joined to the full name.
enum EntityExtractor {
    static func extract(_ c: AnalysisContext, dates: [DateMention], metadata: DocumentMetadata, referenceListStart: Int? = nil) -> [EntityInfo] {
        var builder = EntityBuilder(c)
        builder.referenceListStart = referenceListStart ?? Int.max
        for date in dates {
            var t = c.tokenIndex(atOrAfter: date.span.start)
            while t < c.count, c.tokens[t].start < date.span.end { builder.isDateToken[t] = true; t += 1 }
        }
        builder.gazetteerPass()
        for (index, range) in c.sentenceTokens.enumerated() { builder.chunkPass(sentence: index, range) }
        let authors = metadata.authors.compactMap { builder.addPerson(span: $0.span) }
        for translator in metadata.translators { builder.addPerson(span: translator.span) }
        // "— The writer is the Russian ambassador to ASEAN.": the role of the document's one author.
        if authors.count == 1, let role = writerRole(c) { builder.roles.append(EntityBuilder.Role(candidate: authors[0], role: role)) }
        builder.linkAcronyms()
        return builder.finish()
    }
}

extension EntityExtractor {
    /// The role in a closing "The writer is …" / "The author is …" sentence.
    static func writerRole(_ c: AnalysisContext) -> RoleInfo? {
        for (index, range) in c.sentenceTokens.enumerated().reversed().prefix(12) {
            var t = range.lowerBound
            while t < range.upperBound, c.tokens[t].kind == .punctuation { t += 1 }
            guard t + 3 < range.upperBound, c.lower[t] == "the", c.lower[t + 1] == "writer" || c.lower[t + 1] == "author",
                  c.lower[t + 2] == "is" else { continue }
            var last = range.upperBound - 1
            while last > t + 3, c.tokens[last].kind == .punctuation { last -= 1 }
            let span = c.spanOf(tokens: t + 3, last)
            return RoleInfo(title: c.text.string(span), span: span, sentenceIndex: index)
        }
        return nil
    }
}

/// Candidate entities of one document and the work of turning them into `EntityInfo`s.
struct EntityBuilder {
    struct Candidate {
        var type: EntityType
        var name: String
        var subtype: String?
        var first: Int
        var last: Int
        /// Gazetteer canonical name and entry id, when the candidate came from the gazetteer.
        var canonical: String?
        var gazetteerID: Int? = nil
    }
    struct Role {
        var candidate: Int
        var role: RoleInfo
    }

    let c: AnalysisContext
    var isDateToken: [Bool]
    var candidates: [Candidate] = []
    var roles: [Role] = []
    /// Pairs of candidates that name the same entity (acronym definitions, bracketed aliases).
    var links: [(Int, Int)] = []
    /// Where a paper's reference list starts: titles there are no people, so names need initials or a title.
    var referenceListStart = Int.max
    /// Tokens inside a gazetteer match: never part of a person's name.
    var isGazetteerToken: [Bool]

    init(_ c: AnalysisContext) {
        self.c = c
        isDateToken = Array(repeating: false, count: c.count)
        isGazetteerToken = Array(repeating: false, count: c.count)
    }

    // MARK: - Word classes

    func isCapWord(_ i: Int) -> Bool {
        i < c.count && c.tokens[i].kind == .word && c.tokens[i].isCapitalized && !isDateToken[i] && !c.excluded[i]
    }
    func isInitial(_ i: Int) -> Bool {
        isCapWord(i) && c.tokens[i].end - c.tokens[i].start == 1 && c.isPunctuation(i + 1, ".") && c.adjacent(i, i + 1)
    }
    func isCommon(_ lower: String) -> Bool { Lexicon.commonCapitalized.contains(lower) || c.lowercaseSeen.contains(lower) }
    func isGazetteerWord(_ i: Int) -> Bool {
        guard let entries = Gazetteer.index[c.lower[i]] else { return false }
        return entries.contains { $0.tokens.count == 1 && ($0.tokens[0] == c.words[i] || !c.tokens[i].isAllCaps) }
    }
    /// A word that can be part of a person's name.
    func isNameWord(_ unit: Unit) -> Bool {
        if unit.isInitial { return true }
        if isGazetteerToken[unit.first] { return false }
        let lower = unit.lower
        guard unit.first == unit.last || unit.isHyphenated else { return false }
        if c.tokens[unit.first].isAllCaps && c.tokens[unit.first].end - c.tokens[unit.first].start > 1 { return false }
        if Lexicon.titleWords.contains(lower) || Lexicon.organizationHeads.contains(lower) || Lexicon.agreementHeads.contains(lower)
            || Lexicon.eventHeads.contains(lower) || Lexicon.demonyms.contains(lower) || Lexicon.months[lower] != nil
            || Lexicon.locationHeads.contains(lower) || isCommon(lower) { return false }
        if !unit.isHyphenated, isGazetteerWord(unit.first) { return false }
        if unit.isHyphenated {
            // "Secretary-General" is a title; "Jean-Pierre" a name.
            for part in lower.split(separator: "-") where Lexicon.titleWords.contains(String(part)) || isCommon(String(part)) { return false }
        }
        return true
    }

    // MARK: - Gazetteer

    mutating func gazetteerPass() {
        var i = 0
        while i < c.count {
            // Every gazetteer name starts with a capital, so other words cost no lookup.
            guard c.tokens[i].kind == .word, c.tokens[i].isCapitalized, !c.excluded[i], let entries = Gazetteer.index[c.lower[i]] else { i += 1; continue }
            var matched = false
            for (tokens, entry) in entries {
                guard i + tokens.count <= c.count else { continue }
                var ok = true
                for (k, expected) in tokens.enumerated() {
                    let t = i + k
                    let token = c.tokens[t]
                    if c.excluded[t] || (k > 0 && token.start - c.tokens[t - 1].end > 1) { ok = false; break }
                    let isCaps = expected.count > 1 && expected.unicodeScalars.allSatisfy { !Scalars.isLetter($0) || Scalars.isUpper($0) }
                    if isCaps || token.kind != .word {
                        if c.words[t] != expected { ok = false; break }
                    } else if c.lower[t] != expected.lowercased() {
                        ok = false; break
                    } else if k == 0 && !token.isCapitalized {
                        ok = false; break
                    }
                }
                guard ok else { continue }
                let last = i + tokens.count - 1
                // "the US" is a country, "us" never is; a trailing "." of "U.S." may end the sentence.
                candidates.append(Candidate(type: entry.type, name: c.string(tokens: i, last), subtype: entry.subtype,
                                            first: i, last: last, canonical: entry.name, gazetteerID: entry.id))
                for t in i...last { isGazetteerToken[t] = true }
                i = last + 1
                matched = true
                break
            }
            if !matched { i += 1 }
        }
    }

    // MARK: - Capitalised chunks

    struct Unit {
        var first: Int
        var last: Int
        var lower: String
        var isInitial = false
        var isConnector = false
        var isHyphenated = false
    }

    static let connectors: Set<String> = ["of", "the", "and", "for", "on", "in", "to", "between", "de", "da", "van", "von", "bin", "binti", "al", "el", "в", "и"]

    /// A capitalised word (with hyphenated parts: "ADMM-Plus", "Secretary-General") or an initial ("S.").
    func capUnit(_ i: Int, end: Int) -> Unit? {
        guard i < end, isCapWord(i) else { return nil }
        if isInitial(i) { return Unit(first: i, last: i + 1, lower: c.lower[i], isInitial: true) }
        var last = i
        var lower = c.lower[i]
        var hyphenated = false
        while last + 2 < end, c.isDash(last + 1), c.adjacent(last, last + 1), c.adjacent(last + 1, last + 2),
              c.tokens[last + 2].kind == .word || c.tokens[last + 2].kind == .number,
              c.tokens[last + 2].isCapitalized || c.tokens[last + 2].kind == .number || Lexicon.titleWords.contains(lower + "-" + c.lower[last + 2]) {
            lower += "-" + c.lower[last + 2]
            last += 2
            hyphenated = true
        }
        // Plural possessive inside names: "Foreign Ministers' Meeting", but not "Sciences’ Institute".
        if last + 2 < end, c.adjacent(last, last + 1), Scalars.isApostrophe(c.text[c.tokens[last + 1].start]),
           c.tokens[last + 1].kind == .punctuation, lower.hasSuffix("s"), isCapWord(last + 2),
           !Lexicon.organizationHeads.contains(c.lower[last + 2]) {
            last += 1
        }
        // "St. Petersburg International Economic Forum": the abbreviation's full stop stays inside.
        if last == i, ["st", "mt", "ft"].contains(lower), c.isPunctuation(i + 1, "."), c.adjacent(i, i + 1), isCapWord(i + 2) {
            last = i + 1
        }
        return Unit(first: i, last: last, lower: lower, isHyphenated: hyphenated)
    }

    mutating func chunkPass(sentence: Int, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        // Headlines in Title Case only contribute names already known from the body (see `finish`).
        var capitalised = 0, words = 0
        for t in range where c.tokens[t].kind == .word && c.tokens[t].end - c.tokens[t].start >= 4 {
            words += 1
            if c.tokens[t].isCapitalized { capitalised += 1 }
        }
        let span = c.sentences[sentence].span
        let paragraph = c.paragraphs[c.sentences[sentence].paragraphIndex].span
        let isWholeLine = (span.start == paragraph.start || c.text[span.start - 1] == "\n")
            && (span.end == paragraph.end || c.text[span.end] == "\n")
        if words >= 3, capitalised * 10 >= words * 7, isWholeLine, c.text[span.end - 1] != ".", span.end - span.start < 200 { return }

        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            guard let firstUnit = capUnit(i, end: end) else { i += 1; continue }
            var units = [firstUnit]
            var j = firstUnit.last + 1
            while j < end {
                if let unit = capUnit(j, end: end) { units.append(unit); j = unit.last + 1; continue }
                var k = j
                var pending: [Unit] = []
                while k < end, pending.count < 3 {
                    if c.isWord(k), !c.tokens[k].isCapitalized, EntityBuilder.connectors.contains(c.lower[k]) {
                        pending.append(Unit(first: k, last: k, lower: c.lower[k], isConnector: true))
                    } else if c.isNumber(k), c.isWord(k + 1), c.adjacent(k, k + 1), ["th", "st", "nd", "rd"].contains(c.lower[k + 1]) {
                        pending.append(Unit(first: k, last: k + 1, lower: c.lower[k] + c.lower[k + 1], isConnector: true))
                        k += 1
                    } else {
                        break
                    }
                    k += 1
                }
                if !pending.isEmpty, capUnit(k, end: end) != nil { units += pending; j = k; continue }
                break
            }
            classify(units, sentence: sentence, sentenceStart: range.lowerBound)
            i = j
        }
    }

    static let functionWords: Set<String> = ["the", "a", "an", "this", "that", "our", "its", "their", "his", "her", "these",
                                             "those", "some", "many", "all", "each", "every", "both", "such", "no", "my", "your"]
    static let referenceWords: Set<String> = ["point", "article", "section", "paragraph", "chapter", "part", "clause", "annex"]

    /// Decides what a chunk of capitalised words names, splitting it when it names several things.
    mutating func classify(_ chunk: [Unit], sentence: Int, sentenceStart: Int) {
        var units = chunk
        // Strip words capitalised only by position ("Following", "Our") and leading connectors.
        while let first = units.first {
            let atStart = first.first == sentenceStart
                || (first.first > sentenceStart && c.tokens[first.first - 1].kind == .punctuation
                    && c.tokens[first.first - 1].start == c.sentences[sentence].span.start)
            if first.isConnector || (EntityBuilder.functionWords.contains(first.lower) && !first.isInitial)
                || (atStart && !first.isInitial && isCommon(first.lower) && !isGazetteerWord(first.first)
                    && !Lexicon.organizationHeads.contains(first.lower) && !Lexicon.titleWords.contains(first.lower)) {
                units.removeFirst()
            } else {
                break
            }
        }
        while let last = units.last, last.isConnector { units.removeLast() }
        guard !units.isEmpty else { return }

        // Split into segments of words separated by connectors.
        var segments: [[Unit]] = [[]]
        var connectorsBefore: [[Unit]] = [[]]
        for unit in units {
            if unit.isConnector {
                if !segments[segments.count - 1].isEmpty { segments.append([]); connectorsBefore.append([]) }
                connectorsBefore[connectorsBefore.count - 1].append(unit)
            } else {
                segments[segments.count - 1].append(unit)
            }
        }
        // "Point XIV of the Declaration…", "Second Meeting of the Network…", "the 25th Anniversary of …"
        while segments.count > 1, let head = segments[0].last,
              EntityBuilder.referenceWords.contains(segments[0][0].lower) || Lexicon.eventHeads.contains(head.lower) {
            segments.removeFirst()
            connectorsBefore.removeFirst()
        }
        // "Point XIV of the Declaration…" once "Point" is gone: a Roman numeral is no name.
        while segments.count > 1, segments[0].allSatisfy({ $0.lower.unicodeScalars.allSatisfy { "ivxlc".unicodeScalars.contains($0) } }) {
            segments.removeFirst()
            connectorsBefore.removeFirst()
        }
        let head = segments[0].last!.lower
        let firstWord = segments[0][0].lower
        let cyrillicHead = Scalars.isCyrillic(c.text[c.tokens[segments[0][0].first].start])

        if Lexicon.agreementHeads.contains(head) && segments[0].count + segments.count > 2 {
            // "… Plan of Action and the Minsk Agreements": a coordinated segment with its own head is a second agreement.
            var upTo = segments.count
            for k in 1..<segments.count where connectorsBefore[k].first?.lower == "and" && Lexicon.agreementHeads.contains(segments[k].last!.lower) {
                upTo = k
                break
            }
            addChunk(.agreement, segments, connectorsBefore, upTo: upTo, sentence: sentence)
            if upTo < segments.count {
                var rest: [Unit] = []
                for k in upTo..<segments.count { rest += (k == upTo ? [] : connectorsBefore[k]) + segments[k] }
                classify(rest, sentence: sentence, sentenceStart: -1)
            }
            return
        }
        if (Lexicon.organizationHeads.contains(head) && !Lexicon.agreementHeads.contains(head))
            || (cyrillicHead && Lexicon.organizationHeads.contains(firstWord)) {
            if segments[0].count == 1, segments.count == 1 { return }   // a lone "Council" or "Ministry"
            // Keep "of …", "for …", "and …" complements; a complement with its own head starts a new organisation.
            var upTo = 1
            while upTo < segments.count {
                let connector = connectorsBefore[upTo].map(\.lower)
                let segmentHead = segments[upTo].last!.lower
                let allowed = connector.first.map { ["of", "for", "and"].contains($0) } ?? false
                let placeBound = (connector.first == "in" || connector.first == "в")
                    && (Lexicon.placeBoundHeads.contains(head) || Lexicon.placeBoundHeads.contains(firstWord))
                    && isGazetteerWord(segments[upTo][0].first)
                if placeBound { upTo += 1; continue }
                guard allowed else { break }
                if connector.first == "and", upTo == 1 || connector.contains("the") { break }
                if connector.first == "of", Lexicon.organizationHeads.contains(segmentHead), segments[upTo].count > 1 || connector.count > 1 { break }
                upTo += 1
            }
            addChunk(.organization, segments, connectorsBefore, upTo: upTo, sentence: sentence)
            if upTo < segments.count {
                var rest: [Unit] = []
                for k in upTo..<segments.count { rest += (k == upTo ? [] : connectorsBefore[k]) + segments[k] }
                classify(rest, sentence: sentence, sentenceStart: -1)
            }
            return
        }
        // "Initiative for ASEAN Integration Work Plan V": an agreement head further on makes the chunk one agreement.
        if segments.count > 1, segments.dropFirst().contains(where: { $0.contains { Lexicon.agreementHeads.contains($0.lower) } }),
           !segments[0].allSatisfy({ isGazetteerWord($0.first) }), !segments[0].contains(where: { Lexicon.titleWords.contains($0.lower) }) {
            addChunk(.agreement, segments, connectorsBefore, upTo: segments.count, sentence: sentence)
            return
        }
        // A later segment headed like an organisation or agreement starts its own chunk:
        // "Oceania of the Institute of Oriental Studies" → "Oceania", "Institute of Oriental Studies".
        if let later = segments.indices.dropFirst().first(where: { k in
            let h = segments[k].last!.lower
            return Lexicon.organizationHeads.contains(h) || Lexicon.agreementHeads.contains(h)
        }) {
            for k in 0..<later { classifySegment(segments[k], sentence: sentence) }
            var rest: [Unit] = []
            for k in later..<segments.count { rest += (k == later ? [] : connectorsBefore[k]) + segments[k] }
            classify(rest, sentence: sentence, sentenceStart: -1)
            return
        }
        for segment in segments { classifySegment(segment, sentence: sentence) }
    }

    mutating func addChunk(_ type: EntityType, _ segments: [[Unit]], _ connectorsBefore: [[Unit]], upTo: Int, sentence: Int) {
        let first = segments[0][0].first
        let last = segments[upTo - 1].last!.last
        candidates.append(Candidate(type: type, name: c.string(tokens: first, last), first: first, last: last))
    }

    /// One run of capitalised words without connectors: a person (with any role before the name), a
    /// location by head word, or nothing.
    mutating func classifySegment(_ segment: [Unit], sentence: Int) {
        // The name is the longest run of name words at the end; initials only lead it.
        var nameStart = segment.count
        while nameStart > 0, isNameWord(segment[nameStart - 1]) { nameStart -= 1 }
        // Initials must come before the surname: "S.V. Lavrov", not "Lavrov S."
        var name = Array(segment[nameStart...])
        while let last = name.last, last.isInitial { name.removeLast() }
        guard !name.isEmpty, name.count <= 5 else {
            if let head = segment.last?.lower, Lexicon.locationHeads.contains(head), segment.count >= 2 {
                let first = segment[0].first, last = segment[segment.count - 1].last
                candidates.append(Candidate(type: .location, name: c.string(tokens: first, last), first: first, last: last))
            }
            return
        }
        let firstToken = name[0].first
        let lastToken = name[name.count - 1].last
        let prefix = segment[..<nameStart]
        let hasInitials = name.contains { $0.isInitial }
        let fullWords = name.filter { !$0.isInitial }.count
        let cyrillic = Scalars.isCyrillic(c.text[c.tokens[firstToken].start])
        let titled = prefix.contains { Lexicon.titleWords.contains($0.lower) || $0.lower.split(separator: "-").contains { Lexicon.titleWords.contains(String($0)) } }
            || (firstToken > 0 && Lexicon.titleWords.contains(c.lower[firstToken - 1]))
            || (prefix.isEmpty && firstToken > 1 && c.isPunctuation(firstToken - 1, ".") && Lexicon.titleWords.contains(c.lower[firstToken - 2]))
        let reported = Lexicon.reportingVerbs.contains(c.lower[min(lastToken + 1, c.count - 1)])
            || (c.isPunctuation(lastToken + 1, ",") && lastToken + 2 < c.count && c.tokens[lastToken + 2].kind == .word
                && appositiveRole(after: lastToken) != nil)
        let evidence = titled || reported || hasInitials
        let inReferences = c.tokens[firstToken].start >= referenceListStart
        guard (fullWords >= 2 && (!cyrillic || evidence) && (!inReferences || evidence)) || (fullWords == 1 && evidence) else { return }
        let index = candidates.count
        candidates.append(Candidate(type: .person, name: c.string(tokens: firstToken, lastToken), first: firstToken, last: lastToken))
        if let role = roleBefore(firstToken, sentence: sentence) { roles.append(Role(candidate: index, role: role)) }
        if let role = appositiveRole(after: lastToken) { roles.append(Role(candidate: index, role: role)) }
    }

    /// A person named by the metadata (byline, translator); returns the candidate's index.
    @discardableResult
    mutating func addPerson(span: TextSpan) -> Int? {
        let first = c.tokenIndex(atOrAfter: span.start)
        var last = first
        while last + 1 < c.count, c.tokens[last + 1].end <= span.end { last += 1 }
        guard first < c.count, c.tokens[first].start < span.end else { return nil }
        candidates.append(Candidate(type: .person, name: c.string(tokens: first, last), first: first, last: last))
        return candidates.count - 1
    }

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

    // MARK: - Acronyms and bracketed aliases

    /// "Association of Southeast Asian Nations (ASEAN)", "… (RATS) of the SCO", "Treaty … (Bali Treaty)".
    mutating func linkAcronyms() {
        var byLast: [Int: [Int]] = [:]
        var byFirst: [Int: [Int]] = [:]
        for (index, candidate) in candidates.enumerated() {
            byLast[candidate.last, default: []].append(index)
            byFirst[candidate.first, default: []].append(index)
        }
        for i in 0..<c.count where (c.isPunctuation(i, "(") || c.isPunctuation(i, "[")) && !c.excluded[i] {
            var acronymEnd = i + 1
            guard acronymEnd < c.count, c.isWord(acronymEnd), c.tokens[acronymEnd].isCapitalized else { continue }
            // The long form: a candidate ending within three tokens before the bracket.
            var longForm: Int? = nil
            for back in 1...4 where i - back >= 0 {
                if let list = byLast[i - back], let best = list.max(by: { candidates[$0].last - candidates[$0].first < candidates[$1].last - candidates[$1].first }) {
                    longForm = best
                    break
                }
                if c.isPunctuation(i - back, ".") || c.isPunctuation(i - back, ",") { break }
            }
            guard let long = longForm else { continue }
            if c.tokens[acronymEnd].isAllCaps {
                // ACRONYM or ACRONYM-Plus, closed by ")" "]" or ",".
                while acronymEnd + 2 < c.count, c.isDash(acronymEnd + 1), c.adjacent(acronymEnd, acronymEnd + 1), c.isWord(acronymEnd + 2) { acronymEnd += 2 }
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
        for t in longForm.first...longForm.last where c.tokens[t].kind == .word && c.tokens[t].isCapitalized {
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
