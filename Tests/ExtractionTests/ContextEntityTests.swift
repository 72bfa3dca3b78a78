import Testing
@testable import Extraction

/// Types read from context: credit lines, places after prepositions or before place nouns, lists that
/// share a type, and organisation names that keep their complements.
struct ContextEntityTests {
    func type(_ analysis: DocumentAnalysis, _ name: String) -> EntityType? { analysis.entity(named: name)?.type }

    @Test func creditLinesNamePeople() {
        let text = "Trade grew fast.\n\nReporting by Olga Verkhova in Tver; editing by Mark Hollis\nPhotographs by Tran Van Loc"
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Olga Verkhova") == .person)
        #expect(type(analysis, "Mark Hollis") == .person)
        #expect(type(analysis, "Tran Van Loc") == .person)
    }

    @Test func interviewByIsAByline() {
        let text = "Ports and people\n\nInterview by Sari Wulandari\nCoastal Weekly, 3 May 2024\n\nWe spoke about ports."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.metadata.authors.map(\.value) == ["Sari Wulandari"])
        #expect(type(analysis, "Coastal Weekly") == .organization)
        #expect(analysis.entity(named: "Sari Wulandari Coastal Weekly") == nil)
    }

    @Test func placesFromPrepositionsAndPlaceNouns() {
        let text = "She moved from Tver to a village near Binh Son. The Quang Tri province is poor; ships dock at the Ream naval base. Later she lived in Tver."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Tver") == .location)
        #expect(type(analysis, "Binh Son") == .location)
        #expect(type(analysis, "Quang Tri") == .location)
        #expect(type(analysis, "Ream") == .location)
        #expect(analysis.entities.filter { $0.type == .person }.isEmpty)
    }

    @Test func aNameShapedWordIsAPlaceWhenTheTextSaysSoElsewhere() {
        let text = "The beaches of Vung Tau are full. Hotels in Vung Tau are cheap."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Vung Tau") == .location)
        #expect(analysis.entities.filter { $0.type == .person }.isEmpty)
    }

    @Test func aPersonNamedAfterFromStaysAPerson() {
        let text = "Deputy Minister Ilya Petrov arrived. The letter from Petrov was short."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Petrov") == .person)
        #expect(analysis.entities.filter { $0.type == .location }.isEmpty)
    }

    @Test func listMembersShareATypeButNotAcrossAClause() {
        let text = "Delegates came from Acmecorp, Globexa and the Initech Foundation. Flights link Moscow, Tver, Omsk and Kazan. In Hanoi, Petrova met students."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Acmecorp") == .organization)
        #expect(type(analysis, "Globexa") == .organization)
        #expect(type(analysis, "Omsk") == .location)
        #expect(type(analysis, "Petrova") != .location)
    }

    @Test func regionsWithCompassWordsAndGulfs() {
        let text = "Ships sailed from West Kalimantan into the Gulf of Tonkin."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "West Kalimantan") == .location)
        #expect(type(analysis, "Gulf of Tonkin") == .location)
    }

    @Test func organisationComplementsAndHeadFirstNames() {
        let text = "The Council on Maritime Affairs met the Committee of Senior Officials to ASEAN. Students of Universitas Gadjah Mada and staff of the Bureau of Statistics of the Russian Federation attended."
        let names = DocumentAnalyzer.analyze(text).entities.filter { $0.type == .organization }.flatMap(\.aliases)
        #expect(names.contains("Council on Maritime Affairs"))
        #expect(names.contains("Committee of Senior Officials to ASEAN"))
        #expect(names.contains("Universitas Gadjah Mada"))
        #expect(names.contains("Bureau of Statistics of the Russian Federation"))
    }

    @Test func aNameAfterTheCountryInAnOrganisationIsAPerson() {
        let text = "He met Director of the Department of Trade of Malaysia Aminah Yusof in Putrajaya. The minister met Datuk Seri Hamzah Idris."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Department of Trade of Malaysia") == .organization)
        #expect(type(analysis, "Aminah Yusof") == .person)
        #expect(type(analysis, "Hamzah Idris") == .person)
    }

    @Test func aCompanyGroupAndAnAcronymAfterAPlace() {
        let text = "The Mekong Power group signed a deal. The Centre for Policy Research in Jakarta (CPR) hosted it; CPR and the Mekong Power group will report."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(type(analysis, "Mekong Power") == .organization)
        #expect(analysis.entity(named: "CPR")?.name == "Centre for Policy Research")
    }
}

/// Two people with one surname are called by their first names.
struct SharedSurnameTests {
    @Test func firstNamesIdentifyPeopleWhoShareASurname() {
        let text = "Ivan Sokol and his brother Pavel Sokol run a net shop in Tver. “We sell nets to everyone,” Ivan said. Pavel is younger. “Prices rose last winter,” he added."
        let analysis = DocumentAnalyzer.analyze(text)
        let people = analysis.entities.filter { $0.type == .person }
        #expect(Set(people.map(\.name)) == ["Ivan Sokol", "Pavel Sokol"])
        let speakers = analysis.quotes.map { $0.speakerIndex.map { analysis.entities[$0].name } }
        #expect(speakers == ["Ivan Sokol", "Pavel Sokol"])
    }
}
