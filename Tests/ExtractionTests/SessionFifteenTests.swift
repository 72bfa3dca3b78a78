import Testing
@testable import Extraction

/// The rules added in session 15, each on a text written for these tests.
struct SessionFifteenEntityTests {
    @Test func whatAnExecutiveRunsIsABody() {
        let analysis = DocumentAnalyzer.analyze("""
        Freight

        "Rates will fall," said Irina Voskresenskaya, chief executive of Tanzhel, on Monday. She used to be director of \
        Krasnaya Zvezda Logistics. The president of Kiribati was not asked.
        """)
        #expect(analysis.entity(named: "Tanzhel")?.type == .organization)
        #expect(analysis.entity(named: "Krasnaya Zvezda Logistics")?.type == .organization)
        #expect(analysis.entity(named: "Irina Voskresenskaya")?.type == .person)
    }

    @Test func aNameAfterTheKindOfBusinessIsTheBusiness() {
        let analysis = DocumentAnalyzer.analyze("""
        Gas

        An analyst at the Singapore consultancy Marlow Straits Insight doubted the plan. The Korean carmaker Daebong will \
        build the trucks.
        """)
        #expect(analysis.entity(named: "Marlow Straits Insight")?.type == .organization)
        #expect(analysis.entity(named: "Daebong")?.type == .organization)
        #expect(analysis.entity(named: "Singapore")?.type == .location)
    }

    @Test func aCompanysShortNameJoinsItsFullName() {
        let analysis = DocumentAnalyzer.analyze("""
        Rail

        Volgasignal Systems JSC will supply the interlocking, Pavel Kuzin, director of Volgasignal, said. \
        Rosatom and Rosatom Technical Academy will train the staff.
        """)
        let company = analysis.entity(named: "Volgasignal Systems JSC")
        #expect(company?.aliases.contains("Volgasignal") == true)
        // A body with a head of its own after the short name is another body.
        #expect(analysis.entity(named: "Rosatom")?.aliases.contains("Rosatom Technical Academy") != true)
    }

    @Test func aUniversitysFacultyIsNamedWithItsUniversity() {
        let analysis = DocumentAnalyzer.analyze("""
        Studies

        She studied at the Institute of Asian and African Studies of Moscow State University and taught at the Faculty of \
        Engineering of Chulalongkorn University.
        """)
        let bodies = analysis.names(of: .organization)
        #expect(bodies.contains("Institute of Asian and African Studies of Moscow State University"))
        #expect(bodies.contains("Faculty of Engineering of Chulalongkorn University"))
    }

    @Test func hospitalsPowerPlantsAndOperaHousesArePlaces() {
        let analysis = DocumentAnalyzer.analyze("""
        Visit

        The delegation toured Calmette Hospital, the Nam Ngum 1 Hydropower Plant and the Ho Chi Minh City Opera House.
        """)
        #expect(analysis.entity(named: "Calmette Hospital")?.type == .location)
        #expect(analysis.entity(named: "Nam Ngum 1 Hydropower Plant")?.type == .location)
        #expect(analysis.entity(named: "Ho Chi Minh City Opera House")?.type == .location)
    }

    @Test func aLoneHeadBeforeAPlaceIsNoName() {
        let analysis = DocumentAnalyzer.analyze("""
        Talks

        They met the minister at the Ministry in Hanoi. The mayor welcomed them in Vientiane Capital on Monday; Vientiane \
        was hot.
        """)
        #expect(!analysis.names(of: .organization).contains { $0.hasPrefix("Ministry") || $0.contains("Vientiane") })
        #expect(analysis.entity(named: "Vientiane")?.aliases.contains("Vientiane Capital") == true)
    }

    @Test func teamsEndInAPluralNoun() {
        let analysis = DocumentAnalyzer.analyze("""
        Basketball

        He coached the Pampanga Giant Lanterns before the Iloilo Monarchs hired him. In 2019 she founded the Hanoi Ice \
        Stars, which now has 140 members. They toured the Plain of Jars.
        """)
        let bodies = analysis.names(of: .organization)
        #expect(bodies.contains("Pampanga Giant Lanterns"))
        #expect(bodies.contains("Iloilo Monarchs"))
        #expect(bodies.contains("Hanoi Ice Stars"))
        #expect(analysis.entity(named: "Plain of Jars")?.type == .location)
    }

    @Test func bodiesEndBeforeHonorificsAndAgreements() {
        let analysis = DocumentAnalyzer.analyze("""
        Cinema

        The delegation was led by the Director of the Department of Cinema of the Ministry of Culture of the Russian \
        Federation Mrs. Irina Sharapova. Signing at the Ministry of Information, Culture and Tourism of the Memorandum of \
        Understanding on Cooperation in Cinematography followed. H.E. Mr. Dmitry Kalinin, Ambassador of the Russian \
        Federation to the Philippines, spoke. Соглашение подписал ректор КузГТУ Андрей Лебедев.
        """)
        let bodies = analysis.names(of: .organization)
        #expect(bodies.contains("Ministry of Culture of the Russian Federation"))
        #expect(bodies.contains("Ministry of Information, Culture and Tourism"))
        #expect(bodies.contains("КузГТУ"))
        #expect(!bodies.contains { $0.contains("Mrs") || $0.contains("Memorandum") || $0.contains("Philippines") })
        let russian = DocumentAnalyzer.analyze("""
        Стипендии

        Обучение проходит в рамках квоты Правительства Российской Федерации. The quota of the Government of the Russian \
        Federation pays for it. The Thai–Russian Business Forum opened on Monday. Mosfilm showed three films.
        """)
        #expect(russian.entity(named: "Government of the Russian Federation")?.aliases.contains("Правительства Российской Федерации") == true)
        #expect(!russian.names(of: .organization).contains { $0.contains("Business Forum") })
        #expect(russian.entity(named: "Mosfilm")?.type == .organization)
        // One geological company under its short and full names.
        let geology = DocumentAnalyzer.analyze("Mapping\n\nRosgeologia signed the contract; Rosgeo will send two teams.")
        #expect(geology.entity(named: "Rosgeologia")?.aliases.contains("Rosgeo") == true)
        #expect(analysis.entity(named: "Андрей Лебедев")?.type == .person)
    }

    @Test func twoHeadedNamesJoinedByASpacedDashAreOneInstitution() {
        let analysis = DocumentAnalyzer.analyze("""
        Study

        She studied at the Russian State Agrarian University – Moscow Timiryazev Agricultural Academy in 2010. \
        Rosatom – the Russian nuclear company – and Kazan Federal University signed.
        """)
        let bodies = analysis.names(of: .organization)
        #expect(bodies.contains("Russian State Agrarian University – Moscow Timiryazev Agricultural Academy"))
        #expect(bodies.contains("Rosatom") && bodies.contains("Kazan Federal University"))
    }

    @Test func anAbbreviationSpellsTheWholeLongName() {
        let analysis = DocumentAnalyzer.analyze("""
        Science

        The delegation visited the National Science and Technology Development Agency (NSTDA) in Pathum Thani. It \
        follows the Memorandum of Understanding on Cooperation in Combating Illicit Trafficking in Narcotic Drugs, \
        Psychotropic Substances and Their Precursors, signed in 2019.
        """)
        #expect(analysis.entity(named: "NSTDA")?.name == "National Science and Technology Development Agency")
        #expect(analysis.names(of: .agreement).contains { $0.hasSuffix("Psychotropic Substances and Their Precursors") })
        #expect(!analysis.names(of: .organization).contains("Psychotropic Substances"))
    }

    @Test func southeastAsianGivenNamesMakePeople() {
        let analysis = DocumentAnalyzer.analyze("""
        Classes

        Some 40 students have taken her classes, among them Rahmat Hidayat, a 24-year-old guide, and Siti Rahayu, a nurse.
        """)
        #expect(analysis.entity(named: "Rahmat Hidayat")?.type == .person)
        #expect(analysis.entity(named: "Siti Rahayu")?.type == .person)
        #expect(SpeakerIndex.givenNameGender("Rahmat Hidayat") == .male)
        #expect(SpeakerIndex.givenNameGender("Somchai Kittipong") == .male)
        #expect(SpeakerIndex.givenNameGender("Siriporn Malee") == .female)
    }

    @Test func vietnameseGivenNamesComeLast() {
        #expect(SpeakerIndex.givenNameGender("Nguyen Thu Trang") == .female)
        #expect(SpeakerIndex.givenNameGender("Tran Quang") == .male)
        #expect(SpeakerIndex.givenNameGender("Pham Minh") == nil)
    }

    @Test func laoAndThaiPhIsCyrillicPkh() {
        #expect(NameSkeleton.ofPerson("Phommachanh") == NameSkeleton.ofPerson("Пхоммачан"))
        #expect(NameSkeleton.ofPerson("Natthaphon") == NameSkeleton.ofPerson("Наттхапон"))
        #expect(NameSkeleton.ofPerson("Thongkham") == NameSkeleton.ofPerson("Тхонгкхам"))
        let analysis = DocumentAnalyzer.analyze("""
        Лесники

        Руководитель группы, заместитель директора департамента Сомсак Пхоммачан, поблагодарил коллег. «Этому мы будем \
        учить наших лесничих дома».

        The head of the group, Somsak Phommachanh, thanked his colleagues. Mr. Somsak said the course would be repeated.
        """)
        let person = analysis.entity(named: "Somsak Phommachanh")
        #expect(person?.aliases.contains("Сомсак Пхоммачан") == true)
        #expect(person?.aliases.contains("Somsak") == true)
        #expect(analysis.quotes.first.flatMap { $0.speakerIndex.map { analysis.entities[$0].name } } == "Somsak Phommachanh")
    }
}

struct SessionFifteenQuoteTests {
    @Test func moreVerbsOfSpeaking() {
        let speakers = quoteSpeakers("""
        Rink

        “Knees! You are not standing at a bus stop,” Nguyen Thu Trang calls across the ice. “Again, and slower this time,” Dmitri Orlov murmured.
        """)
        #expect(speakers == ["Nguyen Thu Trang", "Dmitri Orlov"])
    }

    @Test func aRoleNounAfterAPredicateStillPointsBack() {
        let speakers = quoteSpeakers("""
        Skating

        Trang trained as an assistant coach under Tamara Belousova, a former pairs skater. Belousova, now 71, remembers \
        the girl well. “She fell more than anyone,” the Russian coach said by video call.
        """)
        #expect(speakers == ["Tamara Belousova"])
    }

    @Test func aBodyInsideAReportedClauseSpeaksThroughTheReporter() {
        let speakers = quoteSpeakers("""
        Patrols

        The director-general of the agency, Datuk Zulkarnain Omar, told reporters that his agency welcomed "any data \
        that helps us see the small boats," but that its patrols would remain national. The historian Larisa Voronova \
        has written that Indonesia was "the first country in the region to look to the sky with Soviet instruments."
        """)
        #expect(speakers == ["Zulkarnain Omar", "Larisa Voronova"])
    }

    @Test func aLongAppositiveAfterAnHonorificAndAReportedBodyWithoutThat() {
        let speakers = quoteSpeakers("""
        Isotopes

        "We ask whether it arrives before it decays," Dr. Tran Minh Khoa, director of the nuclear medicine department at \
        Bach Mai Hospital, told a conference in Hanoi in March. Vice Admiral Eduardo Magsaysay said the Philippine Navy \
        welcomed "professional exchanges with every navy that respects international law."
        """)
        #expect(speakers == ["Tran Minh Khoa", "Eduardo Magsaysay"])
    }

    @Test func aSentenceOpeningWithHerIsStillAboutHer() {
        let speakers = quoteSpeakers("""
        Skating

        Nguyen Thu Trang shrugs at the debate. Her club also invites a Japanese choreographer, Aiko Tanabe, twice a year, \
        and she plans a trip to Seoul.

        “Ice does not have a passport,” she says.
        """)
        #expect(speakers == ["Nguyen Thu Trang"])
    }
}

/// Russian paragraphs: pronouns, role nouns and titles around names written in Cyrillic.
struct SessionFifteenRussianTests {
    @Test func russianPronounsAndRoleNounsPointBack() {
        let analysis = DocumentAnalyzer.analyze("""
        Олимпиада

        Победительницей олимпиады стала Чан Тхи Тху Ха из Хайфона. «Дома я учила русский по учебнику, — рассказала она. — \
        Теперь я знаю, что скажу ученикам».

        На открытии выступил посол Республики Союз Мьянма в Российской Федерации Мин Тхейн Зо. «Для нашего народа эти \
        книги — часть живой традиции», — сказал посол.

        The winner was Tran Thi Thu Ha from Hai Phong. Ambassador Min Thein Zaw opened the exhibition.
        """)
        let speakers = analysis.quotes.map { $0.speakerIndex.map { analysis.entities[$0].name } }
        #expect(speakers.first == "Tran Thi Thu Ha")
        #expect(speakers.last == "Min Thein Zaw")
    }

    @Test func aRussianTitleIsEvidenceAndAPlaceBeforeTheNameIsNotPartOfIt() {
        let analysis = DocumentAnalyzer.analyze("""
        Олимпиада

        На олимпиаде присутствовал генеральный консул Вьетнама в Екатеринбурге Лыонг Тхань Хай. Хирург из Баттамбанга \
        Сок Писет поблагодарил коллег. Председатель Приморского отделения РГО Сергей Ларионов открыл выставку.
        """)
        let people = analysis.names(of: .person)
        #expect(people.contains("Лыонг Тхань Хай"))
        #expect(people.contains("Сок Писет"))
        #expect(!people.contains { $0.contains("Екатеринбурге") || $0.contains("Баттамбанга") || $0 == "Приморского" })
    }

    @Test func datelinesAndParagraphBreaksEndRussianNames() {
        let analysis = DocumentAnalyzer.analyze("""
        Томская областная универсальная научная библиотека имени А. С. Пушкина

        Новости

        ТОМСК, 12 марта – В ОмГПУ прошла выставка.
        """)
        let bodies = analysis.names(of: .organization)
        #expect(bodies.contains("Томская областная универсальная научная библиотека имени А. С. Пушкина"))
        #expect(!bodies.contains { $0.contains("Новости") || $0 == "ТОМСК" || $0.hasPrefix("В ") })
        #expect(bodies.contains("ОмГПУ"))
    }

    @Test func aCyrillicRunEndsInItsLatinTwin() {
        let analysis = DocumentAnalyzer.analyze("""
        Зоопарк

        В январе Новосибирск посетил директор зоопарка Кхао Кхео Сакчай Тхонгпхан. Главный лесничий Сабаха Датук Мохд \
        Азми Сулейман подписал меморандум.

        In January the zoo was visited by Sakchai Thongphan, director of Khao Kheow Open Zoo.
        """)
        #expect(analysis.entity(named: "Sakchai Thongphan")?.aliases.contains("Сакчай Тхонгпхан") == true)
        #expect(analysis.names(of: .person).contains("Мохд Азми Сулейман"))
        #expect(NameSkeleton.ofPerson("Phattharaphon") == NameSkeleton.ofPerson("Пхаттарапхон"))
    }
}

struct SessionFifteenEventTests {
    @Test func aDayHeadingWithItsPlaceInBracketsHeadsItsLine() {
        let text = """
        Programme

        Tuesday, 3 March 2026 (Phnom Penh): Courtesy call on the Minister of Tourism. Business matching at a hotel, \
        attended by 38 hotels. Visits to the Royal Palace and the National Museum.
        """
        let days = DocumentAnalyzer.analyze(text).events.map(\.date.iso)
        #expect(days.filter { $0 == "2026-03-03" }.count >= 2)
    }

    @Test func itemsAfterSemicolonsUnderADayHeadingAreHappeningsOfTheirOwn() {
        let text = """
        Programme

        (b) Monday, 10 November 2025: opening session and first plenary at the convention centre; courtesy call on the \
        Minister of Energy; welcome dinner hosted by the ministry.
        """
        let days = DocumentAnalyzer.analyze(text).events.map(\.date.iso)
        #expect(days.filter { $0 == "2025-11-10" }.count >= 2)
    }
}
