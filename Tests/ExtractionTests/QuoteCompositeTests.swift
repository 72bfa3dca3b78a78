import Testing
@testable import Extraction

/// "speaker | text" for each quotation, to check how quotations are cut as well as who speaks.
func quoteLines(_ text: String) -> [String] {
    let analysis = DocumentAnalyzer.analyze(text)
    return analysis.quotes.map { "\($0.speakerIndex.map { analysis.entities[$0].name } ?? "nil") | \($0.text)" }
}

/// Quotations interrupted by their attribution and quotations inside quotations. Texts written for these
/// rules, not taken from any evaluation set.
struct QuoteInterruptionTests {
    /// Both parts keep their own spans, so neither takes in the attribution between them.
    @Test func secondPartThatCompletesTheClauseIsTheSameSpeakersSecondQuotation() {
        let text = """
        Airlines add winter flights

        "Demand for Riga flights," Pavel Orlov, head of sales at Baltic Wings, said on Monday, "has simply doubled."
        """
        #expect(quoteLines(text) == ["Pavel Orlov | Demand for Riga flights", "Pavel Orlov | has simply doubled."])
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.quotes.allSatisfy { !text.unicodeScalars.dropFirst($0.span.start).prefix($0.span.end - $0.span.start).contains("\"") })
    }

    @Test func secondPartWithAClauseOfItsOwnStaysSeparate() {
        let text = """
        Airlines add winter flights

        "In recent weeks," Pavel Orlov said, "we have sold every seat to Riga."
        """
        #expect(quoteLines(text) == ["Pavel Orlov | In recent weeks", "Pavel Orlov | we have sold every seat to Riga."])
    }

    @Test func sentencesAfterTheCompletedOneAreAQuotationOfTheirOwn() {
        let text = """
        Hotels are full

        Hotel manager Dewi Lestari said winter bookings were up. "Visitors from Siberia stay longer than most," she told reporters, "and they spend more on tours. Our rooms are full until March."
        """
        #expect(quoteLines(text) == ["Dewi Lestari | Visitors from Siberia stay longer than most",
                                     "Dewi Lestari | and they spend more on tours.", "Dewi Lestari | Our rooms are full until March."])
    }

    @Test func nestedQuotationBelongsToThePersonNamedBeforeIt() {
        let text = """
        Divers of the bay

        Marina Sokolova has trained divers in Nha Trang since 2015. “My old coach, Ivan Petrov, liked to say, ‘A diver checks the air twice before every dive.’ I still do it every morning,” Sokolova says.
        """
        #expect(quoteLines(text) == ["Marina Sokolova | My old coach, Ivan Petrov, liked to say",
                                     "Ivan Petrov | A diver checks the air twice before every dive.",
                                     "Marina Sokolova | I still do it every morning"])
    }

    @Test func nestedQuotationAfterAPronounHasNoSpeaker() {
        let text = """
        Divers of the bay

        Marina Sokolova grew up by the sea. “He always said, ‘The sea there is cruel to strangers.’ Now I know why,” Sokolova says.
        """
        #expect(quoteLines(text) == ["nil | The sea there is cruel to strangers.", "Marina Sokolova | Now I know why"])
    }

    @Test func scareQuoteInsideAQuotationLeavesItWhole() {
        let text = """
        Tourism

        “Russians are no longer a ‘niche’ for us in the south,” noted Somchai Prasert, director of the regional office.
        """
        #expect(quoteLines(text) == ["Somchai Prasert | Russians are no longer a ‘niche’ for us in the south"])
    }
}

/// Who speaks when the speaker is an institution, an unnamed person, a name far from its verb, a Russian
/// inverted clause, or a description named only later.
struct QuoteSpeakerConventionTests {
    @Test func institutionSpeaksForNobody() {
        let text = """
        New route

        The Thai tourism ministry said in a statement that the route was "a welcome addition to the winter schedule."

        In a written statement, Airports of Thailand said it "welcomes all new scheduled services from Siberia".
        """
        #expect(quoteSpeakers(text) == [nil, nil])
    }

    @Test func personSayingInAStatementSpeaks() {
        let text = """
        New route

        Tourism Minister Anan Srisuk said in a statement that the route was "a welcome addition to the winter schedule."
        """
        #expect(quoteSpeakers(text) == ["Anan Srisuk"])
    }

    @Test func pronounAfterAnUnnamedPersonIsNobody() {
        let text = """
        Paying in roubles

        By Rizal Hartono

        Last week exporters met Russian buyers in Jakarta. By the account of one exporter, they spent hours on payments. "We agreed on the price before lunch," he told me afterwards.
        """
        #expect(quoteSpeakers(text) == [nil])
    }

    @Test func pronounAfterANamedPersonWithADescriptionSpeaks() {
        let text = """
        Paying in roubles

        By Rizal Hartono

        Budi Santoso, a coffee exporter, met Russian buyers in Jakarta. "We agreed on the price before lunch," he told me afterwards.
        """
        #expect(quoteSpeakers(text) == ["Budi Santoso"])
    }

    @Test func longAppositiveBetweenNameAndVerb() {
        let text = """
        Rail freight

        "The numbers only work while sea freight stays expensive," Farid Rahman, a transport economist at the Institute of Southeast Asian Studies in Singapore, said.
        """
        #expect(quoteSpeakers(text) == ["Farid Rahman"])
    }

    @Test func creditLineInTheNextParagraphIsNoSource() {
        let text = """
        Rail freight

        Officials described the train as "a practical step towards better connectivity."

        (Reporting by Tran Thi Hoa in Hanoi; editing by Ananya Krishnan)
        """
        #expect(quoteSpeakers(text) == [nil])
    }

    @Test func russianInvertedClauseEndsInTheName() {
        let text = """
        Экспедиция

        «Море здесь каждый день открывает нам новые данные», – рассказал на пресс-конференции руководитель Института океанологии Андрей Соколов.
        """
        #expect(quoteSpeakers(text) == ["Андрей Соколов"])
    }

    @Test func descriptionInTheLeadNamedInTheNextParagraph() {
        let text = """
        Rector in Manila

        MANILA – The rector of a Siberian mining university urged students on Wednesday to stop seeing their country as “a quarry for other people’s factories,” and offered 40 places.

        Professor Ivan Belov, rector of the Siberian Mining University, was speaking at the University of the Philippines.
        """
        #expect(quoteSpeakers(text) == ["Ivan Belov"])
    }

    @Test func interviewerSpokeWithHerAndTheHeadlineIsHers() {
        let text = """
        THE VIENTIANE COURIER | Education

        "Students come to us with a plan, not a dream": the new Russian centre

        The centre opened in September. Its first director, Anastasia Korovina, is a philologist from Novosibirsk. Last Friday she spoke to Khamphone Souvanna of The Vientiane Courier.

        Q: How many students do you have?

        "We have 240 students in the evening courses."

        Q: Who are they?

        "Mostly future doctors and engineers."
        """
        #expect(quoteSpeakers(text) == ["Anastasia Korovina", "Anastasia Korovina", "Anastasia Korovina"])
    }

    @Test func bylineAuthorIsNoAntecedentAndWijayaIsNoRussianWoman() {
        let text = """
        Ballet in Jakarta

        By Dewi Anggraini

        The school's director, Hendra Wijaya, disagrees with critics. "People think ballet is for rich families," he said.
        """
        #expect(quoteSpeakers(text) == ["Hendra Wijaya"])
    }

    @Test func russianNameInAnObliqueCase() {
        let text = """
        Балет в Джакарте

        Светлана Морозова преподаёт балет в Джакарте одиннадцать лет.

        По словам Морозовой, «в Джакарте очень много талантливых детей».
        """
        #expect(quoteSpeakers(text) == ["Светлана Морозова"])
    }

    @Test func obliqueFormOfAnotherSurnameNamesNobodyKnown() {
        let text = """
        Балет в Джакарте

        Светлана Морозова преподаёт балет в Джакарте одиннадцать лет.

        По словам Ивановой, «в Джакарте очень много талантливых детей».
        """
        #expect(quoteSpeakers(text) == [nil])
    }
}
