import Testing
@testable import Extraction

struct FigureExtractorTests {
    struct Expected: Sendable, CustomStringConvertible {
        var text: String
        var value: Double
        var unit: String
        var qualifier: String? = nil
        var year: Int? = nil
        var valueMax: Double? = nil
        var description: String { text }
    }

    @Test(arguments: [
        Expected(text: "Trade reached $17.5 billion in 2013.", value: 17.5e9, unit: "USD", year: 2013),
        Expected(text: "Its overall GDP is greater than $2.3 trillion.", value: 2.3e12, unit: "USD", qualifier: "greater than"),
        Expected(text: "Russia contributed USD 1 million this year.", value: 1e6, unit: "USD"),
        Expected(text: "The fund received 1.5 billion roubles.", value: 1.5e9, unit: "RUB"),
        Expected(text: "The share could reach 45%-50% by the year 2025.", value: 45, unit: "percent", year: 2025, valueMax: 50),
        Expected(text: "It has a population of more than 650 million people.", value: 650e6, unit: "people", qualifier: "more than"),
        Expected(text: "More than 50 experts took part.", value: 50, unit: "experts", qualifier: "more than"),
        Expected(text: "Trade amounted to about US$20 billion in 2019.", value: 20e9, unit: "USD", qualifier: "about", year: 2019),
        Expected(text: "Visitors numbered 2,000 tourists.", value: 2000, unit: "tourists"),
    ])
    func findsFigures(expected: Expected) {
        let figures = DocumentAnalyzer.analyze(expected.text).figures
        #expect(figures.count == 1)
        guard let figure = figures.first else { return }
        #expect(figure.value == expected.value)
        #expect(figure.unit == expected.unit)
        #expect(figure.qualifier == expected.qualifier)
        #expect(figure.year == expected.year)
        #expect(figure.valueMax == expected.valueMax)
    }

    @Test func yearsDatesOrdinalsAndReferencesAreNotFigures() {
        let text = "In 2013, on 13 August 2024, the 24th meeting and the 5th Conference (see No. 5, p. 84) lasted 15 years with COVID-19 and two sides."
        #expect(DocumentAnalyzer.analyze(text).figures.isEmpty)
    }

    /// One unpunctuated "sentence" with hundreds of figures and years: a figure late in it still finds the year
    /// right after it (dates are looked up by position, not among the sentence's first few).
    @Test func figuresInAHugeSentenceFindTheirYears() {
        let units = (0..<300).map { i in "trade reached $\(i + 1) billion in \(1950 + i % 70) and" }
        let analysis = DocumentAnalyzer.analyze(units.joined(separator: " ") + " grew.")
        #expect(analysis.sentences.count == 1)
        #expect(analysis.figures.map(\.value) == (1...300).map { Double($0) * 1e9 })
        #expect(analysis.figures.map(\.year) == (0..<300).map { 1950 + $0 % 70 })
    }
}
