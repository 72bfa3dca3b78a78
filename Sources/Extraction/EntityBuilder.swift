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
        /// A person with no evidence but name shape, or a type read only from context ("in X", a list):
        /// `resolveContextTypes` may change it when the document says otherwise elsewhere.
        var isWeak = false
        /// Replaced by a better reading of the same words; kept so that candidate indices stay valid.
        var isDropped = false
        /// A Russian-script name with no Russian given name or other evidence: a person only if the text also writes
        /// the name in Latin letters ("Нур Акила Зулкифли" beside "Nur Aqilah Zulkifli").
        var needsLatinTwin = false
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
    /// For each token, the last live candidate that covers it, or -1: what a pass adding candidates must not overlap.
    func tokenOwners() -> [Int] {
        var owners = Array(repeating: -1, count: c.count)
        for (index, candidate) in candidates.enumerated() where !candidate.isDropped {
            for t in candidate.first...candidate.last { owners[t] = index }
        }
        return owners
    }
    /// "S." in "S.V. Lavrov"; also the Filipino "Ma." (María) before a given name: "Ma. Cristina Lagdameo".
    func isInitial(_ i: Int) -> Bool {
        isCapWord(i) && c.isPunctuation(i + 1, ".") && c.adjacent(i, i + 1)
            && (c.tokens[i].end - c.tokens[i].start == 1 || (c.lower[i] == "ma" && isCapWord(i + 2) && isGivenName(c.lower[i + 2])))
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
        if EntityBuilder.patronymicConnectors.contains(lower), !c.tokens[unit.first].isCapitalized { return true }
        // ("da" in "Mariano da Silva Pinto", once the particle has joined the words on either side.)
        if EntityBuilder.nameParticles.contains(lower), !unit.isConnector, !c.tokens[unit.first].isCapitalized { return true }
        // "Zulkarnain bin Haji Mohd Yassin": the pilgrim's title of a father's name is part of the name.
        if ["haji", "hajah", "hj"].contains(lower), unit.first > 0, EntityBuilder.patronymicConnectors.contains(c.lower[unit.first - 1]) { return true }
        if unit.isConnector || c.tokens[unit.first].kind != .word { return false }
        if lower.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return false }   // "Cuaca-1" is a satellite
        guard unit.first == unit.last || unit.isHyphenated else { return false }
        if c.tokens[unit.first].isAllCaps && c.tokens[unit.first].end - c.tokens[unit.first].start > 1 { return false }
        // "Indonesianist Vera Kotova", "Vietnamist", "Japanologist": a scholar of a country is a role, not a name.
        if lower.hasSuffix("ist"), lower.count > 6, Lexicon.demonyms.contains(String(lower.dropLast(3))) || lower.hasSuffix("ologist")
            || Gazetteer.index[String(lower.dropLast(3))] != nil { return false }
        if Lexicon.titleWords.contains(lower) || Lexicon.organizationHeads.contains(lower) || Lexicon.agreementHeads.contains(lower)
            || Lexicon.eventHeads.contains(lower) || Lexicon.demonyms.contains(lower) || isMonthWord(unit)
            || Lexicon.locationHeads.contains(lower) || isCommon(lower) { return false }
        if !unit.isHyphenated, isGazetteerWord(unit.first) { return false }
        if unit.isHyphenated {
            // "Secretary-General" is a title; "Jean-Pierre" a name.
            for part in lower.split(separator: "-") where Lexicon.titleWords.contains(String(part)) || isCommon(String(part)) { return false }
        }
        return true
    }

    /// A month's name; a three-letter one ("Jun", "May") only before a number or a full stop, as "Lim Jun Hao" shows.
    func isMonthWord(_ unit: Unit) -> Bool {
        guard Lexicon.months[unit.lower] != nil else { return false }
        return unit.lower.count > 3 || c.isNumber(unit.last + 1) || c.isPunctuation(unit.last + 1, ".") || c.isPunctuation(unit.last + 1, ",")
    }

    /// A frequent English word ("Affairs", "Salt", "Farmers"): such words lead no name, though a name may end in one
    /// that is also a Chinese or Malay name syllable ("Lim Cheng Hock").
    func isCommonNoun(_ unit: Unit) -> Bool {
        !unit.isInitial && !unit.isConnector && unit.lower.split(separator: "-").allSatisfy { CommonWords.contains(String($0)) }
    }

    // MARK: - Gazetteer

    /// A given name that is only ever a man's or a woman's ("Michael", "Lena").
    func isGivenName(_ lower: String) -> Bool { GivenNames.male.contains(Substring(lower)) || GivenNames.female.contains(Substring(lower)) }

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
                // "Davao del Norte" is a province, not the city "Davao": a longer world place leaves the words to `worldPlacePass`.
                if worldPlaceLength(at: i) > tokens.count { break }
                // "US$11 million", "3.5 million US dollars": a currency, not the country.
                if entry.type == .location, last + 1 < c.count,
                   (c.text[c.tokens[last + 1].start] == "$" && c.adjacent(last, last + 1)) || c.lower[last + 1] == "dollars" || c.lower[last + 1] == "dollar" {
                    break
                }
                // "the East Asia Summit": a region that names a summit is part of the meeting's name, and meetings are no entities.
                if entry.type == .location, entry.subtype == "region", last + 1 < c.count, c.tokens[last + 1].isCapitalized,
                   ["summit", "summits"].contains(c.lower[last + 1]) {
                    break
                }
                // "Sukhoi Su-30MK2", "Boeing 737", "Airbus A320", "Sukhoi Superjet 100": a maker's name before a model names
                // the aircraft, no body.
                if entry.type == .organization, last + 1 < c.count, c.tokens[last + 1].start - c.tokens[last].end == 1,
                   c.words[last + 1].unicodeScalars.contains(where: { ("0"..."9").contains($0) })
                    || ["su", "mig", "superjet", "yak", "tu", "il", "ka", "mi"].contains(c.lower[last + 1])
                        && (c.isDash(last + 2) || c.lower[last + 1] == "superjet") {
                    i = last + 1
                    matched = true
                    break
                }
                // "the Cambodian Red Cross", "the Lao Red Cross": a national society is a body of its own.
                if entry.type == .organization, ["red cross", "red crescent"].contains(entry.name.lowercased()), i > 0,
                   c.tokens[i - 1].isCapitalized, Lexicon.demonyms.contains(c.lower[i - 1]) || Gazetteer.index[c.lower[i - 1]] != nil {
                    candidates.append(Candidate(type: .organization, name: c.string(tokens: i - 1, last), first: i - 1, last: last))
                    for t in i...last { isGazetteerToken[t] = true }
                    i = last + 1
                    matched = true
                    break
                }
                // "Michael Bloomberg", "Senator Flores", "Sabah Ahmed": a one-word entry beside a given name or after a title
                // is a person's name (countries aside).
                if tokens.count == 1, entry.subtype != "country",
                   (i > 0 && c.tokens[i - 1].isCapitalized && c.isWord(i - 1) && (isGivenName(c.lower[i - 1]) || Lexicon.titleWords.contains(c.lower[i - 1])
                        || Lexicon.honorifics.contains(c.lower[i - 1])))
                    || (isGivenName(c.lower[i]) && i + 1 < c.count && c.isWord(i + 1) && c.tokens[i + 1].isCapitalized
                        && c.tokens[i + 1].start - c.tokens[i].end == 1 && Gazetteer.index[c.lower[i + 1]] == nil) {
                    break
                }
                // "West Java", "Central Jakarta", "Greater Bandung": a compass word makes a place of its own.
                if entry.type == .location, i > 0, c.tokens[i - 1].isCapitalized, !c.excluded[i - 1],
                   Lexicon.placePrefixes.contains(c.lower[i - 1]), c.tokens[i].start - c.tokens[i - 1].end == 1 {
                    if let previous = candidates.last, previous.last == i - 1 {
                        candidates.removeLast()
                    }
                    candidates.append(Candidate(type: .location, name: c.string(tokens: i - 1, last), subtype: "region", first: i - 1, last: last))
                    for t in i - 1...last { isGazetteerToken[t] = true }
                    i = last + 1
                    matched = true
                    break
                }
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
}
