extension EntityBuilder {
    /// Russian organisation head nouns by stem: "институт", "университета", "министерство", "центра"…
    static let russianOrganizationStems = [
        "институт", "университет", "центр", "министерств", "агентств", "служб", "отряд", "фонд", "компани", "академи",
        "комитет", "совет", "банк", "корпораци", "госкорпораци", "общество", "обществ", "ассоциаци", "союз", "управлени",
        "департамент", "консульств", "представительств", "администраци", "правительств", "палат", "колледж", "школ",
        "лаборатори", "обсерватори", "музе", "библиотек", "театр", "издательств", "редакци", "холдинг", "концерн",
    ]
    /// Nouns before a guillemet name that make it an organisation: "отряда «Центроспас»", "компания «Росгео»".
    static let russianOrganizationNouns = [
        "отряд", "компани", "корпораци", "госкорпораци", "центр", "банк", "фонд", "групп", "холдинг", "ао", "ооо", "пао",
        "оао", "зао", "издательств", "газет", "журнал", "агентств", "концерн", "завод", "предприяти", "организаци",
        "фирм", "студи", "лейбл", "ансамбл", "оркестр", "клуб", "бренд", "театр",
    ]
    static let russianAdjectiveEndings = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им",
                                          "ом", "ем", "ей", "ую", "юю", "ых", "их"]

    func isCyrillicWord(_ t: Int) -> Bool {
        t >= 0 && t < c.count && c.tokens[t].kind == .word && Scalars.isCyrillic(c.text[c.tokens[t].start])
    }
    func hasStem(_ t: Int, _ stems: [String]) -> Bool {
        stems.contains { c.lower[t].hasPrefix($0) } || (stems == EntityBuilder.russianOrganizationStems && ["дом", "дома", "доме", "дому", "домом"].contains(c.lower[t]))
    }
    func isRussianAdjective(_ t: Int) -> Bool {
        c.lower[t].count >= 4 && EntityBuilder.russianAdjectiveEndings.contains { c.lower[t].hasSuffix($0) }
    }
    /// A capitalised place in the genitive after a Russian organisation: "МЧС России", "Министерство … Российской Федерации".
    func placeAfter(_ t: Int) -> Int? {
        guard t + 1 < c.count, isGazetteerToken[t + 1], isCyrillicWord(t + 1), c.tokens[t + 1].isCapitalized,
              c.tokens[t + 1].start - c.tokens[t].end == 1 else { return nil }
        var last = t + 1
        while last + 1 < c.count, isGazetteerToken[last + 1], isCyrillicWord(last + 1), c.tokens[last + 1].start - c.tokens[last].end == 1 { last += 1 }
        return last
    }

    /// Legal forms written before a Russian organisation's name in guillemets.
    static let russianLegalForms: Set<String> = ["ао", "пао", "ооо", "оао", "зао", "фбу", "фгбу", "фгуп", "фгбну", "фгбоу", "гуп",
                                                 "муп", "ано", "нко", "гбу", "мбу", "ип"]

    /// A Russian abbreviation in capitals: "РАН", "СО", "ДВО", "МГУ".
    func isRussianAbbreviation(_ t: Int) -> Bool {
        guard isCyrillicWord(t) else { return false }
        let token = c.tokens[t]
        let uppercase = (token.start..<token.end).filter { Scalars.isUpper(c.text[$0]) }.count
        return uppercase >= 2 && token.end - token.start <= 7 && uppercase * 2 >= token.end - token.start
    }

    /// What may follow a Russian organisation's head and its complements: a second complement after "и", a
    /// dedication ("им. В.Н. Сукачёва"), the country ("Индонезии"), the parent body ("Российской академии наук")
    /// and the abbreviations of a branch ("СО РАН"). Returns the name's last token.
    func tail(after head: Int) -> Int {
        var last = head
        // "Министерство науки и высшего образования", "Институт экологии и биологических ресурсов": a second
        // complement after "и", of words in the genitive, not a verb.
        if c.lowerIs(last + 1, "и"), last + 2 < c.count, isCyrillicWord(last + 2), !c.tokens[last + 2].isCapitalized {
            var k = last + 2
            while k + 1 < c.count, k - last < 3, isCyrillicWord(k + 1), !c.tokens[k + 1].isCapitalized, isRussianAdjective(k) { k += 1 }
            // ("торговли", "прибыли" are nouns; "подписали", "помогли" are verbs.)
            let verbEndings = ["ть", "али", "ели", "или", "ыли", "яли", "оли", "ули", "ла", "ло", "ет", "ют", "ит", "ят", "ал", "ил"]
            if (last + 2...k).allSatisfy({ t in c.lower[t].count > 2 && !verbEndings.contains { c.lower[t].hasSuffix($0) } }),
               ["ии", "ий", "ых", "их", "ов", "ев", "ия", "ей", "ства", "ств", "ния", "ы", "вли", "бли", "пли", "мли", "фли"].contains(where: { c.lower[k].hasSuffix($0) }) {
                last = k
            }
        }
        last = dedicationAfter(last) ?? placeAfter(last) ?? last
        // "… Российской академии наук", "… Сибирского отделения РАН": the body it belongs to, in the genitive.
        if last + 2 < c.count, isCyrillicWord(last + 1), c.tokens[last + 1].isCapitalized, isRussianAdjective(last + 1) {
            var k = last + 2
            while k < c.count, k - last <= 3, isCyrillicWord(k), !c.tokens[k].isCapitalized, isRussianAdjective(k) { k += 1 }
            if k < c.count, isCyrillicWord(k), ["академи", "отделени"].contains(where: { c.lower[k].hasPrefix($0) }) {
                last = k
                if c.lowerIs(last + 1, "наук") || c.lowerIs(last + 1, "художеств") || c.lowerIs(last + 1, "образования") { last += 1 }
                if isRussianAbbreviation(last + 1) { last += 1 }
            }
        }
        while last + 1 < c.count, last - head < 14, isRussianAbbreviation(last + 1), c.tokens[last + 1].start - c.tokens[last].end == 1 { last += 1 }
        return last
    }

    /// "… имени М. В. Ломоносова": the dedication that ends a Russian institution's name; returns its last token.
    func dedicationAfter(_ t: Int) -> Int? {
        guard c.lowerIs(t + 1, "имени") || (c.lowerIs(t + 1, "им") && c.isPunctuation(t + 2, ".")) else { return nil }
        let opener = c.lowerIs(t + 1, "им") ? t + 2 : t + 1
        var last = opener, lastWord = opener
        while last + 1 < c.count, last - t <= 7, !lineBreakBetween(last, last + 1),
              isCapWord(last + 1) || (c.isPunctuation(last + 1, ".") && c.adjacent(last, last + 1)) {
            last += 1
            if c.tokens[last].kind == .word { lastWord = last }
        }
        return lastWord > opener ? lastWord : nil
    }

    /// A lower-case word that no organisation's name runs into: a title before a person ("… института лесных
    /// исследований доктор Аунг"), a short participle, adverb or verb ("Школа организована совместно").
    static func endsRussianName(_ word: String) -> Bool {
        if russianNameStops.contains(word) { return true }
        // ("ракет", "кино" are names' words; "совместно", "открыл" are not.)
        if word.count >= 7, word.hasSuffix("но") { return true }
        return russianVerbEndings.contains { word.hasSuffix($0) } && !word.hasSuffix("ства") && !word.hasSuffix("ения")
    }
    static let russianNameStops: Set<String> = [
        "доктор", "доктора", "профессор", "профессора", "директор", "директора", "ректор", "ректора", "глава", "главы",
        "министр", "министра", "посол", "посла", "заведующий", "заведующая", "руководитель", "сотрудник", "сотрудники",
        "студент", "студенты", "студентов", "и", "в", "на", "с", "по", "для",
    ]
    static let russianVerbEndings = ["ована", "ован", "овано", "ено", "ано", "ена", "ана", "ит", "ют", "ут", "ят", "ал", "ил", "ыл",
                                     "ёл", "ала", "ила", "али", "или", "ла"]

    /// Russian organisation names, whose inner words are lower case: "Томский политехнический университет",
    /// "Дальневосточного регионального центра", "Министерство иностранных дел России", "МЧС России", "отряд «Центроспас»".
    mutating func russianOrganizationPass() {
        var t = 0
        while t < c.count {
            defer { t += 1 }
            guard isCyrillicWord(t), !c.excluded[t], !isGazetteerToken[t] else { continue }
            let token = c.tokens[t]
            // An abbreviation in capitals: "МЧС", "РАН", "ДВФУ", "СПбГУ".
            let uppercase = (token.start..<token.end).filter { Scalars.isUpper(c.text[$0]) }.count
            // ("ТОМСК, 12 марта –": a dateline's city in capitals opens its paragraph.)
            let opensParagraph = t == 0 || lineBreakBetween(t - 1, t)
            if uppercase >= 2, token.end - token.start <= 7, uppercase * 2 >= token.end - token.start,
               !(opensParagraph && t + 1 < c.count && (c.isPunctuation(t + 1, ",") || c.isDash(t + 1))) {
                // "ФБУ «Авиалесоохрана»", "ПАО «Газпром»": a legal form before the name in guillemets.
                if EntityBuilder.russianLegalForms.contains(c.lower[t]), t + 2 < c.count, c.text[c.tokens[t + 1].start] == "«",
                   let close = (t + 2..<min(c.count, t + 16)).first(where: { c.text[c.tokens[$0].start] == "»" }), close > t + 2 {
                    candidates.append(Candidate(type: .organization, name: c.string(tokens: t + 2, close - 1), first: t + 2, last: close - 1))
                    t = close
                    continue
                }
                var last = dedicationAfter(t) ?? placeAfter(t) ?? t
                while last + 1 < c.count, last - t < 3, isRussianAbbreviation(last + 1), c.tokens[last + 1].start - c.tokens[last].end == 1 { last += 1 }
                candidates.append(Candidate(type: .organization, name: c.string(tokens: t, last), first: t, last: last))
                t = last
                continue
            }
            // "Правительства Российской Федерации", "правительство России": a government named by its country.
            if hasStem(t, ["правительств"]), t + 1 < c.count, isGazetteerToken[t + 1], Scalars.isCyrillic(c.text[c.tokens[t + 1].start]),
               let place = candidates.last(where: { $0.first == t + 1 && $0.type == .location }) {
                candidates.append(Candidate(type: .organization, name: c.string(tokens: t, place.last), first: t, last: place.last))
                t = place.last
                continue
            }
            guard token.isCapitalized else {
                // A guillemet name after an organisation noun.
                if hasStem(t, EntityBuilder.russianOrganizationNouns), t + 2 < c.count, c.text[c.tokens[t + 1].start] == "«",
                   c.tokens[t + 2].isCapitalized, let close = (t + 2..<min(c.count, t + 7)).first(where: { c.text[c.tokens[$0].start] == "»" }),
                   close > t + 2 {
                    candidates.append(Candidate(type: .organization, name: c.string(tokens: t + 2, close - 1), first: t + 2, last: close - 1))
                    t = close
                }
                continue
            }
            // Head first: "Министерство иностранных дел (России)".
            // ("Университетской набережной" is a street: the head must be a noun, not an adjective made from it.)
            if hasStem(t, EntityBuilder.russianOrganizationStems),
               !["ский", "ской", "ская", "ское", "ских", "ского", "скому", "ским", "ском", "скую"].contains(where: { c.lower[t].hasSuffix($0) }) {
                var last = t
                while last + 1 < c.count, last - t < 4, isCyrillicWord(last + 1), !c.tokens[last + 1].isCapitalized,
                      c.tokens[last + 1].start - c.tokens[last].end == 1, c.lower[last + 1].count > 2,
                      !EntityBuilder.endsRussianName(c.lower[last + 1]) { last += 1 }
                if last > t {
                    last = tail(after: last)
                    candidates.append(Candidate(type: .organization, name: c.string(tokens: t, last), first: t, last: last))
                    t = last
                }
                continue
            }
            // Adjectives first: "Тихоокеанский океанологический институт".
            guard isRussianAdjective(t), !isSentenceStart(t) || c.lower[t].contains("ск") else { continue }
            var k = t + 1
            while k < c.count, k - t <= 3, isCyrillicWord(k), !c.tokens[k].isCapitalized, isRussianAdjective(k),
                  !hasStem(k, EntityBuilder.russianOrganizationStems) { k += 1 }
            guard k < c.count, isCyrillicWord(k), !c.tokens[k].isCapitalized, hasStem(k, EntityBuilder.russianOrganizationStems),
                  (t + 1...k).allSatisfy({ c.tokens[$0].start - c.tokens[$0 - 1].end == 1 }) else { continue }
            // "Национальное агентство исследований и инноваций Индонезии": the complements after the head.
            var last = k
            while last + 1 < c.count, last - k < 3, isCyrillicWord(last + 1), !c.tokens[last + 1].isCapitalized,
                  c.tokens[last + 1].start - c.tokens[last].end == 1, c.lower[last + 1].count > 3, !EntityBuilder.endsRussianName(c.lower[last + 1]),
                  ["ии", "ий", "ых", "их", "ов", "ев", "ей", "ства", "ств", "ния", "ки", "ры", "ты"].contains(where: { c.lower[last + 1].hasSuffix($0) }) { last += 1 }
            last = tail(after: last)
            // "Русский дом в Ханое": an office named with its city.
            if c.lowerIs(last + 1, "в") || c.lowerIs(last + 1, "во"), isCyrillicWord(last + 2), c.tokens[last + 2].isCapitalized,
               !hasStem(last + 2, EntityBuilder.russianOrganizationStems) {
                last += 2
            }
            candidates.append(Candidate(type: .organization, name: c.string(tokens: t, last), first: t, last: last))
            t = last
        }
    }
}

extension EntityBuilder {
    /// Russian street words that lead a street's name: "ул. Рябиковская", "бульвар Пийпа", "пер. Большой Предтеченский".
    static let russianStreetWords: Set<String> = ["ул", "улица", "улице", "улицы", "пр", "просп", "проспект", "проспекте", "пер",
                                                  "переулок", "переулке", "бульвар", "бульваре", "наб", "набережная", "набережной",
                                                  "пл", "площадь", "площади", "шоссе"]
    /// Russian words for a region after its adjective: "Камчатский край", "Новосибирской области", "Елизовского района".
    static let russianRegionWords: Set<String> = ["край", "края", "краю", "крае", "краем", "область", "области", "областью",
                                                  "район", "района", "районе", "округ", "округа", "округе"]

    /// Russian addresses and regions, whose words the chunker does not read as a name: a street word and the capitalised
    /// words after it, a capitalised adjective and a region word after it, and the town after "г.".
    mutating func russianPlacePass() {
        var covered = tokenOwners().map { $0 >= 0 }
        func add(_ first: Int, _ last: Int, subtype: String? = nil) {
            guard !(first...last).contains(where: { covered[$0] }) else { return }
            var candidate = Candidate(type: .location, name: c.string(tokens: first, last), first: first, last: last)
            candidate.subtype = subtype
            candidates.append(candidate)
            for t in first...last { covered[t] = true }
        }
        for t in 0..<c.count where isCyrillicWord(t) && !c.excluded[t] {
            let word = c.lower[t]
            // "ул. Рябиковская, 48", "бульвар Пийпа, 9"
            if EntityBuilder.russianStreetWords.contains(word), !c.tokens[t].isCapitalized || word.count > 4 {
                var k = t + 1
                if c.isPunctuation(k, "."), word.count <= 5 { k += 1 }
                var last = k - 1
                while last + 1 < c.count, last + 1 - k < 3, isCyrillicWord(last + 1), c.tokens[last + 1].isCapitalized { last += 1 }
                if last >= k { add(t, last) }
                continue
            }
            // "Камчатский край", "Новосибирской области"
            if EntityBuilder.russianRegionWords.contains(word), !c.tokens[t].isCapitalized, t > 0, isCyrillicWord(t - 1),
               c.tokens[t - 1].isCapitalized, isRussianAdjective(t - 1), !isSentenceStart(t - 1) || c.lower[t - 1].contains("ск") {
                add(t - 1, t, subtype: "region")
                continue
            }
            // "г. Елизово"
            if word == "г", c.isPunctuation(t + 1, "."), isCyrillicWord(t + 2), c.tokens[t + 2].isCapitalized {
                var last = t + 2
                if c.isDash(last + 1), c.adjacent(last, last + 1), isCyrillicWord(last + 2) { last += 2 }
                add(t + 2, last, subtype: "city")
            }
        }
    }
}
