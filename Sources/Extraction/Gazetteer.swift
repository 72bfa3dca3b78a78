/// Well-known places and international bodies, shipped as data. Each line is
/// "Canonical|alias|alias…". Matching is exact for all-caps tokens ("US", "ASEAN") and otherwise
/// case-insensitive on capitalised text. People are never listed here: they are found from the text.
enum Gazetteer {
    struct Entry {
        /// Position of the entry's line across all lists: equal ids, same entity.
        var id: Int
        var name: String
        var type: EntityType
        var subtype: String?
    }

    static let countries = [
        "Russia|Russian Federation|RF|Россия|России|Россию|Российская Федерация|Российской Федерации",
        "Indonesia|Republic of Indonesia|Индонезия|Индонезии", "Malaysia|Малайзия|Малайзии|Малайзию",
        "Vietnam|Viet Nam|Socialist Republic of Vietnam|SRV|Вьетнам|Вьетнама|Вьетнаме",
        "Thailand|Kingdom of Thailand|Таиланд|Таиланда", "Laos|Lao PDR|Lao People's Democratic Republic|Лаос|Лаоса",
        "Singapore|Republic of Singapore|Сингапур|Сингапура", "Philippines|the Philippines|Republic of the Philippines|Филиппины",
        "Brunei|Brunei Darussalam|Бруней", "Cambodia|Kingdom of Cambodia|Камбоджа|Камбоджи",
        "Myanmar|Burma|Мьянма|Мьянмы", "East Timor|Timor-Leste|Timor Leste",
        "China|People's Republic of China|PRC|Китай|Китая", "Japan|Япония|Японии",
        "South Korea|Republic of Korea|ROK|Korea", "North Korea|DPRK|Democratic People's Republic of Korea",
        "India|Индия|Индии", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Mongolia", "Kazakhstan", "Uzbekistan",
        "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Belarus", "Ukraine|Украина|Украины", "Georgia", "Armenia",
        "Azerbaijan", "Moldova", "Turkey|Türkiye", "Iran", "Iraq", "Syria", "Israel", "Palestine", "Jordan", "Lebanon",
        "Saudi Arabia", "United Arab Emirates|UAE", "Qatar", "Kuwait", "Oman", "Yemen", "Egypt", "Libya", "Tunisia",
        "Algeria", "Morocco", "Afghanistan", "Yugoslavia", "Serbia", "Croatia", "Bosnia and Herzegovina", "Slovenia",
        "Montenegro", "North Macedonia", "Albania", "Greece", "Bulgaria", "Romania", "Hungary", "Poland",
        "Czech Republic|Czechia", "Slovakia", "Austria", "Switzerland", "Germany", "France", "Italy", "Spain",
        "Portugal", "Netherlands|the Netherlands", "Belgium", "Luxembourg", "Denmark", "Norway", "Sweden", "Finland",
        "Estonia", "Latvia", "Lithuania", "Ireland", "Iceland", "United Kingdom|UK|Britain|Great Britain",
        "United States|United States of America|US|U.S.|USA|U.S.A.|America|США", "Canada", "Mexico", "Cuba",
        "Brazil", "Argentina", "Chile", "Peru", "Colombia", "Venezuela", "Nicaragua", "Australia", "New Zealand",
        "Papua New Guinea", "Fiji", "South Africa", "Nigeria", "Ethiopia", "Kenya", "Soviet Union|USSR|СССР",
    ]
    static let cities = [
        "Moscow|Москва|Москве|Москвы", "Saint Petersburg|St. Petersburg|St Petersburg|Санкт-Петербург",
        "Vladivostok|Владивосток|Владивостоке", "Sochi|Сочи", "Kazan", "Novosibirsk", "Khabarovsk", "Yekaterinburg",
        "Jakarta|Джакарта|Джакарте", "Bali", "Surabaya", "Bandung", "Belawan", "Kuala Lumpur|Куала-Лумпур|Куала-Лумпуре",
        "Putrajaya", "Penang", "Hanoi|Ханой|Ханое", "Ho Chi Minh City|Saigon", "Da Nang", "Bangkok|Бангкок",
        "Vientiane|Вьентьян|Вьентьяне", "Manila|Манила", "Cebu", "Phnom Penh|Пномпень", "Siem Reap",
        "Naypyidaw|Nay Pyi Taw", "Yangon", "Bandar Seri Begawan", "Dili", "Beijing|Пекин", "Shanghai", "Hong Kong",
        "Tokyo", "Seoul", "Pyongyang", "New Delhi|Delhi", "Islamabad", "Minsk", "Kiev|Kyiv|Киев", "Tbilisi",
        "Astana", "Tashkent", "Ankara", "Istanbul", "Tehran", "Baghdad", "Damascus", "Jerusalem", "Cairo", "Riyadh",
        "Dubai", "Abu Dhabi", "Doha", "Kabul", "Belgrade", "Berlin", "Paris", "London", "Rome", "Madrid", "Lisbon",
        "Brussels", "Vienna", "Geneva", "Warsaw", "Prague", "Budapest", "Stockholm", "Helsinki", "Oslo",
        "Copenhagen", "Washington|Washington, D.C.", "New York", "Canberra", "Sydney", "Wellington", "Ottawa",
        "Brasilia", "Pretoria", "Johannesburg", "Busan", "Osaka",
    ]
    static let regions = [
        "Southeast Asia|South-East Asia|South East Asia|SEA|Юго-Восточная Азия|Юго-Восточной Азии",
        "Asia-Pacific|Asia Pacific|Asia-Pacific Region|Asia-Pacific region|APR|АТР",
        "Asia|Азия|Азии", "East Asia", "South Asia", "Central Asia", "Northeast Asia", "Europe|Европа|Европы",
        "Western Europe", "Eastern Europe", "Eurasia|Евразия|Евразии", "Indo-Pacific", "Middle East", "Africa",
        "Latin America", "North America", "Oceania", "Far East|Russian Far East|Дальний Восток", "Siberia",
        "Gaza Strip|Gaza", "South China Sea", "East China Sea", "Indian Ocean", "Pacific Ocean", "Arctic",
        "Korean Peninsula", "Mekong", "Strait of Malacca|Malacca Strait", "Crimea", "Donbass|Donbas", "Balkans",
        "Global South", "West", "Caucasus", "Scandinavia",
        "Urals|Ural Mountains|Урал|Урала", "Volga|Волга|Волги", "Amur|Амур", "Kamchatka|Камчатка|Камчатки", "Sakhalin|Сахалин",
        "Chukotka", "Primorye|Primorsky Krai|Приморье", "Arctic Ocean", "Sea of Okhotsk", "Sea of Japan", "Java Sea",
        "Andaman Sea", "Gulf of Thailand", "Celebes Sea", "Sulu Sea", "Banda Sea", "Mindanao", "Borneo", "Sumatra",
        "Java", "Sulawesi", "Luzon", "Indochina|French Indochina", "Malaya|Federation of Malaya", "Siam|Kingdom of Siam",
        "Russian Empire|Российская империя|Российской империи", "Ottoman Empire", "Dutch East Indies", "Northern Sea Route|NSR",
        // Seas, lakes and rivers.
        "Black Sea|Чёрное море|Черное море|Чёрного моря|Черного моря", "Baltic Sea", "Caspian Sea", "Barents Sea", "Kara Sea",
        "Bering Sea", "Laptev Sea", "White Sea", "Sea of Azov", "Mediterranean|Mediterranean Sea", "Red Sea", "Persian Gulf",
        "Philippine Sea", "Timor Sea", "Arafura Sea", "Gulf of Tonkin|Tonkin Gulf", "Bay of Bengal", "Lake Baikal|Baikal|Байкал",
        "Tonle Sap", "Irrawaddy|Ayeyarwady", "Chao Phraya", "Red River", "Saigon River", "Salween", "Yangtze", "Yenisei",
        "Lena River", "Neva River", "Mekong Delta", "Mekong River",
        // Islands and regions of Southeast Asia and Russia.
        "Visayas", "Negros", "Palawan", "Lombok", "Flores", "Timor", "New Guinea", "Kalimantan", "Sabah", "Sarawak", "Aceh",
        "Papua", "Maluku|Moluccas", "Riau", "Langkawi", "Hainan", "Okinawa", "Kuril Islands|Kurils", "Shan State", "Kachin State",
        "Rakhine State|Rakhine", "Isan|Isaan", "Mekong Region", "Tonkin", "Annam", "Cochinchina",
        "Leningrad", "Stalingrad", "Petropavlovsk-Kamchatsky", "Yakutia", "Tatarstan", "Bashkortostan", "Buryatia",
    ]
    static let organizations = [
        "ASEAN|Association of Southeast Asian Nations|Association of South-East Asian Nations|Asean|АСЕАН",
        "ASEAN Secretariat", "United Nations|UN|ООН", "UN Security Council|United Nations Security Council|Security Council",
        "NATO|North Atlantic Treaty Organization|НАТО", "European Union|EU|ЕС",
        "Shanghai Cooperation Organization|Shanghai Cooperation Organisation|SCO|ШОС",
        "Eurasian Economic Union|EAEU|EAEU|ЕАЭС", "Eurasian Economic Commission", "BRICS|БРИКС",
        "APEC|Asia-Pacific Economic Cooperation", "ASEAN Regional Forum|ARF",
        "ASEAN Defence Ministers' Meeting-Plus|ASEAN Defence Ministers’ Meeting-Plus|ADMM-Plus|ADMM Plus|ADMM plus",
        "World Trade Organization|WTO", "International Monetary Fund|IMF", "World Bank", "G20|Group of Twenty",
        "G7|Group of Seven", "Commonwealth of Independent States|CIS|СНГ", "Collective Security Treaty Organization|CSTO",
        "Asian Development Bank|ADB", "Asian Infrastructure Investment Bank|AIIB", "AUKUS", "Quad|QUAD",
        "MGIMO|MGIMO University", "Rosatom", "Gazprom", "Rosneft", "Rossotrudnichestvo|Россотрудничество",
        "Roscosmos", "Rostec", "Rosoboronexport", "Sberbank", "VTB", "Lukoil", "Novatek", "Aeroflot", "Russian Railways",
        "Petronas", "Pertamina", "PetroVietnam|Petrovietnam", "TASS", "RIA Novosti", "Interfax", "Sputnik",
        "AFP|Agence France-Presse", "Reuters", "Xinhua", "Bernama", "Antara", "Valdai Club|Valdai Discussion Club",
        "Russian Academy of Sciences|RAS|РАН", "Ministry of Foreign Affairs of the Russian Federation|Russian Foreign Ministry|MFA of Russia|МИД России",
        "State Duma", "Federation Council", "Russian International Affairs Council|RIAC",
        "ASEAN Economic Community|AEC", "ASEAN Political-Security Community", "ASEAN Socio-Cultural Community",
        "European Commission", "African Union", "Arab League", "Organization of Islamic Cooperation|OIC",
        "International Committee of the Red Cross|ICRC", "International Federation of Red Cross and Red Crescent Societies|IFRC",
        "Red Cross", "Red Crescent", "UNESCO", "UNICEF", "UNDP", "UNHCR", "UNCTAD", "World Food Programme|WFP",
        "Food and Agriculture Organization|FAO", "International Labour Organization|ILO", "World Health Organization|WHO",
        "International Atomic Energy Agency|IAEA", "International Civil Aviation Organization|ICAO", "Interpol|INTERPOL",
        "OPEC", "OECD", "SWIFT", "Mekong River Commission", "Mekong-Lancang Cooperation",
        "Khmer Rouge", "Pathet Lao", "Viet Cong", "Russian Direct Investment Fund|RDIF", "VEB.RF|Vnesheconombank|VEB",
        "Gazprombank", "Rosselkhozbank", "Rostelecom", "Rusal", "Nornickel|Norilsk Nickel", "Sibur", "Transneft",
        "Russian Export Center|REC", "Rosneft", "Rosgeologia|Rosgeo|Росгеология", "Sovcomflot", "United Shipbuilding Corporation",
        "Russian Helicopters", "Sukhoi", "Irkut", "Kalashnikov Concern", "Roskongress", "Rosturizm", "Rosmorrechflot",
        "Rosaviatsia", "Rospotrebnadzor", "Roshydromet", "Rosgvardia", "Rosselkhoznadzor|Россельхознадзор", "Roskomnadzor",
        "Rosstandart", "Rosreestr", "Rosrybolovstvo|Росрыболовство", "Rosleskhoz|Рослесхоз", "Rosnedra|Роснедра", "Rosstat|Росстат",
        "Rosprirodnadzor", "Rostransnadzor", "Rosobrnadzor", "Roszdravnadzor", "Rosalkogolregulirovanie", "Rosmolodezh|Росмолодёжь",
        "Rosarkhiv", "Rosimushchestvo", "Rosavtodor", "Roszheldor", "EMERCOM of Russia|EMERCOM|МЧС России",
        // Central banks, exchanges, armed forces and national railways of the region.
        "Bank of Russia|Central Bank of Russia|Банк России", "Bank Indonesia", "Bank Negara Malaysia",
        "Bangko Sentral ng Pilipinas|Bangko Sentral|BSP", "State Bank of Vietnam", "Bank of Thailand", "Monetary Authority of Singapore",
        "Autoriti Monetari Brunei Darussalam|AMBD", "National Bank of Cambodia", "Bank of the Lao PDR", "Central Bank of Myanmar",
        "Moscow Exchange|MOEX", "Bursa Malaysia", "Singapore Exchange|SGX", "Indonesia Stock Exchange", "Philippine Stock Exchange",
        "Stock Exchange of Thailand", "Tatmadaw", "Kazakhstan Temir Zholy", "Vietnam Railways", "State Railway of Thailand",
        "Keretapi Tanah Melayu", "Yamal LNG", "Arctic LNG 2",
        "Russian Orthodox Church|Moscow Patriarchate|Русская православная церковь|РПЦ", "Communist International|Comintern",
        "Communist Party of the Soviet Union|CPSU|КПСС", "Communist Party of Vietnam",
        // Major news outlets.
        "Pravda", "Izvestia|Izvestiya|Известия", "Kommersant|Коммерсантъ", "Vedomosti|Ведомости",
        "Rossiyskaya Gazeta|Российская газета", "Literaturnaya Gazeta|Литературная газета", "Komsomolskaya Pravda",
        "Novaya Gazeta", "Moscow Times|The Moscow Times", "RT|Russia Today", "Rossiya Segodnya", "RBC|РБК", "Channel One",
        "Bangkok Post", "Straits Times|The Straits Times", "New Straits Times", "Jakarta Post|The Jakarta Post", "Kompas",
        "Jakarta Globe", "VnExpress", "Nhan Dan", "Tuoi Tre", "Thanh Nien", "Viet Nam News|Vietnam News",
        "Vietnam News Agency|VNA", "Voice of Vietnam|VOV", "Philippine Daily Inquirer", "Philippine Star|The Philippine Star",
        "Manila Bulletin", "Malay Mail", "Khmer Times", "Phnom Penh Post|The Phnom Penh Post", "Vientiane Times",
        "Myanmar Times|The Myanmar Times", "Global New Light of Myanmar", "Borneo Bulletin", "Thai PBS", "Channel NewsAsia|CNA",
        "South China Morning Post|SCMP", "Nikkei Asia", "Financial Times", "BBC", "CNN", "Al Jazeera", "Bloomberg",
        "Kyodo", "Yonhap", "Associated Press",
        // Major companies and platforms (world knowledge: aircraft and car makers, airlines, banks, energy, resources,
        // telecoms and internet platforms of Russia, Southeast Asia and the world). Names that are also common words
        // ("Mir", "Visa", "Apple", "Globe", "Pobeda", "Telegram", "Grab") or surnames ("Tupolev", "Ilyushin", "Yakovlev",
        // "Kaspersky", "Honda", "Toyota", "Boeing", "Tinkoff") are left out.
        "Airbus", "Embraer", "ATR", "Bombardier", "COMAC", "United Aircraft Corporation|UAC", "Almaz-Antey", "Uralvagonzavod", "Transmashholding", "KAMAZ|Kamaz|КАМАЗ", "AvtoVAZ|АвтоВАЗ", "GAZ Group",
        "BYD", "Yutong", "Hyundai", "Daimler Truck", "Mercedes-Benz", "Volkswagen", "Geely", "Chery",
        "Proton", "Perodua", "VinFast", "Vingroup", "Vinamilk", "Viettel", "VNPT", "Vietnam Electricity|EVN", "Vinacomin",
        "Vietsovpetro", "Rusvietpetro", "Zarubezhneft", "Gazprom Neft", "Inter RAO", "RusHydro", "Atomstroyexport", "TVEL",
        "Uralkali", "PhosAgro", "EuroChem", "Severstal", "Mechel", "NLMK", "Alrosa", "Metalloinvest", "Polymetal",
        "Sovcombank", "Alfa-Bank", "Promsvyazbank", "Yandex|Яндекс", "Kaspersky Lab", "VKontakte",
        "Ozon", "Wildberries", "S7 Airlines", "Ural Airlines", "Rossiya Airlines", "Thai Airways",
        "Vietnam Airlines", "VietJet|Vietjet|VietJet Air|Vietjet Air", "Bamboo Airways", "Singapore Airlines", "Scoot",
        "Garuda Indonesia", "Lion Air", "Malaysia Airlines", "AirAsia", "Philippine Airlines", "Cebu Pacific",
        "Bangkok Airways", "Lao Airlines", "Royal Brunei Airlines", "Myanmar Airways International", "Cambodia Angkor Air",
        "Instagram", "Facebook", "WhatsApp", "YouTube", "TikTok", "Google", "Microsoft", "Huawei", "Samsung",
        "Gojek", "Shopee", "Lazada", "Tokopedia", "Mastercard", "UnionPay", "Temasek", "Khazanah Nasional",
        "Sime Darby", "FGV Holdings|Felda", "Wilmar", "Maybank", "CIMB", "DBS", "OCBC", "UOB", "Bank Central Asia",
        "Bank Mandiri", "Bank Rakyat Indonesia", "Krungthai Bank", "Kasikornbank", "Bangkok Bank", "Siam Commercial Bank",
        "Vietcombank", "BIDV", "Techcombank", "Charoen Pokphand|CP Group", "ThaiBev|Thai Beverage", "PTT", "PTTEP",
        "Singtel", "Telkom Indonesia", "Indosat", "PLDT", "Globe Telecom", "Jollibee", "San Miguel Corporation",
        "Ayala Corporation", "Keppel", "Sembcorp", "ST Engineering", "PSA International", "Thaicom", "Astra International",
        "Pupuk Indonesia", "Krakatau Steel", "PLN", "Meralco", "Petron", "Tenaga Nasional|TNB", "Sarawak Energy",
        "Myanma Oil and Gas Enterprise|MOGE", "Electricite du Laos|Électricité du Laos|EDL",
        // Film studios, theatres' companies and recurring trade fairs known across the region.
        "Mosfilm|Мосфильм", "Lenfilm|Ленфильм", "Soyuzmultfilm|Союзмультфильм", "Roskino|Роскино", "Gosfilmofond",
        "Innoprom|Иннопром", "Prodexpo|Продэкспо", "Eastern Economic Forum|EEF|Восточный экономический форум|ВЭФ",
        "St. Petersburg International Economic Forum|St Petersburg International Economic Forum|SPIEF|ПМЭФ",
        "Electricite du Cambodge|Électricité du Cambodge|EDC", "PT PAL|PT PAL Indonesia", "PT Pindad|Pindad",
        "Top Glove", "Hartalega", "Kossan", "Supermax", "Uralmash", "Bio Farma", "MIHAS",
        "Global Witness", "Frontier Myanmar", "The Irrawaddy", "Human Rights Watch", "Amnesty International",
    ]
    static let agreements = [
        "Treaty of Amity and Cooperation in Southeast Asia|TAC|Bali Treaty", "ASEAN Charter", "UN Charter|Charter of the United Nations",
        "Regional Comprehensive Economic Partnership|RCEP", "Minsk Agreements", "Paris Agreement",
        "Southeast Asia Nuclear Weapon-Free Zone Treaty|SEANWFZ|Bangkok Treaty",
    ]

    /// The oblique cases of a one-word Russian place name from its nominative: "Малайзия" → "Малайзии", "Малайзию"…;
    /// "Камбоджа" → "Камбоджи", "Камбодже"…; "Бруней" → "Брунея"…; "Вьетнам" → "Вьетнама", "Вьетнаме"…
    static func russianCaseForms(_ name: String) -> [String] {
        let endings: [(String, [String])] = [("ия", ["ии", "ию", "ией"]), ("ея", ["еи", "ею", "еей"]), ("а", ["ы", "и", "е", "у", "ой"]),
                                             ("я", ["и", "е", "ю", "ей"]), ("й", ["я", "ю", "ем", "е"])]
        for (ending, forms) in endings where name.hasSuffix(ending) {
            let stem = String(name.dropLast(ending.count))
            return forms.map { stem + $0 }
        }
        // Names in "-о", "-и", "-у" do not decline ("Токио", "Брунеи" is not written); consonant endings do.
        guard let last = name.last, !"оиуеэыь".contains(last) else { return [] }
        return ["а", "у", "ом", "е"].map { name + $0 }
    }

    /// Every alias tokenised, keyed by its first token (lower-cased), longest first.
    static let index: [String: [(tokens: [String], entry: Entry)]] = {
        var map: [String: [(tokens: [String], entry: Entry)]] = [:]
        var nextID = 0
        func add(_ lines: [String], _ type: EntityType, _ subtype: String?) {
            for line in lines {
                let names = line.split(separator: "|").map(String.init)
                let entry = Entry(id: nextID, name: names[0], type: type, subtype: subtype)
                nextID += 1
                for alias in names {
                    let text = ScalarText(alias)
                    let tokens = Tokenizer.tokens(in: text).map { text.string($0.start, $0.end) }
                    guard let first = tokens.first else { continue }
                    map[first.lowercased(), default: []].append((tokens, entry))
                    // "Бруней" is also "Брунея", "Брунее"…: a one-word Russian name in its other cases.
                    if tokens.count == 1, first.unicodeScalars.first.map(Scalars.isCyrillic) == true {
                        for form in russianCaseForms(first) where !names.contains(form) {
                            map[form.lowercased(), default: []].append(([form], entry))
                        }
                    }
                }
            }
        }
        add(countries, .location, "country")
        add(cities, .location, "city")
        add(regions, .location, "region")
        add(organizations, .organization, nil)
        add(agreements, .agreement, nil)
        for key in map.keys { map[key]!.sort { $0.tokens.count > $1.tokens.count } }
        return map
    }()

    /// Demonym → country, for roles and event participants ("Russian Foreign Minister").
    static let demonymCountries: [String: String] = [
        "russian": "Russia", "indonesian": "Indonesia", "malaysian": "Malaysia", "vietnamese": "Vietnam",
        "thai": "Thailand", "lao": "Laos", "laotian": "Laos", "filipino": "Philippines", "singaporean": "Singapore",
        "chinese": "China", "japanese": "Japan", "american": "United States", "indian": "India",
    ]
}
