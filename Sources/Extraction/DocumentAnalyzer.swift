/// Entry point of the extraction module: text in, `DocumentAnalysis` out. Pure: no I/O.
public enum DocumentAnalyzer {
    /// `text` is the stored text: no byte-order mark, LF line endings.
    public static func analyze(_ text: String) -> DocumentAnalysis {
        DocumentAnalysis(paragraphs: ParagraphSplitter.paragraphs(in: text))
    }
}
