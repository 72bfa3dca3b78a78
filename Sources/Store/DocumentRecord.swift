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
        paragraphTexts = Self.substrings(of: text, analysis.paragraphs.map(\.span))
        entityAliasesJSON = analysis.entities.map { JSONText.array($0.aliases) }
        termCountsText = TermCounts.encode(analysis.termCounts)
    }

    /// The text of each span (offsets in Unicode scalars, clamped to the text), cut from the UTF-8
    /// bytes: one pass finds where each scalar starts, then every substring is a byte copy, not a
    /// string built scalar by scalar.
    static func substrings(of text: String, _ spans: [TextSpan]) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var starts: [Int] = []
            starts.reserveCapacity(bytes.count + 1)
            for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
            starts.append(bytes.count)
            let count = starts.count - 1
            return spans.map { span in
                let start = max(0, min(span.start, count)), end = max(start, min(span.end, count))
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[start]..<starts[end]]), as: UTF8.self)
            }
        }
    }
}
