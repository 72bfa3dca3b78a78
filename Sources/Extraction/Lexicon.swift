/// Closed word lists the extractors share (lower-cased). These are language facts, not corpus facts:
/// no person, event or quotation of any document is listed here.
enum Lexicon {
    static let months: [String: Int] = {
        var map: [String: Int] = [:]
        let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december"]
        let short = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let russianGenitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                               "октября", "ноября", "декабря"]
        let russianNominative = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                                 "октябрь", "ноябрь", "декабрь"]
        let russianPrepositional = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                                    "сентябре", "октябре", "ноябре", "декабре"]
        for list in [english, short, russianGenitive, russianNominative, russianPrepositional] {
            for (i, name) in list.enumerated() { map[name] = i + 1 }
        }
        map["sept"] = 9
        return map
    }()

    static let stopWords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "among", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "could", "did", "do", "does", "doing", "down", "during", "each", "either", "even", "ever", "every", "few", "for",
        "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
        "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "many", "may", "me", "might",
        "more", "most", "much", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once",
        "one", "only", "or", "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per", "rather", "same",
        "shall", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "therefore", "these", "they", "this", "those", "though", "through", "thus", "to",
        "too", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "well", "were", "what", "when", "where",
        "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet",
        "you", "your", "yours", "yourself", "’s", "'s", "s", "also", "already", "still", "whole", "another", "like",
        "including", "according", "yes", "q", "a", "said", "says", "new", "first", "two", "three", "ten",
    ]

    /// Capitalised words that start sentences or titles but are never part of a name.
    static let commonCapitalized: Set<String> = [
        "the", "a", "an", "in", "on", "at", "for", "of", "to", "by", "with", "from", "as", "and", "but", "or", "if",
        "this", "that", "these", "those", "it", "its", "our", "we", "they", "their", "he", "she", "his", "her", "i",
        "you", "my", "there", "here", "what", "which", "who", "why", "how", "when", "where", "while", "although",
        "however", "finally", "indeed", "thus", "accordingly", "unfortunately", "naturally", "largely", "back", "now",
        "then", "since", "after", "before", "during", "following", "according", "regarding", "unlike", "compared",
        "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "still", "also", "yet", "so", "both",
        "each", "every", "all", "some", "many", "most", "more", "less", "no", "not", "one", "two", "three", "ten",
        "last", "next", "first", "second", "third", "new", "old", "former", "current", "other", "another", "such",
        "special", "further", "mutual", "similar", "key", "main", "major", "most", "much", "very", "only", "even",
        "judging", "recognizing", "recognising", "taking", "having", "guaranteeing", "opening", "visiting",
        "completing", "discussing", "results", "negotiations", "meetings", "contacts", "trade", "energy", "culture",
        "history", "security", "economic", "relations", "cooperation", "partnership", "abstract", "farewell", "good",
        "serious", "dozens", "reporting", "editing", "views", "see", "also", "q", "press", "release", "news",
        "interview", "note", "notes", "source", "sources", "photo", "ibid", "quoted", "url", "retrieved", "cit",
        "although", "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
        "should", "can", "may", "might", "must", "let", "not", "nor", "dear", "thank", "thanks", "yes", "russian",
        "joint", "war", "cold", "revolution", "crisis", "world", "global", "state", "states", "summit", "meeting",
        "government", "ministry", "foreign", "minister", "president", "year", "years", "day", "days", "week", "month",
        "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "western", "eastern", "southern", "northern", "north", "south", "east", "west", "central", "its", "whose",
        "point", "article", "section", "paragraph", "chapter", "part", "page", "table", "figure", "courtesy", "user",
        "comments", "comment", "post", "top", "scroll", "read", "more", "share", "print", "email", "translated",
    ]

    /// Titles, offices and honorifics that introduce or describe a person.
    static let titleWords: Set<String> = [
        "president", "vice-president", "minister", "ministers", "ambassador", "secretary", "secretary-general",
        "director", "director-general", "chairman", "chairwoman", "chairperson", "chair", "premier", "chancellor",
        "king", "queen", "sultan", "prince", "princess", "emperor", "governor", "mayor", "spokesman", "spokeswoman",
        "spokesperson", "envoy", "diplomat", "scholar", "analyst", "expert", "professor", "researcher", "fellow",
        "journalist", "correspondent", "writer", "editor", "author", "head", "chief", "commander", "general",
        "admiral", "colonel", "officer", "official", "representative", "adviser", "advisor", "counsellor",
        "counselor", "consul", "attaché", "attache", "deputy", "vice", "senator", "lawmaker", "mp", "leader", "founder",
        "ceo", "economist", "historian", "politician", "phd", "dr", "mr", "mrs", "ms", "h.e", "he", "datuk", "dato",
        "datin", "seri", "tun", "haji", "hajah", "hj", "yb", "berhormat", "paduka", "puan", "toh", "dato'", "dato’", "undersecretary", "under-secretary", "sir", "madam", "madame", "mme", "lord", "lady", "excellency", "prof", "academician", "rector", "dean", "ibu", "bapak",
        "coordinator", "negotiator", "commissioner", "chargé", "charge", "prime", "speaker", "member", "staff",
        "посол", "посла", "послом", "президент", "президента", "министр", "министра", "глава", "главы", "директор",
        "директора", "заместитель", "заместителя", "господин", "госпожа", "руководитель", "руководителя", "начальник",
        "начальника", "председатель", "председателя", "ректор", "ректора", "профессор", "профессора", "эксперт", "генерал",
        "губернатор", "губернатора", "мэр", "депутат", "сенатор", "советник", "посланник", "консул", "спикер",
    ]
    /// Vietnamese and Chinese surnames that are also English function words: "Do Quang Vinh", "To Lam", "Ho Duc Phoc".
    static let surnameLikeWords: Set<String> = ["do", "to", "ho", "ha", "le", "ma", "an", "lam", "nor"]
    /// Honorifics removed from the front of a name ("Mr. Alexander Ivanov" → "Alexander Ivanov").
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "h", "e", "he", "datuk", "dato", "datin", "sir", "madam", "paduka", "puan", "toh",
        "lord", "lady", "excellency", "his", "her", "seri", "tun", "haji", "hajah", "hj", "yb", "berhormat", "господин", "госпожа", "ki", "kyai", "mme",
        "ibu", "bapak", "pak",
    ]
    /// "Sri" is a title only after another ("Tan Sri", "Datuk Sri"); alone it is a given name ("Sri Mulyani Indrawati").
    static let titlesBeforeSri: Set<String> = ["tan", "datuk", "dato", "datin", "dato'", "dato’", "seri", "toh", "puan", "paduka"]

    /// Verbs that report speech or thought, present and past: "…," X said / says / laughed.
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "noted", "notes", "remind", "reminds", "reminded", "shouts",
        "shouted", "yells", "yelled", "stressed", "stresses", "added", "adds", "explained",
        "explains", "pointed", "points", "underlined", "underlines", "underscored", "underscores", "emphasised",
        "emphasized", "emphasises", "emphasizes", "stated", "states", "believes", "believed", "recalled", "recalls",
        "argued", "argues", "concluded", "concludes", "remarked", "remarks", "observed", "observes", "warned", "warns",
        "cautioned", "cautions", "announced", "announces", "declared", "declares", "insisted", "insists", "suggested",
        "suggests", "wrote", "writes", "asked", "asks", "replied", "replies", "answered", "answers", "responded",
        "responds", "retorted", "commented", "comments", "thanked", "welcomed", "disagreed", "disagrees", "agreed",
        "agrees", "informed", "briefed", "expressed", "highlighted", "highlights", "continued", "continues",
        "acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes", "claimed", "claims", "confirmed",
        "confirms", "described", "urged", "urges", "saying", "speaking", "according", "affirmed", "reiterated",
        "reiterates", "assured", "proposed", "addressed", "opened", "sees", "thinks", "thought", "recognized",
        "recognised", "estimated", "estimates", "predicted", "predicts", "maintained", "maintains", "contended",
        "contends", "reckoned", "reckons", "recounted", "recounts", "complained", "complains", "exclaimed", "mused",
        "muses", "joked", "jokes", "quipped", "quips", "laughed", "laughs", "sighed", "sighs", "smiled", "smiles",
        "shrugged", "whispered", "shouted", "promised", "promises", "vowed", "vows", "remembers", "remembered",
        "reflects", "reflected", "describes", "written", "calls", "cries", "murmurs", "murmured", "mutters", "muttered", "grins",
        "grinned", "chuckles", "chuckled", "confides", "confided", "boasts", "boasted", "marvels", "marvelled", "marveled",
        "сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "подчеркнул", "подчеркнула", "сообщил", "сообщила",
        "добавил", "добавила", "пояснил", "пояснила", "рассказал", "рассказала", "считает", "уверен", "уверена",
        "говорит", "констатировал", "констатировала", "признал", "признала", "напомнил", "напомнила",
        "призналась", "признался", "поделился", "поделилась", "уточнил", "уточнила", "заметил", "заметила", "вспоминает",
        "вспомнил", "вспомнила", "отмечает", "подчёркивает", "подчеркивает", "рассказывает", "добавляет", "объясняет",
    ]
    /// Nouns that name a speaker without naming them ("the minister said", "the economist added").
    static let speakerNouns: Set<String> = titleWords.union([
        "politician", "academic", "activist", "businessman", "businesswoman", "entrepreneur", "teacher", "student",
        "specialist", "observer", "commentator", "veteran", "organiser", "organizer", "manager", "engineer",
        "doctor", "lawyer", "delegate", "sinologist", "orientalist", "lecturer", "interviewee", "guest",
        "coach", "trainer", "chef", "pilot", "captain", "nurse", "scientist", "architect", "artist", "singer", "dancer",
        "musician", "translator", "poet", "novelist", "priest", "monk", "player", "athlete", "skater", "owner", "farmer",
    ])

    static let organizationHeads: Set<String> = [
        "organization", "organisation", "association", "union", "council", "committee", "commission", "ministry",
        "department", "institute", "institution", "university", "center", "centre", "academy", "fund", "forum", "bank",
        "agency", "secretariat", "embassy", "consulate", "mission", "club", "society", "party", "parliament",
        "assembly", "network", "chamber", "corporation", "company", "group", "foundation", "school", "college",
        "community", "office", "service", "court", "government", "house", "forces", "army", "navy", "structure",
        "representation", "post", "times", "gazette", "herald", "tribune", "journal", "review", "daily", "magazine",
        "outlook", "news", "agency", "press", "television", "radio", "collegium", "board", "authority", "federation",
        "alliance", "bloc", "duma", "senate", "cabinet", "administration", "directorate", "bureau", "initiative",
        "programme", "program", "universiti", "universitas", "institut", "weekly", "monthly", "newswire", "wire", "fleet", "посольство", "министерство", "представительство",
        "университет", "институт", "центр",
        "hospital", "clinic", "museum", "library", "theatre", "theater", "orchestra", "studio", "studios", "airlines",
        "airways", "railways", "shipping", "logistics", "holdings", "holding", "inc", "ltd", "llc", "plc", "jsc", "pjsc",
        "corp", "gmbh", "tbk", "bhd", "consortium", "conglomerate", "international", "laboratory",
        "enterprises", "industries", "motors", "pharmaceuticals", "telecom", "petroleum", "ventures", "publishing", "quarterly",
        "confederation", "ledger", "sentinel", "courier", "chronicle", "observer", "mirror", "monitor", "bulletin", "digest",
        "inquirer", "telegraph", "dispatch", "examiner", "airports", "air", "regiment", "corps", "division", "brigade", "parish",
        "pharma", "biologics", "sdn", "berhad", "pte", "co", "inspectorate", "procuracy", "healthcare", "philharmonic",
        "zoo", "police", "logistik", "branch", "capital", "partners", "investments", "securities", "exchange",
        "team", "league", "conservatory", "conservatoire", "customs", "technologies", "systems", "solutions", "ensemble", "force", "pcl",
        "cooperative", "co-operative", "choir", "plant", "factory", "helicopters", "parks", "shipyard", "shipyards", "esports", "gaming", "fc", "festival",
        "guard", "guards", "enterprise", "limited", "subcommission", "sub-commission", "patriarchate", "exarchate", "synod", "diocese",
        "eparchy", "fair", "expo", "archive", "archives", "olympiad", "championships", "foods", "beverages", "analytics",
        "lines", "works", "trust", "roasters", "collective", "band", "quartet", "polytechnic", "faculty",
    ]
    /// Heads of a unit of a larger body, named with it: "Siberian Branch of the Russian Academy of Sciences".
    static let subunitHeads: Set<String> = ["branch", "division", "chapter", "wing", "survey"]
    /// Heads of the larger body a unit belongs to, kept in the unit's name: "Institute of Volcanology and Seismology of
    /// the Far Eastern Branch of the Russian Academy of Sciences".
    static let parentHeads: Set<String> = ["branch", "division", "academy", "sciences", "fleet", "forces", "navy", "army"]
    /// Organisations that may keep "in <place>" in their name ("Embassy of Russia in Malaysia").
    static let placeBoundHeads: Set<String> = ["embassy", "consulate", "mission", "representation", "office", "house", "authority",
                                               "посольство", "представительство"]

    static let agreementHeads: Set<String> = [
        "treaty", "declaration", "charter", "convention", "agreement", "agreements", "accord", "accords", "memorandum",
        "protocol", "programme", "program", "plan", "roadmap", "map", "statement", "concept", "communique",
        "communiqué", "pact", "covenant", "strategy", "agenda", "blueprint", "vision",
    ]
    /// Names of happenings, not entities ("Second Meeting of …", "the 25th Anniversary of …").
    static let eventHeads: Set<String> = [
        "meeting", "meetings", "summit", "summits", "conference", "session", "anniversary", "year", "roundtable",
        "discussion", "visit", "talks", "dialogue", "week", "days", "exercise", "exercises", "games",
        "ceremony", "congress", "consultations", "seminar", "workshop", "partnership", "cooperation", "relations",
    ]
    static let locationHeads: Set<String> = [
        "sea", "ocean", "strait", "straits", "island", "islands", "province", "peninsula", "gulf", "bay", "river",
        "mountains", "city", "region", "territory", "valley", "lake", "archipelago", "coast",
        "canal", "delta", "basin", "plateau", "reservoir", "dam", "airport", "highlands", "lowlands", "park", "station",
        "square", "street", "avenue", "bridge", "terminal", "port", "harbour", "harbor", "district", "village", "mausoleum",
        "monument", "pagoda", "temple", "stadium", "arena", "volcano", "beach", "waterfall", "pass", "falls", "railway", "zone",
        "observatory", "fault", "trench", "reef", "cape", "krai", "oblast", "okrug", "regency", "prefecture", "county",
        "governorate", "municipality", "expocentre", "road", "highway", "expressway", "boulevard", "prospekt", "embankment",
        "lane", "plain", "plains", "hills", "sanctuary", "anchorage", "mountain", "peak", "glacier", "mosque", "cathedral",
        "monastery", "coliseum", "colosseum", "hotel", "resort", "mall", "shrine", "tower", "palace",
    ]

    /// Lowercase nouns after a name that make it a place: "Ninh Binh province", "Cam Lo airport".
    static let placeNouns: Set<String> = [
        "province", "district", "county", "prefecture", "oblast", "krai", "airport", "island", "port", "harbour",
        "harbor", "municipality", "regency", "village", "township", "station", "terminal", "depot", "pier", "wharf",
        "street", "avenue", "square", "bridge",
    ]
    /// Lowercase nouns after a name that make it an organisation: "the Acme Power group".
    static let organizationNouns: Set<String> = ["group", "company", "corporation", "conglomerate", "holding", "consortium",
                                                  "agency", "studio", "bank", "carrier", "airline", "broadcaster", "newspaper",
                                                  "firm", "fund", "network", "portal", "channel", "think-tank", "foundation", "fair", "expo"]
    /// Lowercase nouns right before a name that make it an organisation: "the company Layar Timur", "the newspaper Kommersant".
    static let organizationNounsBefore: Set<String> = [
        "company", "firm", "group", "corporation", "conglomerate", "consortium", "carrier", "airline", "newspaper", "daily",
        "broadcaster", "publisher", "studio", "studios", "bank", "insurer", "retailer", "startup", "start-up", "manufacturer",
        "producer", "operator", "developer", "exporter", "importer", "distributor", "agency", "outlet", "magazine", "portal",
        "channel", "network", "ngo", "charity", "think-tank", "thinktank", "university", "institute", "consultancy", "carmaker",
        "automaker", "shipbuilder", "shipyard", "miner", "refiner", "lender", "brokerage", "utility", "club", "label", "chain",
        "cooperative", "co-operative", "foundation", "conglomerate",
    ]
    /// Prepositions that put a bare name in a place: "in Tver", "from Omsk".
    static let locativePrepositions: Set<String> = ["in", "from", "near"]
    /// Credit lines that name people: "Reporting by …; editing by …", "Photographs by …".
    static let creditNouns: Set<String> = [
        "reporting", "editing", "writing", "photographs", "photograph", "photos", "photo", "photography", "pictures",
        "images", "illustrations", "illustration", "graphics", "video", "interview", "research", "text", "words",
        "translation", "compiled", "edited", "written",
    ]
    /// Heads that lead the name in Malay, Indonesian and Romance names: "Universitas Indonesia", "Bank Negara Malaysia".
    static let leadingOrganizationHeads: Set<String> = ["universitas", "universiti", "institut", "bank", "universidad", "kementerian", "badan", "dewan", "radio",
                                                        "fsue", "jsc", "pjsc", "ojsc", "cjsc", "bangko",
                                                        "pt", "perum", "studio", "yayasan", "lembaga", "kedutaan", "majlis", "persatuan",
                                                        "banque", "banco", "société", "societe", "compagnie", "électricité", "electricite",
                                                        "régie", "regie", "institut", "université", "universite",
                                                        "autoriti", "jabatan", "suruhanjaya", "perbadanan", "syarikat", "otoritas",
                                                        "direktorat", "komisi", "bursa", "kagawaran", "kawanihan", "samahang", "samahan",
                                                        "kapisanan", "pamantasan", "sangguniang", "lupon", "tanggapan"]
    /// Words that lead a place's name: "Mount Labo", "Lake Toba", "Koh Rong", "Pulau Ubin", "Jalan Ampang".
    static let leadingLocationHeads: Set<String> = ["mount", "mt", "lake", "cape", "koh", "pulau", "jalan", "gunung",
                                                    "bukit", "sungai", "tanjung", "selat", "teluk", "phnom", "port", "puncak", "danau", "doi", "wat", "ko"]
    static let compassWords: Set<String> = ["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"]
    /// Words that make a part of a known place a place of its own: "West Java", "Greater Jakarta", "Metro Manila".
    static let placePrefixes: Set<String> = compassWords.union(["greater", "metro", "upper", "lower", "northeast", "northwest",
                                                                "southeast", "southwest", "northeastern", "northwestern",
                                                                "southeastern", "southwestern"])
    /// Language names: "in English" is no place.
    static let languageNames: Set<String> = [
        "english", "russian", "french", "german", "spanish", "chinese", "mandarin", "japanese", "korean", "arabic",
        "vietnamese", "thai", "malay", "bahasa", "indonesian", "tagalog", "filipino", "khmer", "lao", "burmese", "latin",
    ]

    static let demonyms: Set<String> = [
        "russian", "american", "chinese", "indonesian", "malaysian", "vietnamese", "thai", "lao", "laotian", "filipino",
        "philippine", "singaporean", "bruneian", "cambodian", "myanmar", "burmese", "japanese", "korean", "indian",
        "european", "asian", "western", "eastern", "southern", "northern", "soviet", "ukrainian", "german", "french",
        "british", "australian", "turkish", "israeli", "palestinian", "eurasian", "pacific", "timorese", "kazakh",
        "belarusian", "mongolian", "pakistani", "iranian", "arab", "african", "latin", "canadian", "italian",
        "spanish", "swiss", "dutch", "polish", "nordic", "asean",
    ]

    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200,
        "thousands": 2000,
    ]
    static let multipliers: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "mln": 1e6, "bn": 1e9,
        "bln": 1e9, "tn": 1e12, "k": 1e3, "m": 1e6, "b": 1e9, "тыс": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12,
    ]
    static let currencyWords: [String: String] = [
        "dollars": "USD", "dollar": "USD", "usd": "USD", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB",
        "ruble": "RUB", "rub": "RUB", "рублей": "RUB", "рубля": "RUB", "euros": "EUR", "euro": "EUR", "eur": "EUR",
        "yuan": "CNY", "renminbi": "CNY", "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "dong": "VND",
        "pesos": "PHP", "yen": "JPY", "долларов": "USD", "евро": "EUR",
    ]
    /// Time units: durations are not figures.
    static let timeUnits: Set<String> = [
        "year", "years", "month", "months", "day", "days", "week", "weeks", "decade", "decades", "hour", "hours",
        "minute", "minutes", "century", "centuries", "times", "time", "lет", "лет", "года", "дней",
    ]
    static let qualifiers: [[String]] = [
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["greater", "than"], ["up", "to"], ["at", "least"],
        ["at", "most"], ["as", "many", "as"], ["as", "much", "as"], ["about"], ["around"], ["nearly"], ["almost"],
        ["approximately"], ["roughly"], ["some"], ["over"], ["under"], ["exceeding"], ["just", "over"],
        ["just", "under"], ["close", "to"], ["more", "then"], ["более"], ["около"], ["свыше"], ["почти"],
    ]

    /// Common Russian given names in every case ("Евгений", "Евгения", "Ирины"): with a second word, a person.
    static let russianGivenNames: Set<String> = {
        let male = ["александр", "алексей", "анатолий", "андрей", "антон", "аркадий", "артём", "артем", "борис", "вадим",
                    "валентин", "валерий", "василий", "виктор", "виталий", "владимир", "владислав", "вячеслав", "геннадий",
                    "георгий", "глеб", "григорий", "даниил", "денис", "дмитрий", "евгений", "егор", "иван", "игорь",
                    "кирилл", "константин", "леонид", "максим", "михаил", "николай", "олег", "роман", "руслан", "сергей",
                    "станислав", "степан", "тимур", "фёдор", "федор", "юрий", "ярослав", "эдуард", "ефим", "семён", "семен",
                    "арсений", "тимофей", "матвей", "захар", "савелий", "марк", "платон", "демид", "елисей", "всеволод",
                    "святослав", "эмиль", "ростислав", "филипп", "богдан", "герман", "вениамин", "игнат", "прохор", "гордей",
                    "тихон", "родион", "нестор", "остап", "арсен", "эрик", "рустам", "ринат", "марат", "айдар", "ильдар",
                    "азат", "булат", "дамир", "ренат", "рафаэль", "альберт", "аркадий", "афанасий", "богдан", "вадим",
                    "виктор", "владлен", "всеволод", "гавриил", "давид", "евгений", "зиновий", "иннокентий", "лаврентий",
                    "макар", "мирон", "назар", "никон", "пётр", "рудольф", "савва", "серафим", "трофим", "феликс", "эльдар",
                    "юлиан", "яков", "ян"]
        let female = ["алла", "александра", "алёна", "алена", "алина", "анастасия", "анна", "валентина", "валерия", "вера",
                      "вероника", "виктория", "галина", "дарья", "диана", "екатерина", "елена", "елизавета", "жанна", "зоя",
                      "инна", "ирина", "карина", "ксения", "лариса", "лидия", "людмила", "маргарита", "марина", "мария",
                      "надежда", "наталья", "наталия", "нина", "оксана", "ольга", "полина", "светлана", "софья", "софия",
                      "тамара", "татьяна", "ульяна", "юлия", "яна", "никита", "илья", "василиса", "ева", "милана", "варвара",
                      "алиса", "арина", "кира", "таисия", "злата", "есения", "майя", "эльвира", "регина", "снежана", "олеся",
                      "евгения", "раиса", "римма", "клавдия", "ангелина", "кристина", "виолетта", "станислава", "ярослава",
                      "владислава", "антонина", "ксения", "любава", "мила", "нелли", "эмилия", "элина", "лилия", "роза",
                      "фаина", "эвелина", "диляра", "гульнара", "динара", "зарина", "альбина", "алсу", "эльмира", "лейла",
                      "данила", "савва", "фома", "кузьма", "лука"]
        var forms: Set<String> = ["павел", "павла", "павлу", "павлом", "павле", "лев", "льва", "льву", "львом", "льве",
                                  "пётр", "петр", "петра", "петру", "петром", "петре", "любовь", "любови"]
        for name in male {
            if name.hasSuffix("ий") {
                let stem = String(name.dropLast(2))
                forms.formUnion([name, stem + "ия", stem + "ию", stem + "ием", stem + "ии"])
            } else if name.hasSuffix("й") || name.hasSuffix("ь") {
                let stem = String(name.dropLast())
                forms.formUnion([name, stem + "я", stem + "ю", stem + "ем", stem + "е"])
            } else {
                forms.formUnion([name, name + "а", name + "у", name + "ом", name + "е"])
            }
        }
        for name in female {
            if name.hasSuffix("ия") {
                let stem = String(name.dropLast(2))
                forms.formUnion([name, stem + "ии", stem + "ию", stem + "ией"])
            } else if name.hasSuffix("я") || name.hasSuffix("ья") {
                let stem = String(name.dropLast())
                forms.formUnion([name, stem + "и", stem + "е", stem + "ю", stem + "ей"])
            } else {
                let stem = String(name.dropLast())
                let soft = ["г", "к", "х", "ж", "ш", "ч", "щ"].contains { stem.hasSuffix($0) }
                forms.formUnion([name, stem + (soft ? "и" : "ы"), stem + "е", stem + "у", stem + "ой"])
            }
        }
        return forms
    }()
}
