/// Whether a Russian organisation name and an English one name the same body, word by word: "Институтом экологии и
/// биологических ресурсов" = "Institute of Ecology and Biological Resources", "Национальным музеем Индонезии" =
/// "National Museum of Indonesia". Common words of organisation names translate through a small bilingual lexicon
/// (language data, keyed by Russian stems); proper names match by their transliterated consonants.
enum OrganisationTranslation {
    /// Russian stems (a word's beginning) and the English words they translate to, as English stems.
    static let lexicon: [(russian: String, english: [String])] = [
        ("министерств", ["ministr"]), ("департамент", ["department"]), ("управлени", ["administration", "directorate", "department"]),
        ("агентств", ["agenc"]), ("служб", ["service"]), ("комитет", ["committee"]), ("комисси", ["commission"]),
        ("совет", ["council"]), ("союз", ["union"]), ("ассоциаци", ["association"]), ("обществ", ["society"]),
        ("федераци", ["federation"]), ("фонд", ["foundation", "fund"]), ("академи", ["academ"]), ("университет", ["universit"]),
        ("институт", ["institute"]), ("центр", ["centre", "center"]), ("музе", ["museum"]), ("библиотек", ["librar"]),
        ("театр", ["theatre", "theater"]), ("больниц", ["hospital"]), ("госпитал", ["hospital"]), ("компани", ["company"]),
        ("корпораци", ["corporation"]), ("банк", ["bank"]), ("посольств", ["embassy"]), ("консульств", ["consulate"]),
        ("представительств", ["representation", "mission", "office"]), ("дом", ["house"]), ("сад", ["garden"]),
        ("парк", ["park"]), ("заповедник", ["reserve"]), ("обсерватори", ["observatory"]), ("лаборатори", ["laborator"]),
        ("отделени", ["branch", "division"]), ("филиал", ["branch"]), ("вестник", ["herald", "bulletin"]),
        ("журнал", ["journal"]), ("газет", ["gazette", "newspaper"]), ("школ", ["school"]), ("колледж", ["college"]),
        ("клуб", ["club"]), ("форум", ["forum"]), ("палат", ["chamber"]), ("суд", ["court"]), ("правительств", ["government"]),
        ("администраци", ["administration"]), ("секретариат", ["secretariat"]), ("сеть", ["network"]), ("сет", ["network"]),
        ("национальн", ["national"]), ("государственн", ["state"]), ("федеральн", ["federal"]), ("международн", ["international"]),
        ("региональн", ["regional"]), ("главн", ["main", "chief", "general"]), ("высш", ["higher"]), ("научн", ["scien", "research"]),
        ("наук", ["scien"]), ("исследовательск", ["research"]), ("исследовани", ["research", "stud"]), ("технологи", ["technolog"]),
        ("техническ", ["technical"]), ("медицинск", ["medical"]), ("медицин", ["medicine"]), ("здравоохранени", ["health"]),
        ("образовани", ["education"]), ("культур", ["cultur"]), ("искусств", ["art"]), ("истори", ["histor"]),
        ("археологи", ["archaeolog", "archeolog"]), ("антропологи", ["anthropolog"]), ("этнографи", ["ethnograph"]),
        ("эколог", ["ecolog"]), ("биологическ", ["biolog"]), ("биологи", ["biolog"]), ("ботаническ", ["botan"]), ("ботаник", ["botan"]),
        ("ресурс", ["resource"]), ("природн", ["natural", "nature"]), ("окружающ", ["environment"]), ("сред", ["environment"]),
        ("экономическ", ["econom"]), ("экономик", ["econom"]), ("развити", ["development"]), ("торговл", ["trade"]),
        ("торгов", ["trade", "commerc"]), ("промышленност", ["industr"]), ("сельск", ["agricultur", "rural"]),
        ("хозяйств", ["agricultur", "economy"]), ("энергетик", ["energy"]), ("атомн", ["atomic", "nuclear"]),
        ("ядерн", ["nuclear"]), ("космическ", ["space"]), ("морск", ["maritime", "marine", "sea", "naval"]),
        ("океанологи", ["oceanolog"]), ("географическ", ["geograph"]), ("геологи", ["geolog"]), ("вулканологи", ["volcanolog"]),
        ("сейсмологи", ["seismolog"]), ("лесн", ["forest"]), ("лес", ["forest"]), ("рыбн", ["fisher"]), ("рыболовств", ["fisher"]),
        ("иностранн", ["foreign"]), ("дел", ["affairs"]), ("внешн", ["foreign", "external"]), ("сотрудничеств", ["cooperation"]),
        ("дружб", ["friendship"]), ("тропическ", ["tropical"]), ("восточн", ["eastern", "east", "oriental"]),
        ("востоковедени", ["oriental"]), ("дальневосточн", ["far", "eastern"]), ("сибирск", ["siberian"]), ("азиатск", ["asian"]),
        ("юго-восточн", ["southeast", "south-east"]), ("стран", ["countr", "nation"]), ("наций", ["nation"]),
        ("российск", ["russia"]), ("росси", ["russia"]), ("русск", ["russia"]), ("вьетнамск", ["vietnam"]),
        ("индонезийск", ["indonesia"]), ("малайзийск", ["malaysia"]), ("таиландск", ["thai"]), ("тайск", ["thai"]),
        ("лаосск", ["lao"]), ("камбоджийск", ["cambodia"]), ("филиппинск", ["philippin"]), ("сингапурск", ["singapore"]),
        ("мьянманск", ["myanmar"]), ("московск", ["moscow"]), ("петербургск", ["petersburg"]), ("новосибирск", ["novosibirsk"]),
        ("языка", ["language"]), ("язык", ["language"]), ("материальн", ["material"]), ("велик", ["great"]), ("инноваци", ["innovation"]), ("литератур", ["literatur"]), ("педагогическ", ["pedagogical"]),
        ("чрезвычайн", ["emergenc"]), ("ситуаци", ["situation"]), ("защит", ["protection", "defence"]), ("оборон", ["defence", "defense"]),
        ("спасательн", ["rescue"]), ("авиаци", ["aviation"]), ("железн", ["railway"]), ("дорог", ["railway", "road"]),
        ("порт", ["port"]), ("аэропорт", ["airport"]), ("связ", ["communication"]), ("информаци", ["information"]),
        ("экспортн", ["export"]), ("импортн", ["import"]), ("горн", ["mining", "mountain"]), ("завод", ["plant", "works", "factory", "shipyard", "mill"]),
        ("верф", ["shipyard", "yard"]), ("судостроительн", ["shipbuilding"]), ("инженерн", ["engineering"]), ("бюро", ["bureau"]),
        ("туризм", ["touris"]), ("туристическ", ["touris"]), ("транспорт", ["transport"]), ("строительн", ["construction", "building"]),
        ("нефтян", ["oil", "petroleum"]), ("газов", ["gas"]), ("химическ", ["chemical"]), ("фармацевтическ", ["pharmaceutical"]),
        ("сельскохозяйственн", ["agricultur"]), ("аграрн", ["agrarian", "agricultur"]), ("ветеринарн", ["veterinar"]),
        ("полярн", ["polar"]), ("арктическ", ["arctic"]), ("антарктическ", ["antarctic"]), ("зоопарк", ["zoo"]),
        ("ансамбл", ["ensemble"]), ("оркестр", ["orchestra"]), ("хор", ["choir"]), ("цирк", ["circus"]), ("консерватори", ["conservator"]),
    ]
    static let functionWords: Set<String> = ["и", "в", "во", "на", "по", "при", "для", "им", "имени", "of", "the", "and", "for",
                                             "in", "on", "at", "to", "de"]
    /// Russian abbreviations that stand for several words of the English name: "СО РАН" = "Siberian Branch of the
    /// Russian Academy of Sciences".
    static let abbreviations: [String: [String]] = [
        "ран": ["russia", "academ", "scien"], "со": ["siberia", "branch"], "дво": ["far", "eastern", "branch"],
        "уро": ["ural", "branch"], "мгу": ["moscow", "state", "universit"], "спбгу": ["petersburg", "state", "universit"],
        "мид": ["ministr", "foreign", "affairs"], "мчс": ["ministr", "emergenc"], "рф": ["russia", "federation"],
    ]

    /// How one word of a Russian name may appear in English: as several words (an abbreviation such as "РАН"), as one
    /// of the lexicon's translations, or as a proper name with the same consonants.
    enum RussianWord {
        case abbreviation([String])
        case translation([String])
        case name(skeleton: String)
    }

    /// The words of a Russian organisation name read once, to be compared with any number of English names; nil for a
    /// name of fewer than two words.
    static func reading(_ russian: [String]) -> [RussianWord]? {
        // "Русский дом в Ханое": the city an office is named with may stay untranslated.
        // (An initial "В." before a surname is no preposition.)
        let named = russian.indices.first { k in (russian[k] == "в" || russian[k] == "во") && k + 1 < russian.count && russian[k + 1].count > 2 }
            .map { Array(russian[..<$0]) } ?? russian
        let words = named.flatMap { $0.split(separator: "-").map(String.init) }.filter { !functionWords.contains($0) && $0.count > 1 }
        guard words.count >= 2 else { return nil }
        return words.map { word in
            if let expansion = abbreviations[word] { return .abbreviation(expansion) }
            if let english = lexicon.filter({ word.hasPrefix($0.russian) }).max(by: { $0.russian.count < $1.russian.count })?.english {
                return .translation(english)
            }
            // "Казанский" → "Kazan": an adjective made from a place name keeps the name before "-ск-".
            var stem = NameSkeleton.russianStem(word)
            if stem.hasSuffix("ск"), stem.count > 5 { stem = String(stem.dropLast(2)) }
            return .name(skeleton: folded(NameSkeleton.of(stem)))
        }
    }

    /// The name without the dedication that ends it ("завод имени А. М. Горького" → "завод"), which the English name
    /// may leave out; nil when it has none.
    static func withoutDedication(_ russian: [String]) -> [String]? {
        russian.firstIndex { $0 == "имени" || $0 == "им" }.map { Array(russian[..<$0]) }
    }

    /// The folded consonants of a one-word name, to meet its transliteration: "Водоход" and "Vodohod"; nil when too short
    /// to tell.
    static func oneWordSkeleton(_ word: String) -> String? {
        let skeleton = folded(NameSkeleton.of(word))
        return skeleton.count >= 3 ? skeleton : nil
    }

    /// The share of the English name's words the Russian one accounts for, when every Russian word translates into
    /// one of them; nil when some Russian word does not.
    static func coverage(russian: [String], english: [String]) -> Double? {
        reading(russian).flatMap { coverage($0, english: english) }
    }

    static func coverage(_ russian: [RussianWord], english: [String]) -> Double? {
        let englishWords = english.flatMap { $0.split(separator: "-").map(String.init) }.filter { !functionWords.contains($0) && $0.count > 1 }
        guard !englishWords.isEmpty else { return nil }
        var used = Set<Int>()
        for word in russian {
            switch word {
            case .abbreviation(let expansion):
                let found = englishWords.indices.filter { k in !used.contains(k) && expansion.contains { englishWords[k].hasPrefix($0) } }
                guard !found.isEmpty else { return nil }
                used.formUnion(found)
            case .translation(let translations):
                guard let k = englishWords.indices.first(where: { k in !used.contains(k) && translations.contains { englishWords[k].hasPrefix($0) } })
                else { return nil }
                used.insert(k)
            case .name(let skeleton):
                guard skeleton.count >= 3,
                      let k = englishWords.indices.first(where: { k in !used.contains(k) && folded(NameSkeleton.of(englishWords[k])).hasPrefix(skeleton) })
                else { return nil }
                used.insert(k)
            }
        }
        return Double(used.count) / Double(englishWords.count)
    }

    /// Consonant skeletons with the sounds the two scripts spell differently made one: "Малайзия"/"Malaysia".
    static func folded(_ skeleton: String) -> String {
        String(skeleton.map { $0 == "z" ? "s" : $0 == "c" ? "k" : $0 })
    }
}
