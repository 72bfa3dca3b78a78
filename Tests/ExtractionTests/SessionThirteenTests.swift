import Testing
@testable import Extraction

/// The rules added in session 13, each on a text written for these tests.
struct SessionThirteenEntityTests {
    func names(_ analysis: DocumentAnalysis, _ type: EntityType) -> [String] {
        analysis.entities.filter { $0.type == type }.map(\.name)
    }

    @Test func listItemsAreNoHeadlinesAndLegalFormsHeadBodies() {
        let analysis = DocumentAnalyzer.analyze("""
        Joint statement

        The delegation included officials of the Mekong Grid State Enterprise (MGSE) and the Savan Cargo Company Limited.

        The following documents were signed:
        - Memorandum of Understanding on the Preparation of a Feasibility Study for the Savan Line, between MGSE and Taiga Rail LLC;
        - Protocol on the Overhaul of the Xe Bang 2 Hydropower Plant, between MGSE and PJSC Volga Turbines;
        """)
        let bodies = names(analysis, .organization)
        #expect(bodies.contains("Mekong Grid State Enterprise"))
        #expect(analysis.entity(named: "MGSE")?.name == "Mekong Grid State Enterprise")
        #expect(bodies.contains("Savan Cargo Company Limited"))
        #expect(bodies.contains("Taiga Rail LLC") && bodies.contains("PJSC Volga Turbines"))
        let agreements = names(analysis, .agreement)
        #expect(agreements.contains("Memorandum of Understanding on the Preparation of a Feasibility Study for the Savan Line"))
        #expect(agreements.contains("Protocol on the Overhaul of the Xe Bang 2 Hydropower Plant"))
        // The number keeps the plant's name whole: no person "Xe Bang".
        #expect(!names(analysis, .person).contains("Xe Bang"))
    }

    @Test func aPortOfANameIsAPlace() {
        let analysis = DocumentAnalyzer.analyze("Rail\n\nThe line would reach the Vietnamese port of Hon La by 2030.")
        #expect(analysis.entity(named: "Hon La")?.type == .location)
    }

    @Test func filipinoParticlesStayInTheName() {
        let analysis = DocumentAnalyzer.analyze("Oil\n\nUndersecretary Ramon dela Cruz said imports would rise.")
        #expect(names(analysis, .person).contains("Ramon dela Cruz"))
        #expect(!names(analysis, .person).contains("Ramon"))
    }

    @Test func andAfterAPlaceThatClosesTheComplementStartsASecondParty() {
        let analysis = DocumentAnalyzer.analyze("Oil\n\nThe Government of the Republic of Bashkortostan and Bashneft signed a plan.")
        #expect(names(analysis, .organization).contains("Government of the Republic of Bashkortostan"))
        #expect(!names(analysis, .organization).contains { $0.hasSuffix("and Bashneft") })
    }

    @Test func aLoneGivenNameOfOneFullyNamedPersonIsThatPerson() {
        let analysis = DocumentAnalyzer.analyze("""
        A student on the Volga

        Campus Magazine, 17 February 2026

        Souliya Keomany, 23, grew up in Pakse.

        When we parted, Souliya pulled on a thick hat.
        """)
        let person = analysis.entity(named: "Souliya Keomany")
        #expect(person?.aliases.contains("Souliya") == true)
        #expect(person?.mentions.count == 2)
    }

    @Test func aWordOfABodysNameLendsNoPersonAShortForm() {
        let analysis = DocumentAnalyzer.analyze("""
        Chips

        Perak Wafertest Sdn Bhd will test the chips. Perak Wafertest managing director Lim Boon Seng said so. Perak is far.
        """)
        #expect(!analysis.entities.contains { $0.type == .person && $0.aliases.contains("Perak") })
    }

    @Test func russianNamesOfOneBodyInSeveralCasesAreOne() {
        let analysis = DocumentAnalyzer.analyze("""
        Новости

        Студенты Омского университета им. Достоевского провели опыт. Омский университет сообщил об этом. \
        Договор с Омским университетом подписан.
        """)
        let bodies = analysis.entities.filter { $0.type == .organization && $0.aliases.contains { $0.hasPrefix("Омск") } }
        #expect(bodies.count == 1)
    }
}

struct SessionThirteenSpeakerTests {
    func speakers(_ text: String) -> [String?] {
        let analysis = DocumentAnalyzer.analyze(text)
        return analysis.quotes.map { quote in quote.speakerIndex.map { analysis.entities[$0].name } }
    }

    @Test func theTextsOwnPronounsTellAGenderBeforeASurnameShape() {
        // "Kamaruddin" ends like a Russian man's surname; "She added" says otherwise.
        let result = speakers("""
        Palm fat

        KUALA LUMPUR, Feb 17 (Wire) – A refiner signed a deal.

        Siti Aminah Kamaruddin, a deputy secretary-general at the ministry, said a mission would visit Kazan in May. \
        She added that auditors hired by Belaya Dolina had accepted the certificate last month.

        "Russian buyers ask the same questions as European ones now," she said.
        """)
        #expect(result == ["Siti Aminah Kamaruddin"])
    }

    @Test func aBareAttributionOfWordsTooShortToQuoteNamesTheNextSpeaker() {
        let result = speakers("""
        Gym

        Somchai Wongsuwan runs the gym. He watches the pupils.

        “Again,” he says. “Slowly. The river is not going anywhere.”
        """)
        #expect(result == ["Somchai Wongsuwan"])
    }

    @Test func aWhoClauseAfterAnAppositiveHangsOnTheName() {
        let result = speakers("""
        Course

        Dr Chea Sopheap, head of the infectious diseases ward at Preah Kossamak Hospital, who led the group, said: \
        "We diagnose it too late. Here we were shown how to halve the time."
        """)
        #expect(result == ["Chea Sopheap"])
    }

    @Test func aMalayGivenNameBeforeBinIsTheShortForm() {
        let analysis = DocumentAnalyzer.analyze("""
        Fisheries

        The delegation was led by Deputy Minister Dato Mohd Hafizul bin Haji Osman. In Murmansk, Dato Hafizul said the \
        visit went well.
        """)
        let person = analysis.entity(named: "Hafizul")
        #expect(person != nil && person?.name.contains("bin Haji Osman") == true)
    }
}
