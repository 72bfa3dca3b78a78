extension EntityBuilder {
    // MARK: - Capitalised chunks

    struct Unit {
        var first: Int
        var last: Int
        var lower: String
        var isInitial = false
        var isConnector = false
        var isHyphenated = false
    }

    /// Legal forms that end a company's name and take no complement: "Volga BioPharm JSC of Russia" is "Volga BioPharm JSC".
    static let companySuffixes: Set<String> = ["sdn", "bhd", "berhad", "co", "corp", "inc", "ltd", "llc", "plc", "pte", "pt", "tbk", "pcl",
                                               "jsc", "pjsc", "ojsc", "cjsc", "gmbh", "ag", "sa", "nv", "bv", "ooo", "ао", "пао", "ооо", "limited"]
    /// Russian prepositions and nouns for places after which a capitalised word names the place ("из Баттамбанга").
    static let russianPlacePrepositions: Set<String> = ["в", "во", "из", "на", "с", "со", "под", "от", "до", "для", "к", "ко"]
    static let russianPlaceNouns: Set<String> = ["парка", "города", "провинции", "области", "района", "края", "острова",
                                                 "заповедника", "штата", "республики", "деревни", "села", "порта", "округа",
                                                 "зоопарка", "музея", "театра", "университета", "института", "центра",
                                                 "библиотеки", "компании", "фонда", "клуба", "больницы", "госпиталя", "храма"]
    /// Russian titles, in the nominative and genitive, that stand a few words before a person's name.
    static let russianTitles: Set<String> = [
        "консул", "консула", "генконсул", "генконсула", "посол", "посла", "министр", "министра", "замминистра", "директор",
        "директора", "ректор", "ректора", "проректор", "проректора", "президент", "президента", "губернатор", "губернатора",
        "руководитель", "руководителя", "председатель", "председателя", "заместитель", "заместителя", "профессор",
        "профессора", "доцент", "доцента", "хирург", "хирурга", "врач", "врача", "рейнджер", "рейнджера", "тренер", "тренера",
        "декан", "декана", "заведующий", "заведующая", "заведующего", "глава", "главы", "мэр", "мэра", "атташе", "советник",
        "советника", "посланник", "исследователь", "исследователя", "сотрудник", "сотрудница", "преподаватель", "учитель",
        "учительница", "студент", "студентка", "аспирант", "аспирантка", "доктор", "художник", "художница", "журналист",
        "лесничий", "лесничего", "датук", "дато", "пуан",
    ]
    /// Heads of a university's units, and of universities.
    static let universityUnitHeads: Set<String> = ["faculty", "department", "institute", "college", "school", "laboratory", "chair"]
    static let universityHeads: Set<String> = ["university", "universiti", "universitas", "conservatory"]
    /// Words that only grade a body's head: "General Department", "Main Directorate", "Central Office".
    static let genericHeadWords: Set<String> = ["general", "main", "central", "chief", "supreme", "higher", "principal"]
    /// Malay and Arabic patronymics inside a person's name: "… bin Abdul Latif", "… binti Ismail".
    static let patronymicConnectors: Set<String> = ["bin", "binti", "binte", "bte", "bt", "anak"]
    /// Endings of Russian surnames in any case: "Тихомирова", "Тихомировой", "Волкову", "Чайковский".
    static let russianSurnameEndings = ["ов", "ова", "ову", "овой", "овым", "ев", "ева", "еву", "евой", "евым", "ёв", "ёва",
                                        "ин", "ина", "ину", "иной", "иным", "ын", "ына", "ский", "ская", "ского", "ской",
                                        "цкий", "цкая", "цкого", "цкой", "ко", "чук", "юк", "ых", "их"]
    /// Particles inside Portuguese, Spanish, Dutch and German names: "Mariano da Silva Pinto", "Joana dos Santos".
    /// (Filipino names join theirs to the surname: "Jerome dela Paz", "Ana delos Reyes".)
    static let nameParticles: Set<String> = ["da", "das", "dos", "de", "van", "von", "dela", "delos", "del"]
    static let connectors: Set<String> = ["bte", "binte", "anak", "of", "the", "and", "for", "on", "in", "to", "between", "de", "da", "das", "dos", "van", "von", "bin", "binti", "al", "el", "ng", "в", "и",
                                          "dela", "delos", "del"]

    /// Plural nouns for groups of people whose associations carry their name: "Manufacturers'", "Farmers'", "Veterans'".
    static func isGroupOfPeople(_ lower: String) -> Bool {
        ["ers", "ors", "ists", "ians", "ants", "ents"].contains { lower.hasSuffix($0) } || ["people", "women", "children", "men", "veterans"].contains(lower)
    }

    /// A capitalised word (with hyphenated parts: "ADMM-Plus", "Secretary-General") or an initial ("S.").
    func capUnit(_ i: Int, end: Int) -> Unit? {
        guard i < end, isCapWord(i) else { return nil }
        // "US$", "S$": a currency sign follows.
        if i + 1 < c.count, c.adjacent(i, i + 1), c.text[c.tokens[i + 1].start] == "$" { return nil }
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
        // Plural possessive inside names: "Foreign Ministers' Meeting", "Rubber Glove Manufacturers' Association",
        // but not "Sciences’ Institute": a body's possessive before another body's head starts a second name.
        if last + 2 < end, c.adjacent(last, last + 1), Scalars.isApostrophe(c.text[c.tokens[last + 1].start]),
           c.tokens[last + 1].kind == .punctuation, lower.hasSuffix("s") || lower == "people", isCapWord(last + 2),
           !Lexicon.organizationHeads.contains(c.lower[last + 2]) || EntityBuilder.isGroupOfPeople(lower) {
            last += 1
        }
        // "People's Committee", "Children's Fund", "Women's Union": the possessive of a group of people.
        if last + 2 < end, ["people", "children", "women", "men", "workers", "veterans"].contains(lower), c.adjacent(last, last + 1),
           ["’s", "'s"].contains(c.lower[last + 1]) || (Scalars.isApostrophe(c.text[c.tokens[last + 1].start]) && c.lowerIs(last + 2, "s")
                                                         && c.adjacent(last + 1, last + 2)) {
            let after = ["’s", "'s"].contains(c.lower[last + 1]) ? last + 2 : last + 3
            if after < end, isCapWord(after) { last = after - 1 }
        }
        // "Peter the Great", "Catherine the Great": an epithet is part of the name.
        if last + 2 < end, c.lowerIs(last + 1, "the"), c.tokens[last + 2].isCapitalized, ["great", "elder", "younger"].contains(c.lower[last + 2]) {
            last += 2
            lower += " the " + c.lower[last]
        }
        // "Golden Angkor Rice Co., Ltd.": two legal forms with a comma between are one.
        if EntityBuilder.companySuffixes.contains(lower), last + 2 < end, c.isPunctuation(last + 1, ",") || c.isPunctuation(last + 1, "."),
           let k = [last + 2, last + 3].first(where: { $0 < end && c.isWord($0) && EntityBuilder.companySuffixes.contains(c.lower[$0]) }),
           (last + 1..<k).allSatisfy({ c.isPunctuation($0, ",") || c.isPunctuation($0, ".") }) {
            last = k
            lower = c.lower[k]
        }
        // "St. Petersburg International Economic Forum": the abbreviation's full stop stays inside.
        // "Semenanjung Biologics Sdn. Bhd.", "Acme Co. Ltd." likewise.
        // (Before another legal form only: "Mekong Pearl Cruises JSC. Её …" ends a sentence.)
        if last == i, ["st", "mt", "ft"].contains(lower) || EntityBuilder.companySuffixes.contains(lower) && i + 2 < c.count
            && EntityBuilder.companySuffixes.contains(c.lower[i + 2]),
           c.isPunctuation(i + 1, "."), c.adjacent(i, i + 1), isCapWord(i + 2) {
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
        // (A list item is no headline: "- Protocol on …, between EDL and PJSC Power Machines;".)
        let isListItem = c.text[span.end - 1] == ";" || c.text[span.end - 1] == ","
            || (range.lowerBound < c.count && (c.isDash(range.lowerBound) || c.isPunctuation(range.lowerBound, "•") || c.isPunctuation(range.lowerBound, "*")))
        if words >= 3, capitalised * 10 >= words * 7, isWholeLine, !isListItem, c.text[span.end - 1] != ".", span.end - span.start < 200 { return }

        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            guard let firstUnit = capUnit(i, end: end) else { i += 1; continue }
            var units = [firstUnit]
            var j = firstUnit.last + 1
            while j < end {
                if let unit = capUnit(j, end: end) { units.append(unit); j = unit.last + 1; continue }
                // "Nam Ngum 1 Hydropower Plant", "Unit 2 Power Station": a small number inside a facility's name.
                if c.isNumber(j), c.tokens[j].end - c.tokens[j].start <= 2, !c.adjacent(j - 1, j), capUnit(j + 1, end: end) != nil,
                   numberedNameHead(from: j + 1, end: end) {
                    units.append(Unit(first: j, last: j, lower: c.lower[j]))
                    j += 1
                    continue
                }
                var k = j
                var pending: [Unit] = []
                while k < end, pending.count < 3 {
                    if c.isWord(k), !c.tokens[k].isCapitalized, EntityBuilder.connectors.contains(c.lower[k]) {
                        pending.append(Unit(first: k, last: k, lower: c.lower[k], isConnector: true))
                    } else if pending.isEmpty, c.lower[k] == "'s" || c.lower[k] == "’s", c.adjacent(k - 1, k), let previous = units.last,
                              Lexicon.titleWords.contains(previous.lower) || previous.lower == "premier", let next = capUnit(k + 1, end: end),
                              EntityBuilder.officeHeads.contains(next.lower) {
                        // "the Premier's Department", "Prosecutor General's Office": an office-holder's possessive
                        // before a body's head is part of its name ("Cambodia's Ministry of Health" is not).
                        pending.append(Unit(first: k, last: k, lower: c.lower[k]))
                    } else if pending.isEmpty, c.isPunctuation(k, "&") {
                        // "Rook & Raven Chess School", "Gas & Power": an ampersand joins a name as "and" does.
                        pending.append(Unit(first: k, last: k, lower: "and", isConnector: true))
                    } else if pending.isEmpty, c.isPunctuation(k, ","), let previous = units.last, let next = capUnit(k + 1, end: end),
                              isTopicWord(previous) && isTopicWord(next)
                                || namesComplement(units) && isListNoun(previous) && isListNoun(next) {
                        // "Commission on Economic, Scientific and Technical Cooperation": a list of topic words
                        // may continue a name, as may a list of common nouns after "Department of …" ("Department
                        // of National Parks, Wildlife and Plant Conservation"); `joinTopicLists` keeps the comma only
                        // when "and" closes the list.
                        pending.append(Unit(first: k, last: k, lower: ",", isConnector: true))
                    } else if (c.lowerIs(k, "a") || c.lowerIs(k, "an")), pending.last?.lower == "of" || pending.last?.lower == "for",
                              units.contains(where: { Lexicon.agreementHeads.contains($0.lower) }) {
                        // "Memorandum of Understanding on the Preparation of a Feasibility Study": an article inside
                        // an agreement's title-case name.
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

    /// The capitalised run from `k` ends in a place's or a body's head: "… 1 Hydropower Plant".
    func numberedNameHead(from k: Int, end: Int) -> Bool {
        var t = k
        var last: Unit? = nil
        while t < end, let unit = capUnit(t, end: end) { last = unit; t = unit.last + 1 }
        guard let head = last?.lower else { return false }
        return Lexicon.locationHeads.contains(head) || (Lexicon.organizationHeads.contains(head) && !Lexicon.agreementHeads.contains(head))
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
            let surnameLed = Lexicon.surnameLikeWords.contains(first.lower) && units.count >= 3
                && !units[1].isConnector && !units[2].isConnector && isNameWord(units[1]) && isNameWord(units[2])
            // ("В ОмГПУ", "На ВДНХ": a Russian preposition opening the sentence.)
            let russianPreposition = units.count > 1 && (EntityBuilder.russianPlacePrepositions.contains(first.lower) || ["по", "о", "у"].contains(first.lower))
                && Scalars.isCyrillic(c.text[c.tokens[first.first].start])
            if first.isConnector || (EntityBuilder.functionWords.contains(first.lower) && !first.isInitial) || russianPreposition
                || (atStart && !surnameLed && !first.isInitial && isCommon(first.lower) && !isGazetteerWord(first.first)
                    && !Lexicon.organizationHeads.contains(first.lower) && !Lexicon.titleWords.contains(first.lower)) {
                units.removeFirst()
            } else {
                break
            }
        }
        // ("… of the Russian Federation Mrs. Irina Sharapova": an honorific ends the name before it.)
        while let last = units.last, last.isConnector || (units.count > 1 && ["mr", "mrs", "ms", "dr"].contains(last.lower)) { units.removeLast() }
        guard !units.isEmpty else { return }
        // "Awang Hairul Nizam bin Abdul Latif": a patronymic joins two runs of name words into one name, as a particle
        // does ("Mariano da Silva Pinto").
        for k in units.indices.dropFirst().dropLast() where units[k].isConnector
            && (EntityBuilder.patronymicConnectors.contains(units[k].lower) || EntityBuilder.nameParticles.contains(units[k].lower))
            && !units[k - 1].isConnector && !units[k + 1].isConnector && isNameWord(units[k - 1]) && isNameWord(units[k + 1]) {
            units[k].isConnector = false
        }

        joinTopicLists(&units)

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
        // "Russian Energy Week", "Singapore International Cyber Week", "Southeast Asian Games": a named recurring week or
        // games of three words or more is an organisation, as forums are ("Games", "Week" alone are no name).
        if let last = segments[0].last, ["week", "games"].contains(last.lower), segments[0].count >= 3,
           segments[0].dropLast().allSatisfy({ !isCommon($0.lower) || isGazetteerToken[$0.first] || Lexicon.demonyms.contains($0.lower)
               || isTopicWord($0) }) {
            addChunk(.organization, segments, connectorsBefore, upTo: 1, sentence: sentence)
            if segments.count > 1 { classifyRest(segments, connectorsBefore, from: 1, sentence: sentence) }
            return
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
        // "Maritime and Port Authority", "Fertilizer and Pesticide Authority": topic words joined by "and" to a headed name.
        // "Far East Investment and Export Agency": a place may lead the topics.
        // ("Bitung Marine and Fisheries Polytechnic": a place's name may lead the topics too, when a topic opens the next part.)
        let placeLed = segments.count >= 2 && segments[0].count >= 2 && isPlainNameWord(segments[0][0].first)
            && segments[0].dropFirst().allSatisfy({ isTopicWord($0) }) && segments[1].first.map({ isTopicWord($0) && !isGazetteerToken[$0.first] }) == true
        if segments.count >= 2, connectorsBefore[1].map(\.lower) == ["and"], segments[0].count <= 4, segments[0].last.map(isTopicWord) == true,
           placeLed || segments[0].allSatisfy({ isTopicWord($0) || isGazetteerToken[$0.first] || Lexicon.demonyms.contains($0.lower) }),
           segments[0].contains(where: { isTopicWord($0) && !isGazetteerToken[$0.first] }),   // "Cebu Pacific and …" is two names
           // ("Kazan Federal University and Volgograd State Medical University": a body's head ends the first name.)
           let firstLast = segments[0].last, !isBodyHead(firstLast),
           // ("Meridian Eurasia Logistics and TransSib Intermodal JSC": a name ending in a field is a company too.)
           segments[0].count == 1 || !Lexicon.organizationHeads.contains(firstLast.lower),
           let nextHead = segments[1].last?.lower, Lexicon.organizationHeads.contains(nextHead), !Lexicon.agreementHeads.contains(nextHead) {
            segments[1] = segments[0] + connectorsBefore[1] + segments[1]
            segments.removeFirst()
            connectorsBefore.removeFirst()
        }
        // "Ateneo de Manila University", "Universidad de Santo Tomas": name particles inside one name.
        let isParticle = { (connectors: [Unit]) in connectors.count == 1 && ["de", "da", "del", "van", "von"].contains(connectors[0].lower) }
        var particleRun = segments.count - 1
        while particleRun > 0, isParticle(connectorsBefore[particleRun]) { particleRun -= 1 }
        if particleRun < segments.count - 1, let lastHead = segments.last?.last?.lower,
           Lexicon.organizationHeads.contains(lastHead) || Lexicon.leadingOrganizationHeads.contains(segments[particleRun][0].lower) {
            for k in 0..<particleRun { classifySegment(segments[k], sentence: sentence) }
            addChunk(.organization, Array(segments[particleRun...]), Array(connectorsBefore[particleRun...]),
                     upTo: segments.count - particleRun, sentence: sentence)
            return
        }
        var head = segments[0].last!.lower
        // "Directorate General of Civil Aviation", "Inspectorate General": the body's head comes before "General".
        if head == "general", segments[0].count >= 2, Lexicon.organizationHeads.contains(segments[0][segments[0].count - 2].lower) {
            head = segments[0][segments[0].count - 2].lower
        }
        let firstWord = segments[0][0].lower
        // "Ibu Kota Nusantara": the Indonesian for "capital city" leads a place's name (not the honorific "Ibu").
        if firstWord == "ibu", segments[0].count >= 3, segments[0][1].lower == "kota" {
            addChunk(.location, segments, connectorsBefore, upTo: 1, sentence: sentence)
            if segments.count > 1 { classifyRest(segments, connectorsBefore, from: 1, sentence: sentence) }
            return
        }
        let cyrillicHead = Scalars.isCyrillic(c.text[c.tokens[segments[0][0].first].start])
        // "Vientiane Capital", "Phnom Penh Capital": a city named with the word for its capital territory is that city.
        if head == "capital", segments[0].count >= 2, isGazetteerPlace(Array(segments[0].dropLast())) {
            addChunk(.location, segments, connectorsBefore, upTo: 1, sentence: sentence)
            let city = segments[0][segments[0].count - 2]
            candidates[candidates.count - 1].canonical = c.string(tokens: segments[0][0].first, city.last)
            if segments.count > 1 { classifyRest(segments, connectorsBefore, from: 1, sentence: sentence) }
            return
        }

        if Lexicon.agreementHeads.contains(head) && segments[0].count + segments.count > 2 {
            // "… Plan of Action and the Minsk Agreements": a coordinated segment with its own head is a second agreement.
            var upTo = segments.count
            for k in 1..<segments.count where connectorsBefore[k].first?.lower == "and" && Lexicon.agreementHeads.contains(segments[k].last!.lower) {
                upTo = k
                break
            }
            addChunk(.agreement, segments, connectorsBefore, upTo: upTo, sentence: sentence)
            if upTo < segments.count {
                classifyRest(segments, connectorsBefore, from: upTo, sentence: sentence)
            }
            return
        }
        // "Democratic Republic of Vietnam", "Kingdom of Thailand": a state named with its country is a place.
        if ["republic", "kingdom", "empire", "sultanate", "principality", "emirate"].contains(head), segments.count == 2,
           connectorsBefore[1].map(\.lower) == ["of"] || connectorsBefore[1].map(\.lower) == ["of", "the"],
           isGazetteerPlace(segments[1]) {
            addChunk(.location, segments, connectorsBefore, upTo: 2, sentence: sentence)
            candidates[candidates.count - 1].subtype = "country"
            return
        }
        // "Geophysical Survey of the Russian Academy of Sciences": a unit named with the body it belongs to.
        let unitOfBody = Lexicon.subunitHeads.contains(head) && segments.count > 1 && connectorsBefore[1].first?.lower == "of"
            && (Lexicon.organizationHeads.contains(segments[1].last!.lower) || Lexicon.parentHeads.contains(segments[1].last!.lower))
        // ("the Russian Federation to the Philippines": a country's name is no body, whatever its last word.)
        if (Lexicon.organizationHeads.contains(head) && !Lexicon.agreementHeads.contains(head) && !isGazetteerPlace(segments[0])) || unitOfBody
            || (cyrillicHead && Lexicon.organizationHeads.contains(firstWord)) {
            if segments[0].count == 1, segments.count == 1 { return }   // a lone "Council" or "Ministry"
            // "the Lao Ministry of Labour and Social Welfare": a nationality before "Ministry of …" describes it.
            if segments[0].count == 2, segments.count > 1, Lexicon.demonyms.contains(segments[0][0].lower),
               ["ministry", "department"].contains(head), connectorsBefore[1].first?.lower == "of" {
                segments[0].removeFirst()
            }
            // Keep "of …", "for …", "and …" complements; a complement with its own head starts a new organisation.
            var upTo = 1
            while upTo < segments.count, !EntityBuilder.companySuffixes.contains(head) {
                let connector = connectorsBefore[upTo].map(\.lower)
                let segmentHead = segments[upTo].last!.lower
                let known = segments[upTo].allSatisfy { isGazetteerToken[$0.first] }
                let knownPlace = known && isGazetteerPlace(segments[upTo])
                let endsChunk = upTo == segments.count - 1 && !c.isPunctuation(segments[upTo].last!.last + 1, ",")
                // "Commission on Higher Education", "Committee of Permanent Representatives to ASEAN".
                // "Federal Service for Surveillance in Healthcare", "Centre for Excellence in Teaching": a topic after "in".
                let allowed = connector.first.map { ["of", "for", "and"].contains($0) } ?? false
                    || (connector.first == "on" && (endsChunk || segments[upTo].allSatisfy { isTopicWord($0) })
                        && !segments[upTo].contains { DateExtractor.weekdays[$0.lower] != nil || isMonthWord($0) })
                    || (connector.first == "to" && known && endsChunk)
                    || (connector == ["in"] && upTo > 1 && !known && segments[upTo].allSatisfy { isTopicWord($0) })
                let placeBound = (connector.first == "in" || connector.first == "в")
                    && (Lexicon.placeBoundHeads.contains(head) || Lexicon.placeBoundHeads.contains(firstWord))
                    && (isGazetteerWord(segments[upTo][0].first) || isGazetteerToken[segments[upTo][0].first]
                        || worldPlaceLength(at: segments[upTo][0].first) > 0)
                // ("at the Ministry in Vientiane": a lone head before the place is the ministry met before, no name.)
                if placeBound, upTo == 1, segments[0].count == 1, !["embassy", "consulate", "mission"].contains(head) { break }
                if placeBound { upTo += 1; continue }
                guard allowed else { break }
                // ("the Ministry of Information, Culture and Tourism of the Memorandum of Understanding …": an agreement
                // after "of" is what was signed there, not part of the body's name.)
                if connector.first == "of", segments[upTo].contains(where: { Lexicon.agreementHeads.contains($0.lower) }) { break }
                if connector.first == "and", upTo == 1 || connector.contains("the") || connector.contains("of") { break }
                // "Bank of Thailand and Bank Negara Malaysia", "… Academy of Sciences and Indonesia": a second body or a place.
                // ("Department of Speech Communication and Theatre Arts": a head word that does not end its segment leads none.)
                // ("University of the Philippines Diliman and Saint Petersburg State University": a second named body.)
                if connector == ["and"], segments[upTo].count >= 2, isBodyHead(segments[upTo][segments[upTo].count - 1]),
                   !isTopicWord(segments[upTo][0]), segments[upTo].count >= 3 || isGazetteerToken[segments[upTo][0].first] { break }
                if connector.first == "and", Lexicon.organizationHeads.contains(segments[upTo][0].lower)
                    && (segments[upTo].count == 1 || Lexicon.organizationHeads.contains(segmentHead))
                    || Lexicon.leadingOrganizationHeads.contains(segments[upTo][0].lower) || known
                    || c.tokens[segments[upTo][0].first].isAllCaps { break }
                // "Government of the Republic of Tatarstan and Tatneft": after a place that closes the complement, "and"
                // adds a second party ("Department of Europe and America" goes on: a place joins a place).
                // ("Institute of China and Contemporary Asia" goes on: the second part names a place too.)
                if connector.first == "and", upTo >= 2, segments[upTo - 1].allSatisfy({ isGazetteerToken[$0.first] }),
                   isGazetteerPlace(segments[upTo - 1]), let nextLast = segments[upTo].last, !isGazetteerPlace([nextLast]),
                   // ("Department of Asia and Pacific Affairs", "Institute of Russia and Eurasian Studies" go on: a field.)
                   !isTopicWord(nextLast) || Lexicon.organizationHeads.contains(nextLast.lower) { break }
                // "Institute of Oriental Studies of the Russian Academy of Sciences": a second body after "of" is its own
                // name, unless the first is a lone head ("Federation of Thai Industries") or a unit of the second
                // ("Siberian Branch of the Russian Academy of Sciences").
                // ("Philippine Association of Flour Millers Inc.": a legal form ends the whole name.)
                // ("General Department of Vietnam Customs": a head with only generic words before it is a lone head.)
                if connector.first == "of", Lexicon.organizationHeads.contains(segmentHead), !EntityBuilder.companySuffixes.contains(segmentHead),
                   !knownPlace, segments[upTo].count > 1 || connector.count > 1,
                   !(upTo == 1 && segments[0].allSatisfy({ Lexicon.organizationHeads.contains($0.lower) || EntityBuilder.genericHeadWords.contains($0.lower) })), !(upTo == 1 && Lexicon.subunitHeads.contains(head)),
                   !Lexicon.parentHeads.contains(segmentHead),
                   // ("Institute of Asian and African Studies of Moscow State University", "Faculty of Engineering of the
                   // National University of Laos": a university's faculty or institute is named with its university.)
                   !(EntityBuilder.universityUnitHeads.contains(head) && EntityBuilder.universityHeads.contains(segmentHead)) { break }
                upTo += 1
            }
            // (A lone head that kept nothing after it is still no name: "the Ministry in Hanoi", "the Council and ASEAN".)
            if upTo == 1, segments[0].count == 1, !cyrillicHead {
                classifyRest(segments, connectorsBefore, from: 1, sentence: sentence)
                return
            }
            // "Department of Foreign Affairs of the Philippines Maria Santos", "Department of Asian and Pacific
            // Cooperation Natalia Orlova": the name after the place or topic word is a person.
            var tail = segments[upTo - 1]
            if upTo > 1, let place = tail.lastIndex(where: { isGazetteerToken[$0.first] || isTopicWord($0) }), tail.count - place - 1 >= 2,
               tail[(place + 1)...].allSatisfy({ isNameWord($0) }) {
                let person = Array(tail[(place + 1)...])
                tail.removeSubrange((place + 1)...)
                var trimmed = segments
                trimmed[upTo - 1] = tail
                addChunk(.organization, trimmed, connectorsBefore, upTo: upTo, sentence: sentence)
                classifySegment(person, sentence: sentence)
            } else {
                addChunk(.organization, segments, connectorsBefore, upTo: upTo, sentence: sentence)
            }
            if upTo < segments.count {
                classifyRest(segments, connectorsBefore, from: upTo, sentence: sentence)
            }
            return
        }
        // "Mount Labo", "Koh Rong", "Jalan Sultan Haji Ahmad Shah": a place word that leads the name.
        if segments[0].count >= 2, segments[0].count <= 5, Lexicon.leadingLocationHeads.contains(firstWord),
           segments[0].dropFirst().allSatisfy({ isPlainNameWord($0.first) || isGazetteerToken[$0.first] }) {
            addChunk(.location, segments, connectorsBefore, upTo: 1, sentence: sentence)
            if segments.count > 1 { classifyRest(segments, connectorsBefore, from: 1, sentence: sentence) }
            return
        }
        // "Universitas Indonesia", "Bank Negara Malaysia": languages that put the head first.
        if let k = segments.indices.first(where: { k in Lexicon.leadingOrganizationHeads.contains(segments[k][0].lower)
            && (segments[k].count >= 2 || k + 1 < segments.count && connectorsBefore[k + 1].map(\.lower) == ["ng"]) }) {
            for earlier in segments[..<k] { classifySegment(earlier, sentence: sentence) }
            // "Kagawaran ng Edukasyon", "Samahang Mangingisda ng Bakhawan": Tagalog "ng" (of) keeps the complement.
            var end = k + 1
            while end < segments.count, connectorsBefore[end].map(\.lower) == ["ng"] { end += 1 }
            let first = segments[k][0].first, last = segments[end - 1][segments[end - 1].count - 1].last
            candidates.append(Candidate(type: .organization, name: c.string(tokens: first, last), first: first, last: last))
            if end < segments.count { classifyRest(segments, connectorsBefore, from: end, sentence: sentence) }
            return
        }
        // "Gulf of Tonkin", "Bay of Bengal": a place head with its "of" complement.
        if segments.count == 2, segments[0].count == 1, Lexicon.locationHeads.contains(firstWord),
           connectorsBefore[1].map(\.lower) == ["of"] || connectorsBefore[1].map(\.lower) == ["of", "the"] {
            addChunk(.location, segments, connectorsBefore, upTo: 2, sentence: sentence)
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
        // ("Consul General X of the Consulate General of Viet Nam": a head before "General" heads its segment.)
        if let later = segments.indices.dropFirst().first(where: { k in
            var h = segments[k].last!.lower
            if h == "general", segments[k].count >= 2 { h = segments[k][segments[k].count - 2].lower }
            return Lexicon.organizationHeads.contains(h) || Lexicon.agreementHeads.contains(h)
        }) {
            // ("Korea Hydro & Nuclear Power Co": an ampersand right before the headed segment joins one company's name.)
            if later == 1, connectorsBefore[1].count == 1, c.text[c.tokens[connectorsBefore[1][0].first].start] == "&",
               segments[0].allSatisfy({ !Lexicon.titleWords.contains($0.lower) && !$0.isInitial }) {
                addChunk(.organization, segments, connectorsBefore, upTo: 2, sentence: sentence)
                if segments.count > 2 { classifyRest(segments, connectorsBefore, from: 2, sentence: sentence) }
                return
            }
            for k in 0..<later { classifySegment(segments[k], sentence: sentence) }
            classifyRest(segments, connectorsBefore, from: later, sentence: sentence)
            return
        }
        for segment in segments { classifySegment(segment, sentence: sentence) }
    }

    /// Classifies segments `from`… as a chunk of their own (the connectors between them kept).
    mutating func classifyRest(_ segments: [[Unit]], _ connectorsBefore: [[Unit]], from start: Int, sentence: Int) {
        var rest: [Unit] = []
        for k in start..<segments.count { rest += (k == start ? [] : connectorsBefore[k]) + segments[k] }
        classify(rest, sentence: sentence, sentenceStart: -1)
    }

    mutating func addChunk(_ type: EntityType, _ segments: [[Unit]], _ connectorsBefore: [[Unit]], upTo: Int, sentence: Int) {
        let first = segments[0][0].first
        let last = segments[upTo - 1].last!.last
        candidates.append(Candidate(type: type, name: c.string(tokens: first, last), first: first, last: last))
    }

    /// One run of capitalised words without connectors: a person (with any role before the name), a
    /// location by head word, or nothing.
    mutating func classifySegment(_ segment: [Unit], sentence: Int) {
        // "Benigno Aquino III", "Nicholas II": a regnal number ends the name it follows.
        // (Only one numeral, after a word that is none: a run of numerals is no name and must not recurse.)
        let numerals: Set<String> = ["ii", "iii", "iv", "vi", "vii", "viii"]
        if segment.count >= 2, let numeral = segment.last, numerals.contains(numeral.lower), c.tokens[numeral.first].isAllCaps,
           !numerals.contains(segment[segment.count - 2].lower) {
            let before = candidates.count
            classifySegment(Array(segment.dropLast()), sentence: sentence)
            if candidates.count == before + 1, candidates[before].type == .person, candidates[before].last == segment[segment.count - 2].last {
                candidates[before].last = numeral.last
                candidates[before].name = c.string(tokens: candidates[before].first, numeral.last)
            }
            return
        }
        // "Kamenskaya St.", "Ayala Ave.": an abbreviated street word ends a street's name.
        if segment.count >= 2, let last = segment.last, ["st", "rd", "ave", "blvd"].contains(last.lower), c.isPunctuation(last.last + 1, "."),
           segment.dropLast().allSatisfy({ isPlainNameWord($0.first) || isGazetteerToken[$0.first] }) {
            let first = segment[0].first
            candidates.append(Candidate(type: .location, name: c.string(tokens: first, last.last), first: first, last: last.last))
            return
        }
        if classifyByNounAfter(segment) { return }
        if classifyByShape(segment) { return }
        // "West Java", "North Sumatra": a compass word and a bare name make a region.
        if segment.count >= 2, segment.count <= 3, Lexicon.compassWords.contains(segment[0].lower),
           segment.dropFirst().allSatisfy({ isPlainNameWord($0.first) }), !Lexicon.reportingVerbs.contains(c.lower[min(segment.last!.last + 1, c.count - 1)]) {
            let first = segment[0].first, last = segment[segment.count - 1].last
            candidates.append(Candidate(type: .location, name: c.string(tokens: first, last), first: first, last: last))
            return
        }
        // The name is the longest run of name words at the end; initials only lead it.
        var nameStart = segment.count
        while nameStart > 0, isNameWord(segment[nameStart - 1]) { nameStart -= 1 }
        // "International Affairs Jericho Bautista", "Salt Farmers": common nouns lead no name.
        while nameStart < segment.count, isCommonNoun(segment[nameStart]) { nameStart += 1 }
        // "Do Quang Vinh": a surname that is also a function word leads a name of two more words.
        if nameStart == 1, segment.count >= 3, Lexicon.surnameLikeWords.contains(segment[0].lower), c.tokens[segment[0].first].isCapitalized { nameStart = 0 }
        // Initials must come before the surname: "S.V. Lavrov", not "Lavrov S."
        // "Гидрометцентра Елена Тихомирова": a Russian given name inside a run starts the name; the words before it
        // name where the person works.
        if nameStart < segment.count, Scalars.isCyrillic(c.text[c.tokens[segment[nameStart].first].start]),
           let given = (nameStart + 1..<segment.count).first(where: { Lexicon.russianGivenNames.contains(segment[$0].lower) }),
           (2...3).contains(segment.count - given),
           // (A surname after it: "Елена Тихомирова", not "Роза Хутор" or "Надежда Сибири".)
           EntityBuilder.russianSurnameEndings.contains(where: { segment[segment.count - 1].lower.hasSuffix($0) }) {
            nameStart = given
        }
        // "в Екатеринбурге Лыонг Тхань Хай", "из Баттамбанга Сок Писет", "рейнджер парка Кинабалу Рослина Гимбад": after a
        // preposition or a noun for a place, the first word of a longer Cyrillic run names that place; the person follows.
        var afterPlace = false
        if nameStart == 0, segment.count >= 3, segment[0].first > 0, Scalars.isCyrillic(c.text[c.tokens[segment[0].first].start]),
           !segment.contains(where: { Lexicon.russianGivenNames.contains($0.lower) }), c.isWord(segment[0].first - 1),
           !c.tokens[segment[0].first - 1].isCapitalized,
           EntityBuilder.russianPlacePrepositions.contains(c.lower[segment[0].first - 1])
            || EntityBuilder.russianPlaceNouns.contains(c.lower[segment[0].first - 1]) {
            nameStart = 1
            afterPlace = true
        }
        // "лесничий Сабаха Датук Мохд Азми Сулейман": a Malay honorific inside the run opens the name.
        if nameStart == 0, let honorific = segment.indices.dropFirst().first(where: { ["датук", "дато", "тан", "пуан"].contains(segment[$0].lower) }),
           segment.count - honorific >= 3, Scalars.isCyrillic(c.text[c.tokens[segment[0].first].start]) {
            nameStart = honorific + 1
            afterPlace = true
        }
        var name = Array(segment[nameStart...])
        while let last = name.last, last.isInitial { name.removeLast() }
        // "Deputy Head of Rosselkhoznadzor Larisa Okuneva": after "<title> of" a lone first word names the body.
        if nameStart == 0, name.count >= 3, !name[0].isInitial, !name[0].isHyphenated, name[0].first >= 2,
           c.lowerIs(name[0].first - 1, "of"), Lexicon.titleWords.contains(c.lower[name[0].first - 2]),
           name.dropFirst().allSatisfy({ !$0.isConnector }) {
            let body = name.removeFirst()
            candidates.append(Candidate(type: .organization, name: c.string(tokens: body.first, body.last), first: body.first, last: body.last))
        }
        if nameStart == 0, locatedByPreposition(name) || employerAfterAt(name) { return }
        guard !name.isEmpty, name.filter({ !EntityBuilder.patronymicConnectors.contains($0.lower) }).count <= 5 else {
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
            || (firstToken == c.sentenceTokens[sentence].lowerBound && c.isPunctuation(lastToken + 1, ":")
                && lastToken + 2 < c.count && Scalars.isOpeningQuote(c.text[c.tokens[lastToken + 2].start]))   // "Fomina: “…”"
        // "Евгений Ларионов", "Ирины Колесниковой": a Russian given name before a second word.
        // (Given names that are also words, "Роза Хутор", "Вера Палас", "Надежда Сибири", need a surname after them.)
        let russianGiven = cyrillic && fullWords >= 2 && Lexicon.russianGivenNames.contains(name[0].lower)
            && (!["роза", "розы", "вера", "веры", "надежда", "надежды", "любовь", "марк", "слава"].contains(name[0].lower)
                || EntityBuilder.russianSurnameEndings.contains { name[name.count - 1].lower.hasSuffix($0) })
        // «…, — рассказал капитан команды Наттхапон Чайясит. — …»: a Russian reporting verb a few words before the name.
        // (Not a place or an adjective-led name: "Как сообщила Южная Корея".)
        let adjectiveEndings = ["ая", "ий", "ый", "ой", "ое", "ые", "ие"]
        let russianNameShape = cyrillic && fullWords >= 2 && (nameStart == 0 || afterPlace)
            && !name.contains(where: { unit in isGazetteerToken[unit.first] || adjectiveEndings.contains { unit.lower.hasSuffix($0) } })
        let reportedBefore = russianNameShape
            && (max(c.sentenceTokens[sentence].lowerBound, firstToken - 8)..<firstToken).contains { k in
                c.isWord(k) && Scalars.isCyrillic(c.text[c.tokens[k].start]) && Lexicon.reportingVerbs.contains(c.lower[k])
            }
        // "генеральный консул Вьетнама в Екатеринбурге Лыонг Тхань Хай": a Russian title a few words before the name.
        let russianTitled = russianNameShape
            && (max(c.sentenceTokens[sentence].lowerBound, firstToken - 8)..<firstToken).contains { k in
                c.isWord(k) && EntityBuilder.russianTitles.contains(c.lower[k])
            }
        let evidence = titled || reported || hasInitials || russianGiven || reportedBefore || russianTitled
        let inReferences = c.tokens[firstToken].start >= referenceListStart
        let latinTwin = cyrillic && fullWords >= 2 && !evidence && !inReferences
        guard (fullWords >= 2 && (!cyrillic || evidence || latinTwin) && (!inReferences || evidence)) || (fullWords == 1 && evidence) else { return }
        // "Председатель Приморского отделения": an adjective in the genitive after a title names a body's branch, not a person.
        if fullWords == 1, cyrillic, ["ого", "его"].contains(where: { name[0].lower.hasSuffix($0) }) { return }
        // "Она добавила": a pronoun opening a sentence is nobody's name.
        if fullWords == 1, ["он", "она", "они", "оно", "мы", "вы", "я", "как", "так", "это", "там", "где", "когда", "что", "но",
                            "и", "а", "по", "на", "в", "во", "по словам"].contains(name[0].lower) { return }
        let index = candidates.count
        candidates.append(Candidate(type: .person, name: c.string(tokens: firstToken, lastToken), first: firstToken, last: lastToken,
                                    isWeak: !evidence, needsLatinTwin: latinTwin))
        if let role = roleBefore(firstToken, sentence: sentence) { roles.append(Role(candidate: index, role: role)) }
        if let role = appositiveRole(after: lastToken) { roles.append(Role(candidate: index, role: role)) }
    }

    /// A source named only in quotes, in brackets after a quotation: “…” (“War on the Rocks”, US, 12.01.23).
    mutating func quotedSourcePass() {
        func isQuoteMark(_ t: Int) -> Bool {
            c.tokens[t].kind == .punctuation && (Scalars.isOpeningQuote(c.text[c.tokens[t].start]) || c.text[c.tokens[t].start] == "”")
        }
        var t = 1
        while t + 3 < c.count {
            defer { t += 1 }
            guard c.isPunctuation(t, "("), isQuoteMark(t - 1), isQuoteMark(t + 1) else { continue }
            var k = t + 2
            while k < c.count, k - t < 10, isCapWord(k) || (c.isWord(k) && EntityBuilder.connectors.contains(c.lower[k])) { k += 1 }
            guard k > t + 2, k + 1 < c.count, isQuoteMark(k), isCapWord(k - 1), c.isPunctuation(k + 1, ",") || c.isPunctuation(k + 1, ")") else { continue }
            candidates.append(Candidate(type: .organization, name: c.string(tokens: t + 2, k - 1), first: t + 2, last: k - 1))
        }
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
}

extension EntityBuilder {
    /// "Economic, Scientific, Technical and Cultural", "Meteorology, Climatology and Geophysical Agency": a list of
    /// topic words closed by "and" is one stretch of a name, so its commas and "and" stop separating segments.
    /// Lists whose earlier items carry a head of their own ("Ministry of Finance, Ministry of Trade and …") stay apart.
    /// The chunk so far names a body and starts its complement: "Department of", "Ministry of National", "Centre for".
    func namesComplement(_ units: [Unit]) -> Bool {
        guard let head = units.firstIndex(where: { !$0.isConnector && Lexicon.organizationHeads.contains($0.lower) }) else { return false }
        return units[(head + 1)...].contains { $0.isConnector && ($0.lower == "of" || $0.lower == "for") }
    }

    /// Heads an office-holder's possessive leads into: "the Premier's Department", "Prosecutor General's Office".
    static let officeHeads: Set<String> = ["ministry", "ministries", "department", "departments", "agency", "office", "committee",
                                         "commission", "council", "institute", "university", "faculty", "school", "centre",
                                         "center", "bureau", "service", "authority", "association", "company", "corporation",
                                         "bank", "fund", "foundation", "board", "academy", "college", "embassy", "government",
                                         "chambers"]

    /// Heads of a body that also name a field in a listed complement ("National Parks, Wildlife and Plant Conservation").
    static let listableHeads: Set<String> = ["parks", "plant", "shipping", "logistics", "healthcare", "gaming", "esports",
                                             "technologies", "systems", "solutions", "international"]

    /// A head that starts a body of its own ("Police", "Customs", "Ministry"), not a field ("Parks", "Plant").
    func isBodyHead(_ unit: Unit) -> Bool { Lexicon.organizationHeads.contains(unit.lower) && !EntityBuilder.listableHeads.contains(unit.lower) }

    /// A word of a listed complement: a topic word, or a common noun that names no place and no body. (A topic word
    /// may still be a body's head, "Police": `joinTopicLists` checks that apart.)
    func isListNoun(_ unit: Unit) -> Bool {
        guard !isTopicWord(unit) else { return true }
        guard !unit.isInitial, !unit.isConnector, !isGazetteerToken[unit.first], !isBodyHead(unit) else { return false }
        // (A plural the word list lacks: "Parks", "Invalids"; a field named by its ending: "Winemaking", "Geochemistry".)
        return isCommonNoun(unit) || unit.lower.hasSuffix("s") && CommonWords.contains(String(unit.lower.dropLast()))
            || unit.lower.count >= 8 && ["ing", "istry", "omy", "ery", "try"].contains { unit.lower.hasSuffix($0) }
    }

    func joinTopicLists(_ units: inout [Unit]) {
        var k = 0
        while k < units.count {
            guard units[k].isConnector, units[k].lower == "," else { k += 1; continue }
            var end = k
            var closed: Int? = nil
            while end < units.count {
                let unit = units[end]
                if unit.isConnector {
                    if unit.lower == "and" { closed = end; break }
                    guard unit.lower == "," else { break }
                } else if !isListNoun(unit) || isBodyHead(unit) {
                    break
                }
                end += 1
            }
            guard let and = closed, and + 1 < units.count, isListNoun(units[and + 1]), !isBodyHead(units[and + 1]) else { k = max(end, k + 1); continue }
            var start = k
            while start > 0, !units[start - 1].isConnector, isListNoun(units[start - 1]), !isBodyHead(units[start - 1]) { start -= 1 }
            guard start < k, !units[start..<k].contains(where: isBodyHead) else { k = and + 1; continue }
            for j in k...and where units[j].isConnector { units[j].isConnector = false }
            k = and + 1
        }
    }
}
