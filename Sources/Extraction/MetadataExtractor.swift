/// Reads document-level facts from the text itself: the title line, bylines ("by X on 13 Aug 2024"),
/// stand-alone author and outlet lines, a date line, a dateline ("JAKARTA – …"), "Translated by …",
/// a trailing URL line and "for the online magazine “X”". Anything not found stays nil.
enum MetadataExtractor {
    struct Line {
        var span: TextSpan
        var text: String
    }

    static let publicationWords: Set<String> = [
        "post", "times", "review", "journal", "gazette", "herald", "tribune", "daily", "magazine", "outlook", "news",
        "observer", "chronicle", "globe", "star", "mail", "telegraph", "insider", "diplomat", "today", "agency",
        "club", "weekly", "monitor", "express", "inquirer", "nation", "standard", "sun", "record", "quarterly", "monthly",
        "newswire", "wire", "bulletin", "courier", "digest", "press", "dispatch", "report", "reporter", "online",
        "ledger", "sentinel", "chronicle", "mirror", "examiner", "gazette", "voice", "letter", "brief", "insight",
    ]

    /// The first `head` and last `tail` non-empty lines (trimmed), in text order, without duplicates:
    /// a 1 MB single-line text costs one pass.
    static func lines(_ text: ScalarText, head: Int, tail: Int) -> (head: [Line], tail: [Line]) {
        let s = text.scalars
        var first: [Line] = []
        var start = 0
        var i = 0
        while i <= s.count, first.count < head {
            if i == s.count || s[i] == "\n" {
                let span = text.trimmed(start, i)
                if span.start < span.end { first.append(Line(span: span, text: text.string(span))) }
                start = i + 1
            }
            i += 1
        }
        var last: [Line] = []
        var end = s.count
        var k = s.count - 1
        let floor = first.last?.span.end ?? 0
        while k >= floor - 1, last.count < tail {
            if k < floor || s[k] == "\n" {
                let span = text.trimmed(max(k + 1, floor), end)
                if span.start < span.end { last.append(Line(span: span, text: text.string(span))) }
                end = k
                if k < floor { break }
            }
            k -= 1
        }
        let headSpans = Set(first.map { $0.span.start })
        return (first, last.reversed().filter { !headSpans.contains($0.span.start) })
    }

    static func extract(_ c: AnalysisContext, dates: [DateExtractor.Raw], urls: [TextSpan], language: String) -> DocumentMetadata {
        var metadata = DocumentMetadata(language: language)
        // Only the head and tail of a long text are read: a 1 MB single line costs one pass.
        let (head, tail) = lines(c.text, head: 14, tail: 8)

        func dateCovering(_ line: Line) -> DateExtractor.Raw? {
            dates.first { raw in
                let span = c.spanOf(tokens: raw.first, raw.last)
                return span.start >= line.span.start && span.end <= line.span.end && !raw.needsYear && raw.start.day != nil
            }
        }
        func isDateLine(_ line: Line) -> Bool {
            guard let raw = dateCovering(line) else { return false }
            let span = c.spanOf(tokens: raw.first, raw.last)
            var letters = 0
            for i in line.span.start..<line.span.end where i < span.start || i >= span.end {
                if Scalars.isLetter(c.text[i]) { letters += 1 }
            }
            if letters <= 3 { return true }
            // "Published: 12 March 2024", "Updated 3 May 2024 14:05", "Дата: 27.09.2024"
            let label = line.text.prefix(12).lowercased()
            return span.start - line.span.start <= 14
                && ["published", "posted", "updated", "date", "дата", "опубликовано"].contains { label.hasPrefix($0) }
        }
        func startsWithBy(_ line: Line) -> Int? {
            let lowered = line.text.prefix(14).lowercased()
            for prefix in ["by ", "reporting by ", "written by ", "posted by ", "interview by ", "text by ", "author: ", "authors: ", "автор: "] where lowered.hasPrefix(prefix) {
                return line.span.start + prefix.count
            }
            return nil
        }

        // Title: the first line in the document's language, unless it is a byline, a date or body text.
        for line in head.prefix(4) {
            // "Eurasia Business Review | Transport & Logistics", "The Manila Sentinel | March 5, 2026": the outlet's header.
            if let bar = outletPart(line), publicationWords.contains(bar.split(separator: " ").last.map { $0.lowercased() } ?? "") { continue }
            let counts = LanguageDetector.counts(c.text, line.span)
            if language == "en", counts.cyrillic > 0 { continue }
            if isDateLine(line) || startsWithBy(line) != nil || line.text.hasPrefix("http") { break }
            let words = line.text.utf8.reduce(1) { $0 + ($1 == 32 ? 1 : 0) }
            if line.span.end - line.span.start <= 250, words <= 30, !line.text.prefix(9).lowercased().hasPrefix("abstract") {
                metadata.title = Evidenced(line.text, span: line.span)
            }
            break
        }

        // Bylines and the date line.
        for line in head {
            if let nameStart = startsWithBy(line) {
                for name in names(c, from: nameStart, to: line.span.end) where !metadata.authors.contains(where: { $0.value == name.value }) {
                    metadata.authors.append(name)
                }
                if metadata.published == nil, let raw = dateCovering(line) {
                    metadata.published = Evidenced(raw.start, span: c.spanOf(tokens: raw.first, raw.last))
                }
                continue
            }
            if metadata.published == nil, isDateLine(line), let raw = dateCovering(line) {
                metadata.published = Evidenced(raw.start, span: c.spanOf(tokens: raw.first, raw.last))
                continue
            }
            if line.span == metadata.title?.span { continue }
            // "Mekong Monthly · Culture · 12 October 2026": the outlet's header with a section and the date.
            // ("Anna Petrova · 5 min read · 12 October 2026" names an author, not an outlet.)
            if let outlet = outletPart(line), let raw = dateCovering(line), !outlet.isEmpty,
               !isNameRun(c, from: line.span.start, to: line.span.start + outlet.unicodeScalars.count),
               outlet.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || ["of", "and", "the", "&"].contains($0) }) {
                if metadata.published == nil { metadata.published = Evidenced(raw.start, span: c.spanOf(tokens: raw.first, raw.last)) }
                if metadata.publisher == nil {
                    metadata.publisher = Evidenced(outlet, span: TextSpan(start: line.span.start, end: line.span.start + outlet.unicodeScalars.count))
                }
                continue
            }
            // "The Jakarta Post", "Jakarta Review, 22 May 2025"
            // Character-level splitting is slow on paragraph-long lines; outlets and names are short.
            guard line.span.end - line.span.start <= 120 else { continue }
            let beforeComma = outletPart(line) ?? line.text.split(separator: ",", maxSplits: 1).first.map(String.init) ?? line.text
            let words = beforeComma.split(separator: " ")
            // "Jakarta Review", or any short capitalised name followed by the date: "Selat Policy Brief, 3 May 2025".
            let datedAfterComma = beforeComma.count + 1 < line.text.count && isDateLine(Line(
                span: TextSpan(start: line.span.start + beforeComma.unicodeScalars.count + 1, end: line.span.end),
                text: String(line.text.dropFirst(beforeComma.count + 1))))
            if metadata.publisher == nil || (metadata.published == nil && datedAfterComma), words.count >= 1, words.count <= 6,
               (words.count >= 2 && words.last.map { publicationWords.contains($0.lowercased()) } == true) || datedAfterComma,
               words.allSatisfy({ $0.first?.isUppercase == true || ["of", "and", "for", "on", "the", "&"].contains($0) }) {
                let span = TextSpan(start: line.span.start, end: line.span.start + beforeComma.unicodeScalars.count)
                if metadata.publisher == nil { metadata.publisher = Evidenced(beforeComma, span: span) }
                if metadata.published == nil, let raw = dateCovering(line) {
                    metadata.published = Evidenced(raw.start, span: c.spanOf(tokens: raw.first, raw.last))
                }
                continue
            }
            // A line that is only people's names: "Alexander Ivanov", "A B and C D"
            if words.count >= 2, line.text.count < 90, isNameLine(c, line) {
                for name in names(c, from: line.span.start, to: line.span.end) where !metadata.authors.contains(where: { $0.value == name.value }) {
                    metadata.authors.append(name)
                }
            }
        }

        // Dateline: "JAKARTA – Completing my mission…"
        for paragraph in c.paragraphs.prefix(15) {
            guard let place = dateline(c.text, paragraph.span) else { continue }
            metadata.dateline = place
            // "BANGKOK, 14 May 2025 (Southeast Asia Wire) –": the date and the agency between the place and the dash.
            var dash = place.span.end
            while dash < paragraph.span.end, dash - place.span.end < 60, !(Scalars.isDash(c.text[dash]) && c.text[dash - 1] == " ") { dash += 1 }
            guard dash < paragraph.span.end, dash - place.span.end < 60 else { break }
            let tail = Line(span: TextSpan(start: place.span.end, end: dash), text: c.text.string(place.span.end, dash))
            if metadata.published == nil, let raw = dateCovering(tail) {
                metadata.published = Evidenced(raw.start, span: c.spanOf(tokens: raw.first, raw.last))
            }
            // "JAKARTA, Oct 7 (Java Sea Wire) –": the year comes from the story.
            if metadata.published == nil, let raw = dates.first(where: { raw in
                let span = c.spanOf(tokens: raw.first, raw.last)
                return span.start >= tail.span.start && span.end <= tail.span.end && raw.needsYear && raw.relativeYear == nil
                    && raw.weekday == nil && raw.end == nil && raw.start.day != nil
            }), let month = raw.start.month, let day = raw.start.day,
               let year = DateExtractor.datelineYear(month: month, day: day, raws: dates, in: c) {
                metadata.published = Evidenced(PartialDate(year: year, month: month, day: day), span: c.spanOf(tokens: raw.first, raw.last))
            }
            if metadata.publisher == nil, let open = (tail.span.start..<tail.span.end).first(where: { c.text[$0] == "(" }),
               let close = (open..<tail.span.end).first(where: { c.text[$0] == ")" }), close - open > 2,
               Scalars.isUpper(c.text[open + 1]), (open + 1..<close).contains(where: { Scalars.isLower(c.text[$0]) || c.text[$0] == " " }) {
                let agency = c.text.trimmed(open + 1, close)
                metadata.publisher = Evidenced(c.text.string(agency), span: agency)
            }
            break
        }

        // Translators, the outlet named in a closing credit, the source URL.
        for line in head + tail {
            // "Translated by X", "Перевод с русского: Ирина Колесникова / Translated by Irina Kolesnikova"
            for name in translators(c, line) where !metadata.translators.contains(where: { $0.value == name.value }) {
                metadata.translators.append(name)
            }
            if metadata.publisher == nil, line.span.end - line.span.start < 600, containsBytes(line.text, "for the "),
               let outlet = creditedOutlet(c, line) { metadata.publisher = outlet }
        }
        if let urlLine = (head + tail).last(where: { line in urls.contains { $0.start == line.span.start && $0.end >= line.span.end - 1 } }),
           let span = urls.first(where: { $0.start == urlLine.span.start }) {
            metadata.url = Evidenced(c.text.string(span), span: span)
        }
        if metadata.publisher == nil, let outlet = toldOutlet(c) { metadata.publisher = outlet }
        return metadata
    }

    /// Person names in a byline tail: "Ksenia Muratshina on 13 Aug 2024", "A and B", "X; editing by Y".
    static func names(_ c: AnalysisContext, from start: Int, to end: Int) -> [Evidenced<String>] {
        var result: [Evidenced<String>] = []
        var i = c.tokenIndex(atOrAfter: start)
        var nameStart: Int? = nil
        var nameEnd = 0
        func flush() {
            if let first = nameStart {
                let span = c.spanOf(tokens: first, nameEnd)
                result.append(Evidenced(c.text.string(span), span: span))
            }
            nameStart = nil
        }
        while i < c.count, c.tokens[i].start < end {
            let token = c.tokens[i]
            if token.kind == .word, token.isCapitalized || (nameStart != nil && ["bin", "binti", "van", "von", "de"].contains(c.lower[i])) {
                if nameStart == nil { nameStart = i }
                nameEnd = i
            } else if token.kind == .punctuation, c.words[i] == ".", nameStart != nil, c.adjacent(i - 1, i) {
                nameEnd = i
            } else if c.isDash(i), nameStart != nil, c.adjacent(i - 1, i), c.adjacent(i, i + 1), c.isWord(i + 1) {
                // "Mary-Jane", "Anna-Maria"
                nameEnd = i
            } else if token.kind == .word, c.lower[i] == "and" {
                flush()
            } else if token.kind == .punctuation, c.words[i] == "," || c.words[i] == "&" {
                flush()
            } else {
                break
            }
            i += 1
        }
        flush()
        return result
    }

    /// "Translated by X", "Перевод с русского: Ирина Колесникова / Translated by Irina Kolesnikova": the translators named.
    static func translators(_ c: AnalysisContext, _ line: Line) -> [Evidenced<String>] {
        guard ["ranslat", "еревод", "еревел", "еревёл"].contains(where: { containsBytes(line.text, $0) }) else { return [] }
        let lowered = Array(line.text.unicodeScalars.prefix(120).map { Scalars.isUpper($0) ? (Unicode.Scalar(Character($0).lowercased()) ?? $0) : $0 })
        var result: [Evidenced<String>] = []
        for marker in ["translated by ", "translation by ", "перевод с русского: ", "перевод: ", "перевела ", "перевёл "] {
            let pattern = Array(marker.unicodeScalars)
            guard lowered.count >= pattern.count,
                  let at = (0...(lowered.count - pattern.count)).first(where: { lowered[$0..<($0 + pattern.count)].elementsEqual(pattern) }) else { continue }
            result += names(c, from: line.span.start + at + pattern.count, to: line.span.end)
        }
        return result
    }

    /// The text before " | " in a header line ("The Jakarta Ledger | Opinion"), when there is one.
    static func outletPart(_ line: Line) -> String? {
        let scalars = Array(line.text.unicodeScalars)
        guard scalars.count < 120, let bar = scalars.indices.dropFirst().first(where: {
            (scalars[$0] == "|" || scalars[$0] == "·" || scalars[$0] == "•") && scalars[$0 - 1] == " " }) else { return nil }
        return String(String.UnicodeScalarView(scalars[..<(bar - 1)]))
    }

    /// A line that is only names of people: "Alexander Ivanov", "Siti Aminah Yusof and Ong Boon Hwa".
    static func isNameLine(_ c: AnalysisContext, _ line: Line) -> Bool {
        if LanguageDetector.counts(c.text, line.span).cyrillic > 0 { return false }
        return isNameRun(c, from: line.span.start, to: line.span.end)
    }
    static func isNameRun(_ c: AnalysisContext, from start: Int, to end: Int) -> Bool {
        var i = c.tokenIndex(atOrAfter: start)
        var words = 0
        while i < c.count, c.tokens[i].start < end {
            if words >= 2, c.lower[i] == "and" || c.words[i] == "&" || c.words[i] == ",", i + 1 < c.count, c.tokens[i + 1].start < end {
                return isNameRun(c, from: c.tokens[i + 1].start, to: end)
            }
            guard c.tokens[i].kind == .word, c.tokens[i].isCapitalized, !c.tokens[i].isAllCaps else { return false }
            let lower = c.lower[i]
            if Lexicon.commonCapitalized.contains(lower) || Lexicon.organizationHeads.contains(lower)
                || Lexicon.titleWords.contains(lower) || Lexicon.demonyms.contains(lower) || Gazetteer.index[lower] != nil
                || c.lowercaseSeen.contains(lower) || (words == 0 && CommonWords.contains(lower)) { return false }
            words += 1
            i += 1
        }
        return words >= 2
    }

    static func dateline(_ text: ScalarText, _ span: TextSpan) -> Evidenced<String>? {
        var i = span.start
        var lastLetter = span.start
        var letters = 0
        while i < span.end, i - span.start < 40 {
            let ch = text[i]
            if Scalars.isLetter(ch) {
                guard Scalars.isUpper(ch) else { return nil }
                letters += 1
                lastLetter = i + 1
            } else if ch == ",", letters >= 3 {
                // "MOSCOW, Nov 3 (Reuters) – …": the place is what comes before the comma, if a dash follows soon.
                var k = i + 1
                // ("KRABI, Thailand, Nov 4 (Andaman Business Wire) –": a country and a long agency name fit.)
                while k < span.end, k - i < 64, !(Scalars.isDash(text[k]) && text[k - 1] == " ") { k += 1 }
                guard k < span.end, k - i < 64 else { return nil }
                let place = text.trimmed(span.start, i)
                return Evidenced(text.string(place), span: place)
            } else if ch == " " || ch == "." || ch == "-" && i + 1 < span.end && text[i + 1] != " " {
                // part of the place
            } else if Scalars.isDash(ch), i > span.start, text[i - 1] == " ", letters >= 3 {
                // Place ends at the first comma ("MOSCOW, Oct 3 –").
                var end = lastLetter
                for k in span.start..<lastLetter where text[k] == "," { end = k; break }
                let place = text.trimmed(span.start, end)
                return Evidenced(text.string(place), span: place)
            } else {
                return nil
            }
            i += 1
        }
        return nil
    }

    /// Byte-level substring test (String.contains works on Characters, which is slow on long lines).
    static func containsBytes(_ text: String, _ pattern: String) -> Bool {
        let t = Array(text.utf8), p = Array(pattern.utf8)
        guard t.count >= p.count, let first = p.first else { return false }
        for start in 0...(t.count - p.count) where t[start] == first {
            var k = 1
            while k < p.count, t[start + k] == p[k] { k += 1 }
            if k == p.count { return true }
        }
        return false
    }

    /// "… exclusively for the online magazine “New Eastern Outlook.”"
    static func creditedOutlet(_ c: AnalysisContext, _ line: Line) -> Evidenced<String>? {
        let lowered = Array(line.text.lowercased().unicodeScalars)
        func find(_ pattern: String) -> Int? {
            let p = Array(pattern.unicodeScalars)
            guard lowered.count >= p.count else { return nil }
            for start in 0...(lowered.count - p.count) where lowered[start] == p[0] {
                if Array(lowered[start..<(start + p.count)]) == p { return start + p.count }
            }
            return nil
        }
        for kind in ["magazine", "newspaper", "journal", "website", "portal", "outlet"] {
            guard let found = find("for the online \(kind) ") ?? find("for the \(kind) "),
                  lowered.count == line.span.end - line.span.start else { continue }
            let offset = line.span.start + found
            guard offset < line.span.end, Scalars.isOpeningQuote(c.text[offset]) else { continue }
            var end = offset + 1
            while end < line.span.end, !["”", "\"", "»"].contains(Character(c.text[end])) { end += 1 }
            var valueEnd = end
            while valueEnd > offset + 1, [".", ",", " "].contains(Character(c.text[valueEnd - 1])) { valueEnd -= 1 }
            guard valueEnd > offset + 1 else { continue }
            let span = TextSpan(start: offset + 1, end: valueEnd)
            return Evidenced(c.text.string(span), span: span)
        }
        return nil
    }

    /// "… told valdaiclub.com in an interview"
    static func toldOutlet(_ c: AnalysisContext) -> Evidenced<String>? {
        for i in 0..<min(c.count, 400) where c.lower[i] == "told" && c.isWord(i + 1) {
            // A domain name: word "." word with no spaces.
            var j = i + 1
            while j + 2 < c.count, c.adjacent(j, j + 1), c.words[j + 1] == ".", c.adjacent(j + 1, j + 2), c.isWord(j + 2) { j += 2 }
            if j > i + 1 {
                let span = c.spanOf(tokens: i + 1, j)
                return Evidenced(c.text.string(span), span: span)
            }
        }
        return nil
    }
}
