import Testing
@testable import Extraction

struct EntityExtractorTests {
    @Test func acronymDefinedInBracketsLinksBothForms() {
        let text = "The Network of ASEAN-Russia Think-Tanks (NARTT) met in Jakarta. Later NARTT published a report."
        let analysis = DocumentAnalyzer.analyze(text)
        let network = analysis.entity(named: "NARTT")
        #expect(network?.name == "Network of ASEAN-Russia Think-Tanks")
        #expect(network?.type == .organization)
        #expect(network?.mentions.count == 3)
        #expect(analysis.entity(named: "Jakarta")?.subtype == "city")
    }

    @Test func fullNameInitialsAndSurnameAreOnePerson() {
        let text = "Russian Foreign Minister Sergey Lavrov arrived. As noted by S.V. Lavrov, talks went well. Lavrov left on Friday."
        let analysis = DocumentAnalyzer.analyze(text)
        let people = analysis.entities.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Sergey Lavrov"])
        #expect(Set(people.first?.aliases ?? []) == ["Sergey Lavrov", "S.V. Lavrov", "Lavrov"])
        #expect(people.first?.roles.map(\.title) == ["Russian Foreign Minister"])
        #expect(people.first?.mentions.map(\.sentenceIndex) == [0, 1, 2])
        for mention in people.first?.mentions ?? [] { #expect(slice(text, mention.span) == mention.surface) }
    }

    @Test func appositiveRoleAfterTheName() {
        let text = "Viktor Sumsky, Director of the ASEAN Center at MGIMO University told reporters about the meeting."
        let person = DocumentAnalyzer.analyze(text).entity(named: "Viktor Sumsky")
        #expect(person?.roles.map(\.title) == ["Director of the ASEAN Center at MGIMO University"])
    }

    @Test func apostropheInANameAndCurlyPossessive() {
        let text = "Ambassador Seán O'Brien met Deputy Minister Nguyen Van Binh. O'Brien’s visit to Hanoi was short."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.entity(named: "Seán O'Brien")?.mentions.count == 2)
        #expect(analysis.entity(named: "Nguyen Van Binh")?.type == .person)
        #expect(analysis.entity(named: "Hanoi")?.type == .location)
    }

    @Test func agreementsByHeadWord() {
        let text = "In 2004 Russia joined the Treaty of Amity and Cooperation in Southeast Asia (TAC). The parties reviewed the Comprehensive Plan of Action and the Minsk Agreements."
        let analysis = DocumentAnalyzer.analyze(text)
        let agreements = analysis.entities.filter { $0.type == .agreement }.map(\.name)
        #expect(agreements == ["Treaty of Amity and Cooperation in Southeast Asia", "Comprehensive Plan of Action", "Minsk Agreements"])
        #expect(analysis.entity(named: "TAC")?.type == .agreement)
    }

    /// A body after "of" is a name of its own, except an academy or a branch a unit belongs to (session 10: the
    /// annotated sets name such units with their parents).
    @Test func organisationsSplitAtTheirOwnHeads() {
        let text = "She chairs the Department of Asian Studies of the Higher School of Economics and works at the Ministry of Foreign Affairs of Malaysia."
        let names = DocumentAnalyzer.analyze(text).entities.filter { $0.type == .organization }.map(\.name)
        #expect(names == ["Department of Asian Studies", "Higher School of Economics", "Ministry of Foreign Affairs of Malaysia"])
        let unit = "She is a fellow of the Institute of Oriental Studies of the Russian Academy of Sciences."
        #expect(DocumentAnalyzer.analyze(unit).entities.filter { $0.type == .organization }.map(\.name)
                == ["Institute of Oriental Studies of the Russian Academy of Sciences"])
    }

    @Test func sentenceInitialWordsAndTitleCaseHeadlinesAreNoPeople() {
        let text = "Why Asian Allies Value Military Partnership With Moscow\n\nFollowing the talks, Negotiations Continued in Moscow. Results were good."
        let people = DocumentAnalyzer.analyze(text).entities.filter { $0.type == .person }
        #expect(people.isEmpty)
    }

    @Test func injectionLikeNamesAreJustText() {
        let text = "The Ministry of Robert'); DROP TABLE entities;-- Affairs met Ambassador Anna Petrova."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.entity(named: "Anna Petrova")?.type == .person)
    }
}
