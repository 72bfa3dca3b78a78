import Testing
@testable import Extraction

struct CitationExtractorTests {
    @Test func referencesAreLinkedToTheirMarkers() {
        let text = """
        The SCO has four nuclear powers.1 ASEAN defined itself as “a regional association”.2 Power grew from 100 billion kWt of 2010.3

        Body text goes on without markers for a while so that the list is at the end.

          1. S.G. Luzyanin, Shanghai Cooperation Organization, Moscow, 2007, p. 84.
          2. Ibid., p. 108.
          3. URL: http://www.mid.ru (Retrieved on December 14, 2005.)
        """
        let analysis = DocumentAnalyzer.analyze(text)
        #expect(analysis.citations.map(\.number) == [1, 2, 3])
        #expect(analysis.citations.map { $0.markerSpans.count } == [1, 1, 1])
        #expect(analysis.citations.first?.text == "S.G. Luzyanin, Shanghai Cooperation Organization, Moscow, 2007, p. 84.")
        #expect(analysis.citations.last.map { slice(text, $0.markerSpans[0]) } == "3")
        #expect(analysis.figures.map(\.value) == [4, 100e9])   // the marker "1" is no figure
    }

    @Test func numberedListWithoutReferencesIsNotACitationList() {
        #expect(DocumentAnalyzer.analyze("1. First point.\n2. Second point.\n").citations.isEmpty)
    }
}
