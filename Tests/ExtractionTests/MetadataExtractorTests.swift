import Testing
@testable import Extraction

struct MetadataExtractorTests {
    @Test func bylineTitleAndTrailingURL() {
        let text = """
        Discussing a new security architecture
        by Ksenia Muratshina on 13 Aug 2024 0 Comment

        The visit was important. It was long.

        Ksenia Muratshina, PhD in History, exclusively for the online magazine “New Eastern Outlook.”

        https://example.org/2024/08/09/discussing/
        """
        let m = DocumentAnalyzer.analyze(text).metadata
        #expect(m.title?.value == "Discussing a new security architecture")
        #expect(m.authors.map(\.value) == ["Ksenia Muratshina"])
        #expect(m.published?.value == PartialDate(year: 2024, month: 8, day: 13))
        #expect(m.publisher?.value == "New Eastern Outlook")
        #expect(m.url?.value == "https://example.org/2024/08/09/discussing/")
        #expect(m.language == "en")
        if let title = m.title { #expect(slice(text, title.span) == title.value) }
    }

    @Test func datelineStandaloneDateAuthorLineAndOutlet() {
        let text = """
        Asean does matter to Russia, a lot.

        Alexander Ivanov

        The Jakarta Post

        February 7, 2023

        JAKARTA – Completing my mission in Jakarta, I look back.
        """
        let m = DocumentAnalyzer.analyze(text).metadata
        #expect(m.title?.value == "Asean does matter to Russia, a lot.")
        #expect(m.authors.map(\.value) == ["Alexander Ivanov"])
        #expect(m.publisher?.value == "The Jakarta Post")
        #expect(m.published?.value.iso == "2023-02-07")
        #expect(m.dateline?.value == "JAKARTA")
    }

    @Test func russianHeaderOnEnglishTextIsNotTheTitle() {
        let text = "Новости Представительства\n\n\nOn the Online Roundtable 19-20 November 2020\n\nOn November 19-20, experts met. They talked at length about many things."
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.metadata.title?.value == "On the Online Roundtable 19-20 November 2020")
        #expect(analysis.paragraphs.map(\.language) == ["ru", "en", "en"])
        #expect(analysis.metadata.language == "en")
        #expect(analysis.metadata.authors.isEmpty)
        #expect(analysis.metadata.published == nil)
    }

    @Test func translatorAndNoTitleForAnAbstract() {
        let text = "Abstract. The author analyzes different eras of the partnership between Russia and the influential regional grouping of ASEAN over the last twenty years and much more text follows here to make it long enough to be body text rather than any kind of title at all.\n\nBody.\n\nTranslated by Terry Clay Fabian"
        let m = DocumentAnalyzer.analyze(text).metadata
        #expect(m.title == nil)
        #expect(m.translators.map(\.value) == ["Terry Clay Fabian"])
    }
}

struct MetadataVariantTests {
    @Test func labelledDateAuthorAndAgencyDateline() {
        let text = "Moscow hosts ASEAN envoys\n\nAuthor: Anna Petrova\nPublished: 12 March 2024\n\nMOSCOW, March 11 (TASS) – Envoys met in Moscow. They talked."
        let m = DocumentAnalyzer.analyze(text).metadata
        #expect(m.title?.value == "Moscow hosts ASEAN envoys")
        #expect(m.authors.map(\.value) == ["Anna Petrova"])
        #expect(m.published?.value.iso == "2024-03-12")
        #expect(m.dateline?.value == "MOSCOW")
    }

    @Test func documentWithoutAnyMetadata() {
        let text = "the text starts in lower case and never says who wrote it or when, and it has no dates at all"
        let m = DocumentAnalyzer.analyze(text).metadata
        #expect(m.authors.isEmpty && m.published == nil && m.dateline == nil && m.url == nil && m.publisher == nil)
    }
}

struct WriterRoleTests {
    @Test func theWriterIsGivesTheAuthorARole() {
        let text = "Asean matters\n\nAlexander Ivanov\n\nBody text is here. It goes on.\n\n— The writer is the Russian ambassador to ASEAN."
        let author = DocumentAnalyzer.analyze(text).entity(named: "Alexander Ivanov")
        #expect(author?.roles.map(\.title) == ["the Russian ambassador to ASEAN"])
    }
}
