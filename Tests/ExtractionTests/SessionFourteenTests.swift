import Testing
@testable import Extraction

/// The rules added in session 14, each on a text written for these tests.
struct SessionFourteenEntityTests {
    @Test func anAppositiveWithABodyNounMakesAnOrganisation() {
        let analysis = DocumentAnalyzer.analyze("""
        Cafés

        Rina Santos, 52, runs Kape Dalisay, a chain of six cafés in Kazan. Her partner trains volunteers for the Volga Reef \
        Keepers, a local group that cleans the riverbank. Her teacher was Maria Lopez, a coffee maker from Batangas.
        """)
        let bodies = analysis.names(of: .organization)
        #expect(bodies.contains("Kape Dalisay"))
        #expect(bodies.contains("Volga Reef Keepers"))
        // A person named in full keeps her name, and "maker" describes a person.
        #expect(analysis.entity(named: "Maria Lopez")?.type == .person)
        #expect(analysis.entity(named: "Rina Santos")?.type == .person)
    }

    @Test func aNameBeforeATradeFairIsTheFair() {
        let analysis = DocumentAnalyzer.analyze("Fairs\n\nThe ministry will promote mangosteen at the Agroprodmash food fair in Moscow.")
        #expect(analysis.entity(named: "Agroprodmash")?.type == .organization)
    }

    @Test func twoBodiesJoinedByAndStayTwo() {
        let analysis = DocumentAnalyzer.analyze("""
        Exchange

        Students of Tomsk Polytechnic University and Chiang Mai University met. The Russian Ministry of Culture and \
        Rossotrudnichestvo paid for the tour.
        """)
        let bodies = analysis.names(of: .organization)
        #expect(bodies.contains("Tomsk Polytechnic University") && bodies.contains("Chiang Mai University"))
        #expect(bodies.contains("Rossotrudnichestvo"))
        #expect(!bodies.contains { $0.contains(" and ") })
    }

    @Test func archivesWeeksAndLegalFormsHeadBodies() {
        let analysis = DocumentAnalyzer.analyze("""
        History

        The letters are kept in the National Archives of Cambodia. Ministers met at the Singapore International Water Week \
        last year. The Vietnam Association of Rice Millers Inc. objected, as did Siam Golden Foods.
        """)
        let bodies = analysis.names(of: .organization)
        #expect(bodies.contains("National Archives of Cambodia"))
        #expect(bodies.contains("Singapore International Water Week"))
        #expect(bodies.contains("Vietnam Association of Rice Millers Inc"))
        #expect(bodies.contains("Siam Golden Foods"))
    }

    @Test func aSurnameSharedWithACompanyStaysThePersons() {
        let analysis = DocumentAnalyzer.analyze("""
        Power

        MANILA, May 4 (PRW) – The plant is owned by Reyes-Tan Holdings. "We chose speed," chief executive Carmela \
        Reyes-Tan told reporters. Reyes-Tan said the loan was signed on Monday.
        """)
        #expect(analysis.entity(named: "Carmela Reyes-Tan")?.type == .person)
        #expect(analysis.entity(named: "Reyes-Tan Holdings")?.type == .organization)
        #expect(analysis.entity(named: "Carmela Reyes-Tan")?.aliases.contains("Reyes-Tan Holdings") == false)
    }

    @Test func aRussianNameWithWMatchesItsLatinTwin() {
        #expect(NameSkeleton.of("Dwi") == NameSkeleton.of("Дви"))
        #expect(NameSkeleton.of("Wahyudi") == NameSkeleton.of("Вахьюди"))
        #expect(NameSkeleton.ofPerson("Dung") == NameSkeleton.ofPerson("Зунг"))
        #expect(NameSkeleton.of("Thanh") == NameSkeleton.of("Тхань"))
        #expect(NameSkeleton.of("Keosavanh") == NameSkeleton.of("Кеосаванх"))
        #expect(NameSkeleton.of("Zaw") == NameSkeleton.of("Зо"))
        #expect(NameSkeleton.ofPerson("Tran") == NameSkeleton.ofPerson("Чан"))
        #expect(NameSkeleton.ofPerson("Trofimov") == NameSkeleton.ofPerson("Трофимов"))
    }

    @Test func vietnameseAndMalayNamesInCyrillicMeetTheirLatinTwinsAndSpeak() {
        let analysis = DocumentAnalyzer.analyze("""
        Курс

        Consul General Le Thanh Dung and student Nur Aina Hasbullah attended.

        Сертификаты вручил генеральный консул Ле Тхань Зунг. «Каждый, кто говорит по-вьетнамски, – это мост», – сказал он.         «Я впервые увидела снег», — призналась студентка Нур Айна Хасбуллах.
        """)
        #expect(analysis.entity(named: "Le Thanh Dung")?.aliases.contains("Ле Тхань Зунг") == true)
        #expect(analysis.entity(named: "Nur Aina Hasbullah")?.aliases.contains("Нур Айна Хасбуллах") == true)
        let speakers = analysis.quotes.map { $0.speakerIndex.map { analysis.entities[$0].name } }
        #expect(speakers == ["Le Thanh Dung", "Nur Aina Hasbullah"])
    }
}

struct SessionFourteenSpeakerTests {
    @Test func titlesJoinedByAndLeadTheName() {
        let result = quoteSpeakers("""
        Turbines

        "We asked four makers for bids," company president and chief executive Luz Aquino told reporters. "Only one answered."
        """)
        #expect(result == ["Luz Aquino", "Luz Aquino"])
    }

    @Test func anInterviewAnswerersSheIsSomeoneElse() {
        let result = quoteSpeakers("""
        Q&A

        Q: Who sent you to Laos?

        Petrova: My teacher at Kazan University, Professor Irina Volkova. When I asked her what to study, she said, \
        "Go where nobody has written anything down."
        """)
        #expect(result == ["Irina Volkova"])
    }

    @Test func anUnnamedManIsNoShe() {
        let result = quoteSpeakers("""
        Food

        Lan Nguyen runs four restaurants in Tomsk. She did not come to cook. Her father, an engineer from Vinh, had studied \
        in Kharkiv. “The first winter,” she recalled, “I cried every night.”
        """)
        #expect(result == ["Lan Nguyen", "Lan Nguyen"])
    }

    @Test func capitalisedWordsThatEndASentenceAreSpeechNotATitle() {
        let result = quoteSpeakers("""
        Diving

        Olga Markova teaches diving on Koh Phangan. “Divers fear two things,” Markova says. “Sharks and English.” \
        Her first book appeared in “Diving World Monthly.”
        """)
        #expect(result == ["Olga Markova", "Olga Markova"])
    }
}

struct SessionFourteenRoundTwoTests {
    @Test func aRelativeNamedAfterTheRelationIsAPersonWhoSpeaks() {
        let analysis = DocumentAnalyzer.analyze("""
        Q&A

        Q: Will you stay?

        Santos: Every winter I say yes. My son, Paolo, was born here. “Mama, you are the guest here,” he tells me.
        """)
        #expect(analysis.entity(named: "Paolo")?.type == .person)
        #expect(analysis.quotes.map { $0.speakerIndex.map { analysis.entities[$0].name } } == ["Paolo"])
    }

    @Test func aNameInAnAppositiveToItsRoleSpeaks() {
        let result = quoteSpeakers("""
        Fats

        "Buyers now come to us directly," Sawit Jaya's chief executive, Datuk Aminah Yusof, told reporters after the signing.
        """)
        #expect(result == ["Aminah Yusof"])
    }

    @Test func aSpeakerWhoAsksNotToBeNamedStaysUnnamed() {
        let result = quoteSpeakers("""
        Rail

        Trade minister Somsak Wongsa welcomed the train. A Bangkok-based freight forwarder said payments were the problem. \
        "The train is the easy part," he said, asking not to be named.

        The owner of the noodle shop next door, who did not want his name printed, was less sure. "It is too quiet," he said.
        """)
        #expect(result == [nil, nil])
    }

    @Test func asHePutsItNamesTheSpeaker() {
        let result = quoteSpeakers("""
        Music

        Artyom Le grew up in Voronezh with two passports and, as he puts it, “one very confused grandmother.”
        """)
        #expect(result == ["Artyom Le"])
    }

    @Test func remindIntroducesAQuotation() {
        let result = quoteSpeakers("""
        Dictionary

        Dr. Chan Sreymom checks the Khmer entries. She likes to remind me, “A foreigner can explain a word, not its manners.”
        """)
        #expect(result == ["Chan Sreymom"])
    }

    @Test func aRangeWhoseTenseIsUnreadDoesNotMoveTheDateline() {
        let analysis = DocumentAnalyzer.analyze("""
        Fats deal

        KUALA LUMPUR, Feb 24 (Palm Wire) – A refiner signed a supply deal, the companies said on Tuesday.

        Under the contract, signed on Monday, the refiner will ship about 90,000 tonnes of olein and stearin (to three plants) \
        to Russia between April 2026 and March 2029.
        """)
        #expect(analysis.metadata.published?.value.iso == "2026-02-24")
    }

    @Test func aBareMonthCoordinatedWithADatedOneTakesItsYear() {
        let analysis = DocumentAnalyzer.analyze("History\n\nIn 1948 a treaty was signed. The prime minister visited Moscow in October and November 1955.")
        #expect(analysis.dates.contains { $0.text == "October" && $0.start.iso == "1955-10" })
    }
}

struct SessionFourteenPlaceTests {
    @Test func aCityFollowedByRegionIsTheRegion() {
        let analysis = DocumentAnalyzer.analyze("Potash\n\nThe mine lies in the Perm region, far from Perm itself.")
        #expect(analysis.names(of: .location).contains("Perm region"))
        #expect(analysis.names(of: .location).contains("Perm"))
    }

    @Test func russianAddressesAndRegionsArePlaces() {
        let analysis = DocumentAnalyzer.analyze("""
        Контакты

        Рейнджеры вернулись в Камчатский край. Контакты: пресс-служба заповедника, г. Елизово, ул. Рябиковская, 48; \
        бульвар Пийпа, 9.
        """)
        let places = analysis.names(of: .location)
        #expect(places.contains("Камчатский край"))
        #expect(places.contains("Елизово"))
        #expect(places.contains("ул. Рябиковская"))
        #expect(places.contains("бульвар Пийпа"))
    }

    @Test func anAbbreviatedStreetWordEndsAStreet() {
        let analysis = DocumentAnalyzer.analyze("Contacts\n\nInternational Office, Tomsk State University, Lenina Ave., Tomsk.")
        #expect(analysis.entity(named: "Lenina Ave")?.type == .location)
    }

    @Test func portLeadsAPlaceName() {
        let analysis = DocumentAnalyzer.analyze("Logistics\n\nThe firm opened a warehouse at Port Dickson last year.")
        #expect(analysis.entity(named: "Port Dickson")?.type == .location)
    }
}

struct SessionFourteenBodyTests {
    @Test func aConsulateGeneralAfterAConsulGeneralIsABody() {
        let analysis = DocumentAnalyzer.analyze("Buns\n\nConsul General Tran Van Minh of the Consulate General of Viet Nam in Khabarovsk orders from her.")
        #expect(analysis.entity(named: "Tran Van Minh")?.type == .person)
        #expect(analysis.names(of: .organization).contains("Consulate General of Viet Nam in Khabarovsk"))
    }

    @Test func shippingLinesWorksTrustsAndAnalystsHeadBodies() {
        let analysis = DocumentAnalyzer.analyze("""
        Freight

        Cargo moves on Eastern Star Lines and is built by Kama Truck Works. The Hue Heritage Trust objected, and an analyst \
        at Mekong Freight Analytics agreed.
        """)
        let bodies = analysis.names(of: .organization)
        #expect(bodies.contains("Eastern Star Lines") && bodies.contains("Kama Truck Works"))
        #expect(bodies.contains("Hue Heritage Trust") && bodies.contains("Mekong Freight Analytics"))
    }
}

struct SessionFourteenTenseTests {
    @Test func russianFutureVerbsAndCompoundParticiplesTellTheTime() {
        let english = DocumentAnalyzer.analyze("""
        Trucks

        HANOI, Nov 20 (Red River Wire) – The plant opened on Wednesday. Sales fell in 2023.

        Vetluga plans to ship its first Hai Phong-built trucks to Laos and Cambodia in March, Pryakhin said.
        """)
        #expect(english.dates.contains { $0.text == "March" && $0.start.iso == "2024-03" })
        let russian = DocumentAnalyzer.analyze("""
        Курс для синоптиков

        12 марта 2026 года

        Сертификаты вручили 6 марта. Меморандум подписан в ноябре 2024 года. Следующий курс пройдёт в октябре в Ханое.
        """)
        #expect(russian.dates.contains { $0.text.hasPrefix("октябр") && $0.start.iso == "2026-10" })
    }
}

struct SessionFourteenPublisherTests {
    @Test func aPressServiceSigningThePageIsNoBodyOfItsOwn() {
        let analysis = DocumentAnalyzer.analyze("""
        Стажировка лаосских ветеринаров

        Пресс-служба Омского ГАУ
        12 марта 2026 года

        Лаосские ветеринары завершили стажировку в Омском государственном аграрном университете.
        """)
        #expect(!analysis.entities.contains { $0.name.lowercased().hasPrefix("пресс") })
    }
}

struct SessionFourteenRoundFourTests {
    @Test func anAmpersandJoinsOneCompanyAndBandsAreBodies() {
        let analysis = DocumentAnalyzer.analyze("""
        Power

        Japan Atomic & Thermal Power Co (JATP) bid for the plant. The Cebu Swing Collective and the Tomsk Big Band played.
        """)
        let bodies = analysis.names(of: .organization)
        #expect(bodies.contains("Japan Atomic & Thermal Power Co"))
        #expect(analysis.entity(named: "JATP")?.name == "Japan Atomic & Thermal Power Co")
        #expect(bodies.contains("Cebu Swing Collective") && bodies.contains("Tomsk Big Band"))
    }

    @Test func usedToTellHisStudentsIntroducesAQuotation() {
        let result = quoteSpeakers("""
        Birds

        Orlova: My late teacher, Professor Pavel Zuev, used to tell his students, “Count the birds before you argue.”
        """)
        #expect(result == ["Pavel Zuev"])
    }

    @Test func aQuotationAfterAnAnonymousSpeakersSentenceStaysUnnamed() {
        let result = quoteSpeakers("""
        Kitchen

        Chef Lim Wei Ling buys her herbs in Moscow. A herb seller at the Danilovsky Market, who asked not to be named, \
        laughed when asked about her. “She sends back half of what I bring.”
        """)
        #expect(result == [nil])
    }
}

struct SessionFourteenRoundFiveTests {
    @Test func maOpensAFilipinoName() {
        let analysis = DocumentAnalyzer.analyze("""
        Ferries

        The boats arrived last month. Ma. Teresa Villanueva, undersecretary for maritime transport, said, "Every one of \
        them will be inspected." Jack Ma. The end.
        """)
        #expect(analysis.names(of: .person).contains("Ma. Teresa Villanueva"))
        #expect(analysis.quotes.first?.speakerIndex.map { analysis.entities[$0].name } == "Ma. Teresa Villanueva")
    }

    @Test func twoNamedUniversitiesJoinedByAndStayTwo() {
        let analysis = DocumentAnalyzer.analyze("Exchange\n\nIn 2023 the University of the Philippines Visayas and Tomsk State Pedagogical University signed an agreement.")
        let bodies = analysis.names(of: .organization)
        #expect(bodies.contains("University of the Philippines Visayas") && bodies.contains("Tomsk State Pedagogical University"))
    }

    @Test func thePronounHeIsNoUnnamedSpeaker() {
        let result = quoteSpeakers("""
        Surf

        Pavel Rudin, 44, learned to surf in Kamchatka. For a decade he guided tourists there. “In Kamchatka you surf for \
        twenty minutes,” he says.
        """)
        #expect(result == ["Pavel Rudin"])
    }

    @Test func shoutingReports() {
        let result = quoteSpeakers("""
        Surf

        At six in the morning Pavel Rudin is already in the lagoon. “Paddle, paddle – now stand!” he shouts.
        """)
        #expect(result == ["Pavel Rudin"])
    }
}
