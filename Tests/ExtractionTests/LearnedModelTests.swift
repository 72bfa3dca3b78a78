import Testing
@testable import Extraction

/// The learned event and entity-type models, and the rules added with them (session 12). Texts written for these tests.
struct LearnedEventModelTests {
    let profile = """
    Profile of a diplomat

    Manila Review, 12 May 2026

    Her first posting, in 1996, coincided with the Asian financial crisis. Her mother died in 2019, and she dedicated \
    the memoir to her. The Nakhodka Fishing Company acquired a stake in a cannery in 2014 through its purchase of a local \
    trader. It has trained engineers since 2001. Exports should double by 2030.
    """

    @Test func theModelDatesHappeningsTheRulesPassOver() {
        let rules = DocumentAnalyzer.analyze(profile, eventModel: nil, entityModel: nil).analysis.events.map(\.date.iso)
        let both = DocumentAnalyzer.analyze(profile).events.map(\.date.iso)
        #expect(!rules.contains("1996") && !rules.contains("2019"))
        #expect(both.contains("1996") && both.contains("2019"))
        // Every event of the rules stays.
        #expect(rules.allSatisfy(both.contains))
    }

    @Test func datesTheRulesRuleOutAreNeverCandidates() {
        let (_, candidates, _) = DocumentAnalyzer.analyze(profile, eventModel: nil, entityModel: nil)
        let years = candidates.map(\.date.start.iso)
        #expect(years.contains("1996"))
        #expect(!years.contains("2001") && !years.contains("2030"))   // "since 2001", "by 2030"
        #expect(!years.contains("2026-05-12"))                         // the publication date
        // Even a model that would add every date adds none of them.
        let eager = EventModel(linear: LinearModel(bias: 10, weights: [:]), threshold: 0)
        let added = EventClassifier.additions(candidates, ruleEventDates: [], model: eager).map { candidates[$0].date.start.iso }
        #expect(!added.contains("2001") && !added.contains("2030"))
    }

    @Test func additionsSkipDatesTheRulesAlreadyDatedAndRespectTheThreshold() {
        let (analysis, candidates, _) = DocumentAnalyzer.analyze(profile, eventModel: nil, entityModel: nil)
        let ruleDates = analysis.events.map(\.date.iso)
        let eager = EventModel(linear: LinearModel(bias: 10, weights: [:]), threshold: 0)
        let added = EventClassifier.additions(candidates, ruleEventDates: ruleDates, model: eager)
        #expect(!added.isEmpty)
        for index in added {
            #expect(!candidates[index].hasRuleEvent)
            #expect(!ruleDates.contains(candidates[index].date.start.iso))
        }
        // One event per date.
        let addedDates = added.map { candidates[$0].date.start.iso }
        #expect(Set(addedDates).count == addedDates.count)
        let reluctant = EventModel(linear: LinearModel(bias: -10, weights: [:]), threshold: 0)
        #expect(EventClassifier.additions(candidates, ruleEventDates: ruleDates, model: reluctant).isEmpty)
    }

    @Test func aFeatureIsTheFNVHashOfItsText() {
        #expect(FeatureList.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(FeatureList.hash("a") == 0xaf63_dc4c_8601_ec8c)
        var list = FeatureList()
        let first = list.append("rule=person"), second = list.append("rule=person")
        #expect(first && !second)
        #expect(list.features == [FeatureList.hash("rule=person")])
    }

    @Test func aWeightTableReadsHashesAndWeights() {
        let a = FeatureList.hash("w=met"), b = FeatureList.hash("p=year")
        let model = LinearModel(bias: -1, table: "\(String(a, radix: 16))\t2.5\n\(String(b, radix: 16))\t-0.5\nnot a line\n")
        #expect(model.weights.count == 2)
        #expect(model.score([a, b]) == 1.0)
        #expect(model.score([]) == -1)
    }

    @Test func theShippedModelsLoad() {
        #expect((EventModelWeights.model?.linear.weights.count ?? 0) > 1000)
        #expect(EntityTypeModelWeights.model?.models.count == EntityType.allCases.count)
    }
}

struct LearnedEntityTypeTests {
    @Test func aVenueWithAPersonsShapeBecomesAPlace() {
        let text = """
        Book launch

        Manila Review, 12 May 2026

        Readers met the author in the Peace Hall on Saturday. The Peace Hall was full.
        """
        // (The rules read "Peace Hall" after "the" as a venue; the shipped model must not undo it.)
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.entity(named: "Peace Hall")?.type == .location)
        // Typed before quotations and events are built: a place is no speaker and no participant as a person.
        #expect(!analysis.quotes.contains { $0.speakerIndex.map { analysis.entities[$0].name } == "Peace Hall" })
    }

    @Test func onlyPeopleAndPlacesAreReconsideredAndTheMarginCounts() {
        let feature = FeatureList.hash("head=hall")
        let model = EntityTypeModel(models: [
            "person": LinearModel(bias: 0, weights: [:]),
            "organization": LinearModel(bias: 0, weights: [feature: 3]),
            "location": LinearModel(bias: 0, weights: [:]),
            "agreement": LinearModel(bias: 0, weights: [:]),
        ], margin: 2)
        #expect(model.retype([feature], current: .person) == .organization)
        #expect(model.retype([feature], current: .agreement) == nil)
        var strict = model
        strict.margin = 4
        #expect(strict.retype([feature], current: .person) == nil)
    }
}

struct SessionTwelveNameRuleTests {
    @Test func aListedComplementStaysInTheBodysName() {
        let analysis = DocumentAnalyzer.analyze("""
        Parks

        The Department of National Parks, Wildlife and Plant Conservation signed it with the Ministry of Labour, Invalids \
        and Social Affairs. The Institute of Chemistry, Moscow and Kazan branches were closed.
        """)
        #expect(analysis.entity(named: "Department of National Parks, Wildlife and Plant Conservation")?.type == .organization)
        #expect(analysis.entity(named: "Ministry of Labour, Invalids and Social Affairs")?.type == .organization)
        // A list of places is no complement.
        #expect(analysis.entity(named: "Institute of Chemistry")?.type == .organization)
        #expect(analysis.entity(named: "Moscow")?.type == .location)
    }

    @Test func malayHonorificsAndTheFathersPilgrimTitle() {
        let analysis = DocumentAnalyzer.analyze("""
        Talks

        Dato Paduka Haji Zulkarnain bin Haji Mohd Yassin met Yang Berhormat Dato Seri Setia Awang Haji Erwan bin Haji Ismail \
        on Monday. YB Tuan Lee Ting Han, a Sarawak minister, attended. Datin Paduka Hajah Norliah binti Haji Kula also came.
        """)
        let people = analysis.entities.filter { $0.type == .person }.map(\.name)
        #expect(people.contains("Zulkarnain bin Haji Mohd Yassin"))
        #expect(people.contains("Erwan bin Haji Ismail"))
        #expect(people.contains("Lee Ting Han"))
        #expect(people.contains("Norliah binti Haji Kula"))
        #expect(!people.contains("Ismail") && !people.contains("Mohd Yassin"))
    }

    @Test func tuanIsANameOutsideAnHonorific() {
        let analysis = DocumentAnalyzer.analyze("Talks\n\nDeputy Minister Nguyen Anh Tuan met the delegation.")
        #expect(analysis.entity(named: "Nguyen Anh Tuan")?.type == .person)
    }

    @Test func wellKnownCompaniesAreOrganisations() {
        let analysis = DocumentAnalyzer.analyze("""
        Buses

        Surabaya bought buses from BYD and Yutong, while Airbus and KAMAZ bid for other contracts. Riders pay through Gojek.
        """)
        for name in ["BYD", "Yutong", "Airbus", "KAMAZ", "Gojek"] { #expect(analysis.entity(named: name)?.type == .organization) }
    }
}

struct SessionTwelveDateRuleTests {
    @Test func inMayIsAMonthAndATargetYearAnchorsNoMonth() {
        let text = """
        Buses

        Jakarta Wire, 17 March 2026

        Local content will rise to 40 percent by 2028. The line is scheduled to open in August. The commission will \
        meet in Kazan in May. Prices may fall.
        """
        let dates = DocumentAnalyzer.analyze(text).dates.map { "\($0.text)=\($0.start.iso)" }
        #expect(dates.contains("August=2026-08"))
        #expect(dates.contains("May=2026-05"))
        #expect(dates.filter { $0.hasPrefix("May") }.count == 1)   // not the modal verb
    }

    @Test func aYearInsideACodeIsNoDate() {
        let dates = DocumentAnalyzer.analyze("Release\n\nDA-PR-2026-0418\n\nThe mid-2025 harvest was large.").dates.map(\.start.iso)
        #expect(dates == ["2025"])
    }

    @Test func capitalisedItemsOfADayHeadingAreItsHappenings() {
        let text = """
        Programme

        Manila, 8 June 2026

        Thursday, 4 June 2026 – Persianovsky
        - Visit to the plant quarantine laboratory of the agrarian university.
        - Meeting with the Deputy Minister of Agriculture.
        """
        let events = DocumentAnalyzer.analyze(text).events.filter { $0.date.iso == "2026-06-04" }.map(\.kind)
        #expect(events.contains("visit") && events.contains("meeting"))
    }
}

struct SessionTwelveSpeakerRuleTests {
    @Test func sheFallsBackToTheLastWomanNamedNotAPlaceShapedName() {
        let text = """
        Longhouse

        Ksenia Voronova first came to Sarawak in 2011. She has spent four years in longhouses along the Lemanak \
        and Batang Ai.

        Nicholas Miklouho-Maclay lived on the coast of New Guinea in the 1870s. “He had a warship to bring him,” \
        she recalled.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        let quote = analysis.quotes.first { $0.text.hasPrefix("He had a warship") }
        #expect(quote?.speakerIndex.map { analysis.entities[$0].name } == "Ksenia Voronova")
    }

    @Test func anakJoinsAnIbanName() {
        let analysis = DocumentAnalyzer.analyze("Longhouse\n\nThe headman, Tuai Rumah Jimbun anak Ngelai, welcomed the guests.")
        let person = analysis.entities.first { $0.type == .person && $0.aliases.contains { $0.hasSuffix("Jimbun anak Ngelai") } }
        #expect(person?.name == "Tuai Rumah Jimbun anak Ngelai" || person?.name == "Jimbun anak Ngelai")
    }

    @Test func aRussianReportingVerbBeforeANameMakesItAPersonAndTheSpeaker() {
        let text = """
        Роботы

        «Наш робот никогда не видел снега, – рассказал капитан тайской команды Наттхапон Чайясит. – Мы грели его \
        всю ночь». «Тайфун не знает границ», — сказала заведующая лабораторией Гидрометцентра Елена Тихомирова.

        Team captain Natthaphon Chaiyasit and Elena Tikhomirova spoke to reporters.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        let speakers = analysis.quotes.compactMap { $0.speakerIndex.map { analysis.entities[$0].name } }
        #expect(speakers.contains("Natthaphon Chaiyasit"))
        #expect(speakers.contains("Elena Tikhomirova"))
        #expect(analysis.entity(named: "Наттхапон Чайясит")?.name == "Natthaphon Chaiyasit")
    }

    @Test func skeletonsFoldThaiGermanAndGreekSpellings() {
        #expect(NameSkeleton.of("Наттхапон") == NameSkeleton.of("Natthaphon"))
        #expect(NameSkeleton.of("Шмидт") == NameSkeleton.of("Schmidt"))
        #expect(NameSkeleton.of("Филипп") == NameSkeleton.of("Philipp"))
        #expect(NameSkeleton.of("Чистякова") == NameSkeleton.of("Chistyakov"))
    }
}

struct SessionTwelveNameShapeTests {
    @Test func anOfficeHoldersPossessiveIsPartOfABodysName() {
        let analysis = DocumentAnalyzer.analyze("""
        Notes

        The Premier's Department approved it. The Prosecutor General's Office of the Russian Federation agreed. \
        Cambodia's Ministry of Health was told.
        """)
        #expect(analysis.entity(named: "Premier's Department")?.type == .organization)
        #expect(analysis.entity(named: "Prosecutor General's Office of the Russian Federation")?.type == .organization)
        #expect(analysis.entity(named: "Ministry of Health")?.type == .organization)
        #expect(analysis.entity(named: "Cambodia")?.type == .location)
    }

    @Test func particlesJoinPortugueseNamesAndAScholarOfACountryIsARole() {
        let analysis = DocumentAnalyzer.analyze("""
        Notes

        Foreign Minister Mariano da Silva Pinto met Joana dos Santos. The Indonesianist Vera Kotova spoke.
        """)
        let people = analysis.entities.filter { $0.type == .person }.map(\.name)
        #expect(people.contains("Mariano da Silva Pinto"))
        #expect(people.contains("Joana dos Santos"))
        #expect(people.contains("Vera Kotova"))
    }
}

struct SessionTwelveLateRuleTests {
    @Test func fieldsNamedByTheirEndingContinueAListedComplement() {
        let analysis = DocumentAnalyzer.analyze("""
        Notes

        The Institute of Geology of Ore Deposits, Petrography, Mineralogy and Geochemistry led it. The Department of \
        Fruit Growing, Viticulture and Winemaking hosted it.
        """)
        #expect(analysis.entity(named: "Institute of Geology of Ore Deposits, Petrography, Mineralogy and Geochemistry")?.type == .organization)
        #expect(analysis.entity(named: "Department of Fruit Growing, Viticulture and Winemaking")?.type == .organization)
        #expect(analysis.entity(named: "Winemaking") == nil)
    }

    @Test func aGivenNameLabellingTheAnswersNamesTheInterviewee() {
        let text = """
        “In Kazan I learned to listen”: a Lao medical student

        Interview by Nadezhda Vorontsova

        Phonevilay Sisouphanh, 24, studies medicine in Kazan.

        Q: Why Kazan?

        Phonevilay: Kazan was the scholarship.

        Q: How was the first year?

        Phonevilay: Hard. We had ten months of Russian.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        let headline = analysis.quotes.first { $0.text.hasPrefix("In Kazan") }
        #expect(headline?.speakerIndex.map { analysis.entities[$0].name } == "Phonevilay Sisouphanh")
    }

    @Test func aPronounFarIntoAParagraphFindsTheParagraphsSubject() {
        let text = """
        Doctor

        Interview by Nadezhda Vorontsova

        Phonevilay Sisouphanh, 24, grew up in Luang Prabang. She is now in the final year. In June she will sit the \
        examinations. Her brother studies law. “On my first morning the thermometer said minus 27,” she recalled.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        let quote = analysis.quotes.first { $0.text.hasPrefix("On my first morning") }
        #expect(quote?.speakerIndex.map { analysis.entities[$0].name } == "Phonevilay Sisouphanh")
    }
}

struct SessionTwelveAnonymousSubjectTests {
    @Test func aPronounAfterAnUnnamedSubjectHasNoSpeaker() {
        let text = """
        Potash

        Nguyen Van Thang, the plant's director, welcomed the cargo. A Singapore-based trader, who asked not to be \
        named because he deals with both companies, was more blunt. "The Russians want a shop window," he said.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        let quote = analysis.quotes.first { $0.text.hasPrefix("The Russians want") }
        #expect(quote != nil && quote?.speakerIndex == nil)
    }
}


/// Regressions found by the review of session 12's change: texts where a new rule misfired.
struct SessionTwelveReviewTests {
    @Test func companiesThatAreSurnamesDoNotEraseThePeople() {
        let analysis = DocumentAnalyzer.analyze("""
        Notes

        Eugene Kaspersky spoke in Singapore. Soviet ideologist Alexander Yakovlev visited Hanoi in 1987. \
        Andrei Tupolev designed it. A telegram arrived. Grab a seat, said the host.
        """)
        let people = analysis.entities.filter { $0.type == .person }.map(\.name)
        #expect(people.contains("Eugene Kaspersky") && people.contains("Alexander Yakovlev") && people.contains("Andrei Tupolev"))
        #expect(analysis.entity(named: "Grab") == nil)
    }

    @Test func aForumNamedWithItsYearKeepsTheYear() {
        let dates = DocumentAnalyzer.analyze("Forums\n\nA delegation attended SPIEF-2025. Vietnam took part in ARMY-2022.").dates
        #expect(Set(dates.map(\.start.iso)) == ["2025", "2022"])
    }

    @Test func mayBeforeACapitalisedWordIsAName() {
        let analysis = DocumentAnalyzer.analyze("Film\n\nThe documentary by May Thazin Aung opens in Yangon.")
        #expect(!analysis.dates.contains { $0.text == "May" })
    }

    @Test func aNamedSubjectHopingNotToBeLeftOutKeepsTheSpeaker() {
        let text = """
        Talks

        A Thai delegation led by Deputy Minister Somchai Jaidee arrived in Moscow, hoping not to be left out of the deal. \
        "We are ready," he said.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.quotes.first?.speakerIndex.map { analysis.entities[$0].name } == "Somchai Jaidee")
    }

    @Test func aWomanFromAnotherStoryDoesNotOutrankTheNearestPerson() {
        let text = """
        Students

        Maria Zakharova spoke in Moscow on Monday about student visas.

        Some students stay for years.

        Phonevilay Sisouphanh studies medicine in Kazan. The course is hard. The winters are long. The dormitory is cold.

        The canteen closes at seven. "I miss Vientiane," she said.
        """
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.quotes.first?.speakerIndex.map { analysis.entities[$0].name } == "Phonevilay Sisouphanh")
    }

    @Test func aListReachingAnotherBodysHeadEndsThere() {
        let analysis = DocumentAnalyzer.analyze("""
        Notes

        The Department of Agriculture, Customs and Border Guard inspected it. The Ministry of Home Affairs, Police and \
        Immigration agreed.
        """)
        #expect(analysis.entity(named: "Department of Agriculture")?.type == .organization)
        #expect(analysis.entity(named: "Ministry of Home Affairs")?.type == .organization)
    }

    @Test func aCapitalisedTriggerOpeningAnOrdinarySentenceIsNoHappening() {
        let events = DocumentAnalyzer.analyze("""
        News

        On 4 June 2026 the Russian delegation arrived in Hanoi. Signed decades ago, the old treaty still matters.
        """).events
        #expect(!events.contains { $0.kind == "signing" })
    }

    @Test func russianPlacesAndBodiesAreNoPeople() {
        let analysis = DocumentAnalyzer.analyze("""
        Новости

        Делегация посетила курорт Роза Хутор. Как сообщила Южная Корея, переговоры продолжатся.
        """)
        #expect(!analysis.entities.contains { $0.type == .person })
    }
}
