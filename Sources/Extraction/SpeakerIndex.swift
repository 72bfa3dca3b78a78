/// Entity mentions in text order, prepared for the quotation attribution rules: who was named last before
/// an offset ("he said"), who holds a title ("the minister said", "the Russian minister said"), which
/// gender a name or an honorific shows ("she" skips a man), and who is interviewed. Built once per
/// document; lookups are binary searches or read a bounded number of mentions.
struct SpeakerIndex {
    typealias Mention = (start: Int, end: Int, entity: Int, type: EntityType)

    enum Gender { case male, female }

    let mentions: [Mention]
    /// Whether each mention lies inside a quotation.
    private let isQuoted: [Bool]
    /// The latest person mention outside quotations at or before each mention: any, not known to be
    /// female ("he"), not known to be male ("she").
    private let lastPersonUpTo: [Int?]
    private let lastNotFemaleUpTo: [Int?]
    private let lastNotMaleUpTo: [Int?]
    /// The latest person mention known to be male, female (a name or honorific says so).
    private let lastMaleUpTo: [Int?]
    private let lastFemaleUpTo: [Int?]
    /// Title word ("minister", "secretary-general") → starts and entities of the mentions of people holding it.
    private let holders: [String: [(start: Int, entity: Int)]]
    /// Lower-cased words that describe each person: roles, titles and qualifiers written before a mention
    /// ("Minister of Education of the Lao People's Democratic Republic"), an appositive next to it.
    private let descriptors: [Int: Set<String>]
    /// What the name, an honorific or a gendered role noun says about each person.
    let genders: [Int: Gender]
    /// The person a document introduces as interviewed ("an interview with X"), when there is one.
    private(set) var interviewee: Int? = nil
    /// The paragraph that names the interviewee.
    private(set) var intervieweeParagraph = -1
    /// The document reads as an interview: question paragraphs ("Q: …", "…?") or "Name: …" turns.
    private(set) var isInterview = false

    /// Stems of the last word of each person's Cyrillic names, for Russian names in oblique cases.
    private let russianSurnames: [(stem: String, entity: Int)]
    /// The quotations' spans from mark to mark, sorted and disjoint.
    private let quoted: [TextSpan]

    /// `quoted` spans (sorted, disjoint) hide the people named inside quotations from "the last person".
    init(_ c: AnalysisContext, entities: [EntityInfo], quoted: [TextSpan]) {
        self.quoted = quoted
        var russianSurnames: [(stem: String, entity: Int)] = []
        for (index, entity) in entities.enumerated() where entity.type == .person {
            for name in [entity.name] + entity.aliases {
                guard let last = name.split(separator: " ").last, last.unicodeScalars.contains(where: Scalars.isCyrillic) else { continue }
                let stem = SpeakerIndex.russianStem(String(last))
                if stem.count >= 4 { russianSurnames.append((stem, index)) }
            }
        }
        self.russianSurnames = russianSurnames
        var mentions: [Mention] = []
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions { mentions.append((mention.span.start, mention.span.end, index, entity.type)) }
        }
        mentions.sort { $0.start < $1.start }
        var descriptors: [Int: Set<String>] = [:]
        var honorifics: [Int: Set<Gender>] = [:]
        for (index, entity) in entities.enumerated() where entity.type == .person {
            for role in entity.roles { descriptors[index, default: []].formUnion(SpeakerIndex.words(role.title)) }
        }
        var isQuoted: [Bool] = []
        isQuoted.reserveCapacity(mentions.count)
        var personTokens = Set<Int>()   // tokens inside person mentions: a description stops at another name
        for mention in mentions where mention.type == .person {
            var t = c.tokenIndex(atOrAfter: mention.start)
            while t < c.count, c.tokens[t].start < mention.end { personTokens.insert(t); t += 1 }
        }
        var q = 0
        for mention in mentions {
            while q < quoted.count, quoted[q].end <= mention.start { q += 1 }
            // A byline or credit line ("By Dewi Anggraini", "(Reporting by …)") names no one the text talks
            // about: its people are hidden like those inside quotations.
            let inside = q < quoted.count && quoted[q].start <= mention.start
                || SpeakerIndex.isCreditLine(c, paragraph: c.sentences.isEmpty ? -1 : c.sentences[c.sentenceIndex(at: mention.start)].paragraphIndex)
            isQuoted.append(inside)
            guard mention.type == .person, !inside else { continue }
            let first = c.tokenIndex(atOrAfter: mention.start)
            descriptors[mention.entity, default: []].formUnion(SpeakerIndex.descriptionWords(c, before: first, stoppingAt: personTokens))
            if let gender = SpeakerIndex.honorificGender(c, before: first) { honorifics[mention.entity, default: []].insert(gender) }
        }
        let pronounGenders = SpeakerIndex.pronounGenders(c, mentions: mentions, isQuoted: isQuoted, quoted: quoted)
        var genders: [Int: Gender] = [:]
        for (index, entity) in entities.enumerated() where entity.type == .person {
            var evidence = honorifics[index] ?? []
            if let gender = SpeakerIndex.givenNameGender(entity.name) { evidence.insert(gender) }
            for word in descriptors[index] ?? [] {
                if SpeakerIndex.maleNouns.contains(word) { evidence.insert(.male) }
                if SpeakerIndex.femaleNouns.contains(word) { evidence.insert(.female) }
            }
            // Then what the text's pronouns say ("Thanakorn Srisuk … He fought"), then the shape of a Russian
            // surname, which a Malay one can share ("Nurul Huda Kamaruddin … She added").
            if evidence.isEmpty, let fromPronouns = pronounGenders[index], fromPronouns.count == 1 { evidence = fromPronouns }
            if evidence.isEmpty, let gender = SpeakerIndex.surnameGender(entity.name) { evidence.insert(gender) }
            if evidence.count == 1 { genders[index] = evidence.first }
        }
        var lastPersonUpTo: [Int?] = [], lastNotFemaleUpTo: [Int?] = [], lastNotMaleUpTo: [Int?] = []
        lastPersonUpTo.reserveCapacity(mentions.count)
        lastNotFemaleUpTo.reserveCapacity(mentions.count)
        lastNotMaleUpTo.reserveCapacity(mentions.count)
        var holders: [String: [(start: Int, entity: Int)]] = [:]
        var latest: Int? = nil, latestNotFemale: Int? = nil, latestNotMale: Int? = nil, latestMale: Int? = nil, latestFemale: Int? = nil
        var lastMaleUpTo: [Int?] = [], lastFemaleUpTo: [Int?] = []
        for (m, mention) in mentions.enumerated() {
            if mention.type == .person && !isQuoted[m] {
                latest = mention.entity
                if genders[mention.entity] != .female { latestNotFemale = mention.entity }
                if genders[mention.entity] != .male { latestNotMale = mention.entity }
                if genders[mention.entity] == .male { latestMale = mention.entity }
                if genders[mention.entity] == .female { latestFemale = mention.entity }
                for word in descriptors[mention.entity] ?? [] where Lexicon.titleWords.contains(word) {
                    holders[word, default: []].append((mention.start, mention.entity))
                }
            }
            lastPersonUpTo.append(latest)
            lastNotFemaleUpTo.append(latestNotFemale)
            lastNotMaleUpTo.append(latestNotMale)
            lastMaleUpTo.append(latestMale)
            lastFemaleUpTo.append(latestFemale)
        }
        self.lastMaleUpTo = lastMaleUpTo
        self.lastFemaleUpTo = lastFemaleUpTo
        self.mentions = mentions
        self.isQuoted = isQuoted
        self.lastPersonUpTo = lastPersonUpTo
        self.lastNotFemaleUpTo = lastNotFemaleUpTo
        self.lastNotMaleUpTo = lastNotMaleUpTo
        self.holders = holders
        self.descriptors = descriptors
        self.genders = genders
        findInterviewee(c, entities: entities)
    }

    /// What the text's own pronouns say: "he" or "she" (outside quotations) in a sentence that names one person before
    /// it ("When Clarissa Teo stepped onto the podium, she became …"), or before any name in a sentence right after
    /// one of the same paragraph that names one person ("… Thanakorn Srisuk. He fought …"), speaks of that person.
    static func pronounGenders(_ c: AnalysisContext, mentions: [Mention], isQuoted: [Bool], quoted: [TextSpan]) -> [Int: Set<Gender>] {
        guard !c.sentences.isEmpty else { return [:] }
        var peopleBySentence: [Int: [(token: Int, entity: Int, isPossessive: Bool)]] = [:]
        for (m, mention) in mentions.enumerated() where mention.type == .person && !isQuoted[m] {
            let next = c.tokenIndex(atOrAfter: mention.end)
            let possessive = next < c.count && c.tokens[next].start == mention.end && (c.lower[next] == "’s" || c.lower[next] == "'s")
            peopleBySentence[c.sentenceIndex(at: mention.start), default: []].append((c.tokenIndex(atOrAfter: mention.start),
                                                                                      mention.entity, possessive))
        }
        var weights: [Int: [Gender: Int]] = [:]
        for sentence in c.sentences.indices {
            let range = c.sentenceTokens[sentence]
            // The first "he"/"she" outside quotations (a bounded look: a giant line stays linear).
            guard let p = range.prefix(120).first(where: { t in
                (c.lower[t] == "he" || c.lower[t] == "she") && c.isWord(t) && !SpeakerIndex.contains(quoted, c.tokens[t].start)
            }) else { continue }
            let gender: Gender = c.lower[p] == "he" ? .male : .female
            let here = (peopleBySentence[sentence] ?? []).filter { $0.token < p }
            // ("Bounmy Keomany's wife says she …": the pronoun is the wife's; such a sentence votes for no one.)
            if here.contains(where: \.isPossessive) { continue }
            let before = Set(here.map(\.entity))
            if before.count == 1, let person = before.first {
                weights[person, default: [:]][gender, default: 0] += 3
            } else if before.isEmpty, sentence > 0, c.sentences[sentence].paragraphIndex == c.sentences[sentence - 1].paragraphIndex,
                      let previous = peopleBySentence[sentence - 1], !previous.contains(where: \.isPossessive),
                      Set(previous.map(\.entity)).count == 1, let person = previous.first {
                weights[person.entity, default: [:]][gender, default: 0] += 1
            }
        }
        // A pronoun now and then refers to someone else: the reading must win by more than two to one.
        var result: [Int: Set<Gender>] = [:]
        for (person, votes) in weights {
            let male = votes[.male] ?? 0, female = votes[.female] ?? 0
            if male > 2 * female { result[person] = [.male] } else if female > 2 * male { result[person] = [.female] }
        }
        return result
    }

    /// A Russian word without its case ending: "Морозовой", "Морозова" → "морозов"; "Ставицкого" → "ставицк".
    static func russianStem(_ word: String) -> String {
        let lower = word.lowercased()
        for ending in russianEndings where lower.count > ending.count + 3 && lower.hasSuffix(ending) {
            return String(lower.dropLast(ending.count))
        }
        return lower
    }
    static let russianEndings = ["ого", "его", "ому", "ему", "ий", "ый", "ой", "ей", "ою", "ею", "ую", "юю", "ая", "яя", "ым",
                                 "им", "ом", "ем", "а", "я", "у", "ю", "е", "ы", "и", "о"]

    /// The person whose Cyrillic surname `word` is in any case: "по словам Морозовой" when the entity reads
    /// "Светлана Морозова" and the oblique form is no mention of it.
    func person(russianForm word: String) -> Int? {
        let stem = SpeakerIndex.russianStem(word)
        guard stem.count >= 4 else { return nil }
        let matches = Set(russianSurnames.filter { $0.stem == stem }.map(\.entity))
        return matches.count == 1 ? matches.first : nil
    }

    /// A short paragraph that opens with "By", "Reporting by" or "(Reporting by".
    static func isCreditLine(_ c: AnalysisContext, paragraph: Int) -> Bool {
        guard paragraph >= 0, paragraph < c.paragraphs.count else { return false }
        let span = c.paragraphs[paragraph].span
        guard span.end - span.start < 200 else { return false }
        var t = c.tokenIndex(atOrAfter: span.start)
        if t < c.count, c.isPunctuation(t, "(") { t += 1 }
        guard t < c.count, c.tokens[t].start < span.end else { return false }
        let byline = c.words[t] == "By" ? t + 1 : c.lower[t] == "reporting" && c.lowerIs(t + 1, "by") ? t + 2 : -1
        return byline > 0 && byline < c.count && c.isWord(byline) && c.tokens[byline].isCapitalized
    }

    /// Lower-cased title words of a role: "Deputy Foreign Minister" → deputy, foreign, minister.
    static func titleWords(_ role: String) -> [String] {
        words(role).filter { Lexicon.titleWords.contains($0) }
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" || $0 == "’" || $0 == "'" }.map(String.init)
    }

    /// The title and its qualifiers written right before a name, back to the start of the phrase:
    /// "Minister of Education and Sports of the Lao People's Democratic Republic Khamphet …", "Russia’s
    /// Deputy Foreign Minister …", "the virologist …"; and the description before ", Name" ("The head of
    /// the local society, Viktor Belyaev").
    static func descriptionWords(_ c: AnalysisContext, before first: Int, stoppingAt personTokens: Set<Int>) -> Set<String> {
        var words: Set<String> = []
        var k = first - 1
        if k >= 0, c.isPunctuation(k, ","), k > 0 { k -= 1 }
        let floor = max(0, first - 16)
        while k >= floor, !personTokens.contains(k) {
            let lower = c.lower[k]
            if c.isWord(k) && (c.tokens[k].isCapitalized || connectors.contains(lower) || Lexicon.speakerNouns.contains(lower)
                || Lexicon.demonyms.contains(lower) || EntityBuilder.roleModifiers.contains(lower)) || lower == "’s" || lower == "'s"
                || (c.isDash(k) && c.adjacent(k, k + 1)) {
                if c.isWord(k) { words.insert(lower) }
                k -= 1
            } else { break }
        }
        return words
    }
    static let connectors: Set<String> = ["of", "the", "and", "for", "on", "at", "to", "de"]

    static let maleHonorifics: Set<String> = ["mr", "sir", "mister", "monsieur", "pak", "bapak", "encik", "lord", "king", "prince",
                                             "sultan", "господин"]
    static let femaleHonorifics: Set<String> = ["ms", "mrs", "miss", "madam", "madame", "mme", "daw", "puan", "ibu", "bu", "datin",
                                               "lady", "queen", "princess", "госпожа"]
    static let maleNouns: Set<String> = ["spokesman", "chairman", "businessman", "congressman", "statesman", "king", "prince"]
    static let femaleNouns: Set<String> = ["spokeswoman", "chairwoman", "businesswoman", "congresswoman", "stateswoman",
                                          "actress", "queen", "princess"]

    /// "Ms Ilyushina", "Mr. Tan", "Daw Khin Thida Aung": the honorific right before a mention.
    static func honorificGender(_ c: AnalysisContext, before first: Int) -> Gender? {
        var k = first - 1
        if k >= 0, c.isPunctuation(k, ".") { k -= 1 }
        guard k >= 0, c.isWord(k) else { return nil }
        if maleHonorifics.contains(c.lower[k]) || (c.words[k] == "U" && k + 1 == first) { return .male }
        if femaleHonorifics.contains(c.lower[k]) { return .female }
        return nil
    }

    /// Gender from a name written in Latin letters: the Vietnamese middle names "Thi" and "Van", or a given name
    /// that is only ever a woman's or a man's ("Irina Kovalchuk", "Nurul Izzati"). Inflected Cyrillic forms
    /// ("Андрея Кравцова") are ambiguous and read as unknown.
    static func givenNameGender(_ name: String) -> Gender? {
        let parts = name.lowercased().split(separator: " ").map(String.init)
        guard parts.count >= 2, let surname = parts.last, surname.unicodeScalars.allSatisfy({ $0.isASCII }) else { return nil }
        if parts.count >= 3 {
            if parts[1] == "thi" { return .female }
            if parts[1] == "van" { return .male }
        }
        guard let given = parts.first, given.unicodeScalars.allSatisfy({ $0.isASCII }) else { return nil }
        // "Nguyen Thu Trang", "Tran Duc Hung": a Vietnamese family name first, the given name last.
        if vietnameseFamilyNames.contains(given) {
            if vietnameseFemaleNames.contains(surname) { return .female }
            if vietnameseMaleNames.contains(surname) { return .male }
            return nil
        }
        if GivenNames.female.contains(Substring(given)) { return .female }
        if GivenNames.male.contains(Substring(given)) { return .male }
        return nil
    }

    /// Gender from a Russian surname that agrees with the given name: "Larisa Okuneva", "Anatoly Yermolaev",
    /// "Vyazemskaya" against "Belozersky"; "Juan Medina" and "Kevin Lin" are no Russian names and stay unknown.
    static func surnameGender(_ name: String) -> Gender? {
        let parts = name.lowercased().split(separator: " ").map(String.init)
        guard parts.count >= 2, let surname = parts.last, let given = parts.first, surname.count >= 5,
              (surname + given).unicodeScalars.allSatisfy({ $0.isASCII }) else { return nil }
        let givenIsFeminine = (given.hasSuffix("a") || given.hasSuffix("ya")) && !maleGivenNamesInA.contains(given)
        // "-aya" only after k or t ("Vyazemskaya", "Tolstaya"): "Hendra Wijaya" is an Indonesian man.
        if givenIsFeminine, ["ova", "eva", "ina", "yna", "kaya", "taya"].contains(where: { surname.hasSuffix($0) }) { return .female }
        if !givenIsFeminine, ["ov", "ev", "in", "yn", "sky", "skiy", "skii"].contains(where: { surname.hasSuffix($0) }) { return .male }
        return nil
    }

    static let vietnameseFamilyNames: Set<String> = ["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang",
                                                     "bui", "do", "ngo", "duong", "ly", "dinh", "trinh", "truong", "dao", "luong"]
    /// Vietnamese given names (the last word) that are a woman's or a man's; names given to both ("Minh", "Anh") are not.
    static let vietnameseFemaleNames: Set<String> = ["trang", "lan", "huong", "mai", "hoa", "ngoc", "hanh", "thao", "thuy", "nga",
                                                     "nhung", "phuong", "yen", "hang", "huyen", "loan", "oanh", "tuyet", "diep", "quyen"]
    static let vietnameseMaleNames: Set<String> = ["hung", "tuan", "duc", "nam", "quang", "vinh", "son", "cuong", "khoa", "long",
                                                   "phong", "thang", "trung", "tung", "dat", "huy", "kien", "manh", "toan", "thinh"]
    static let maleGivenNamesInA: Set<String> = ["nikita", "ilya", "foma", "luka", "kuzma", "savva", "danila", "gavrila"]

    /// Whether `offset` lies between a quotation's marks.
    func isInsideQuotation(_ offset: Int) -> Bool { SpeakerIndex.contains(quoted, offset) }

    /// Whether `offset` lies in one of `spans` (sorted, disjoint).
    static func contains(_ spans: [TextSpan], _ offset: Int) -> Bool {
        var lo = 0, hi = spans.count
        while lo < hi { let mid = (lo + hi) / 2; if spans[mid].end <= offset { lo = mid + 1 } else { hi = mid } }
        return lo < spans.count && spans[lo].start <= offset
    }

    /// First index of a mention starting at or after `offset`.
    private func firstMention(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi { let mid = (lo + hi) / 2; if mentions[mid].start < offset { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    func mentions(_ start: Int, _ end: Int) -> ArraySlice<Mention> {
        let lo = firstMention(atOrAfter: start)
        var e = lo
        while e < mentions.count, mentions[e].start < end { e += 1 }
        return mentions[lo..<e]
    }

    func people(_ start: Int, _ end: Int) -> [Mention] { mentions(start, end).filter { $0.type == .person } }

    /// People named between two offsets outside quotations.
    func unquotedPeople(_ start: Int, _ end: Int) -> [Mention] {
        let lo = firstMention(atOrAfter: start)
        var result: [Mention] = []
        var e = lo
        while e < mentions.count, mentions[e].start < end {
            if mentions[e].type == .person && !isQuoted[e] { result.append(mentions[e]) }
            e += 1
        }
        return result
    }

    func lastPerson(before offset: Int) -> Int? {
        let lo = firstMention(atOrAfter: offset)
        return lo > 0 ? lastPersonUpTo[lo - 1] : nil
    }

    /// The gender a pronoun asks for: "he", "him", "his" a man; "she", "her" a woman; "they" anyone.
    static func gender(ofPronoun pronoun: String) -> Gender? {
        switch pronoun {
        case "he", "him", "his", "он": return .male
        case "she", "her", "hers", "она": return .female
        default: return nil
        }
    }

    func isCompatible(_ entity: Int, with gender: Gender?) -> Bool {
        guard let gender, let known = genders[entity] else { return true }
        return known == gender
    }

    /// The person last named before `offset` whom a pronoun of `gender` can refer to.
    func lastPerson(before offset: Int, gender: Gender?) -> Int? {
        let lo = firstMention(atOrAfter: offset)
        guard lo > 0 else { return nil }
        switch gender {
        case .male: return lastNotFemaleUpTo[lo - 1]
        case .female: return lastNotMaleUpTo[lo - 1]
        case nil: return lastPersonUpTo[lo - 1]
        }
    }

    /// Who "he"/"she" at `offset` refers to, the way a reader resolves it: a compatible person named earlier
    /// in the same sentence (outside quotations), else the subject of the nearest earlier sentence that
    /// names a person (its first person not after a preposition or possessive, "Tomikhin, standing beside
    /// her, laughed"), else the last compatible person named anywhere before.
    func resolvePronoun(_ pronoun: String, at offset: Int, _ c: AnalysisContext) -> Int? {
        let gender = SpeakerIndex.gender(ofPronoun: pronoun)
        guard !c.sentences.isEmpty else { return lastPerson(before: offset, gender: gender) }
        // Windows of a few hundred scalars keep this bounded on a giant one-sentence text.
        var sentence = c.sentenceIndex(at: offset)
        let paragraph = c.sentences[sentence].paragraphIndex
        // ("Litvinenko: … my teacher, Professor Galina Shumilova. … she said, “…”": who answers an interview question
        // speaks as "I"; "she" in the answer is someone else.)
        let answerer = answerLabel(c, paragraph: paragraph)
        let sameSentence = unquotedPeople(max(c.sentences[sentence].span.start, offset - SpeakerIndex.window), offset)
            .filter { $0.entity != answerer }
        if let last = sameSentence.last(where: { isCompatible($0.entity, with: gender) }) { return last.entity }
        var looked = 0
        // (Three sentences back, or further within the pronoun's own paragraph: its first sentence names its subject.)
        while sentence > 0, looked < 3 || c.sentences[sentence - 1].paragraphIndex == paragraph, looked < 12 {
            sentence -= 1
            looked += 1
            let span = c.sentences[sentence].span
            // "A Singapore-based trader, who asked not to be named …, was more blunt. "…," he said": the unnamed subject.
            // ("One of the violists, who asked not to be named, said Teo still rehearsed …": a name after the phrase is
            // what the unnamed subject spoke of.)
            if looked <= 2, let phrase = SpeakerIndex.anonymousSubjectPhrase(c, sentence: sentence),
               unquotedPeople(span.start, c.tokens[phrase].start).isEmpty { return nil }
            let named = unquotedPeople(span.start, min(span.end, span.start + SpeakerIndex.window))
                .filter { $0.entity != answerer || c.sentences[sentence].paragraphIndex != paragraph }
            guard !named.isEmpty else { continue }
            // "She added that auditors hired by X had …": a sentence whose subject is the same pronoun speaks of
            // the same person; its other names are objects.
            // ("On Saturday she conducted a programme of … the composer Hong Wei Jie": the pronoun comes first.)
            if let gender, let firstNamed = named.first.map({ c.tokenIndex(atOrAfter: $0.start) }),
               (c.sentenceTokens[sentence].lowerBound..<firstNamed).contains(where: { c.isWord($0) && !quotedToken(c, $0)
                   && ["he", "she", "он", "она"].contains(c.lower[$0]) && SpeakerIndex.gender(ofPronoun: c.lower[$0]) == gender }) { continue }
            // "Her club also invites a Japanese choreographer, Aiko Tanabe, …": a sentence that opens with the pronoun's
            // possessive and a thing of hers is about her too (not "Her daughter, Anna, …").
            if let gender, let opening = c.sentenceTokens[sentence].first, c.isWord(opening),
               c.lower[opening] == (gender == .female ? "her" : "his"), opening + 1 < c.count, c.isWord(opening + 1),
               !c.tokens[opening + 1].isCapitalized, !QuoteExtractor.unnamedPersonNouns.contains(c.lower[opening + 1]),
               !QuoteExtractor.nounsForMen.contains(c.lower[opening + 1]), !QuoteExtractor.nounsForWomen.contains(c.lower[opening + 1]),
               !EntityBuilder.relationNouns.contains(c.lower[opening + 1]) { continue }
            if let subject = named.first(where: { SpeakerIndex.isSubjectPosition(c, $0) && isCompatible($0.entity, with: gender) }) {
                return subject.entity
            }
            if let any = named.last(where: { isCompatible($0.entity, with: gender) }) { return any.entity }
            break
        }
        // Nobody near: the last person known to be a woman ("she") or a man ("he") in this paragraph or the one before,
        // before one whose name says nothing ("Batang Ai", a river read as a name); further back, the last compatible one.
        let lo = firstMention(atOrAfter: offset)
        if lo > 0, let known = gender == .female ? lastFemaleUpTo[lo - 1] : gender == .male ? lastMaleUpTo[lo - 1] : nil,
           known != answerer,
           let mention = mentions[max(0, lo - 200)..<lo].last(where: { $0.entity == known }),
           c.sentences[c.sentenceIndex(at: mention.start)].paragraphIndex + 1 >= paragraph { return known }
        let last = lastPerson(before: offset, gender: gender)
        return last == answerer ? nil : last
    }

    static let window = 800

    /// The person whose name, and a colon, open an interview answer ("Litvinenko: Through my teacher …").
    func answerLabel(_ c: AnalysisContext, paragraph: Int) -> Int? {
        let start = c.paragraphs[paragraph].span.start
        guard let first = unquotedPeople(start, min(c.paragraphs[paragraph].span.end, start + 80)).first,
              SpeakerIndex.isAnswerLabel(c, first) else { return nil }
        return first.entity
    }

    /// A mention that opens its paragraph and a colon follows: the label of an interview answer ("Galkin: My mother …").
    static func isAnswerLabel(_ c: AnalysisContext, _ mention: Mention) -> Bool {
        guard c.paragraphs[c.sentences[c.sentenceIndex(at: mention.start)].paragraphIndex].span.start == mention.start else { return false }
        let after = c.tokenIndex(atOrAfter: mention.end)
        return after < c.count && c.isPunctuation(after, ":")
    }

    private func quotedToken(_ c: AnalysisContext, _ t: Int) -> Bool { isInsideQuotation(c.tokens[t].start) }

    /// The token of "named"/"identified" in a sentence about someone left unnamed, when it is one.
    static func anonymousSubjectPhrase(_ c: AnalysisContext, sentence: Int) -> Int? {
        guard introducesAnonymousSubject(c, sentence: sentence) else { return nil }
        let range = c.sentenceTokens[sentence]
        return range.first { ["named", "identified", "quoted", "anonymity"].contains(c.lower[$0]) } ?? range.last
    }

    /// A sentence about someone left unnamed: it opens with "A"/"An"/"One"/"The" and says the person is not named.
    static func introducesAnonymousSubject(_ c: AnalysisContext, sentence: Int) -> Bool {
        let range = c.sentenceTokens[sentence]
        guard let first = range.first, ["a", "an", "one", "the"].contains(c.lower[first]), range.count < 80 else { return false }
        return speaksOfAnonymity(range.map { c.lower[$0] })
    }

    /// "asked not to be named", "not to be identified", "did not want his name printed", "declined to be named",
    /// "on condition of anonymity" (not "hoping not to be left out").
    static func speaksOfAnonymity(_ words: [String]) -> Bool {
        for k in words.indices.dropLast(3) {
            if words[k] == "not" && words[k + 1] == "to" && words[k + 2] == "be" && ["named", "identified", "quoted"].contains(words[k + 3]) { return true }
            if words[k] == "want" && ["his", "her", "their"].contains(words[k + 1]) && words[k + 2] == "name" { return true }
            if words[k] == "declined" && words[k + 1] == "to" && (words[k + 3] == "named" || words[k + 3] == "name") { return true }
        }
        return words.contains("anonymity")
    }

    /// A mention that can be the subject of its clause: not possessive, not after a preposition or an article
    /// ("a source close to X", "the X dam").
    static func isSubjectPosition(_ c: AnalysisContext, _ mention: Mention) -> Bool {
        let first = c.tokenIndex(atOrAfter: mention.start)
        let next = c.tokenIndex(atOrAfter: mention.end)
        if next < c.count, c.tokens[next].start == mention.end, c.lower[next] == "’s" || c.lower[next] == "'s" { return false }
        guard first > 0, c.isWord(first - 1) else { return true }
        let before = c.lower[first - 1]
        return !QuoteExtractor.objectMarkers.contains(before) && before != "the" && before != "a" && before != "an"
    }

    /// The person last named before `offset` who holds `title` ("the minister" → the Foreign Minister);
    /// with `qualifiers` ("the Russian minister", "the deputy minister") one whose description also has
    /// each qualifier ("Russian" matches "Russia", "Russian Federation"), when there is one.
    func holder(of title: String, qualifiers: [String] = [], before offset: Int) -> Int? {
        guard let list = holders[title] else { return nil }
        var lo = 0, hi = list.count
        while lo < hi { let mid = (lo + hi) / 2; if list[mid].start < offset { lo = mid + 1 } else { hi = mid } }
        guard lo > 0 else { return nil }
        if !qualifiers.isEmpty {
            var k = lo - 1
            while k >= 0, k >= lo - 64 {
                let words = descriptors[list[k].entity] ?? []
                if qualifiers.allSatisfy({ q in words.contains { SpeakerIndex.sameStem(q, $0) } }) { return list[k].entity }
                k -= 1
            }
        }
        return list[lo - 1].entity
    }

    /// The first person named within `window` scalars after `offset` who holds `title`: a news lead
    /// describes ("The rector of a Siberian mining university urged …") before it names.
    func holder(of title: String, after offset: Int, within window: Int) -> Int? {
        holders[title]?.first { $0.start >= offset && $0.start < offset + window }?.entity
    }

    /// "russian" and "russia", "lao" and "laos", "thai" and "thailand", "philippine" and "philippines".
    static func sameStem(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count >= 3, long.hasPrefix(short) { return true }
        return a.count >= 6 && b.count >= 6 && a.prefix(6) == b.prefix(6)
    }

    /// "… an interview with (Ambassador) X", or the one person of an opening sentence that mentions an
    /// interview ("X told our correspondent in an interview"); in a document with questions, also "X spoke
    /// to our correspondent" or "Our correspondent spoke with her": only the first paragraphs are read.
    private mutating func findInterviewee(_ c: AnalysisContext, entities: [EntityInfo]) {
        isInterview = SpeakerIndex.hasQuestions(c)
        defer { if interviewee == nil, isInterview { findLabelledInterviewee(c, entities: entities) } }
        let limit = c.paragraphs.count > 4 ? c.paragraphs[4].span.start : c.text.count
        var t = 0
        var checked = -1   // each sentence is read once, however often it says "interview"
        while t < c.count, c.tokens[t].start < limit {
            defer { t += 1 }
            if isInterview, SpeakerIndex.conversationVerbs.contains(c.lower[t]), c.lowerIs(t + 1, "to") || c.lowerIs(t + 1, "with"),
               let person = conversationPartner(c, verb: t) {
                interviewee = person
                intervieweeParagraph = c.sentences[c.tokens[t].sentence].paragraphIndex
                return
            }
            guard c.lower[t] == "interview" || c.lower[t] == "interviewed" else { continue }
            // "Interview by Rachel Tan", "interviewed by": the one who asks.
            if c.lowerIs(t + 1, "by") { continue }
            let sentence = c.tokens[t].sentence
            guard sentence >= 0 else { continue }
            if c.lowerIs(t + 1, "with") {
                let from = c.tokens[t + 1].end
                let to = c.tokens[min(t + 8, c.sentenceTokens[sentence].upperBound - 1)].end
                if let person = people(from, to).first {
                    interviewee = person.entity
                    intervieweeParagraph = c.sentences[sentence].paragraphIndex
                    isInterview = true
                    return
                }
            }
            guard sentence != checked else { continue }
            checked = sentence
            let span = c.sentences[sentence].span
            let named = Set(people(span.start, span.end).map(\.entity))
            if named.count == 1 {
                interviewee = named.first
                intervieweeParagraph = c.sentences[sentence].paragraphIndex
                return
            }
        }
    }
    /// "Galkin: Empty, honestly. …": the one person whose name labels two or more answers of a question-and-answer text.
    /// ("Phonevilay: Hard. …": a label may be the one word of a person's name that starts or ends it.)
    private mutating func findLabelledInterviewee(_ c: AnalysisContext, entities: [EntityInfo]) {
        var byNameWord: [String: Set<Int>] = [:]
        for (index, entity) in entities.enumerated() where entity.type == .person {
            let words = entity.name.split(separator: " ")
            guard words.count >= 2 else { continue }
            byNameWord[String(words[0]), default: []].insert(index)
            byNameWord[String(words[words.count - 1]), default: []].insert(index)
        }
        var turns: [Int: (count: Int, paragraph: Int)] = [:]
        for (index, paragraph) in c.paragraphs.enumerated() {
            let first = c.tokenIndex(atOrAfter: paragraph.span.start)
            guard first < c.count else { continue }
            if let person = people(paragraph.span.start, min(paragraph.span.end, paragraph.span.start + 60)).first,
               person.start == c.tokens[first].start {
                let after = c.tokenIndex(atOrAfter: person.end)
                guard after < c.count, c.isPunctuation(after, ":") else { continue }
                turns[person.entity, default: (0, index)].count += 1
            } else if c.isWord(first), c.isPunctuation(first + 1, ":"), let owners = byNameWord[c.words[first]], owners.count == 1 {
                turns[owners.first!, default: (0, index)].count += 1
            }
        }
        let labels = turns.filter { $0.value.count >= 2 }
        guard labels.count == 1, let (person, turn) = labels.first else { return }
        interviewee = person
        intervieweeParagraph = turn.paragraph
    }

    static let conversationVerbs: Set<String> = ["spoke", "speaks", "talked", "talks", "talking", "speaking"]
    static let interviewerNouns: Set<String> = ["correspondent", "reporter", "journalist", "editor", "interviewer", "our"]

    /// "X spoke to our correspondent" → X; "Our correspondent Y spoke with her" → the woman named before.
    private func conversationPartner(_ c: AnalysisContext, verb t: Int) -> Int? {
        let sentence = c.tokens[t].sentence
        guard sentence >= 0 else { return nil }
        let span = c.sentences[sentence].span
        let subject = unquotedPeople(span.start, c.tokens[t].start).first
        var k = c.tokenIndex(atOrAfter: span.start)
        var interviewerSubject = false
        while k < t { if SpeakerIndex.interviewerNouns.contains(c.lower[k]) { interviewerSubject = true }; k += 1 }
        if let subject, !interviewerSubject { return subject.entity }
        // "Last Friday she spoke to Khamphone Phommachanh of The Vientiane Courier": the person "she" is.
        var p = t - 1
        while p > 0, QuoteExtractor.isAdverb(c, p) { p -= 1 }
        if p >= 0, !interviewerSubject, c.lower[p] == "he" || c.lower[p] == "she" { return resolvePronoun(c.lower[p], at: c.tokens[p].start, c) }
        // The interviewer speaks with someone: the person (or "her"/"him") after the preposition.
        let object = t + 2
        guard object < c.count else { return nil }
        if SpeakerIndex.gender(ofPronoun: c.lower[object]) != nil {
            // Not the interviewer of the same clause: the person the sentences before are about.
            return resolvePronoun(c.lower[object], at: span.start, c)
        }
        return people(c.tokens[object].start, c.tokens[min(object + 5, c.count - 1)].end).first?.entity
    }

    /// At least two paragraphs that are an interviewer's questions ("Q: …", "Question: …", a line ending in "?").
    static func hasQuestions(_ c: AnalysisContext) -> Bool {
        var questions = 0
        for p in c.paragraphs.indices.dropFirst() where QuoteExtractor.followsQuestion(c, paragraph: p) {
            questions += 1
            if questions >= 2 { return true }
        }
        return false
    }
}
