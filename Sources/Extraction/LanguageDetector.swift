/// Tells English from Russian by script: a span whose letters are mostly Cyrillic is "ru", mostly
/// Latin is "en", and one without letters is "und".
enum LanguageDetector {
    struct Counts { var latin = 0; var cyrillic = 0 }

    static func counts(_ text: ScalarText, _ span: TextSpan) -> Counts {
        var counts = Counts()
        for i in span.start..<span.end {
            let c = text[i]
            if Scalars.isCyrillic(c) { counts.cyrillic += 1 }
            else if Scalars.isLatinLetter(c) { counts.latin += 1 }
        }
        return counts
    }

    static func language(_ counts: Counts) -> String {
        if counts.latin == 0 && counts.cyrillic == 0 { return "und" }
        return counts.cyrillic > counts.latin ? "ru" : "en"
    }

    /// Labels each paragraph and returns the document's language (by letter count over all paragraphs).
    static func label(_ paragraphs: inout [ParagraphInfo], in text: ScalarText) -> String {
        var total = Counts()
        for i in paragraphs.indices {
            let counts = counts(text, paragraphs[i].span)
            paragraphs[i].language = language(counts)
            total.latin += counts.latin
            total.cyrillic += counts.cyrillic
        }
        return language(total)
    }
}
