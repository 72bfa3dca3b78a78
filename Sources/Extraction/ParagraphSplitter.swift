/// Splits text into paragraphs: runs of non-blank lines separated by blank lines (whitespace-only
/// lines count as blank). Spans exclude surrounding whitespace.
public enum ParagraphSplitter {
    public static func paragraphs(in text: String) -> [ParagraphInfo] {
        var result: [ParagraphInfo] = []
        var start: Int? = nil       // first non-space scalar of the current paragraph
        var lastContent = 0         // end of the last non-space scalar
        var lineHasContent = false
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !lineHasContent, let s = start {
                    result.append(ParagraphInfo(span: TextSpan(start: s, end: lastContent), language: "und"))
                    start = nil
                }
                lineHasContent = false
            } else if !Scalars.isSpace(scalar) {
                if start == nil { start = offset }
                lineHasContent = true
                lastContent = offset + 1
            }
            offset += 1
        }
        if let s = start { result.append(ParagraphInfo(span: TextSpan(start: s, end: lastContent), language: "und")) }
        return result
    }
}
