import Testing
@testable import Extraction

// Rules added while development sets unseen8–unseen14 were read: relative dates and tense, happenings told over
// several sentences or under a programme's day heading, organisation names (possessives, complements, legal forms,
// acronyms, short names), names across Russian and English, and pronouns read by given names. Texts written for
// these tests, none taken from an evaluation set.

/// Relative dates and tense.
struct RelativeDateTests {
    @Test func monthsCountFromThePublicationDateByTense() {
        let text = """
        Glove plant opens

        Harbour Business Daily, 4 February 2026

        Recruitment began in November. The ministry approved the plan in June. The first shipment will leave in March, and the plant will open next month.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        let dates = Set(analysis.dates.map(\.start.iso))
        // Past tense: the last November and June before the story; future: this March.
        #expect(dates.isSuperset(of: ["2025-11", "2025-06", "2026-03"]))
        #expect(!dates.contains("2026-11") && !dates.contains("2026-06"))
    }

    @Test func theSameDayAndTheFollowingDayCountFromTheDateBefore() {
        let text = """
        Delegation in Hanoi

        Coastal Herald, 14 November 2025

        On 10 November the governor called at the ministry. On the same day he laid a wreath. The following day the delegation flew to Da Nang.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        let relative = analysis.dates.filter { $0.text.lowercased().contains("day") }.map(\.start.iso)
        #expect(relative == ["2025-11-10", "2025-11-11"])
    }

    @Test func theDayBeforeSomethingElseIsNoDate() {
        let dates = DateExtractor.mentions(in: "On 3 May 2024 the envoy arrived, the same day as the summit.").map(\.text)
        #expect(dates == ["3 May 2024"])
    }
}

struct StoryEventTests {
    @Test func eachHappeningOfADatedSentenceIsAnEvent() {
        let text = """
        Governor in Hanoi

        On 10 November 2025 the governor met the leadership of the friendship association and laid a wreath at the mausoleum.
        """
        let kinds = Set(DocumentAnalyzer.analyze(text).events.filter { $0.date.iso == "2025-11-10" }.map(\.kind))
        #expect(kinds == ["meeting", "ceremony"])
    }

    @Test func theNextSentenceOfTheStoryTakesItsDate() {
        let text = """
        Talks in Da Nang

        On 11 November 2025 the chairman received the delegation at the city hall. The two leaders signed a memorandum on tourism. Tourism has grown fast.
        """
        let events = DocumentAnalyzer.analyze(text).events
        #expect(events.contains { $0.kind == "signing" && $0.date.iso == "2025-11-11" && $0.summary.hasPrefix("The two leaders signed") })
        #expect(events.contains { $0.kind == "meeting" && $0.date.iso == "2025-11-11" })
    }

    @Test func whatHasNotHappenedTakesNoDateFromTheStory() {
        let text = """
        Talks in Da Nang

        On 11 November 2025 the two ministers held talks. A memorandum is to be signed later. They will be received by the president.
        """
        let events = DocumentAnalyzer.analyze(text).events
        #expect(!events.contains { $0.kind == "signing" })
        #expect(!events.contains { $0.kind == "meeting" && $0.summary.hasPrefix("They will") })
    }

    @Test func aDateToComeIsNotTheDateOfAPastSigning() {
        let text = """
        Universities sign

        The two universities signed an agreement on a joint programme which will admit its first students in September 2026.
        """
        let events = DocumentAnalyzer.analyze(text).events
        #expect(!events.contains { $0.kind == "signing" && $0.date.iso == "2026-09" })
    }

    @Test func receivingMoneyIsNoMeeting() {
        let text = """
        Grants

        On 5 May 2025 the institute received a grant of $2 million.
        """
        #expect(!DocumentAnalyzer.analyze(text).events.contains { $0.kind == "meeting" })
    }
}

struct OrganisationNameTests {
    func organisations(_ text: String) -> Set<String> {
        Set(DocumentAnalyzer.analyze(text).entities.filter { $0.type == .organization }.map(\.name))
    }

    @Test func possessivesOfGroupsOfPeopleStayInTheName() {
        let text = """
        Gloves

        The People's Committee of Hai Phong City met the Rubber Glove Manufacturers' Association (RGMA) and the United Nations Children's Fund.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        let names = Set(analysis.entities.filter { $0.type == .organization }.map(\.name))
        #expect(names.isSuperset(of: ["People's Committee of Hai Phong City", "Rubber Glove Manufacturers' Association",
                                      "United Nations Children's Fund"]))
        #expect(analysis.entity(named: "RGMA")?.name == "Rubber Glove Manufacturers' Association")
        // The United Nations and its children's fund are two bodies.
        #expect(analysis.entity(named: "United Nations")?.name != "United Nations Children's Fund")
    }

    @Test func complementsAfterALoneHeadOrAUnitStay() {
        let names = organisations("""
        Industry

        The Federation of Thai Industries wrote to the Federal Service for Supervision in Healthcare and to the Far Eastern Branch of the Russian Academy of Sciences.
        """)
        #expect(names.isSuperset(of: ["Federation of Thai Industries", "Federal Service for Supervision in Healthcare",
                                      "Far Eastern Branch of the Russian Academy of Sciences"]))
        #expect(!names.contains("Federation"))
    }

    @Test func aParentAfterOfIsNotTheUnit() {
        let analysis = DocumentAnalyzer.analyze("""
        Science

        The Far Eastern Branch of the Russian Academy of Sciences runs the station. The Russian Academy of Sciences funds it.
        """)
        #expect(analysis.entity(named: "Russian Academy of Sciences")?.name == "Russian Academy of Sciences")
    }

    @Test func aNameWordAndAHeadAreTheShortNameOfTheOneLongName() {
        let analysis = DocumentAnalyzer.analyze("""
        Teachers

        She studied at the Gorky State Pedagogical Institute in Nizhny Novgorod. Later the Gorky Institute sent her to Hanoi.
        """)
        #expect(analysis.entity(named: "Gorky Institute")?.name == "Gorky State Pedagogical Institute")
    }

    @Test func investmentHousesAreOrganisations() {
        let analysis = DocumentAnalyzer.analyze("""
        Markets

        "Investors will wait," said Lim Pei Shan, head of research at the brokerage Meranti Capital.
        """)
        #expect(analysis.entity(named: "Meranti Capital")?.type == .organization)
    }
}

struct PronounAndTitleTests {
    @Test func heIsNotAWomanWhoseGivenNameSaysSo() {
        let text = """
        Teachers wanted

        The jury was chaired by Irina Kovalchuk, a methodologist from Moscow. She praised the winners. Oleg Tarasenko, the centre's director, agreed. "We will need more teachers," he said.
        """
        #expect(quoteSpeakers(text) == ["Oleg Tarasenko"])
    }

    @Test func anUnnamedOfficialIsNobodyEvenAfterOtherNouns() {
        let text = """
        Teachers wanted

        The jury was chaired by Irina Kovalchuk. “I expected weak grammar,” Kovalchuk said.

        An official of the ministry, who asked not to be named because he was not authorised to speak to the press, said there were few teachers. “We can organise an olympiad in a month,” he said.
        """
        #expect(quoteSpeakers(text) == ["Irina Kovalchuk", nil])
    }

    @Test func aJournalTitleInGuillemetsIsNoQuotation() {
        let text = """
        Орхидеи

        По словам Марины Звягинцевой, первые описания будут опубликованы в журнале «Вестник тропической ботаники» в 2026 году.
        """
        #expect(DocumentAnalyzer.analyze(text).quotes.isEmpty)
    }
}

struct CrossScriptOrganisationTests {
    @Test func aRussianNameJoinsTheEnglishNameItTranslates() {
        let analysis = DocumentAnalyzer.analyze("""
        Forest fires

        The Institute of Forest Science and the National Museum of Indonesia opened an exhibition. Выставку подготовили Институт лесоведения и Национальный музей Индонезии.
        """)
        #expect(analysis.entity(named: "Национальный музей Индонезии")?.name == "National Museum of Indonesia")
    }

    @Test func translationNeedsEveryRussianWord() {
        #expect(OrganisationTranslation.coverage(russian: ["министерства", "культуры", "российской", "федерации"],
                                                 english: ["ministry", "of", "culture", "of", "the", "russian", "federation"]) == 1.0)
        #expect(OrganisationTranslation.coverage(russian: ["министерства", "обороны"], english: ["ministry", "of", "culture"]) == nil)
        // The city an office is named with may stay untranslated.
        #expect(OrganisationTranslation.coverage(russian: ["русский", "дом", "в", "ханое"], english: ["russian", "house"]) == 1.0)
    }

    @Test func aRussianNameKeepsASecondComplementAndItsAbbreviation() {
        let analysis = DocumentAnalyzer.analyze("""
        Орхидеи

        Работы ведутся вместе с Институтом экологии и биологических ресурсов. Проект финансировался за счёт гранта Российского научного фонда (РНФ).
        """)
        #expect(analysis.entities.contains { $0.type == .organization && $0.name == "Институтом экологии и биологических ресурсов" })
        #expect(analysis.entity(named: "РНФ")?.name == "Российского научного фонда")
    }
}

struct LegalFormWeekdayAndRussianBranchTests {
    func organisations(_ text: String) -> Set<String> {
        Set(DocumentAnalyzer.analyze(text).entities.filter { $0.type == .organization }.map(\.name))
    }

    @Test func legalFormsParticlesLeaguesAndRadios() {
        let names = organisations("""
        Rice

        Mekong Pearl Rice Co., Ltd. sponsors the Baltic Hockey League. Students of the Colegio de San Lorenzo University listened to Radio Nusantara Raya.
        """)
        #expect(names.isSuperset(of: ["Mekong Pearl Rice Co., Ltd", "Baltic Hockey League", "Radio Nusantara Raya"]))
        #expect(names.contains { $0.hasSuffix("de San Lorenzo University") })
    }

    @Test func aWeekdayBesideAFullDateTakesThatDate() {
        let text = """
        Mission to Moscow

        Phnom Penh Ledger, 30 April 2026

        On Monday, 20 April 2026, the minister held talks in Moscow.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(!analysis.dates.contains { $0.start.iso == "2026-04-27" })
        #expect(analysis.events.contains { $0.kind == "talks" && $0.date.iso == "2026-04-20" })
    }

    @Test func aMonthToComeAfterTheDateBeforeItIsInTheNextYear() {
        let dates = DateExtractor.mentions(in: "The association signed a memorandum in September 2025, and the two will hold a festival in March.")
        #expect(dates.map(\.start.iso) == ["2025-09", "2026-03"])
    }

    @Test func aStoryGoesOnPastTheDateBeforeIt() {
        let dates = DateExtractor.mentions(in: "They signed a memorandum on 12 March 2025. The ministry approved the plan in June.")
        #expect(dates.map(\.start.iso) == ["2025-03-12", "2025-06"])
    }

    @Test func russianLegalFormsAndBranchAbbreviations() {
        let analysis = DocumentAnalyzer.analyze("""
        Пожары

        Институт леса им. В.Н. Сукачёва СО РАН (ИЛ СО РАН) работает вместе с ФБУ «Авиалесоохрана».
        """)
        let names = Set(analysis.entities.filter { $0.type == .organization }.map(\.name))
        #expect(names.contains("Институт леса им. В.Н. Сукачёва СО РАН"))
        #expect(names.contains("Авиалесоохрана"))
        #expect(analysis.entity(named: "ИЛ СО РАН")?.name == "Институт леса им. В.Н. Сукачёва СО РАН")
    }

    @Test func russianAbbreviationsTranslateToSeveralWords() {
        #expect(OrganisationTranslation.coverage(russian: ["институт", "леса", "им", "в", "н", "сукачёва", "со", "ран"],
                                                 english: ["v", "n", "sukachev", "institute", "of", "forest", "of", "the", "siberian", "branch",
                                                           "of", "the", "russian", "academy", "of", "sciences"]) == 1.0)
    }
}

struct OutletPlaceAndPlannedHappeningTests {
    @Test func outletsBeforeWhatTheyAreAndNationalitiesThatOnlyDescribe() {
        let analysis = DocumentAnalyzer.analyze("""
        Music

        The festival was praised by Serambi magazine. Its hall belongs to the Russian centre, which also hosts the Russian Centre of Science and Culture.
        """)
        let names = Set(analysis.entities.filter { $0.type == .organization }.map(\.name))
        #expect(names.contains("Serambi"))
        #expect(!names.contains("Russian"))
    }

    @Test func aCityAndAHeadAreTheShortNameOfTheOneLongName() {
        let analysis = DocumentAnalyzer.analyze("""
        Music

        She studied at the Kazan State Conservatory. The Kazan Conservatory later invited her back.
        """)
        #expect(analysis.entity(named: "Kazan Conservatory")?.name == "Kazan State Conservatory")
    }

    @Test func regnalNumbersVenuesAndRussianPronouns() {
        let analysis = DocumentAnalyzer.analyze("""
        Visits

        President Benigno Aquino III visited the Ho Chi Minh Mausoleum and Laem Chabang Port. Она добавила, что всё хорошо.
        """)
        #expect(analysis.entity(named: "Benigno Aquino III")?.type == .person)
        #expect(analysis.entity(named: "Ho Chi Minh Mausoleum")?.type == .location)
        #expect(analysis.entity(named: "Laem Chabang Port")?.type == .location)
        #expect(analysis.entity(named: "Она") == nil)
    }

    @Test func aPlanStatedAfterItsDateIsDated() {
        let text = """
        Peat fires

        In July 2026 six of the institute's specialists will travel to Central Kalimantan.
        """
        #expect(DocumentAnalyzer.analyze(text).events.contains { $0.date.iso == "2026-07" && $0.kind == "visit" })
    }
}

struct SpanAndPortCallTests {
    func events(_ body: String) -> [EventInfo] { DocumentAnalyzer.analyze("Story\n\n" + body).events }

    @Test func aSpanToldWithWhatWasDoneInItIsDated() {
        #expect(events("Between 1964 and 1973 the air force dropped millions of bombs on the plateau.").contains { $0.date.iso == "1964" })
        #expect(events("Первые раскопки провела в 1930–1933 годах французская экспедиция.").contains { $0.date.iso == "1930" })
    }

    @Test func aPlansTermOrATrendIsNoHappening() {
        #expect(events("The leaders adopted the 2005-2015 Comprehensive Programme of Action.").allSatisfy { $0.date.iso != "2005" || $0.endDate == nil })
        #expect(events("Bilateral trade grew steadily over 2005-2015.").isEmpty)
    }

    @Test func portCallsFoundingsAndConvenedMeetings() {
        #expect(events("Russian warships later called at Manila, among them the frigate Pallada in February 1854.").contains { $0.kind == "visit" && $0.date.iso == "1854-02" })
        #expect(events("Кунсткамера, основанная Петром I в 1714 году, – первый публичный музей России.").contains { $0.kind == "founding" && $0.date.iso == "1714" })
        #expect(events("The ministers called on both sides to respect the ceasefire in May 2025.").allSatisfy { $0.kind != "visit" })
    }
}

struct EarlyYearTests {
    @Test func yearsBefore1800OnlyWhereTheyReadAsYears() {
        #expect(DateExtractor.mentions(in: "Кунсткамера основана в 1714 году.").map(\.start.iso) == ["1714"])
        #expect(DateExtractor.mentions(in: "The museum was founded in 1714, by decree.").map(\.start.iso) == ["1714"])
        #expect(DateExtractor.mentions(in: "The project reached 1500 villages and 1200 schools.").isEmpty)
    }
}

struct ProgrammeTests {
    @Test func aDayByDayProgramme() {
        let text = """
        Rice mission

        Phnom Penh, 30 April 2026

        On Tuesday, 21 April 2026, a rice business forum brought together 120 participants in Moscow. Exporters signed six contracts worth USD 41.5 million in 2026–2027.

        On Friday, 24 April 2026, the ambassador hosted a reception at the embassy.

        The delegation returned to Phnom Penh on Saturday, 25 April 2026.
        """
        let events = DocumentAnalyzer.analyze(text).events.map { "\($0.date.iso) \($0.kind)" }
        #expect(Set(events).isSuperset(of: ["2026-04-21 forum", "2026-04-21 signing", "2026-04-24 reception", "2026-04-25 return"]))
    }

    @Test func whatWasDiscussedAtAMeetingIsNoSecondHappening() {
        let text = """
        Talks

        On 23 April 2026 the delegation met the committee. The two sides discussed shipments of rice.
        """
        #expect(DocumentAnalyzer.analyze(text).events.map(\.kind) == ["meeting"])
    }
}

struct EpithetTests {
    @Test func anEpithetIsPartOfTheName() {
        let analysis = DocumentAnalyzer.analyze("""
        Museum

        The Peter the Great Museum of Anthropology and Ethnography opened a hall. Музей антропологии и этнографии имени Петра Великого показал коллекцию.
        """)
        #expect(analysis.entity(named: "Peter the Great Museum of Anthropology and Ethnography")?.type == .organization)
        #expect(analysis.entity(named: "Музей антропологии и этнографии имени Петра Великого")?.name == "Peter the Great Museum of Anthropology and Ethnography")
    }
}

struct AcronymTitleAndPossessiveTests {
    @Test func anAcronymSpellsTheWholeName() {
        let analysis = DocumentAnalyzer.analyze("""
        Media

        The Democratic Voice of Burma (DVB) and Myanma Radio and Television (MRTV) covered the talks in Kuala Lumpur (KL).
        """)
        #expect(analysis.entity(named: "DVB")?.name == "Democratic Voice of Burma")
        #expect(analysis.entity(named: "MRTV")?.name == "Myanma Radio and Television")
        #expect(analysis.entity(named: "Kuala Lumpur")?.type == .location)
    }

    @Test func theNameBeforeAPersonsTitleIsAnOrganisation() {
        let analysis = DocumentAnalyzer.analyze("""
        Chips

        "Penang answers the phone," Sever Microsystems chief executive Andrei Kolesnikov told reporters.
        """)
        #expect(analysis.entity(named: "Sever Microsystems")?.type == .organization)
        #expect(quoteSpeakers("Chips\n\n\"Penang answers the phone,\" Sever Microsystems chief executive Andrei Kolesnikov told reporters.") == ["Andrei Kolesnikov"])
    }

    @Test func aPossessiveNounIsNoUnnamedSpeaker() {
        let text = """
        Mosquitoes

        Lorna Cabahug lifts a jar from under a neighbour’s water tank and counts the mosquitoes. “Forty-one today, and it is still early,” she says.
        """
        #expect(quoteSpeakers(text) == ["Lorna Cabahug"])
    }

    @Test func aRussianPlaceAdjectiveTranslatesToThePlace() {
        #expect(OrganisationTranslation.coverage(russian: ["казанский", "федеральный", "университет"],
                                                 english: ["kazan", "federal", "university"]) == 1.0)
    }
}

struct NoteMarkerMonthAndProgrammeTests {
    @Test func aNoteMarkerAfterAFullStopEndsTheSentence() {
        let text = "Commentary\n\nThe agreement was signed in Moscow.[2] Russian tourists are returning."
        #expect(DocumentAnalyzer.analyze(text).sentenceTexts(text).last == "Russian tourists are returning.")
    }

    @Test func lastOctoberIsTheOctoberBeforeThePublication() {
        let text = """
        Flights

        Andaman Review, 28 April 2026

        Aeroflot opened a direct route last October, and will add flights next March.
        """
        let dates = DocumentAnalyzer.analyze(text).dates.map(\.start.iso)
        #expect(dates.contains("2025-10") && dates.contains("2027-03"))
    }

    @Test func aDayDatesTheActEvenWithAnAmountAndNamesWithNumbersAreNoAmounts() {
        let text = """
        Ships

        Energy Wire, 8 September 2026

        The carrier Polar Vega loaded about 74,000 tonnes of LNG at Sabetta on August 3. The MiG-29s entered service in 1995.
        """
        let dates = DocumentAnalyzer.analyze(text).events.map(\.date.iso)
        #expect(dates.contains("2026-08-03") && dates.contains("1995"))
    }

    @Test func aProgrammesDayHeadingDatesItsParagraph() {
        let text = """
        Port call

        Sihanoukville, 20 March 2026

        Wednesday, 18 March. The ships were visited by 2,300 people. In the afternoon the ensemble gave a concert in the park, and the ambassador hosted a reception.
        """
        let kinds = Set(DocumentAnalyzer.analyze(text).events.filter { $0.date.iso == "2026-03-18" }.map(\.kind))
        #expect(kinds.isSuperset(of: ["performance", "reception"]))
    }

    @Test func willOpenIsAHappeningAnOpenLetterIsNot() {
        let text = """
        Cinema

        Screen Daily, 2 June 2026

        The film will open on 220 screens on 13 August. An open letter was published on 5 June.
        """
        let events = DocumentAnalyzer.analyze(text).events
        #expect(events.contains { $0.kind == "opening" && $0.date.iso == "2026-08-13" })
        #expect(!events.contains { $0.kind == "opening" && $0.date.iso == "2026-06-05" })
    }
}

struct SocietyForceAndComplementTests {
    @Test func nationalSocietiesLegalFormPrefixesAndForces() {
        let analysis = DocumentAnalyzer.analyze("""
        Aid

        The Cambodian Red Cross (CRC) thanked FSUE Atomflot and the Royal Malaysian Air Force (RMAF). The Song and Dance Ensemble of the Pacific Fleet sang.
        """)
        let names = Set(analysis.entities.filter { $0.type == .organization }.map(\.name))
        #expect(names.isSuperset(of: ["Cambodian Red Cross", "FSUE Atomflot", "Royal Malaysian Air Force", "Song and Dance Ensemble of the Pacific Fleet"]))
        #expect(analysis.entity(named: "CRC")?.name == "Cambodian Red Cross")
    }

    @Test func aSecondComplementAfterAndOfIsAnotherName() {
        let names = Set(DocumentAnalyzer.analyze("""
        Survey

        Specialists of the Admiral Makarov State University of Maritime and Inland Shipping and of GeoSonar LLC took part.
        """).entities.filter { $0.type == .organization }.map(\.name))
        #expect(names.contains("Admiral Makarov State University of Maritime and Inland Shipping"))
        #expect(names.contains("GeoSonar LLC"))
    }
}

struct BilingualPeopleTests {
    let text = """
    Kazan and Brunei

    Студентка из Брунея Нур Акила Зулкифли изучает в Казани русский язык. Соглашение подписали Динара Хайруллина и Мохд Файзал Абдул Рахман.

    English summary

    The agreement was signed by Dinara Khairullina and Dr Mohd Faizal Abdul Rahman. Nur Aqilah Zulkifli studies Russian in Kazan. "It is a second home," Khairullina said. Dr Mohd Faizal said the talks began in 2025.
    """

    @Test func aRussianNameWrittenAlsoInLatinLettersIsThatPerson() {
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.entity(named: "Нур Акила Зулкифли")?.name == analysis.entity(named: "Nur Aqilah Zulkifli")?.name)
        #expect(analysis.entity(named: "Брунея")?.type == .location)
    }

    @Test func shortFormsJoinAFullNameWrittenInEitherScript() {
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.entity(named: "Khairullina")?.name == analysis.entity(named: "Dinara Khairullina")?.name)
        #expect(analysis.entity(named: "Mohd Faizal")?.name == analysis.entity(named: "Mohd Faizal Abdul Rahman")?.name)
    }

    @Test func russianPlaceNamesInEveryCase() {
        #expect(Gazetteer.russianCaseForms("Малайзия") == ["Малайзии", "Малайзию", "Малайзией"])
        #expect(Gazetteer.russianCaseForms("Вьетнам").contains("Вьетнаме"))
        #expect(Gazetteer.russianCaseForms("Токио").isEmpty)
    }
}

struct CanonicalScriptTests {
    @Test func theLatinFormIsTheCanonicalName() {
        let analysis = DocumentAnalyzer.analyze("""
        Kazan

        Соглашение подписала Динара Хайруллина. The agreement was signed by Dinara Khairullina.
        """)
        #expect(analysis.entity(named: "Динара Хайруллина")?.name == "Dinara Khairullina")
    }
}

struct AmpersandAndSinceYearTests {
    @Test func ampersandsFilipinoParticlesAndCooperatives() {
        let analysis = DocumentAnalyzer.analyze("""
        Power

        The Bangko Sentral ng Pilipinas (BSP), the Camarines Norte Electric Cooperative (CANORECO), Sabah Parks and the Rook & Raven Chess School agreed.
        """)
        let names = Set(analysis.entities.filter { $0.type == .organization }.map(\.name))
        #expect(names.isSuperset(of: ["Bangko Sentral ng Pilipinas", "Camarines Norte Electric Cooperative", "Sabah Parks", "Rook & Raven Chess School"]))
        #expect(analysis.entity(named: "BSP")?.name == "Bangko Sentral ng Pilipinas")
    }

    @Test func aYearAfterSinceGivesNoYearToTheDatesAfterIt() {
        let text = """
        Choir

        Siberian Review, 1 October 2026

        The university has taught Vietnamese students since 1956. At the closing concert on 20 September the choir sang.
        """
        #expect(DocumentAnalyzer.analyze(text).dates.contains { $0.start.iso == "2026-09-20" })
    }
}

struct SinceWhenTests {
    @Test func sinceAYearWhenSomethingHappenedIsDated() {
        let events = DocumentAnalyzer.analyze("""
        Geothermal

        RusHydro has operated geothermal plants on Kamchatka since 2002, when the Mutnovskaya plant was commissioned. It has taught engineers since 1998.
        """).events.map(\.date.iso)
        #expect(events.contains("2002") && !events.contains("1998"))
    }
}

/// Inputs from a review of this session's rules: each once crashed or grew without bound.
struct ReviewedHostileInputTests {
    @Test func receivedAtTheVeryEnd() {
        #expect(DocumentAnalyzer.analyze("Visit\n\nOn 5 May 2024 the minister received").events.count <= 1)
    }

    @Test func aRunOfRegnalNumbersIsNoName() {
        let analysis = DocumentAnalyzer.analyze("Kings\n\n" + String(repeating: "II ", count: 3_000) + "Nicholas II ruled.")
        #expect(!analysis.entities.contains { $0.name.hasPrefix("II II") })
    }

    @Test func aDedicationNeedsAName() {
        let analysis = DocumentAnalyzer.analyze("МГУ\n\nСтуденты Московского государственного университета им. пришли.")
        #expect(!analysis.entities.contains { $0.name.hasSuffix("им.") || $0.name.hasSuffix("им") })
    }

    @Test func aCountBefore1800IsNoYear() {
        #expect(DateExtractor.mentions(in: "They drew a crowd of 1500.").isEmpty)
    }

    @Test func manyWeekdaysAndSameDaysInOneLine() {
        let line = String(repeating: "on Monday, 3 May 2021 the same day, ", count: 2_000)
        let dates = DocumentAnalyzer.analyze("Days\n\nPress, 10 May 2021\n\n" + line).dates
        #expect(dates.allSatisfy { $0.start.iso == "2021-05-03" || $0.start.iso == "2021-05-10" })
    }
}
