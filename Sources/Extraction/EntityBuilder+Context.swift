extension EntityBuilder {
    // MARK: - Types read from context

    /// A plain capitalised word that could be part of a bare place or organisation name.
    func isPlainNameWord(_ i: Int) -> Bool {
        guard isCapWord(i), !isGazetteerToken[i] else { return false }
        let lower = c.lower[i]
        return !(isCommon(lower) || Lexicon.titleWords.contains(lower) || Lexicon.demonyms.contains(lower)
            || Lexicon.months[lower] != nil || Lexicon.organizationHeads.contains(lower) || Lexicon.agreementHeads.contains(lower)
            || Lexicon.eventHeads.contains(lower) || Lexicon.languageNames.contains(lower) || EntityBuilder.functionWords.contains(lower))
    }

    /// A segment that is exactly a gazetteer place ("Russian Federation").
    func isGazetteerPlace(_ segment: [Unit]) -> Bool {
        let first = segment[0].first, last = segment[segment.count - 1].last
        return Gazetteer.index[c.lower[first]]?.contains { option in
            option.entry.type == .location && option.tokens.count == last - first + 1
                && option.tokens.indices.allSatisfy { option.tokens[$0].lowercased() == c.lower[first + $0] }
        } ?? false
    }

    func isPossessive(_ t: Int) -> Bool {
        t < c.count && (c.lower[t] == "’s" || c.lower[t] == "'s" || (Scalars.isApostrophe(c.text[c.tokens[t].start]) && c.lowerIs(t + 1, "s")))
    }

    /// "Ninh Binh province" → a place; "the Acme Power group" → an organisation. Returns whether it decided.
    mutating func classifyByNounAfter(_ segment: [Unit]) -> Bool {
        let first = segment[0].first, last = segment[segment.count - 1].last
        let next = last + 1
        guard next < c.count, c.isWord(next), !c.tokens[next].isCapitalized else { return false }
        guard !segment.contains(where: { Lexicon.titleWords.contains($0.lower) || $0.isInitial }) else { return false }
        let noun = c.lower[next]
        if Lexicon.placeNouns.contains(noun) || (noun == "naval" && c.lowerIs(next + 1, "base")) {
            guard segment.count <= 3, segment.allSatisfy({ isPlainNameWord($0.first) || isGazetteerToken[$0.first] }) else { return false }
            candidates.append(Candidate(type: .location, name: c.string(tokens: first, last), first: first, last: last))
            return true
        }
        // "the Russian centre" describes the centre: a nationality alone names no organisation.
        let described = segment.count == 1 && (Lexicon.demonyms.contains(segment[0].lower) || isGazetteerToken[first])
        // "the Prodexpo food fair", "the MITT travel fair": a trade fair named before what it sells.
        if first > 0, c.lowerIs(first - 1, "the"), !described, segment.count <= 3, next + 1 < c.count, c.isWord(next + 1),
           !c.tokens[next + 1].isCapitalized, ["fair", "expo", "show"].contains(c.lower[next + 1]), c.isWord(next),
           segment.allSatisfy({ !isCommon($0.lower) }) {
            candidates.append(Candidate(type: .organization, name: c.string(tokens: first, last), first: first, last: last))
            return true
        }
        if Lexicon.organizationNouns.contains(noun), segment.count <= 4, first > 0, c.lowerIs(first - 1, "the"), !described {
            candidates.append(Candidate(type: .organization, name: c.string(tokens: first, last), first: first, last: last))
            return true
        }
        // "Serambi magazine", "Kommersant newspaper": a media outlet named before what it is, with or without "the".
        if ["magazine", "newspaper", "daily", "weekly", "tabloid", "broadcaster", "channel"].contains(noun), segment.count <= 3, !described,
           segment.allSatisfy({ !Lexicon.demonyms.contains($0.lower) && !isGazetteerToken[$0.first] && !isCommon($0.lower) }) {
            candidates.append(Candidate(type: .organization, name: c.string(tokens: first, last), first: first, last: last))
            return true
        }
        return false
    }

    /// Nouns whose "of" names a place: "the port of Vung Ang", "the town of Phonsavan".
    static let placeNounsBeforeOf: Set<String> = ["port", "city", "town", "village", "province", "district", "island", "region",
                                                  "capital", "suburb", "municipality", "harbour", "harbor", "commune", "township", "regency"]

    /// "in Tver", "from Nizhny Tagil": a bare name of one to three words after a locative preposition, with no
    /// sign of a person, is a place (weak: a person of that name elsewhere in the text wins).
    mutating func locatedByPreposition(_ name: [Unit]) -> Bool {
        // ("unloaded at Cai Mep": "at" after a verb of arriving or handling cargo too; not "works at Microsoft".)
        guard !name.isEmpty, name.count <= 3, let first = name.first?.first, let last = name.last?.last, first > 0,
              Lexicon.locativePrepositions.contains(c.lower[first - 1])
                || c.lower[first - 1] == "at" && first >= 2 && EntityBuilder.arrivalVerbs.contains(c.lower[first - 2])
                // "the Vietnamese port of Vung Ang", "the town of Phonsavan"
                || c.lower[first - 1] == "of" && first >= 3 && !c.tokens[first - 2].isCapitalized
                    && EntityBuilder.placeNounsBeforeOf.contains(c.lower[first - 2])
                    // ("the home village of Kaysone Phomvihane" is his.)
                    && !["home", "native", "birth", "ancestral"].contains(c.lower[first - 3]),
              !isPossessive(last + 1),
              // ("came from Georgy Tselnik, the artistic director": a given name, or a role after a comma, is a person's.)
              !(name.count >= 2 && isGivenName(name[0].lower)),
              !Lexicon.reportingVerbs.contains(c.lower[min(last + 1, c.count - 1)]),
              name.allSatisfy({ !$0.isInitial && !$0.isHyphenated && isPlainNameWord($0.first) }) else { return false }
        candidates.append(Candidate(type: .location, name: c.string(tokens: first, last), first: first, last: last, isWeak: true))
        return true
    }

    /// "a metals analyst at Mandiri Sekuritas", "an economist at Saigon Capital Research", "chief executive of Kpler":
    /// where a professional works, or what an executive runs, is a body (places are the gazetteer's).
    mutating func employerAfterAt(_ name: [Unit]) -> Bool {
        guard !name.isEmpty, name.count <= 4, let first = name.first?.first, let last = name.last?.last, first >= 2,
              c.lower[first - 1] == "at" && EntityBuilder.professions.contains(c.lower[first - 2])
                || c.lower[first - 1] == "of" && !c.tokens[first - 2].isCapitalized && EntityBuilder.executives.contains(c.lower[first - 2]),
              !(name.count >= 2 && isGivenName(name[0].lower)),
              name.allSatisfy({ !$0.isInitial && isPlainNameWord($0.first) }) else { return false }
        candidates.append(Candidate(type: .organization, name: c.string(tokens: first, last), first: first, last: last, isWeak: true))
        return true
    }
    /// People who run a body, written in lower case before "of": "the chief executive of …", "commercial director of …".
    /// (Not "president" or "governor": "the president of Kiribati" heads a place.)
    static let executives: Set<String> = ["executive", "ceo", "director", "chairman", "chairwoman", "founder", "co-founder",
                                          "owner", "co-owner", "spokesman", "spokeswoman", "spokesperson", "manager", "shareholder"]
    /// People who work at a body: "an analyst at …", "a researcher at …".
    static let professions: Set<String> = ["analyst", "analysts", "economist", "economists", "strategist", "researcher",
                                           "researchers", "lecturer", "scientist", "scientists", "trader", "banker", "engineer",
                                           "engineers", "consultant", "fellow", "partner", "executive", "manager", "broker"]

    /// "Reporting by A; additional reporting by B in Moscow; editing by C", "Photographs by D": credited people.
    mutating func creditPass() {
        var t = 1
        while t + 2 < c.count {
            defer { t += 1 }
            guard c.lower[t] == "by", Lexicon.creditNouns.contains(c.lower[t - 1]) else { continue }
            var k = t + 1
            while k < c.count, k - t <= 4, isCapWord(k), !Lexicon.titleWords.contains(c.lower[k]), !isGazetteerToken[k],
                  k == t + 1 || !lineBreakBetween(k - 1, k) { k += 1 }
            let count = k - t - 1
            guard count >= 2, count <= 4, (t + 1..<k).allSatisfy({ !isCommon(c.lower[$0]) }) else { continue }
            candidates.append(Candidate(type: .person, name: c.string(tokens: t + 1, k - 1), first: t + 1, last: k - 1))
        }
    }

    func lineBreakBetween(_ a: Int, _ b: Int) -> Bool {
        var k = c.tokens[a].end
        while k < c.tokens[b].start { if c.text[k] == "\n" || c.text[k] == "\r" { return true }; k += 1 }
        return false
    }

    /// The members of a list share a type: "Acme, Globex and the Initech Foundation", "Tver, Omsk and Moscow".
    /// A bare name in a list with an organisation or a place becomes one too.
    mutating func coordinationPass() {
        var owner = Array(repeating: -1, count: c.count)
        var personWords = Set<String>()
        for (index, candidate) in candidates.enumerated() where !candidate.isDropped {
            for t in candidate.first...candidate.last where owner[t] < 0 { owner[t] = index }
            if candidate.type == .person { for t in candidate.first...candidate.last { personWords.insert(c.lower[t]) } }
        }
        func isItemWord(_ t: Int) -> Bool { t < c.count && owner[t] < 0 && isPlainNameWord(t) && !personWords.contains(c.lower[t]) }
        func isConjunction(_ t: Int) -> Bool { c.lowerIs(t, "and") || c.lowerIs(t, "or") }
        func add(_ type: EntityType, _ first: Int, _ last: Int) {
            for t in first...last { owner[t] = candidates.count }
            candidates.append(Candidate(type: type, name: c.string(tokens: first, last), first: first, last: last, isWeak: true))
        }
        let count = candidates.count
        for index in 0..<count {
            let type = candidates[index].type
            guard type == .organization || type == .location else { continue }
            let sentence = c.tokens[candidates[index].first].sentence
            let isStrong = !candidates[index].isWeak
            // A member already typed: the same type, or a type read only from context that a firm member overrides.
            func adopt(_ other: Int) -> Bool {
                if candidates[other].type == type { return true }
                // ("to Phu Quoc, Con Dao and Da Lat": a name with nothing but a person's shape, listed among places.)
                // (Only inside an "A, B and C" list: "In Vientiane, Bounmy Sisavath said" is none.)
                let after = candidates[other].last + 1, before = candidates[other].first - 1
                let listed = isConjunction(after) || isConjunction(before) || (c.isPunctuation(after, ",") && isConjunction(after + 1))
                if type == .location, listed, candidates[index].subtype != nil, candidates[other].type == .person, candidates[other].isWeak,
                   candidates[other].last - candidates[other].first <= 2, !isGivenName(c.lower[candidates[other].first]) {
                    candidates[other].type = .location
                    return true
                }
                guard isStrong, candidates[other].isWeak, candidates[other].type != .person else { return false }
                candidates[other].type = type
                return true
            }
            // Rightwards: ", B", "and C", ", and the D".
            var j = candidates[index].last + 1
            for _ in 0..<8 {
                var byConjunction = false
                if c.isPunctuation(j, ",") { j += 1; if isConjunction(j) { j += 1; byConjunction = true } }
                else if isConjunction(j) { j += 1; byConjunction = true }
                else { break }
                if c.lowerIs(j, "the") { j += 1 }
                guard j < c.count, c.tokens[j].sentence == sentence else { break }
                if owner[j] >= 0 {
                    guard adopt(owner[j]) else { break }
                    j = candidates[owner[j]].last + 1
                    continue
                }
                var k = j
                while k - j < 3, isItemWord(k) { k += 1 }
                guard k > j else { break }
                // An item after a comma must itself be followed by the list: "In Tver, Ivanov met …" is no list.
                let listGoesOn = c.isPunctuation(k, ",") || isConjunction(k)
                guard listGoesOn || (byConjunction && !(k < c.count && c.isWord(k) && c.tokens[k].isCapitalized)) else { break }
                add(type, j, k - 1)
                j = k
            }
            // Leftwards: "A, B and the C", "A and C".
            j = candidates[index].first - 1
            if c.lowerIs(j, "the") { j -= 1 }
            for _ in 0..<8 {
                guard j > 0, c.isPunctuation(j, ",") || isConjunction(j) else { break }
                j -= 1
                if c.isPunctuation(j, ",") { j -= 1 }   // "A, and B"
                guard j >= 0, c.tokens[j].sentence == sentence else { break }
                if owner[j] >= 0 {
                    guard adopt(owner[j]) else { break }
                    j = candidates[owner[j]].first - 1
                    if c.lowerIs(j, "the") { j -= 1 }
                    continue
                }
                var k = j
                while j - k < 3, k >= 0, isItemWord(k) { k -= 1 }
                guard k < j, k < 0 || !(c.isWord(k) && c.tokens[k].isCapitalized) else { break }
                add(type, k + 1, j)
                j = k
                if c.lowerIs(j, "the") { j -= 1 }
            }
        }
    }

    /// Settles types read from context against the rest of the document: a name-shaped "person" that is a
    /// place elsewhere ("of Nha Trang" / "in Nha Trang") is that place; a "place" after "in"/"from" whose
    /// name is a person with evidence ("a letter from Ivanov") is that person.
    mutating func resolveContextTypes() {
        var locationKeys = Set<String>()
        var personKeys = Set<String>()
        for candidate in candidates where !candidate.isDropped {
            if candidate.type == .location { locationKeys.insert(Normalizer.key(candidate.name)) }
            if candidate.type == .person, !candidate.isWeak {
                personKeys.insert(Normalizer.key(candidate.name))
                for t in candidate.first...candidate.last where c.isWord(t) { personKeys.insert(Normalizer.key(c.words[t])) }
            }
        }
        // "Sever Microsystems chief executive Andrei Kolesnikov", "Perdana Semitest managing director Teoh Chee Keong": a
        // name before a lower-case title and the person who holds it is where the title is held, an organisation.
        var personStarts = Set<Int>()
        for candidate in candidates where !candidate.isDropped && candidate.type == .person { personStarts.insert(candidate.first) }
        for index in candidates.indices where candidates[index].type == .person && candidates[index].isWeak && !candidates[index].isDropped {
            var t = candidates[index].last + 1
            var titles = 0
            let titleParts = EntityBuilder.titleParts
            while t < c.count, titles < 4, c.isWord(t), !c.tokens[t].isCapitalized, Lexicon.titleWords.contains(c.lower[t]) || titleParts.contains(c.lower[t]) {
                t += 1
                titles += 1
            }
            if titles > 0, personStarts.contains(t) { candidates[index].type = .organization }
        }
        retypeTeams()
        dropBilateralForums()
        joinDashedNames()
        extendAgreementLists()
        retypeVenues()
        extendRegions()
        dropShipNames()
        extendDedications()
        // "Zelenodolsk Shipyard named after A. M. Gorky", "завод имени А. М. Горького": a dedication is part of the
        // name it ends, not a mention of the person.
        for index in candidates.indices where candidates[index].type == .person && !candidates[index].isDropped {
            let first = candidates[index].first
            if first >= 2, c.lower[first - 2] == "named", c.lower[first - 1] == "after" { candidates[index].isDropped = true }
            if first >= 1, c.lower[first - 1] == "имени" || (first >= 2 && c.lower[first - 2] == "им" && c.isPunctuation(first - 1, ".")) {
                candidates[index].isDropped = true
            }
        }
        for index in candidates.indices where candidates[index].isWeak && !candidates[index].isDropped {
            let key = Normalizer.key(candidates[index].name)
            if candidates[index].type == .person {
                if locationKeys.contains(key) { candidates[index].type = .location }
            } else if personKeys.contains(key) {
                candidates[index].type = .person
            }
        }
    }

    /// "Kazan State Academy of Veterinary Medicine named after N. E. Bauman", "Maritime State University named after Admiral
    /// G. I. Nevelskoy": the dedication is part of an organisation's name.
    mutating func extendDedications() {
        for index in candidates.indices where candidates[index].type == .organization && !candidates[index].isDropped {
            let last = candidates[index].last
            guard last + 3 < c.count, c.lowerIs(last + 1, "named"), c.lowerIs(last + 2, "after") else { continue }
            var k = last + 3, end = -1
            // (Within the line: a title ends at its line.)
            while k < c.count, k - last < 12, !(c.tokens[k - 1].end..<c.tokens[k].start).contains(where: { c.text[$0] == "\n" }) {
                if c.isPunctuation(k, ".") || c.isDash(k) { k += 1; continue }
                guard c.isWord(k), c.tokens[k].isCapitalized else { break }
                end = k
                k += 1
            }
            guard end > last + 2, c.tokens[end].end - c.tokens[end].start > 1 else { continue }
            candidates[index].last = end
            candidates[index].name = c.string(tokens: candidates[index].first, end)
        }
    }

    /// Words after which "at" puts a bare name on the map: "unloaded at Cai Mep", "docked at Sabetta", "a station at Paksan".
    static let arrivalVerbs: Set<String> = ["arrived", "arrives", "arrive", "called", "calls", "docked", "docks", "unloaded", "loaded",
                                            "berthed", "anchored", "landed", "stopped", "stationed", "based", "located", "moored",
                                            "discharged", "stranded", "held", "staying", "stayed", "station", "terminal", "load",
                                            "loading", "stop", "stopover", "landing", "crossing", "checkpoint", "beach", "beaches", "resort", "reef"]

    /// Nouns that name a ship by the name after them: "the research vessel Akademik Oparin", "теплохода «Мустай Карим»".
    static let vesselNouns: Set<String> = ["vessel", "ship", "cruiser", "corvette", "frigate", "destroyer", "tanker",
                                           "icebreaker", "submarine", "yacht", "trawler", "freighter", "steamer",
                                           "schooner", "barque", "sloop", "судно", "судна", "теплоход", "теплохода", "теплоходе",
                                           "ледокол", "ледокола", "крейсер", "крейсера", "фрегат", "фрегата", "корвет", "корвета",
                                           "танкер", "танкера", "лайнер", "лайнера"]

    /// A ship is no entity of the archive, nor the person it is named after: every candidate named like a name given
    /// right after a vessel noun is dropped ("the bulk carrier Ocean Dawn … Ocean Dawn is chartered").
    mutating func dropShipNames() {
        var shipKeys = Set<String>()
        for candidate in candidates where !candidate.isDropped && candidate.gazetteerID == nil {
            var k = candidate.first - 1
            if k >= 0, c.text[c.tokens[k].start] == "«" { k -= 1 }
            // ("the large anti-submarine ship Admiral Vinogradov": a rank that opens the ship's name.)
            if k >= 1, c.tokens[k].isCapitalized, c.isWord(k), EntityBuilder.vesselNouns.contains(c.lower[k - 1]) { k -= 1 }
            // ("the bulk carrier Ocean Dawn", "the ice-class carrier Polar Vega"; not "the low-cost carrier AirAsia".)
            let shipCarrier = c.lower[max(0, k)] == "carrier" && k >= 1
                && ["bulk", "lng", "gas", "aircraft", "ore", "container", "oil", "class", "car", "cargo", "vehicle"].contains(c.lower[k - 1])
            guard k >= 0, c.isWord(k), !c.tokens[k].isCapitalized, EntityBuilder.vesselNouns.contains(c.lower[k]) || shipCarrier else { continue }
            shipKeys.insert(Normalizer.key(c.string(tokens: candidate.first, candidate.last)))
        }
        guard !shipKeys.isEmpty else { return }
        for index in candidates.indices where !candidates[index].isDropped && candidates[index].gazetteerID == nil
            && shipKeys.contains(Normalizer.key(c.string(tokens: candidates[index].first, candidates[index].last))) {
            candidates[index].isDropped = true
        }
    }

    /// Buildings whose head word also names a body: "Theatre", "Hall", "Centre".
    static let venueHeads: Set<String> = ["theatre", "theater", "hall", "palace", "centre", "center", "complex"]
    /// Words that make such a name a venue: "Kuala Lumpur Convention Centre", "Cebu Performing Arts Center".
    static let venueModifiers: Set<String> = ["convention", "exhibition", "expo", "performing", "trade", "concert", "congress",
                                              "sports", "shopping", "opera", "organ"]

    /// "… on Combating Illicit Trafficking in Narcotic Drugs, Psychotropic Substances and Their Precursors": the list of
    /// topics an agreement's title runs on into after a comma is part of the title, not a body.
    mutating func extendAgreementLists() {
        let owners = tokenOwners()
        for index in candidates.indices where !candidates[index].isDropped && candidates[index].type == .agreement {
            let last = candidates[index].last
            guard last + 2 < c.count, c.isPunctuation(last + 1, ","), isTopicWord(Unit(first: last, last: last, lower: c.lower[last])),
                  owners[last + 2] >= 0, owners[last + 2] != index else { continue }
            let next = owners[last + 2]
            guard !candidates[next].isDropped, candidates[next].first == last + 2, candidates[next].type != .agreement,
                  (candidates[next].first...candidates[next].last).allSatisfy({ t in
                      !c.isWord(t) || ["and", "their", "its", "other"].contains(c.lower[t])
                          || !isGazetteerToken[t] && !Lexicon.organizationHeads.contains(c.lower[t]) && !isGivenName(c.lower[t]) }),
                  c.lower[candidates[next].last].hasSuffix("s"), CommonWords.contains(c.lower[candidates[next].last]) else { continue }
            var end = candidates[next].last
            // (" … and Their Precursors": the list's last item.)
            if end + 2 < c.count, c.lowerIs(end + 1, "and") {
                var k = end + 2
                while k < c.count, k - end < 5, c.isWord(k), c.tokens[k].isCapitalized, owners[k] < 0 || owners[k] == next { k += 1 }
                if k - 1 > end + 1 { end = k - 1 }
            }
            candidates[index].last = end
            candidates[index].name = c.string(tokens: candidates[index].first, end)
            candidates[next].isDropped = true
        }
    }

    /// "Russian State Agrarian University – Moscow Timiryazev Agricultural Academy", "Peter the Great Naval Corps – St
    /// Petersburg Naval Institute": two headed names joined by a spaced dash are one institution's official name.
    mutating func joinDashedNames() {
        let owners = tokenOwners()
        for index in candidates.indices where !candidates[index].isDropped && candidates[index].type == .organization {
            let last = candidates[index].last
            guard last + 2 < c.count, candidates[index].last > candidates[index].first,
                  Lexicon.organizationHeads.contains(c.lower[last]) || EntityBuilder.universityHeads.contains(c.lower[last]),
                  c.isDash(last + 1), c.text[c.tokens[last + 1].start] != "-", !c.adjacent(last, last + 1),
                  owners[last + 2] >= 0, owners[last + 2] != index else { continue }
            let next = owners[last + 2]
            guard !candidates[next].isDropped, candidates[next].type == .organization, candidates[next].first == last + 2,
                  candidates[next].last > candidates[next].first, Lexicon.organizationHeads.contains(c.lower[candidates[next].last]),
                  !lineBreakBetween(last, last + 2) else { continue }
            candidates[index].last = candidates[next].last
            candidates[index].name = c.string(tokens: candidates[index].first, candidates[next].last)
            candidates[next].isDropped = true
        }
    }

    /// "the Thai–Russian Business Forum", "the Indonesia–Urals Business Forum": a business forum named only by the
    /// places it joins is a one-off meeting, not a standing body (the places in it stay places).
    mutating func dropBilateralForums() {
        for index in candidates.indices where !candidates[index].isDropped && candidates[index].type == .organization {
            let first = candidates[index].first, last = candidates[index].last
            guard last - first >= 3, c.lower[last] == "forum", c.lower[last - 1] == "business",
                  (first..<(last - 1)).allSatisfy({ isGazetteerToken[$0] || Lexicon.demonyms.contains(c.lower[$0]) || c.isDash($0)
                      || c.lower[$0] == "the" || (c.isWord($0) && c.tokens[$0].isCapitalized && !isCommon(c.lower[$0]) && c.isDash($0 + 1)) })
            else { continue }
            candidates[index].isDropped = true
        }
    }

    /// "the Pampanga Giant Lanterns", "the Iloilo Monarchs", "the Hanoi Ice Stars": a name that ends in the plural of an
    /// everyday noun names a team or a group, not a person or a place (a place before it is part of the name).
    mutating func retypeTeams() {
        let owners = tokenOwners()
        for index in candidates.indices where !candidates[index].isDropped && candidates[index].gazetteerID == nil
            && (candidates[index].type == .person && candidates[index].isWeak || candidates[index].type == .location) {
            let first = candidates[index].first, last = candidates[index].last
            let word = c.lower[last]
            guard c.tokens[last].isCapitalized, word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss"),
                  !Lexicon.locationHeads.contains(word), !Lexicon.organizationHeads.contains(word), !isGivenName(c.lower[first]),
                  CommonWords.contains(word), CommonWords.contains(String(word.dropLast())) || (word.hasSuffix("es") && CommonWords.contains(String(word.dropLast(2))))
            else { continue }
            // ("the Valley of Geysers", "the Plain of Jars": a place's head and its "of" complement.)
            guard !(first...last).contains(where: { Lexicon.locationHeads.contains(c.lower[$0]) || c.lower[$0] == "of" }) else { continue }
            // A single word is a team only after "the": "the Monarchs".
            guard last > first || (first > 0 && c.lower[first - 1] == "the") else { continue }
            var start = first
            if first > 0, owners[first - 1] >= 0, candidates[owners[first - 1]].type == .location, candidates[owners[first - 1]].last == first - 1,
               c.tokens[first].start - c.tokens[first - 1].end == 1 {
                start = candidates[owners[first - 1]].first
                candidates[owners[first - 1]].isDropped = true
            }
            candidates[index].type = .organization
            candidates[index].subtype = nil
            candidates[index].first = start
            candidates[index].name = c.string(tokens: start, last)
        }
    }

    /// Named hospitals, power plants and opera houses are places that people visit and things are built at
    /// ("Calmette Hospital", "Nam Ngum 1 Hydropower Plant", "Ho Chi Minh City Opera House").
    static func isBuilding(_ words: [String]) -> Bool {
        guard let last = words.last, words.count >= 2 else { return false }
        let before = words[words.count - 2]
        return last == "hospital" || (last == "house" && before == "opera")
            || (last == "plant" && ["power", "hydropower", "hydroelectric", "nuclear", "thermal", "solar", "geothermal"].contains(before))
    }

    /// "at the Metropolitan Theater", "the Kuala Lumpur Convention Centre": a building that hosts things is a place. A
    /// theatre, hall or palace is one when the text only ever puts things in it ("at", "outside", "inside").
    mutating func retypeVenues() {
        // ("in the Peace Hall": a name after "the" that ends in a venue's word is no person.)
        for index in candidates.indices where candidates[index].type == .person && candidates[index].isWeak && !candidates[index].isDropped {
            let first = candidates[index].first, last = candidates[index].last
            if last > first, first > 0, c.lower[first - 1] == "the",
               ["hall", "theatre", "theater", "palace", "arena", "stadium", "auditorium"].contains(c.lower[last]) {
                candidates[index].type = .location
            }
        }
        var byKey: [String: [Int]] = [:]
        for (index, candidate) in candidates.enumerated() where !candidate.isDropped && candidate.type == .organization
            && candidate.last > candidate.first && (EntityBuilder.venueHeads.contains(c.lower[candidate.last])
                || EntityBuilder.isBuilding((candidate.first...candidate.last).map { c.lower[$0] })) {
            byKey[Normalizer.key(candidate.name), default: []].append(index)
        }
        for indices in byKey.values {
            let sample = candidates[indices[0]]
            let words = (sample.first..<sample.last).map { c.lower[$0] }
            var venue = words.contains { EntityBuilder.venueModifiers.contains($0) } || EntityBuilder.isBuilding(words + [c.lower[sample.last]])
            if !venue, ["theatre", "theater", "hall", "palace"].contains(c.lower[sample.last]) {
                venue = indices.allSatisfy { index in
                    var k = candidates[index].first - 1
                    if k >= 0, c.lower[k] == "the" { k -= 1 }
                    return k >= 0 && ["at", "outside", "inside"].contains(c.lower[k])
                }
            }
            guard venue else { continue }
            for index in indices { candidates[index].type = .location }
        }
    }

    /// Lower-case words of a title besides the title words themselves: "chief executive", "managing director".
    static let titleParts: Set<String> = ["executive", "managing", "general", "senior", "acting", "deputy", "vice", "officer", "manager"]

    /// Keeps a Russian-script name that has no evidence of being a person only when the text also writes it in Latin
    /// letters (same consonants of the first and last word).
    mutating func keepRussianNamesWithLatinTwins() {
        guard candidates.contains(where: { $0.needsLatinTwin && !$0.isDropped }) else { return }
        // The skeletons of the first and last words, with the last word's Russian case ending and without: the Latin
        // surname with a case ending, or "Хасбуллах" keeping the "ах" that "Hasbullah" ends in, meet either way.
        func keys(_ candidate: Candidate) -> [String] {
            let words = (candidate.first...candidate.last).filter { c.isWord($0) && c.tokens[$0].end - c.tokens[$0].start > 1 }
            guard let first = words.first, let last = words.last, first != last else { return [] }
            let given = NameSkeleton.ofPerson(c.lower[first]) + " "
            return [given + NameSkeleton.ofPerson(NameSkeleton.russianStem(c.lower[last])), given + NameSkeleton.ofPerson(c.lower[last])]
        }
        var latin = Set<String>()
        for candidate in candidates where !candidate.isDropped && candidate.type == .person && !Scalars.isCyrillic(c.text[c.tokens[candidate.first].start]) {
            latin.formUnion(keys(candidate))
        }
        for index in candidates.indices where candidates[index].needsLatinTwin && !candidates[index].isDropped
            && !keys(candidates[index]).contains(where: latin.contains) {
            candidates[index].isDropped = true
        }
    }

    /// An organisation named by the metadata (the publisher).
    mutating func addOrganization(span: TextSpan) {
        let first = c.tokenIndex(atOrAfter: span.start)
        var last = first
        while last + 1 < c.count, c.tokens[last + 1].end <= span.end { last += 1 }
        guard first < c.count, c.tokens[first].start < span.end, isCapWord(first) else { return }
        // ("Пресс-служба ОмГАУ", "Press Office of …": a press service is the voice of the body it names, found on its own.)
        if ["пресс", "press"].contains(c.lower[first]), last > first,
           (first + 1...min(last, first + 2)).contains(where: { ["служба", "service", "office", "centre", "center"].contains(c.lower[$0]) }) { return }
        // The outlet's words are no person's name.
        for index in candidates.indices where candidates[index].type == .person && candidates[index].isWeak
            && candidates[index].first <= last && candidates[index].last >= first {
            candidates[index].isDropped = true
        }
        candidates.append(Candidate(type: .organization, name: c.string(tokens: first, last), first: first, last: last))
    }
}

extension EntityBuilder {
    /// A common noun or adjective capitalised in a name: "Science", "Higher Education", "Port" (not a gazetteer word).
    func isTopicWord(_ unit: Unit) -> Bool {
        if !unit.isConnector, unit.lower == "," || unit.lower == "and" { return true }   // glue of a joined topic list
        return !unit.isInitial && !unit.isConnector && !isGazetteerToken[unit.first] && !Lexicon.titleWords.contains(unit.lower)
            && unit.lower.split(separator: "-").allSatisfy { CommonWords.isTopic(String($0)) || Lexicon.commonCapitalized.contains(String($0)) || isAbstractNoun($0) }
    }

    /// A field or quality named by its ending: "Climatology", "Geophysics", "Sustainability", "Governance".
    func isAbstractNoun(_ word: Substring) -> Bool {
        word.count >= 7 && ["ology", "ography", "ics", "ism", "tion", "sion", "ment", "ance", "ence", "ity", "ure"].contains { word.hasSuffix($0) }
    }

    /// Whether a word is written in camel case, as brand names are ("SpaceX", "PhosAgro") and personal names are
    /// not, except with the prefixes that start surnames ("McCain", "MacArthur", "DeSantis", "LeBron").
    func isCamelCase(_ i: Int) -> Bool {
        let start = c.tokens[i].start, end = c.tokens[i].end
        guard end - start >= 4, Scalars.isUpper(c.text[start]) else { return false }
        for k in (start + 2)..<end where Scalars.isUpper(c.text[k]) && Scalars.isLetter(c.text[k - 1]) && !Scalars.isUpper(c.text[k - 1]) {
            return !["mc", "mac", "de", "le", "la", "di", "da", "du", "van", "von"].contains(c.text.string(start, k).lowercased())
        }
        return false
    }

    /// Organisations known by their shape or the noun before them: a camel-case brand ("PhosAgro", "SpaceX"), or a
    /// name right after "company", "firm", "newspaper"… ("whose company Layar Timur released…"). Returns whether it decided.
    mutating func classifyByShape(_ segment: [Unit]) -> Bool {
        let first = segment[0].first, last = segment[segment.count - 1].last
        guard segment.count <= 4, !segment.contains(where: { $0.isInitial || $0.isConnector || Lexicon.titleWords.contains($0.lower) }),
              !segment.contains(where: { isGazetteerToken[$0.first] }) else { return false }
        let camel = segment.contains { $0.first == $0.last && isCamelCase($0.first) }
        let named = first > 0 && c.isWord(first - 1) && !c.tokens[first - 1].isCapitalized && Lexicon.organizationNounsBefore.contains(c.lower[first - 1])
        guard camel || named else { return false }
        // "КузГТУ Андрей Лебедев", "PhosAgro Maria Ivanova": a given name after the brand opens a person's name.
        if let given = segment.indices.dropFirst().first(where: { Lexicon.russianGivenNames.contains(segment[$0].lower) || isGivenName(segment[$0].lower) }),
           segment.count - given >= 2 {
            let end = segment[given - 1].last
            candidates.append(Candidate(type: .organization, name: c.string(tokens: first, end), first: first, last: end))
            classifySegment(Array(segment[given...]), sentence: c.tokens[first].sentence)
            return true
        }
        candidates.append(Candidate(type: .organization, name: c.string(tokens: first, last), first: first, last: last))
        return true
    }
}

extension EntityBuilder {
    /// "Phonevilay Sisouphanh, 24, grew up … ¶ When we parted, Phonevilay pulled on a thick hat": a lone word that is
    /// the surname or the given name of exactly one person named in full is that person, with or without a
    /// reporting verb next to it. (Words also written in lower case, places and words inside longer names are not.)
    mutating func knownNamePass() {
        var byWord: [String: Set<String>] = [:]   // a name word → the full names it belongs to
        let owners = tokenOwners()
        // ("Perdana Semitest managing director …" beside "Perdana Semitest Sdn Bhd": words of a body's or a place's name
        // lend no person a short form.)
        var otherNameWords = Set<String>()
        for candidate in candidates where !candidate.isDropped && candidate.type != .person {
            for t in candidate.first...candidate.last where c.isWord(t) { otherNameWords.insert(Normalizer.fold(c.words[t])) }
        }
        for candidate in candidates where !candidate.isDropped && candidate.type == .person && !candidate.needsLatinTwin {
            // (The first and last words as `finish` reads them, so that it joins the lone word to this name.)
            let words = personWords(candidate).words.filter { $0.count > 1 }
            guard words.count >= 2, words.count <= 4, let given = words.first, let surname = words.last,
                  !otherNameWords.contains(given), !otherNameWords.contains(surname) else { continue }
            let full = words.joined(separator: " ")
            byWord[surname, default: []].insert(full)
            byWord[given, default: []].insert(full)
        }
        guard !byWord.isEmpty else { return }
        for t in 0..<c.count where owners[t] < 0 && isCapWord(t) && !c.tokens[t].isAllCaps && !isGazetteerToken[t] {
            let lower = c.lower[t]
            guard lower.count > 2, let owners = byWord[Normalizer.fold(c.words[t])], owners.count == 1,
                  !isCommon(lower), !Lexicon.titleWords.contains(lower), !Lexicon.honorifics.contains(lower),
                  !(t > 0 && isCapWord(t - 1) && !c.isPunctuation(t - 1, ".")), !isCapWord(t + 1),
                  // ("Peter the Great", "Saint Peter": an epithet or a saint is someone else.)
                  !(c.lowerIs(t + 1, "the") && isCapWord(t + 2)), !(t > 0 && ["st", "saint"].contains(c.lower[t - 1])) else { continue }
            candidates.append(Candidate(type: .person, name: c.words[t], first: t, last: t, isWeak: true))
        }
    }
}

extension EntityBuilder {
    /// Nouns for a body in an appositive after its name: "Pho Sibir, a chain of eleven restaurants", "Blue Eel Divers,
    /// a small school with three instructors", "the Koh Tao Reef Guardians, a local group that builds artificial reefs".
    static let appositiveOrganizationNouns: Set<String> = [
        "company", "firm", "group", "chain", "school", "startup", "start-up", "cooperative", "co-operative", "charity",
        "foundation", "organisation", "organization", "ngo", "association", "club", "label", "brand", "operator", "agency",
        "consultancy", "studio", "bank", "manufacturer", "retailer", "carrier", "airline", "newspaper", "magazine", "network",
        "platform", "fund", "society", "collective", "ensemble", "orchestra", "band", "troupe", "conglomerate", "consortium",
        "subsidiary", "insurer", "lender", "brokerage", "nonprofit", "non-profit", "think-tank", "portal", "outlet",
    ]   // (Not "maker", "exporter", "broker": "a batik maker from Imogiri" is a person.)
    /// Words that may end such an appositive's noun phrase right after the noun.
    static let appositiveNounEnds: Set<String> = ["of", "that", "which", "with", "based", "founded", "set", "owned", "run", "in",
                                                  "from", "whose", "specialising", "specializing", "for", "on", "and", "at",
                                                  "known", "headquartered", "backed", "controlled", "where"]

    /// A capitalised name followed by ", a/an … <body noun>" is an organisation, whatever its words suggested.
    mutating func describedOrganisationPass() {
        let covering = tokenOwners()
        var t = 1
        while t + 2 < c.count {
            defer { t += 1 }
            guard c.isPunctuation(t, ","), c.lower[t + 1] == "a" || c.lower[t + 1] == "an" else { continue }
            // The noun: within four words after the article, lower case, then an end of the phrase.
            var noun = -1
            var k = t + 2
            while k < c.count, k - t <= 6, c.isWord(k) || (c.isDash(k) && c.adjacent(k - 1, k)) {
                if !c.tokens[k].isCapitalized, EntityBuilder.appositiveOrganizationNouns.contains(c.lower[k]),
                   k + 1 >= c.count || !c.isWord(k + 1) || EntityBuilder.appositiveNounEnds.contains(c.lower[k + 1]) { noun = k; break }
                if Lexicon.titleWords.contains(c.lower[k]) { break }
                k += 1
            }
            guard noun > 0 else { continue }
            // The name: the capitalised run before the comma.
            var first = t - 1
            while first - 1 >= 0, t - first < 5, isCapWord(first - 1) || (c.lowerIs(first - 1, "&") && isCapWord(first - 2)) { first -= 1 }
            guard isCapWord(t - 1), isCapWord(first),
                  !(first > 0 && isCapWord(first - 1)),
                  // ("the Koh Tao Reef Guardians, a local group": a place may lead the name, not end it.)
                  !isGazetteerToken[t - 1],
                  (first..<t).allSatisfy({ !Lexicon.titleWords.contains(c.lower[$0]) && !isInitial($0) }),
                  // (A person named in full, "Anna Ivanova, a …", keeps her name.)
                  !(t - first >= 2 && isGivenName(c.lower[first])),
                  !(isSentenceStart(first) && t - first == 1) else { continue }
            let owner = covering[first]
            if owner >= 0, candidates[owner].first == first, candidates[owner].last == t - 1 {
                guard (first..<t).allSatisfy({ covering[$0] == owner }),
                      candidates[owner].type == .person || candidates[owner].type == .location,
                      candidates[owner].isWeak || candidates[owner].type == .person,
                      // (Nor does a person with a given name in hers.)
                      !(candidates[owner].type == .person && (first..<t).contains(where: { isGivenName(c.lower[$0]) })) else { continue }
                candidates[owner].type = .organization
                candidates[owner].subtype = nil
                candidates[owner].isWeak = false
            } else {
                // (A place inside the name, "Koh Tao" in "Koh Tao Reef Guardians", is part of it.)
                let inside = Set((first..<t).map { covering[$0] }.filter { $0 >= 0 })
                guard inside.allSatisfy({ (candidates[$0].type == .location || candidates[$0].isWeak)
                    && candidates[$0].first >= first && candidates[$0].last <= t - 1 })
                else { continue }
                for index in inside { candidates[index].isDropped = true }
                candidates.append(Candidate(type: .organization, name: c.string(tokens: first, t - 1), first: first, last: t - 1))
            }
        }
    }
}

extension EntityBuilder {
    /// Relatives and close people named by their relation: "My daughter, Amina, was born here", "her husband Arif".
    static let relationNouns: Set<String> = ["daughter", "son", "wife", "husband", "mother", "father", "brother", "sister",
                                             "grandson", "granddaughter", "grandmother", "grandfather", "niece", "nephew",
                                             "cousin", "fiancé", "fiancée", "fiance", "fiancee", "stepdaughter", "stepson"]

    /// A name of one or two words right after "my/his/her/their/our <relation>" (with or without a comma) is a person.
    mutating func relativePass() {
        var covered = tokenOwners().map { $0 >= 0 }
        var t = 1
        while t + 1 < c.count {
            defer { t += 1 }
            guard EntityBuilder.relationNouns.contains(c.lower[t]), !c.tokens[t].isCapitalized,
                  ["my", "his", "her", "their", "our"].contains(c.lower[t - 1]) else { continue }
            var first = t + 1
            if c.isPunctuation(first, ",") { first += 1 }
            var last = first
            while last + 1 < c.count, last + 1 - first < 2, isCapWord(last + 1) { last += 1 }
            guard isCapWord(first), !(first...last).contains(where: { covered[$0] || isGazetteerToken[$0] || isCommon(c.lower[$0])
                      || Lexicon.titleWords.contains(c.lower[$0]) || Lexicon.demonyms.contains(c.lower[$0]) }),
                  last + 1 >= c.count || !c.isWord(last + 1) || !c.tokens[last + 1].isCapitalized else { continue }
            candidates.append(Candidate(type: .person, name: c.string(tokens: first, last), first: first, last: last))
            for k in first...last { covered[k] = true }
        }
    }
}

extension EntityBuilder {
    /// "the Perm region", "Kaluga region": a place named with a lower-case "region" after it is that region, not the
    /// city of the same name.
    mutating func extendRegions() {
        for index in candidates.indices where candidates[index].type == .location && !candidates[index].isDropped {
            let next = candidates[index].last + 1
            // ("the Calabarzon region": a region already keeps its name.)
            guard candidates[index].subtype != "region", next < c.count, c.isWord(next), c.lower[next] == "region", !c.tokens[next].isCapitalized,
                  c.tokens[next].start - c.tokens[next - 1].end == 1 else { continue }
            candidates[index].last = next
            candidates[index].name = c.string(tokens: candidates[index].first, next)
            candidates[index].canonical = nil
            candidates[index].gazetteerID = nil
            candidates[index].subtype = "region"
        }
    }
}
