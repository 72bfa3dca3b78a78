extension EntityBuilder {
    /// Whether a shorter name inside a longer one names the same body: not the parent after "of" ("Russian Academy of
    /// Sciences" in "Siberian Branch of the Russian Academy of Sciences"), nor a name the longer one carries on past its
    /// head ("United Nations" in "United Nations Children's Fund").
    static func isSameBody(_ short: [String], inside long: [String]) -> Bool {
        guard short.count < long.count else { return false }
        var found: Int? = nil
        for k in 0...(long.count - short.count) where Array(long[k..<(k + short.count)]) == short { found = k; break }
        guard let start = found else { return false }
        let end = start + short.count
        if end < long.count, !["of", "for", "in", "on", "and", "to", "at", "named", "им", "имени", "при", "в", "по"].contains(long[end]) { return false }
        if start > 0, long[start - 1] == "of" || (long[start - 1] == "the" && start > 1 && long[start - 2] == "of") {
            let before = long[..<start]
            return !before.contains(where: { Lexicon.organizationHeads.contains($0) || Lexicon.subunitHeads.contains($0) })
        }
        return true
    }

    /// A Cyrillic word in Latin letters, letter by letter: "РАЭ" → "rae", "ФИДЕ" → "fide".
    static func transliterated(_ word: String) -> String {
        word.lowercased().map { NameSkeleton.latin[$0] ?? String($0) }.joined()
    }

    /// Words for a company that may follow its bare name ("Molochnaya Dolina Group"), and legal forms that may lead it
    /// ("PT Konawe Nikel Prima").
    static let companyWords: Set<String> = ["group", "holding", "holdings", "corporation", "company", "joint", "stock", "limited"]
    /// Words a company's full name adds to its short one: "Transsignal Systems", "Sibsolar Energy", "Aeroflot Group".
    static let corporateWords: Set<String> = ["group", "holding", "holdings", "company", "corporation", "systems", "energy",
                                              "industries", "international", "technologies", "solutions", "resources"]
    static let leadingLegalForms: Set<String> = ["pt", "jsc", "pjsc", "ojsc", "cjsc", "ooo", "ао", "пао", "ооо", "зао", "оао", "fsue"]

    /// A Cyrillic acronym written only as a piece of a longer name: "ЗИН РАН", "Кубанского ГАУ", "РГАУ-МСХА" (not "ФАНО
    /// поддержали проект").
    func isBareCyrillicAcronym(_ index: Int) -> Bool {
        let candidate = candidates[index]
        let t = candidate.first
        guard candidate.type == .organization, candidate.gazetteerID == nil, t == candidate.last,
              c.tokens[t].isAllCaps, c.tokens[t].end - c.tokens[t].start <= 6, Scalars.isCyrillic(c.text[c.tokens[t].start]) else { return false }
        // (Another acronym, "ЗИН РАН", or an adjective of the name, "Кубанского ГАУ"; not a person, "Ректор ТГУ Эдуард …".)
        func joinsName(_ k: Int) -> Bool {
            guard k >= 0, k < c.count else { return false }
            if c.isDash(k) { return joinsName(k < t ? k - 1 : k + 1) }
            guard c.isWord(k), c.tokens[k].isCapitalized, c.tokens[k].sentence == c.tokens[t].sentence,
                  Scalars.isCyrillic(c.text[c.tokens[k].start]) else { return false }
            return c.tokens[k].isAllCaps || (k < t && ["ого", "его", "ой", "ий", "ый", "ая", "ского"].contains { c.lower[k].hasSuffix($0) })
        }
        return joinsName(t - 1) || joinsName(t + 1)
    }

    /// The words of a person candidate without honorifics and dots: "H.E. Mr. Sidharto Reza" → ["Sidharto", "Reza"].
    func personWords(_ candidate: Candidate) -> (first: Int, words: [String]) {
        var first = candidate.first
        while first < candidate.last {
            let lower = c.lower[first]
            // ("YB Tuan Lee Ting Han": after "YB", "Yang Berhormat", "Tuan" and "Puan" are honorifics, not names.)
            let malayHonorific = ["tuan", "puan"].contains(lower) && first > 0 && ["yb", "berhormat"].contains(c.lower[first - 1])
            // ("Dato' Sri": the apostrophe may be a token of its own.)
            let beforeSri = first > 1 && (c.lower[first - 1] == "'" || c.lower[first - 1] == "’") ? first - 2 : first - 1
            let titleSri = lower == "sri" && beforeSri >= 0 && (Lexicon.titlesBeforeSri.contains(c.lower[beforeSri])
                || Lexicon.titlesBeforeSri.contains(c.lower[beforeSri] + "'"))
            if c.tokens[first].kind == .punctuation || (lower == "tan" && c.lowerIs(first + 1, "sri")) || malayHonorific || titleSri || (Lexicon.honorifics.contains(lower) && !(c.tokens[first].end - c.tokens[first].start == 1 && isInitial(first) && !isHonorificInitials(first))) {
                first += 1
            } else {
                break
            }
        }
        var words: [String] = []
        for t in first...candidate.last where c.tokens[t].kind == .word { words.append(Normalizer.fold(c.words[t])) }
        return (first, words)
    }
    /// "H.E." before a name is an honorific, not initials.
    func isHonorificInitials(_ t: Int) -> Bool {
        (c.lower[t] == "h" && c.lowerIs(t + 2, "e")) || (c.lower[t] == "e" && c.lowerIs(t - 2, "h"))
    }

    /// Groups candidates into entities, finds every mention of every alias, and drops entities never
    /// mentioned outside a longer name.
    func finish() -> [EntityInfo] {
        var sets = UnionFind(count: candidates.count)
        func find(_ x: Int) -> Int { sets.find(x) }
        func union(_ a: Int, _ b: Int) { sets.union(a, b) }
        // Same type + same normalised name.
        var byKey: [EntityType: [String: Int]] = [:]
        var personInfo: [Int: (first: Int, words: [String])] = [:]
        var adjusted = candidates
        // Normalised name of each candidate that stands for its gazetteer entry or is not from the gazetteer;
        // repeated gazetteer hits ("ASEAN" a hundred times) join their first hit by id, without string work.
        var normalisedOf: [Int: String] = [:]
        var firstOfGazetteerID: [Int: Int] = [:]
        for (index, candidate) in candidates.enumerated() where !candidate.isDropped {
            var key: String
            if candidate.type == .person {
                let info = personWords(candidate)
                guard !info.words.isEmpty else { continue }
                personInfo[index] = info
                adjusted[index].first = info.first
                adjusted[index].name = c.string(tokens: info.first, candidate.last)
                // Spacing is not identity: "Trương TấnSang" and "Trương Tân Sang" are one name.
                key = info.words.joined()
            } else {
                if let id = candidate.gazetteerID {
                    if let first = firstOfGazetteerID[id] { union(first, index); continue }
                    firstOfGazetteerID[id] = index
                }
                key = Normalizer.key(candidate.canonical ?? candidate.name)
                normalisedOf[index] = key
            }
            if let existing = byKey[candidate.type]?[key] { union(existing, index) } else { byKey[candidate.type, default: [:]][key] = index }
        }
        for (a, b) in links { union(a, b) }
        // "Sovcombank" and "Sovcombank PJSC": a name that is a company's name without its legal form is that company,
        // whatever its own words suggested ("Russia's Sovcombank" read as a place).
        var companiesByBareName: [String: Int] = [:]
        for (index, key) in normalisedOf.sorted(by: { $0.key < $1.key }) where candidates[index].type == .organization {
            // (Also without a legal form before it, "PT Konawe Nikel Prima", or a word for a company after it, "Molochnaya
            // Dolina Group", "Song Hau Seafood Joint Stock Company".)
            var words = key.split(separator: " ")
            while words.count >= 2, let last = words.last, EntityBuilder.companySuffixes.contains(String(last)) { words.removeLast() }
            // (A word for a company goes only when two words stay: "Kazan Group" does not make Kazan a company.)
            while words.count >= 3, let last = words.last, EntityBuilder.companyWords.contains(String(last)) { words.removeLast() }
            while words.count >= 2, let first = words.first, EntityBuilder.leadingLegalForms.contains(String(first)) { words.removeFirst() }
            if words.count < key.split(separator: " ").count { companiesByBareName[words.joined(separator: " ")] = index }
        }
        if !companiesByBareName.isEmpty {
            for (index, key) in normalisedOf.sorted(by: { $0.key < $1.key }) where candidates[index].gazetteerID == nil {
                guard let company = companiesByBareName[key] else { continue }
                // ("Laos–China Railway" beside "Laos-China Railway Company Limited": a place named by its head stays one.)
                if candidates[index].type == .location, let head = key.split(separator: " ").last,
                   Lexicon.locationHeads.contains(String(head)) { continue }
                adjusted[index].type = .organization
                if adjusted[index].subtype != nil, candidates[index].type != .organization { adjusted[index].subtype = nil }
                union(company, index)
            }
            // ("Amurbank said": a one-word "person"; "Konawe Nikel Prima's president director", "Molochnaya Dolina said".)
            // ("Maria Consuelo Durano-Lim … Durano-Lim" beside "Durano-Lim Holdings": the surname of a person named in full
            // stays hers.)
            // (Any tail of the name: "Durano-Lim" is two words.)
            let surnamesOfFullNames = Set(personInfo.values.filter { $0.words.count >= 2 && isGivenName($0.words[0].lowercased()) }
                .flatMap { info in (1..<info.words.count).map { Normalizer.key(info.words[$0...].joined(separator: " ")) } })
            for (index, info) in personInfo.sorted(by: { $0.key < $1.key }) where info.words.count <= 4 {
                let name = Normalizer.key(info.words.joined(separator: " "))
                guard let company = companiesByBareName[name], !surnamesOfFullNames.contains(name),
                      !(info.words.count >= 2 && isGivenName(info.words[0].lowercased())) else { continue }
                adjusted[index].type = .organization
                union(company, index)
            }
        }
        // One person written in both scripts and in several cases: "Андрей Кравцов" = "Andrei Kravtsov",
        // "Владимира Чистякова" = "Владимир Чистяков".
        var bySkeleton: [String: Int] = [:]
        var hasCyrillic: [String: Bool] = [:]
        for (index, info) in personInfo.sorted(by: { $0.key < $1.key }) {
            let full = info.words.filter { $0.count > 1 }
            guard full.count >= 2, let first = full.first, let last = full.last else { continue }
            let key = NameSkeleton.ofPerson(first) + " " + NameSkeleton.ofPerson(last)
            let cyrillic = full.contains { $0.unicodeScalars.first.map(Scalars.isCyrillic) ?? false }
            if let other = bySkeleton[key] {
                if cyrillic || hasCyrillic[key] == true { union(other, index) }
            } else {
                bySkeleton[key] = index
            }
            if cyrillic { hasCyrillic[key] = true }
        }
        // "зоопарка Кхао Кхео Сакчай Тхонгпхан" beside "Sakchai Thongphan": a Cyrillic run of three words or more that
        // meets no Latin name in full may end in one; the words before it name a place or a body.
        var latinKeys: [String: Int] = [:]
        let longCyrillicNames = personInfo.values.contains { $0.words.count >= 3 && $0.words[0].unicodeScalars.first.map(Scalars.isCyrillic) == true }
        for (index, info) in personInfo.sorted(by: { $0.key < $1.key }) where longCyrillicNames {
            let full = info.words.filter { $0.count > 1 }
            guard full.count >= 2, !(full[0].unicodeScalars.first.map(Scalars.isCyrillic) ?? true) else { continue }
            latinKeys[NameSkeleton.ofPerson(full[0]) + " " + NameSkeleton.ofPerson(full[full.count - 1])] = index
        }
        for (index, info) in personInfo.sorted(by: { $0.key < $1.key }) where !latinKeys.isEmpty && info.words.count >= 3
            && info.words.allSatisfy({ $0.count > 1 }) && info.words[0].unicodeScalars.first.map(Scalars.isCyrillic) == true {
            // The Latin name each run from word `k` to the last would be: none for the whole run, one for a shorter run.
            let lastSkeleton = " " + NameSkeleton.ofPerson(info.words[info.words.count - 1])
            let twinFrom = { (k: Int) in latinKeys[NameSkeleton.ofPerson(info.words[k]) + lastSkeleton] }
            guard twinFrom(0) == nil,
                  let (start, twin) = (1...(info.words.count - 2)).lazy.compactMap({ k in twinFrom(k).map { (k, $0) } }).first
            else { continue }
            // The start token of the word that opens the name.
            var token = info.first, seen = 0
            while token < candidates[index].last, seen < start { if c.tokens[token].kind == .word { seen += 1 }; token += 1 }
            adjusted[index].first = token
            adjusted[index].name = c.string(tokens: token, candidates[index].last)
            personInfo[index] = (token, Array(info.words[start...]))
            union(twin, index)
        }
        // A Russian organisation in several cases is one: "Русский дом в Ханое", "Русского дома в Ханое".
        var cyrillicOrganizations: [String: Int] = [:]
        for (index, key) in normalisedOf.sorted(by: { $0.key < $1.key }) where candidates[index].type == .organization {
            guard key.unicodeScalars.first.map(Scalars.isCyrillic) == true else { continue }
            let skeleton = key.split(separator: " ").map { NameSkeleton.russianStem(String($0)) }.joined(separator: " ")
            if let other = cyrillicOrganizations[skeleton] { union(other, index) } else { cyrillicOrganizations[skeleton] = index }
        }
        // A Russian organisation name joins the one English name it translates word by word, in a text that mixes the two:
        // "Министерства культуры Российской Федерации" → "Ministry of Culture of the Russian Federation".
        var englishOrganizations: [Int: [String]] = [:]
        for (index, key) in normalisedOf.sorted(by: { $0.key < $1.key }) where candidates[index].type == .organization
            && key.unicodeScalars.first.map({ Scalars.isLatinLetter($0) }) == true {
            let words = key.split(separator: " ").map(String.init)
            if words.count > (englishOrganizations[find(index)]?.count ?? 0) { englishOrganizations[find(index)] = words }
        }
        if !cyrillicOrganizations.isEmpty, !englishOrganizations.isEmpty {
            // The consonants of each English name's one word and of its first word, computed once.
            var rootsBySkeleton: [String: [Int]] = [:], rootsByFirstSkeleton: [String: [Int]] = [:]
            for (root, words) in englishOrganizations.sorted(by: { $0.key < $1.key }) {
                guard let first = words.first, let skeleton = OrganisationTranslation.oneWordSkeleton(first) else { continue }
                if words.count == 1 { rootsBySkeleton[skeleton, default: []].append(root) }
                rootsByFirstSkeleton[skeleton, default: []].append(root)
            }
            for index in cyrillicOrganizations.values.sorted() {
                let russianWords = normalisedOf[index].map { $0.split(separator: " ").map(String.init) } ?? []
                // "Водоход" = "Vodohod": a one-word name joins the one one-word English name spelt with its consonants.
                if russianWords.count == 1, let skeleton = OrganisationTranslation.oneWordSkeleton(russianWords[0]) {
                    // (Else the one English name it opens: "ВинаВолга" = "VinaVolga Shipbuilding LLC".)
                    let matches = rootsBySkeleton[skeleton] ?? rootsByFirstSkeleton[skeleton] ?? []
                    if matches.count == 1, let match = matches.first { union(match, index) }
                    continue
                }
                guard let russian = OrganisationTranslation.reading(russianWords) else { continue }
                func scores(_ reading: [OrganisationTranslation.RussianWord]) -> [(Int, Double)] {
                    englishOrganizations.compactMap { root, words in
                        OrganisationTranslation.coverage(reading, english: words).map { (root, $0) }
                    }.filter { $0.1 >= 0.6 }
                }
                var scored = scores(russian)
                if scored.isEmpty, let short = OrganisationTranslation.withoutDedication(russianWords).flatMap(OrganisationTranslation.reading) {
                    scored = scores(short)
                }
                guard let best = scored.max(by: { $0.1 < $1.1 }), scored.filter({ $0.1 == best.1 }).count == 1 else { continue }
                union(best.0, index)
            }
        }
        // Short forms of people join the one full name they fit: "Lavrov", "S.V. Lavrov" → "Sergey Lavrov".
        var fullPeople: [Int: [String]] = [:]   // root → words of its longest full form, the first in the text on a tie
        // In candidate order: Dictionary order is seeded per process, and the tie decides the surname.
        // Every full form of each person, in both scripts: "Динара Хайруллина" and "Dinara Khairullina".
        var fullForms: [Int: [[String]]] = [:]
        for (index, info) in personInfo.sorted(by: { $0.key < $1.key }) where info.words.filter({ $0.count > 1 }).count >= 2 {
            let root = find(index)
            if (fullPeople[root]?.count ?? 0) < info.words.count { fullPeople[root] = info.words }
            fullForms[root, default: []].append(info.words)
        }
        // Surnames two people share ("the Orlov brothers"): each is then called by the first name.
        var rootsBySurname: [String: Set<Int>] = [:]
        for (root, words) in fullPeople { if let last = words.last { rootsBySurname[last, default: []].insert(root) } }
        // Names in which a word is some full name's surname: a lone given name is then not that person's.
        let surnames = Set(fullForms.values.flatMap { $0.compactMap(\.last) })
        for (index, info) in personInfo.sorted(by: { $0.key < $1.key }) {
            let full = info.words.filter { $0.count > 1 }
            // "Hairul Nizam" inside "Awang Hairul Nizam bin Abdul Latif": a shorter run of exactly one longer name.
            if full.count >= 2, info.words.count == full.count {
                var hosts = Set(fullForms.filter { $0.value.contains { $0.count > full.count && $0.containsRun(full) } }.map(\.key))
                // "Мохд Хайрул Низам" inside "Mohd Khairul Nizam Ismail": the same run in the other script, by consonants.
                if hosts.isEmpty, full.contains(where: { $0.unicodeScalars.first.map(Scalars.isCyrillic) ?? false }) {
                    let skeleton = full.map(NameSkeleton.ofPerson)
                    hosts = Set(fullForms.filter { $0.value.contains { form in
                        form.count > full.count && !(form.first?.unicodeScalars.first.map(Scalars.isCyrillic) ?? true)
                            && form.map(NameSkeleton.ofPerson).containsRun(skeleton) } }.map(\.key))
                }
                if hosts.count == 1, let host = hosts.first, find(index) != host { union(host, index) }
                continue
            }
            guard full.count == 1, let surname = full.last else { continue }
            let initials = info.words.filter { $0.count == 1 }
            var matches = Set<Int>()
            let surnameIsCyrillic = surname.unicodeScalars.first.map(Scalars.isCyrillic) ?? false
            for (root, words) in fullPeople {
                let forms = fullForms[root] ?? [words]
                let lastMatches = forms.contains { $0.last == surname }
                    || (surnameIsCyrillic && words.last.map { NameSkeleton.ofPerson($0) == NameSkeleton.ofPerson(surname) } == true)
                // The first word: of a three-word name ("Le Luong Minh" → "Le"), of a name whose surname another person
                // shares, or of any name when no one has it as a surname ("Datuk Norhayati" → "Norhayati Ismail").
                let firstMatches = (words.count >= 3 || (rootsBySurname[words.last ?? ""]?.count ?? 0) >= 2 || !surnames.contains(surname))
                    && forms.contains(where: { $0.first == surname }) && initials.isEmpty
                // "Dato Rizal" for "Mohd Rizal bin Haji Abdul Latif": the personal name before a patronymic.
                let beforePatronymic = initials.isEmpty && (words.firstIndex { EntityBuilder.patronymicConnectors.contains($0) }
                    .map { $0 >= 1 && words[$0 - 1] == surname } ?? false)
                guard lastMatches || firstMatches || beforePatronymic else { continue }
                if let initial = initials.first, words.first?.first.map(String.init) != initial { continue }
                matches.insert(root)
            }
            if matches.count == 1, let root = matches.first { union(root, index) }
        }

        // A shorter organisation or agreement name inside exactly one longer one of the same type is that
        // one: "Business Council" → "Russia-ASEAN Business Council", "Declaration of Strategic Partnership" → "Joint …".
        var keysByRoot: [Int: (type: EntityType, words: [String])] = [:]
        for (index, normalised) in normalisedOf.sorted(by: { $0.key < $1.key }) {
            let candidate = candidates[index]
            guard candidate.type == .organization || candidate.type == .agreement else { continue }
            let root = find(index)
            let count = normalised.utf8.reduce(1) { $0 + ($1 == 32 ? 1 : 0) }
            if (keysByRoot[root]?.words.count ?? 0) < count {
                // (Russian words without their case endings: "Самарским университетом" inside "Самарского университета им. Королёва".)
                keysByRoot[root] = (candidate.type, normalised.split(separator: " ").map { word in
                    word.unicodeScalars.first.map(Scalars.isCyrillic) == true ? NameSkeleton.russianStem(String(word)) : String(word)
                })
            }
        }
        // Every run of two or more words of every name, pointing at the names that contain it.
        // Only runs that could equal some shorter name are built: same first word, a length some name has.
        var hostsOfRun: [String: Set<Int>] = [:]
        let firstWords = Set(keysByRoot.values.compactMap { $0.words.count >= 2 ? $0.words.first : nil })
        let lengths = Set(keysByRoot.values.map { $0.words.count }.filter { $0 >= 2 })
        for (root, entry) in keysByRoot where entry.words.count >= 3 && entry.words.count <= 40 {
            for start in 0..<(entry.words.count - 1) where firstWords.contains(entry.words[start]) {
                for end in (start + 2)...min(entry.words.count, start + 12) where end - start < entry.words.count && lengths.contains(end - start) {
                    hostsOfRun[entry.type.rawValue + "|" + entry.words[start..<end].joined(separator: " "), default: []].insert(root)
                }
            }
        }
        var containedJoins: [(Int, Int)] = []
        for (root, entry) in keysByRoot where entry.words.count >= 2 {
            let hosts = (hostsOfRun[entry.type.rawValue + "|" + entry.words.joined(separator: " ")] ?? []).subtracting([root])
            if hosts.count == 1, let host = hosts.first, let words = keysByRoot[host]?.words, EntityBuilder.isSameBody(entry.words, inside: words) {
                containedJoins.append((root, host))
            }
        }
        // "Pushkin Institute" → "Pushkin State Russian Language Institute", "Kazan Conservatory" → "Kazan State
        // Conservatory": a name word and a head that open and close exactly one longer name of the same type.
        for (root, entry) in keysByRoot where entry.type == .organization && entry.words.count == 2
            && Lexicon.organizationHeads.contains(entry.words[1]) && !CommonWords.isTopic(entry.words[0])
            && !Lexicon.demonyms.contains(entry.words[0]) {
            let hosts = keysByRoot.filter { $0.key != root && $0.value.type == .organization && $0.value.words.count >= 3
                && $0.value.words.first == entry.words[0] && $0.value.words.last == entry.words[1] }
            if hosts.count == 1, let host = hosts.first { containedJoins.append((root, host.key)) }
        }
        // "Transsignal" → "Transsignal Systems JSC", "Sibsolar" → "Sibsolar Energy": a one-word company name (no common
        // word, nationality or acronym) that opens exactly one longer organisation's name of up to four words.
        for (root, entry) in keysByRoot where entry.type == .organization && entry.words.count == 1 {
            let word = entry.words[0]
            guard word.count >= 4, !isCommon(word), !Lexicon.demonyms.contains(word), !CommonWords.isTopic(word),
                  word.unicodeScalars.allSatisfy({ $0.isASCII }) else { continue }
            // (Not "Rosatom Technical Academy": a body with a head of its own after the name is another body.)
            let hosts = keysByRoot.filter { $0.key != root && $0.value.type == .organization && (2...4).contains($0.value.words.count)
                && $0.value.words.first == word && $0.value.words.dropFirst().allSatisfy { rest in
                    EntityBuilder.companySuffixes.contains(rest) || EntityBuilder.corporateWords.contains(rest)
                        || !Lexicon.organizationHeads.contains(rest) && !Lexicon.subunitHeads.contains(rest) } }
            guard hosts.count == 1, let host = hosts.first,
                  candidates.indices.contains(where: { find($0) == root && !c.tokens[candidates[$0].first].isAllCaps }) else { continue }
            containedJoins.append((root, host.key))
        }
        for (a, b) in containedJoins { union(a, b) }

        // Entities: canonical names and aliases (surface forms as written).
        var groups: [Int: [Int]] = [:]
        for index in candidates.indices where !candidates[index].isDropped && (candidates[index].type != .person || personInfo[index] != nil) {
            groups[find(index), default: []].append(index)
        }
        // "РАН", "МСХА", "ВМО" on their own, never spelt out in the text nor known to the gazetteer: the reader cannot tell
        // which body they are, and they are mostly pieces of a longer name ("ЗИН РАН", "РГАУ-МСХА").
        // (Kept when the text also writes it in Latin letters: "РАЭ" beside "RAE", "ФИДЕ" beside "FIDE".)
        let bareAcronyms = groups.filter { $0.value.allSatisfy(isBareCyrillicAcronym) }
        if !bareAcronyms.isEmpty {
            let latinCapitals = Set((0..<c.count).lazy.filter { c.tokens[$0].isAllCaps && !Scalars.isCyrillic(c.text[c.tokens[$0].start]) }
                .map { c.words[$0] })
            for (root, members) in bareAcronyms
            where !members.contains(where: { latinCapitals.contains(EntityBuilder.transliterated(c.words[candidates[$0].first]).uppercased()) }) {
                groups[root] = nil
            }
        }
        struct Draft {
            var name: String
            var type: EntityType
            var subtype: String?
            var aliases: [[String]]
            var roles: [RoleInfo]
        }
        var drafts: [Draft] = []
        var rootToDraft: [Int: Int] = [:]
        var surnameOwners: [String: Set<Int>] = [:]
        for root in groups.keys.sorted() {
            let members = groups[root]!
            let type = adjusted[members[0]].type
            var surfaces = Set<String>()
            var aliases: [[String]] = []
            var best = adjusted[members[0]].name
            var bestScore = (-1, -1, -1)
            var subtype: String? = nil
            var canonical: String? = nil
            for m in members {
                let candidate = adjusted[m]
                if surfaces.insert(candidate.name).inserted { aliases.append((candidate.first...candidate.last).map { c.words[$0] }) }
                if let name = candidate.canonical { canonical = name }
                if subtype == nil { subtype = candidate.subtype }
                let fullWords = type == .person ? (personInfo[m]?.words.filter { $0.count > 1 }.count ?? 0) : 0
                // A name in Latin letters is the canonical one when the text gives both ("Dinara Khairullina", not
                // "Динары Хайруллиной"): it is the form the rest of the archive uses.
                let latin = candidate.name.unicodeScalars.first.map { !Scalars.isCyrillic($0) } ?? true ? 1 : 0
                let score = (latin, fullWords, candidate.name.count)
                if score > bestScore { bestScore = score; best = candidate.name }
            }
            if type == .person, let words = personInfo[members[0]].map({ _ in members.compactMap { personInfo[$0]?.words } }) {
                for w in words {
                    let full = w.filter { $0.count > 1 }
                    if let last = full.last { surnameOwners[last, default: []].insert(drafts.count) }
                }
            }
            rootToDraft[root] = drafts.count
            drafts.append(Draft(name: canonical ?? best, type: type, subtype: subtype, aliases: aliases, roles: []))
        }
        for role in roles {
            guard let draft = rootToDraft[find(role.candidate)] else { continue }
            if !drafts[draft].roles.contains(where: { $0.title == role.role.title }) { drafts[draft].roles.append(role.role) }
        }
        // Single-word aliases of people: the surname, and the first word of three-word names ("Le Luong Minh" → "Le")
        // or of a name whose surname another person shares.
        var firstNameOwners: [String: Set<Int>] = [:]
        for index in drafts.indices where drafts[index].type == .person {
            for alias in drafts[index].aliases where alias.filter({ $0 != "." && $0.count > 1 }).count >= 2 {
                firstNameOwners[Normalizer.fold(alias[0]), default: []].insert(index)
            }
        }
        for index in drafts.indices where drafts[index].type == .person {
            for alias in drafts[index].aliases {
                let words = alias.filter { $0 != "." && $0.count > 1 }
                guard words.count >= 2 else { continue }
                let sharedSurname = (surnameOwners[Normalizer.fold(words.last!)]?.count ?? 0) >= 2
                    && (firstNameOwners[Normalizer.fold(words.first!)]?.count ?? 0) <= 1
                for extra in [words.last!] + (words.count >= 3 || sharedSurname ? [words.first!] : []) {
                    let owners = surnameOwners[Normalizer.fold(extra)] ?? []
                    if owners.count <= 1, !drafts[index].aliases.contains([extra]) { drafts[index].aliases.append([extra]) }
                }
            }
        }

        // Mentions: longest alias first, left to right, no overlaps.
        var index: [String: [(tokens: [String], draft: Int)]] = [:]
        for (d, draft) in drafts.enumerated() {
            for alias in draft.aliases { index[alias[0], default: []].append((alias, d)) }
        }
        for key in index.keys { index[key]!.sort { $0.tokens.count > $1.tokens.count || ($0.tokens.count == $1.tokens.count && $0.draft < $1.draft) } }
        var mentions: [[MentionInfo]] = Array(repeating: [], count: drafts.count)
        let lowercaseAliases = index.keys.contains { !($0.unicodeScalars.first.map(Scalars.isUpper) ?? true) }
        var t = 0
        while t < c.count {
            guard !c.excluded[t], c.tokens[t].kind != .number, lowercaseAliases || c.tokens[t].isCapitalized,
                  let options = index[c.words[t]] else { t += 1; continue }
            var matched = false
            for option in options where t + option.tokens.count <= c.count {
                var ok = true
                for k in 1..<option.tokens.count where c.words[t + k] != option.tokens[k] || c.excluded[t + k] { ok = false; break }
                guard ok else { continue }
                let last = t + option.tokens.count - 1
                // A word continuing the name ("Lavrov" inside "Lavrovsky", "Russia" in "Russia-based") is no mention.
                if last + 1 < c.count, c.adjacent(last, last + 1), c.tokens[last + 1].kind == .word,
                   c.lower[last + 1] != "’s", c.lower[last + 1] != "'s" { continue }
                let span = c.spanOf(tokens: t, last)
                mentions[option.draft].append(MentionInfo(span: span, sentenceIndex: max(0, c.tokens[t].sentence), surface: c.text.string(span)))
                t = last + 1
                matched = true
                break
            }
            if !matched { t += 1 }
        }

        var result: [(Int, EntityInfo)] = []
        for (d, draft) in drafts.enumerated() where !mentions[d].isEmpty {
            var aliases: [String] = []
            for mention in mentions[d] where !aliases.contains(mention.surface) { aliases.append(mention.surface) }
            if !aliases.contains(draft.name) { aliases.insert(draft.name, at: 0) }
            // "the Lao Ministry of Natural Resources and Environment": the name with the nationality before it, as
            // written, is a surface form of the organisation too.
            if draft.type == .organization {
                for mention in mentions[d] {
                    let t = c.tokenIndex(atOrAfter: mention.span.start) - 1
                    guard t >= 0, c.tokens[t].isCapitalized, Lexicon.demonyms.contains(c.lower[t]),
                          c.tokens[t].end + 1 == mention.span.start, c.text[c.tokens[t].end] == " " else { continue }
                    let prefixed = c.words[t] + " " + mention.surface
                    if !aliases.contains(prefixed) { aliases.append(prefixed) }
                }
            }
            result.append((mentions[d][0].span.start, EntityInfo(name: draft.name, type: draft.type, aliases: aliases,
                                                                 subtype: draft.subtype, roles: draft.roles, mentions: mentions[d])))
        }
        return result.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

extension Array where Element: Equatable {
    /// Whether `run` occurs in the array as consecutive elements.
    func containsRun(_ run: [Element]) -> Bool {
        guard !run.isEmpty, run.count <= count else { return false }
        return (0...(count - run.count)).contains { start in run.indices.allSatisfy { self[start + $0] == run[$0] } }
    }
}
