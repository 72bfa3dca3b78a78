import Extraction

/// A document ready to be saved: the file's identity plus what the extractor found in it.
/// The strings its rows store (paragraph texts, alias lists, term counts) are built here, in the
/// initialiser, so the importer builds them on its analysis threads rather than its one writer.
public struct DocumentRecord: Sendable {
    public let source: String
    public let contentHash: String
    public let sizeBytes: Int
    /// The stored text: no BOM, LF line endings. All spans index into it.
    public let text: String
    public let analysis: DocumentAnalysis
    let paragraphTexts: [String]
    let entityAliasesJSON: [String]
    let termCountsText: String

    public init(source: String, contentHash: String, sizeBytes: Int, text: String, analysis: DocumentAnalysis) {
        self.source = source; self.contentHash = contentHash; self.sizeBytes = sizeBytes
        self.text = text; self.analysis = analysis
        let scalars = Array(text.unicodeScalars)
        paragraphTexts = analysis.paragraphs.map { Self.substring(of: scalars, $0.span) }
        entityAliasesJSON = analysis.entities.map { JSONText.array($0.aliases) }
        termCountsText = TermCounts.encode(analysis.termCounts)
    }

    private static func substring(of scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        let start = max(0, min(span.start, scalars.count)), end = max(start, min(span.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
