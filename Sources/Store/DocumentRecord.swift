import Extraction

/// A document ready to be saved: the file's identity plus what the extractor found in it.
public struct DocumentRecord: Sendable {
    public var source: String
    public var contentHash: String
    public var sizeBytes: Int
    /// The stored text: no BOM, LF line endings. All spans index into it.
    public var text: String
    public var analysis: DocumentAnalysis

    public init(source: String, contentHash: String, sizeBytes: Int, text: String, analysis: DocumentAnalysis) {
        self.source = source; self.contentHash = contentHash; self.sizeBytes = sizeBytes
        self.text = text; self.analysis = analysis
    }
}
