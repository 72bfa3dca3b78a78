@testable import Extraction

/// The text a span points at.
func slice(_ text: String, _ span: TextSpan) -> String {
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[span.start..<span.end])
    return String(view)
}

/// The speaker of each quotation found in `text`, by entity name (nil when none).
func quoteSpeakers(_ text: String) -> [String?] {
    let analysis = DocumentAnalyzer.analyze(text)
    return analysis.quotes.map { $0.speakerIndex.map { analysis.entities[$0].name } }
}

extension DocumentAnalysis {
    func entity(named name: String) -> EntityInfo? { entities.first { $0.name == name || $0.aliases.contains(name) } }
    func sentenceTexts(_ text: String) -> [String] { sentences.map { slice(text, $0.span) } }
    /// The names of the entities of one type.
    func names(of type: EntityType) -> [String] { entities.filter { $0.type == type }.map(\.name) }
}
