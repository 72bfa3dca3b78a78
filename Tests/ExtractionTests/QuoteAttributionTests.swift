import Testing
@testable import Extraction

/// Attribution on development texts written for these rules (not taken from any evaluation set): news,
/// feature, interview, press-release and analysis styles. People are found from the text, never listed.
struct QuoteAttributionTests {
    /// A wire story: title before the name, an appositive, "told reporters", "he said, adding", "said X", "According to X".
    @Test func newsWireAttributions() {
        let text = """
        Vietnam and Russia to expand rail freight, officials say

        HANOI, March 4 (Reuters) - Vietnam and Russia agreed on Tuesday to expand rail freight between the two countries, officials said.

        "We expect the volume of cargo to triple within three years," Deputy Transport Minister Tran Quoc Binh told reporters after the talks.

        Russian Railways executive Maxim Sokolov said the new route would cut delivery times. "Containers now take forty days by sea; by rail it will be eighteen," he said, adding that tariffs would be reviewed.

        "The first trains will run before the end of the year," said Sokolov.

        Analysts were more cautious. "Sanctions make insurance and payments very hard for shippers," Nguyen Thi Lan, an economist at a Hanoi bank, told Reuters. She added that "demand will depend on the rouble".

        According to Binh, "the border crossings still need new equipment and training for customs staff."
        """
        #expect(quoteSpeakers(text) == ["Tran Quoc Binh", "Maxim Sokolov", "Maxim Sokolov", "Nguyen Thi Lan", "Nguyen Thi Lan", "Tran Quoc Binh"])
    }

    /// A feature: present-tense "recalls", "laughed", a second quotation of the same paragraph, "As X put it".
    @Test func featureVerbsOutsideSaid() {
        let text = """
        The long road to Vladivostok

        Irina Volkova has taught Russian in Jakarta for twenty years. Her classroom is small, but the waiting list is long.

        "When I arrived, I had six students and one old textbook," she recalls. "Now we have three groups and a library."

        Her colleague, Budi Santoso, came to the language by accident. "I wanted to study engineering in Kazan and had to learn the language first," Santoso laughed. "I never left it."

        Volkova smiled when asked about the future. "Young people here are curious about Russia. They see it as a country of science," she explained.

        The embassy covers part of the costs. Cultural attaché Pavel Gromov noted: "Every graduate of these courses becomes a small bridge between our peoples."

        As Gromov put it, "language is the cheapest form of diplomacy we have."
        """
        #expect(quoteSpeakers(text) == ["Irina Volkova", "Irina Volkova", "Budi Santoso", "Budi Santoso", "Irina Volkova", "Pavel Gromov", "Pavel Gromov"])
    }

    /// An interview: the headline quotation and the answers after "Q:" lines belong to the interviewee.
    @Test func interviewAnswersGoToTheInterviewee() {
        let text = """
        "ASEAN will not choose sides": an interview with Ambassador Lim Cheng Hock

        The Singaporean diplomat Lim Cheng Hock spoke to our correspondent about the region's place in a divided world.

        Q: How do you see relations between ASEAN and Russia today?

        "They are stable, and I would say they are pragmatic. Both sides know what they can expect from each other."

        Q: Are sanctions a problem for ASEAN companies?

        "For some of them, yes. Banks are careful, and payments take longer than before. But trade has not stopped."

        Q: What about security in the South China Sea?

        "ASEAN will not choose sides. We want a code of conduct that all parties can live with."
        """
        #expect(quoteSpeakers(text) == ["Lim Cheng Hock", "Lim Cheng Hock", "Lim Cheng Hock", "Lim Cheng Hock"])
    }

    /// A press release: "the minister said", "The Secretary-General stressed:", and documents that speak for nobody.
    @Test func titlesAndDocuments() {
        let text = """
        Press release

        On 12 May 2023, Foreign Minister Sergey Lavrov held talks with the Secretary-General of ASEAN Kao Kim Hourn in Moscow.

        The minister said that Russia "remains committed to the central role of ASEAN in the regional architecture."

        Kao Kim Hourn thanked the Russian side for its support. The Secretary-General stressed: "Our partnership has grown stronger in difficult times."

        The Joint Statement adopted at the meeting states: "The Parties reaffirm their commitment to the purposes and principles of the UN Charter."

        Point 5 of the statement reads: "The Parties will hold regular consultations on counter-terrorism."
        """
        #expect(quoteSpeakers(text) == ["Sergey Lavrov", "Kao Kim Hourn", nil, nil])
    }

    /// An analysis: "argues that", "writes", "warns X, a specialist", "In her view".
    @Test func analysisWithPresentTense() {
        let text = """
        Why Moscow looks south-east

        By Andrei Kortunov

        For Russian foreign policy, Southeast Asia has long been a secondary theatre. That is changing.

        Professor Dmitry Mosyakov of the Institute of Oriental Studies argues that "the region has become a laboratory of multipolarity, where no single power can dictate the rules." He believes the trend is irreversible.

        "Russia has been late to the party, but it has arrived with something to offer: energy, weapons, wheat and a seat on the Security Council," Mosyakov writes.

        Not everyone agrees. "This is wishful thinking. The trade figures are tiny compared with China or Japan," warns Ekaterina Koldunova, a specialist on the region.

        In her view, "without a real economic base, political declarations will remain on paper."
        """
        #expect(quoteSpeakers(text) == ["Dmitry Mosyakov", "Dmitry Mosyakov", "Ekaterina Koldunova", "Ekaterina Koldunova"])
    }

    /// An unclosed quotation belongs to whoever closes it in the next paragraph; "He also pointed out that".
    @Test func quotationOverTwoParagraphs() {
        let text = """
        Minister of Energy Nikolai Shulginov addressed the forum on Wednesday.

        "Our companies are ready to build power plants across the region. We have the technology, the financing and the people.

        "What we need is long-term contracts and predictable rules," the minister said.

        Indonesian delegate Arifin Tasrif welcomed the offer. "We are open to all partners who respect our national interests," Tasrif stressed.

        He also pointed out that "the energy transition cannot be paid for by developing countries alone."
        """
        #expect(quoteSpeakers(text) == ["Nikolai Shulginov", "Nikolai Shulginov", "Arifin Tasrif", "Arifin Tasrif"])
    }

    /// No speaker without a cue, and "one hotel owner … said" names nobody.
    @Test func unnamedSpeakersAndLongDistance() {
        let text = """
        President Vladimir Putin met the King of Cambodia in 2019.

        The talks covered trade, education and tourism. The two countries signed four documents, including a memorandum on cultural exchanges.

        Local media described the visit as "a new page in bilateral relations between the two kingdoms and peoples".

        Tourism from Russia to Cambodia has grown. "It is the best season we have had," one hotel owner in Sihanoukville said.
        """
        #expect(quoteSpeakers(text) == [nil, nil])
    }

    /// "said Foreign Minister X", a person named inside a quotation, a declaration, "a source close to X".
    @Test func sourcesDocumentsAndObjects() {
        let text = """
        Talks in Jakarta

        "We have agreed to set up a working group on food security," said Foreign Minister Retno Marsudi after the meeting.

        Viktor Sumsky said: "I met Sergey Lavrov in Moscow last week." "It was a useful conversation," he added.

        The declaration signed by Vladimir Putin and Joko Widodo states: "The Parties shall refrain from any actions that may harm each other's security."

        "Exports of palm oil will grow again next year," a source close to Joko Widodo said.

        "The ministry is studying the proposal," a spokesman for the ministry said.

        Anna Petrova, who heads the Russian trade mission, quipped that "bureaucracy is the only thing both countries export in large quantities."

        "Our office in Surabaya will open in May," the statement said.

        "Prices for wheat should stay stable," Petrova predicted, adding that the harvest was good.
        """
        #expect(quoteSpeakers(text) == ["Retno Marsudi", "Viktor Sumsky", "Viktor Sumsky", nil, nil, nil, "Anna Petrova", nil, "Anna Petrova"])
    }

    /// A person named paragraphs earlier does not speak an unattributed quotation.
    @Test func noCueNoSpeaker() {
        let text = """
        Ambassador Oleg Ivanov presented his credentials in Manila in January.

        The ceremony took place at the Malacañang Palace. The embassy later published photographs of the event on its website.

        Bilateral trade reached a record last year, driven by fertiliser and coal.

        "Russia and the Philippines share a commitment to a fair and open trading system in the region" is a line often repeated in official documents.
        """
        #expect(quoteSpeakers(text) == [nil])
    }

    /// "Question:" lines; the interviewee is named in the intro ("in an interview").
    @Test func questionLinesBeforeAnswers() {
        let text = """
        Maria Zakharova on ASEAN: full transcript

        The Foreign Ministry spokeswoman Maria Zakharova answered questions from journalists in an interview on Thursday.

        Question: How does Moscow assess the results of the summit?

        "We assess them positively. The documents adopted reflect our common approaches to regional security."

        Question: Will there be new visits?

        "Yes, we are planning contacts at the highest level. I cannot give dates yet."
        """
        #expect(quoteSpeakers(text) == ["Maria Zakharova", "Maria Zakharova"])
    }

    /// Transcript lines "Name: “…”", the people introduced earlier in the text.
    @Test func nameColonLines() {
        let text = """
        Speakers included Professor Anton Tsvetov and Dr. Siti Rahmah.

        Tsvetov: “Russia sees Malaysia as one of its key partners in the region.”

        Rahmah: “Malaysia has always tried to keep good relations with every major power.”
        """
        #expect(quoteSpeakers(text) == ["Anton Tsvetov", "Siti Rahmah"])
    }

    /// A headline "Name: “…”", "was quoted by TASS as saying", "Asked about …, the minister said:", a dash before the speaker.
    @Test func headlineQuotedAsSayingAndDash() {
        let text = """
        Lavrov: "The West is trying to drag ASEAN into its confrontation"

        Russian Foreign Minister Sergei Lavrov accused Western countries on Friday of trying to undermine the unity of ASEAN.

        "The West is trying to drag ASEAN into its confrontation with Russia and China," Lavrov was quoted by TASS as saying.

        Asked about a possible visit to Laos, the minister said: "We have an invitation and we will use it."

        Singapore Foreign Minister Vivian Balakrishnan, speaking at the same forum, struck a softer tone. "ASEAN does not want to be a battlefield for anybody" - Balakrishnan said.

        "We want to trade with everyone," he continued. "That is our interest."
        """
        #expect(quoteSpeakers(text) == ["Sergei Lavrov", "Sergei Lavrov", "Sergei Lavrov", "Vivian Balakrishnan", "Vivian Balakrishnan", "Vivian Balakrishnan"])
    }

    /// A commentary: "once told me", "wrote X, a fellow", "argues that …:", an author–year source in brackets.
    @Test func commentaryWithCitations() {
        let text = """
        Opinion | Russia's pivot needs more than words

        By Hoang Anh Tuan

        Hanoi's memory of Soviet help is long. As one veteran diplomat, Nguyen Dy Nien, once told me, "Friends who helped you in the war are not forgotten."

        Yet sentiment is not policy. "Russia is a partner of history, not of the future," wrote Le Hong Hiep, a fellow at the ISEAS-Yusof Ishak Institute, in a 2022 paper.

        Others disagree. Professor Vu Minh Khuong of the Lee Kuan Yew School argues that energy ties are solid: "Rosneft and Zarubezhneft have been in Vietnam for decades and will stay."

        "The relationship has weathered worse storms" (Khuong, 2021).
        """
        #expect(quoteSpeakers(text) == ["Nguyen Dy Nien", "Le Hong Hiep", "Vu Minh Khuong", "Vu Minh Khuong"])
    }

    /// A dateline story: "the ambassador told", a partial quotation after "said the government", "According to a government statement".
    @Test func datelineStory() {
        let text = """
        KUALA LUMPUR, 3 October - Malaysia's Prime Minister Anwar Ibrahim said on Tuesday that his government would not join sanctions against Russia.

        "We are a trading nation. Our policy is to be friends with all," Anwar Ibrahim told a news conference in Putrajaya. "We will not be dictated to."

        Russian Ambassador Naipiy Latypov welcomed the statement. "This is a wise and independent position," the ambassador told the New Straits Times.

        The opposition criticised the remarks. Its leader Hamzah Zainudin said the government "should think about our relations with Europe first."

        According to a government statement, "Malaysia upholds the principles of the UN Charter, including respect for sovereignty."
        """
        #expect(quoteSpeakers(text) == ["Anwar Ibrahim", "Anwar Ibrahim", "Naipiy Latypov", "Hamzah Zainudin", nil])
    }

    /// Questions as dash lines; an answer running over two paragraphs.
    @Test func dashQuestionsAndAnswerOverParagraphs() {
        let text = """
        An interview with Professor Alexei Fenenko

        Alexei Fenenko is a professor at Moscow State University. We spoke to him about arms control in Asia.

        - Is the arms race in Asia inevitable?

        "I am afraid it has already begun. Every major power is building up its navy."

        - What role can ASEAN play?

        "ASEAN can be a platform for dialogue, but it cannot stop the race by itself.

        "It does not have the instruments for that."
        """
        #expect(quoteSpeakers(text) == ["Alexei Fenenko", "Alexei Fenenko", "Alexei Fenenko"])
    }

    /// "who studied …, said he …. “…,” he told", "the rector", "the vice-rector said".
    @Test func universityNews() {
        let text = """
        Students from Laos celebrate graduation in Kazan

        More than forty students from Laos received their diplomas at Kazan Federal University on Saturday.

        Souksavanh Phommachanh, who studied petroleum engineering, said he would return to Vientiane. "I want to help my country build its own industry," he told the university's press service.

        The rector, Lenar Safin, congratulated the graduates. "You are now part of a big family," Safin said.

        Vice-rector Dmitry Taju added that the university would double the quota for Lao students next year. "The demand is huge," the vice-rector said.
        """
        #expect(quoteSpeakers(text) == ["Souksavanh Phommachanh", "Lenar Safin", "Dmitry Taju"])
    }

    /// "X called the plan “…”, but Y warned …": the quotation is X's, not Y's.
    @Test func aLaterClauseHasItsOwnSubject() {
        let text = """
        Foreign Minister Sergey Lavrov called the plan "a good start for the talks", but Indonesian Foreign Minister Retno Marsudi warned against too much optimism.

        Lavrov said the document was "only the first step on a long road," which his partners later welcomed.
        """
        #expect(quoteSpeakers(text) == ["Sergey Lavrov", "Sergey Lavrov"])
    }

    /// A publication named only in quotes, as the source in brackets after a quotation, is the speaker.
    @Test func quotedPublicationInBrackets() {
        let text = "Commentators were divided. “The summit changed nothing in the region” (“Asia Times”, HK, 02.03.24)."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(quoteSpeakers(text) == ["Asia Times"])
        #expect(analysis.entity(named: "Asia Times")?.type == .organization)
    }

    /// A feature: "she says with a smile", the previous sentence naming who remembers, an unnamed lecturer.
    @Test func featureWithUnnamedSpeaker() {
        let text = """
        Inside the Russian House in Hanoi

        The Russian House occupies a yellow colonial building in the centre of Hanoi. Its director, Natalia Burtseva, greets visitors in fluent Vietnamese.

        "People come for the language courses and stay for the films, the music, the cooking," she says with a smile.

        Burtseva remembers the first months after she arrived. "Nobody knew us. We printed leaflets and handed them out at universities ourselves."

        Not everyone is convinced by the cultural push. A Vietnamese lecturer who asked not to be named said: "Young people want to go to Korea or Japan, not to Russia."
        """
        #expect(quoteSpeakers(text) == ["Natalia Burtseva", "Natalia Burtseva", nil])
    }
}

/// The rules a reader uses to find who speaks, each with a near miss that must not be attributed the same
/// way. The texts are written for these tests, not taken from any evaluation set.
struct QuoteAttributionReaderTests {
    /// "An engineer …, who asked that his name be withheld because he …, said": nobody named speaks, although
    /// the relative clause has a "he"; a named subject with its own relative clause still speaks.
    @Test func unnamedSubjectWithARelativeClause() {
        let text = """
        Deputy Minister Tran Hong Son opened the new dock in Haiphong on Monday.

        An engineer at the shipyard, who asked that his name be withheld because he feared for his job, said the contract was "signed before anyone had read it".

        Nguyen Thi Mai, who said she had worked at the yard for a decade, told reporters that the dock was "busier than it has ever been".
        """
        #expect(quoteSpeakers(text) == [nil, "Nguyen Thi Mai"])
    }

    /// The reporting verb nearest the quotation governs it: "recalled a conversation with X, who told him: “"
    /// is X; "X, who had met Y the day before, said: “" is X, not Y.
    @Test func nearestVerbAndRelativeClause() {
        let text = """
        Oleg Kuznetsov recalled a conversation with the Thai scholar Suchart Pongpanich, who told him in 2018: "Russia is remembered here for its ballet, not for its tanks."

        Kuznetsov, who had met Suchart Pongpanich the day before, said: "We agreed on almost everything except the football."
        """
        #expect(quoteSpeakers(text) == ["Suchart Pongpanich", "Oleg Kuznetsov"])
    }

    /// "she" skips a man named last; "he" after "X met Y" is the subject X, the way a reader takes it.
    @Test func pronounsFollowGenderAndSubject() {
        let text = """
        Ambassador Elena Gromova met Deputy Minister Pavel Sidorov in Jakarta on Monday.

        "Our students will arrive in the autumn," she said.

        Pavel Sidorov later met the rector Anatoly Kuzmin. "The talks were frank and useful," he said.
        """
        #expect(quoteSpeakers(text) == ["Elena Gromova", "Pavel Sidorov"])
    }

    /// "the Russian minister" is the minister described as Russian, not the minister named last; a plain
    /// "the minister" after two ministers is the one named last.
    @Test func titleWithANationality() {
        let text = """
        Minister of Transport of the Russian Federation Roman Starikov held talks in Hanoi with Minister of Transport of Vietnam Nguyen Van Thang.

        The Russian minister said the two countries "should double rail freight by the end of the decade".

        The minister added that "the ports must come first".
        """
        #expect(quoteSpeakers(text) == ["Roman Starikov", "Nguyen Van Thang"])
    }

    /// "the chair of the session", whom the text never names, is nobody; "the chairman" held by a named
    /// person is that person.
    @Test func titleThatNoOneNamedHolds() {
        let text = """
        Chairman Viktor Rudenko of the Russian–ASEAN Business Council opened the forum in Singapore.

        The chair of the afternoon session said that trade finance was "the missing piece of the puzzle".

        The chairman said the council would "open an office in Manila next year".
        """
        #expect(quoteSpeakers(text) == [nil, "Viktor Rudenko"])
    }

    /// "According to the rector, “" is the rector named before; "According to the report, “" is a document.
    @Test func accordingToATitleOrADocument() {
        let text = """
        The delegation visited Hue University, whose rector, Professor Le Anh Phuong, showed them the new library.

        According to the rector, the library "will hold forty thousand Russian books by 2030".

        According to the report, the university "lacks teachers of Russian at every level".
        """
        #expect(quoteSpeakers(text) == ["Le Anh Phuong", nil])
    }

    /// "As the economist X put it, “" is X; "As one diplomat put it, “" is nobody named.
    @Test func asSomeonePutIt() {
        let text = """
        Trade is growing slowly. As the Malaysian economist Aziz Rahman put it at a seminar in Penang, "the rouble and the ringgit have never met without the dollar."

        Politics is another matter. As one diplomat put it, "everyone is polite and nobody is in a hurry."
        """
        #expect(quoteSpeakers(text) == ["Aziz Rahman", nil])
    }

    /// A quotation opening its sentence after a sentence about a person is that person's; after a sentence
    /// about a thing it has no speaker.
    @Test func previousSentenceSubject() {
        let text = """
        Education Minister Ratna Dewi also presented the new curriculum. "Every pupil will learn two foreign languages from the age of nine."

        The curriculum was approved in March. "Every teacher will need new training before the autumn."
        """
        #expect(quoteSpeakers(text) == ["Ratna Dewi", nil])
    }

    /// A quotation block introduced by the paragraph before ("X puts it simply:"), and a quotation paragraph
    /// after a paragraph about a person; not after a question, and not after a paragraph about a thing.
    @Test func paragraphBeforeIntroducesTheSpeaker() {
        let text = """
        Fisheries officer Somchai Boonmee, who has worked these waters for forty years, puts it simply:

        "The fish do not know where the border is. Neither do the storms."

        Andrei Volkov, a researcher from Vladivostok, came to Phuket in 2018 and stayed. He now runs a reef survey.

        "I thought I would stay for a season. The reef kept me here.

        "Every year there is a little less of it."

        The survey is funded by a private foundation.

        "Nobody pays for bad news about coral."
        """
        #expect(quoteSpeakers(text) == ["Somchai Boonmee", "Andrei Volkov", "Andrei Volkov", nil])
    }

    /// A quoted phrase in a clause whose subject is a person: "X invited Thai investors to “…”"; not inside a
    /// relative clause ("which its founders call “…”").
    @Test func personWhoseClauseHoldsTheQuotation() {
        let text = """
        At the same forum, Deputy Prime Minister Ivan Petrov invited Thai investors to "build the factories where the cotton grows".

        Ivan Petrov also visited the city museum, which its founders call "the memory of the whole province".

        On Friday Ivan Petrov signed the agreement on "cooperation in the peaceful uses of atomic energy".
        """
        #expect(quoteSpeakers(text) == ["Ivan Petrov", nil, nil])
    }

    /// A document as the subject, with a participle phrase before its verb, speaks for nobody; a person
    /// after a title and an appositive still speaks.
    @Test func documentSubjectWithAnAppositive() {
        let text = """
        The final report of the working group on connectivity, published in Hanoi on 2 May 2025, notes that delegations "remain divided on insurance".

        The head of the working group, Marina Lopatina, notes that progress is "slow but real".
        """
        #expect(quoteSpeakers(text) == [nil, "Marina Lopatina"])
    }

    /// A second quotation of a paragraph keeps its speaker past a person named as an object ("recalling the
    /// visit of X"); a person who becomes the subject ("X nodded.") takes over.
    @Test func continuityPastObjects() {
        let text = """
        Governor Malee Chaiyaporn welcomed the team. "We have waited a long time for this," she said, recalling the visit of Nikolai Sorokin in 2019. "Now the work can begin."

        Nikolai Sorokin spoke next. "We are glad to be back," he said. Chaiyaporn nodded. "Then let us start tomorrow."
        """
        #expect(quoteSpeakers(text) == ["Malee Chaiyaporn", "Malee Chaiyaporn", "Nikolai Sorokin", "Malee Chaiyaporn"])
    }
}

/// Interviews: the interviewee is found from "X spoke to Y" or "Our correspondent spoke with her" when the
/// document has questions, and the headline quotation is theirs; a news story's quoted headline is not.
struct QuoteAttributionInterviewTests {
    @Test func correspondentSpokeWithHer() {
        let text = """
        "Rice is politics, whatever economists say"

        Ms Malai Srisuk has traded rice in Bangkok for thirty years. Our correspondent Dmitri Orlov spoke with her about exports to Russia.

        Q: Why Russia?

        Because the buyers pay on time. That matters more than the price.

        Q: And the sanctions?

        They make everything slower, not impossible.
        """
        #expect(quoteSpeakers(text) == ["Malai Srisuk"])
    }

    @Test func nameTurnsAndSpokeTo() {
        let text = """
        Interview: "Every exchange student is an ambassador"

        Professor Hasnah Yusof of Universiti Malaya spoke to Ilya Popov about students in Russia.

        Ilya Popov: How many Malaysian students are in Russia?

        Hasnah Yusof: About eight hundred, mostly in medicine.

        Ilya Popov: Is that growing?

        Hasnah Yusof: Slowly, yes.
        """
        #expect(quoteSpeakers(text) == ["Hasnah Yusof"])
    }

    @Test func newsHeadlineQuotationHasNoSpeaker() {
        let text = """
        "A new chapter for the port"

        Hasnah Yusof spoke to reporters in Klang on Monday about the new container terminal.

        The terminal will open in June.
        """
        #expect(quoteSpeakers(text) == [nil])
    }
}
