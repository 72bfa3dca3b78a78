import Testing
@testable import Extraction

/// Person and organisation names told apart by the shape of their words: common nouns are no names,
/// patronymics and topic lists stay inside a name, camel-case brands are organisations. Texts written for these tests.
struct NameShapeTests {
    func type(_ analysis: DocumentAnalysis, _ name: String) -> EntityType? { analysis.entity(named: name)?.type }
    func people(_ analysis: DocumentAnalysis) -> Set<String> { Set(analysis.entities.filter { $0.type == .person }.map(\.name)) }

    @Test func capitalisedCommonNounsAreNoPeople() {
        let text = """
        Fishing communities met in Hue. Salt Farmers from the coast asked for credit, and the talks on Transport Connectivity \
        ended with a Standard Operating Procedure that Undersecretary for Field Operations Marisol Dagdag signed.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(people(analysis) == ["Marisol Dagdag"])
    }

    @Test func givenNamesThatAreEnglishWordsStayNames() {
        let text = "Logistics manager Maxim Orekhov said the line would open. Made Wirawan, a guide in Ubud, said tourists were back."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Maxim Orekhov") == .person)
        #expect(type(analysis, "Made Wirawan") == .person)
    }

    @Test func satelliteDesignationsAreNoPeople() {
        let text = "The rocket carried Garuda Langit-2 and a cubesat built in Bandung."
        #expect(people(DocumentAnalyzer.analyze(text)).isEmpty)
    }

    @Test func patronymicsStayInsideTheName() {
        let text = """
        The forum was opened by Pehin Dato Awang Ismail Fadzil bin Abdul Rahman, Speaker of the Council. \
        Ismail Fadzil welcomed the guests.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        let person = analysis.entity(named: "Awang Ismail Fadzil bin Abdul Rahman")
        #expect(person?.type == .person)
        #expect(person?.aliases.contains("Ismail Fadzil") == true)
        #expect(analysis.entity(named: "Abdul Rahman") == nil || analysis.entity(named: "Abdul Rahman")?.name == person?.name)
    }

    @Test func aGivenNameAloneJoinsTheOnePersonWhoHasIt() {
        let text = "Film critic Rattana Boonmee wrote the programme notes. Later Rattana said the hall was full."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(people(analysis) == ["Rattana Boonmee"])
        #expect(analysis.entity(named: "Rattana Boonmee")?.aliases.contains("Rattana") == true)
    }

    @Test func aGivenNameTwoPeopleCouldOwnStaysApart() {
        let text = "Anna Petrova met Anna Lindqvist in Riga. Anna said the meeting was useful."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.entity(named: "Anna Petrova")?.aliases.contains("Anna") != true)
        #expect(analysis.entity(named: "Anna Lindqvist")?.aliases.contains("Anna") != true)
    }

    @Test func surnamesThatAreEnglishWordsOrHonorifics() {
        let text = "Do Minh Khoa, a port engineer, spoke first. Analyst Howard Tan disagreed. Tan Sri Farid Osman chaired."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Do Minh Khoa") == .person)
        #expect(type(analysis, "Howard Tan") == .person)
        #expect(type(analysis, "Farid Osman") == .person)
        #expect(analysis.entity(named: "Tan Sri Farid Osman") == nil)
    }

    @Test func aBodyBetweenATitleAndAName() {
        let text = "Deputy Head of Roshydromet Irina Valkova said the forecast was ready."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Irina Valkova") == .person)
        #expect(type(analysis, "Roshydromet") == .organization)
    }

    @Test func organisationNamesWithTopicListsAndJoiners() {
        let text = """
        The Joint Commission on Trade, Investment and Cultural Cooperation met in Hanoi. The Coast and Harbour Authority \
        of Penang sent observers, as did the Committee on Energy and Natural Resources of the Senate and the \
        Ministry of Finance, Ministry of Trade and the central bank.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Joint Commission on Trade, Investment and Cultural Cooperation") == .organization)
        #expect(type(analysis, "Coast and Harbour Authority of Penang") == .organization)
        #expect(analysis.entities.contains { $0.type == .organization && $0.name.hasPrefix("Committee on Energy and Natural Resources") })
        #expect(analysis.entity(named: "Ministry of Finance, Ministry of Trade") == nil)
    }

    @Test func aNameAfterATopicInAnOrganisationIsAPerson() {
        let text = "Director of the Department of Maritime and Polar Affairs Sergei Lobanov opened the session."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Sergei Lobanov") == .person)
        #expect(type(analysis, "Department of Maritime and Polar Affairs") == .organization)
    }

    @Test func brandsByShapeOrByTheNounBefore() {
        let text = """
        The potash maker BelKali and the rocket firm OrbitWorks signed contracts. Distributor Hamid Rosli, whose company \
        Pelangi Skrin released the film, was pleased. Senator Ann McKenzie watched.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "BelKali") == .organization)
        #expect(type(analysis, "OrbitWorks") == .organization)
        #expect(type(analysis, "Pelangi Skrin") == .organization)
        #expect(type(analysis, "Hamid Rosli") == .person)
        #expect(type(analysis, "Ann McKenzie") == .person)
    }
}

/// Cities and provinces of the world list fill gaps the other passes leave; people of the same name win.
struct WorldPlaceTests {
    @Test func citiesAndProvincesNothingElseClaimed() {
        let text = "The ship left Murmansk for Pattaya. Inspectors went to Davao del Norte. The cargo paid in US$ was cleared."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.entity(named: "Murmansk")?.type == .location)
        #expect(analysis.entity(named: "Pattaya")?.type == .location)
        #expect(analysis.entity(named: "Davao del Norte")?.type == .location)
        #expect(analysis.entity(named: "Norte") == nil)
        #expect(analysis.entity(named: "US") == nil)
    }

    @Test func aPersonOfTheSameNameWins() {
        let text = "The writer Anton Chekhov travelled to Sakhalin in 1890. Chekhov wrote about the island."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.entity(named: "Chekhov")?.type == .person)
        #expect(analysis.entity(named: "Chekhov")?.name == "Anton Chekhov")
    }
}

/// One person in two scripts and several Russian cases; Russian given names as evidence; translators named mid-line.
struct RussianNameTests {
    @Test func aPersonInBothScriptsAndInTheGenitiveIsOnePerson() {
        let text = """
        Учения провёл Дмитрий Соболев. По словам Дмитрия Соболева, всё прошло хорошо.

        Rescue chief Dmitry Sobolev said the teams were ready.

        Перевод с русского: Алла Кузьмина / Translated by Alla Kuzmina
        """
        let analysis = DocumentAnalyzer.analyze(text)
        let people = analysis.entities.filter { $0.type == .person }
        #expect(people.count == 2)
        let sobolev = analysis.entity(named: "Dmitry Sobolev")
        #expect(sobolev?.aliases.contains("Дмитрий Соболев") == true)
        #expect(sobolev?.aliases.contains("Дмитрия Соболева") == true)
        #expect(analysis.metadata.translators.map(\.value).contains("Alla Kuzmina"))
    }

    @Test func aMonthAbbreviationInsideAChineseName() {
        let analysis = DocumentAnalyzer.analyze("Our correspondent Tan Jun Wei spoke with her in Jun 2024.")
        #expect(analysis.entity(named: "Tan Jun Wei")?.type == .person)
    }
}

/// Organisation names by their heads and the nouns around them. Texts written for these tests.
struct OrganisationShapeTests {
    func type(_ analysis: DocumentAnalysis, _ name: String) -> EntityType? { analysis.entity(named: name)?.type }

    @Test func businessAndCivicHeads() {
        let text = """
        Doctors from the Saigon Heart Hospital trained at the Kazan Children's Clinic. Freight moved by Baltic Arc Shipping \
        and Nusa Logistics, and Tiga Warna Film International bought the rights.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        for name in ["Baltic Arc Shipping", "Nusa Logistics", "Tiga Warna Film International"] {
            #expect(type(analysis, name) == .organization, "\(name)")
        }
        // (A named hospital is a place, as the annotations have it: people are treated and trained there.)
        #expect(type(analysis, "Saigon Heart Hospital") == .location)
    }

    @Test func aBareNameBeforeAnOrganisationNoun() {
        let analysis = DocumentAnalyzer.analyze("Films were bought by the Kinovek agency and shown by the Layang network.")
        #expect(type(analysis, "Kinovek") == .organization)
        #expect(type(analysis, "Layang") == .organization)
    }

    @Test func fieldsNamedByTheirEndingsJoinTopicLists() {
        let text = "Data came from the Hydrology, Oceanography and Seismology Service and the Far East Trade and Logistics Agency."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Hydrology, Oceanography and Seismology Service") == .organization)
        #expect(type(analysis, "Far East Trade and Logistics Agency") == .organization)
    }

    @Test func aNationalityBeforeAMinistryDescribesIt() {
        let analysis = DocumentAnalyzer.analyze("Officials of the Thai Ministry of Public Health met the Russian Academy of Sciences.")
        #expect(type(analysis, "Ministry of Public Health") == .organization)
        // (The name as written with the nationality stays a surface form: an alias, never the canonical name.)
        #expect(!analysis.entities.contains { $0.name == "Thai Ministry of Public Health" })
        #expect(analysis.entity(named: "Ministry of Public Health")?.aliases.contains("Thai Ministry of Public Health") == true)
        #expect(type(analysis, "Russian Academy of Sciences") == .organization)
    }
}

/// Russian organisation names keep their lower-case inner words. Texts written for these tests.
struct RussianOrganisationTests {
    func organisations(_ text: String) -> Set<String> {
        Set(DocumentAnalyzer.analyze(text).entities.filter { $0.type == .organization }.map(\.name))
    }

    @Test func adjectivesHeadsGuillemetsAndAbbreviations() {
        let text = """
        В экспедиции участвовали сотрудники Камчатского государственного университета и спасатели отряда «Лидер». \
        Министерство природных ресурсов России и ФАНО поддержали проект, сообщил Казанский федеральный университет.
        """
        let names = organisations(text)
        #expect(names.contains("Камчатского государственного университета"))
        #expect(names.contains("Лидер"))
        #expect(names.contains("Министерство природных ресурсов России"))
        #expect(names.contains("ФАНО"))
        #expect(names.contains("Казанский федеральный университет"))
    }

    @Test func aDedicationEndsTheName() {
        let names = organisations("Лекцию прочитал профессор из СПбГУ имени А. А. Жданова.")
        #expect(names.contains("СПбГУ имени А. А. Жданова"))
    }

    @Test func ordinaryRussianSentencesNameNoOrganisation() {
        #expect(organisations("Новый проект стал важным шагом. Весь центр города был закрыт.").isEmpty)
    }
}

/// More organisation and place shapes: publications, confederations, bodies joined by "and", place nouns. Texts written for these tests.
struct MoreShapeTests {
    func type(_ analysis: DocumentAnalysis, _ name: String) -> EntityType? { analysis.entity(named: name)?.type }

    @Test func aDirectorateGeneral() {
        let analysis = DocumentAnalyzer.analyze("Approval rests with the Directorate General of Civil Aviation in Jakarta.")
        #expect(type(analysis, "Directorate General of Civil Aviation") == .organization)
    }

    @Test func twoBodiesJoinedByAndStayTwo() {
        let analysis = DocumentAnalyzer.analyze("The Bank of Lanka and Bank Negara Malaysia agreed. The Academy of Arts and Vietnam signed.")
        #expect(type(analysis, "Bank of Lanka") == .organization)
        #expect(type(analysis, "Bank Negara Malaysia") == .organization)
        #expect(type(analysis, "Academy of Arts") == .organization)
        #expect(analysis.entity(named: "Bank of Lanka and Bank Negara Malaysia") == nil)
    }

    @Test func publicationsConfederationsAndCompanies() {
        let text = "The Penang Courier and the Mekong Sentinel covered the ASEAN Fencing Confederation; Borneo Pharma and Garuda Air sponsored it."
        let analysis = DocumentAnalyzer.analyze(text)
        for name in ["Penang Courier", "Mekong Sentinel", "ASEAN Fencing Confederation", "Borneo Pharma", "Garuda Air"] {
            #expect(type(analysis, name) == .organization, "\(name)")
        }
    }

    @Test func malayHonorificsAndPlaceNouns() {
        let text = "Datin Paduka Siti Hasnah Omar opened the Kedah Hi-Tech Park. The train reached Yen Bai station."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Siti Hasnah Omar") == .person)
        #expect(type(analysis, "Yen Bai") == .location)
        #expect(analysis.entities.filter { $0.type == .person }.count == 1)
    }

    @Test func aCurrencySignEndsNoName() {
        let analysis = DocumentAnalyzer.analyze("The Russian Federation of US$2 billion fame is no body; trade was US$4 million.")
        #expect(analysis.entity(named: "Russian Federation of US") == nil)
    }
}

/// Companies by their legal forms. Texts written for these tests.
struct CompanyFormTests {
    @Test func legalFormsEndTheName() {
        let text = "The venture, Tanjung Vaccines Sdn. Bhd., was set up by Kama BioTech JSC of the Russian Federation. It opens soon."
        let analysis = DocumentAnalyzer.analyze(text)
        let names = Set(analysis.entities.filter { $0.type == .organization }.map(\.name))
        #expect(names.contains("Tanjung Vaccines Sdn. Bhd"))
        #expect(names.contains("Kama BioTech JSC"))
        #expect(analysis.sentences.count == 2)
    }
}

/// Names that decline or change script. Texts written for these tests.
struct DeclensionTests {
    @Test func aVietnameseNameInCyrillicAndLatinIsOnePerson() {
        #expect(NameSkeleton.of("Тхи") == NameSkeleton.of("Thi"))
        #expect(NameSkeleton.of("Хабаров") == NameSkeleton.of("Khabarov"))
        let text = "Перевод: Нгуен Тхи Хоа / Translated by Nguyen Thi Hoa"
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.entities.filter { $0.type == .person }.count == 1)
    }

    @Test func aRussianOrganisationInTwoCasesIsOne() {
        let analysis = DocumentAnalyzer.analyze("Выставку открыл Русский дом в Бангкоке. Сотрудники Русского дома в Бангкоке помогли.")
        let organisations = analysis.entities.filter { $0.type == .organization }
        #expect(organisations.count == 1)
        #expect(organisations.first?.aliases.contains("Русский дом в Бангкоке") == true)
    }
}
