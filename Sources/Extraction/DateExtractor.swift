/// Finds date expressions and normalises them: "December 13, 2005", "13 Aug 2024", "19-20 November 2020",
/// "November 19-20", "2005-2015", "in 2004", "the end of 2021", "06.01.23", "1990s", "25 сентября 2024 года",
/// and "July 26" / "next year" with the year inferred from context or the document's date.
public enum DateExtractor {
    /// Convenience for tests and callers holding only text: no publication date is known.
    public static func mentions(in text: String, published: PartialDate? = nil) -> [DateMention] {
        let scalars = ScalarText(text)
        let paragraphs = ParagraphSplitter.paragraphs(in: text)
        let sentences = SentenceSplitter.sentences(in: scalars, paragraphs: paragraphs)
        let context = AnalysisContext(text: scalars, paragraphs: paragraphs, sentences: sentences)
        return resolve(scan(context), in: context, published: published)
    }

    /// A date expression before its missing year is filled in.
    struct Raw {
        var first: Int
        var last: Int
        var start: PartialDate
        var end: PartialDate?
        var qualifier: String?
        var needsYear = false
        /// "this year" = 0, "next year" = 1, "last year" = -1.
        var relativeYear: Int?
        var isDecade = false
        /// "on Thursday" (1 = Monday … 7 = Sunday), dated from the document's day: -1 the one before, +1 the one after,
        /// 0 by the sentence's tense.
        var weekday: Int?
        var weekdayDirection = 0
        /// "this month" = 0, "next month" = 1, "last month" = -1: counted from the publication date.
        var relativeMonth: Int?
        /// "the same day" = 0, "the following day" = 1, "the previous day" = -1: counted from the date before it.
        var relativeDay: Int?
        /// "last October" = -1, "next March" = 1, "this June" = 0: that month before or after the publication date.
        var monthDirection: Int?

        /// Told by its calendar words alone: no year, month, weekday or day counted from another date, and no decade.
        var isCalendarDate: Bool {
            relativeYear == nil && weekday == nil && relativeMonth == nil && relativeDay == nil && monthDirection == nil && !isDecade
        }
    }

    static let weekdays = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
                           "понедельник": 1, "вторник": 2, "среду": 3, "четверг": 4, "пятницу": 5, "субботу": 6, "воскресенье": 7]

    static func scan(_ c: AnalysisContext) -> [Raw] {
        var result: [Raw] = []
        var i = 0
        let n = c.count
        while i < n {
            if c.excluded[i] || c.tokens[i].kind == .punctuation { i += 1; continue }
            if var raw = match(c, at: i) {
                attachQualifier(c, &raw)
                if let previous = result.last, let merged = joinedRange(c, previous, raw) {
                    result[result.count - 1] = merged
                } else {
                    if let previous = result.last, let year = sharedYear(c, previous, raw) {
                        result[result.count - 1].start.year = year
                        result[result.count - 1].needsYear = false
                    }
                    result.append(raw)
                }
                i = raw.last + 1
            } else {
                i += 1
            }
        }
        return result
    }

    /// "in October and November 1955": the year of a bare month `a` coordinated with a dated month `b`.
    static func sharedYear(_ c: AnalysisContext, _ a: Raw, _ b: Raw) -> Int? {
        guard a.needsYear, !b.needsYear, a.end == nil, b.end == nil, a.isCalendarDate, b.first == a.last + 2,
              ["and", "or", "и", "или"].contains(c.lower[a.last + 1]), a.start.day == nil, b.start.day == nil,
              let month = a.start.month, let later = b.start.month else { return nil }
        return month <= later ? b.start.year : b.start.year - 1
    }

    /// "с 2 сентября 2025 года по 27 февраля 2026 года", "between September 2025 and February 2026", "С апреля по
    /// декабрь 2025 года": two dates of the same precision told as the two ends of one span.
    static func joinedRange(_ c: AnalysisContext, _ a: Raw, _ b: Raw) -> Raw? {
        guard a.end == nil, b.end == nil, a.first > 0, b.first == a.last + 2, a.isCalendarDate, b.isCalendarDate,
              let opening = Optional(c.lower[a.first - 1]), let joint = Optional(c.lower[a.last + 1]),
              (["с", "со"].contains(opening) && ["по", "до"].contains(joint)) || (opening == "between" && joint == "and")
                || (opening == "from" && ["to", "until", "till", "through"].contains(joint)),
              (a.start.month == nil) == (b.start.month == nil), (a.start.day == nil) == (b.start.day == nil),
              a.start.month != nil, !b.needsYear,
              // ("postponed from 12 March to 20 April": two dates, not one span.)
              !(max(0, a.first - 4)..<(a.first - 1)).contains(where: { reschedulingWords.contains(c.lower[$0]) }) else { return nil }
        var merged = a
        merged.last = b.last
        merged.end = b.start
        if a.needsYear, let month = a.start.month, let endMonth = b.start.month {
            merged.start.year = month <= endMonth ? b.start.year : b.start.year - 1
            merged.needsYear = false
        }
        guard (merged.start.year, merged.start.month ?? 0, merged.start.day ?? 0) < (b.start.year, b.start.month ?? 0, b.start.day ?? 0)
        else { return nil }
        return merged
    }

    // MARK: - Patterns

    /// First letters of month names (English and Russian, any case): most words need no dictionary lookup.
    static let monthInitials: Set<Unicode.Scalar> = Set("JFMASONDjfmasondЯФМАИСОНДяфмаисонд".unicodeScalars)

    static func month(_ c: AnalysisContext, _ i: Int) -> Int? {
        guard c.isWord(i) else { return nil }
        let length = c.tokens[i].end - c.tokens[i].start
        guard length >= 3, length <= 9, monthInitials.contains(c.text[c.tokens[i].start]),
              let m = Lexicon.months[c.lower[i]] else { return nil }
        if c.lower[i] == "may" || c.lower[i] == "mar" || c.lower[i] == "dec" || c.lower[i] == "jan" {
            guard c.tokens[i].isCapitalized else { return nil }
        }
        // "Aug" needs no full stop, but lowercase English month names are not dates ("march" the verb).
        if Scalars.isLatinLetter(c.text[c.tokens[i].start]), !c.tokens[i].isCapitalized { return nil }
        return m
    }
    static func day(_ c: AnalysisContext, _ i: Int) -> Int? {
        guard c.isNumber(i), c.tokens[i].end - c.tokens[i].start <= 2, !c.excluded[i], let v = c.numberValue(i),
              v >= 1, v <= 31 else { return nil }
        return v
    }
    /// Index after an optional ordinal suffix ("13th").
    static func skipOrdinal(_ c: AnalysisContext, _ i: Int) -> Int {
        if c.isWord(i), c.adjacent(i - 1, i), ["th", "st", "nd", "rd"].contains(c.lower[i]) { return i + 1 }
        return i
    }
    static func year(_ c: AnalysisContext, _ i: Int) -> Int? {
        guard c.isNumber(i), !c.excluded[i], c.tokens[i].end - c.tokens[i].start == 4, let v = c.numberValue(i),
              v >= 1000, v <= 2100 else { return nil }
        // Before 1800 a four-digit number is a year only where it reads as one: "в 1714 году", "in 1714," — not "1500 villages".
        if v < 1800 {
            let yearWord = ["году", "года", "год", "годах", "г"].contains { c.lowerIs(i + 1, $0) }
            let closes = i + 1 >= c.count || [",", ".", ";", ")"].contains { c.isPunctuation(i + 1, $0) }
            guard yearWord || (closes && i > 0 && ["in", "since", "by", "until"].contains(c.lower[i - 1])) else { return nil }
        }
        // Not money, a page, a decimal or a thousands group.
        if i > 0, c.tokens[i - 1].kind == .punctuation, c.adjacent(i - 1, i) {
            let p = c.text[c.tokens[i - 1].start]
            if p == "$" || p == "#" || p == "€" || p == "£" || p == "." || p == "," { return nil }
        }
        // Part of a code: "DA-PR-2026-0418" (hyphens on both sides, or a long number after it), not "mid-2025".
        // ("SPIEF-2025", "ARMY-2022" name a year's forum: one word before the hyphen makes no code.)
        if i > 3, c.isDash(i - 1), c.adjacent(i - 1, i), c.adjacent(i - 2, i - 1), c.isWord(i - 2) || c.isNumber(i - 2),
           c.isDash(i - 3), c.adjacent(i - 3, i - 2), c.adjacent(i - 4, i - 3) { return nil }
        if c.isDash(i + 1), c.adjacent(i, i + 1), c.isNumber(i + 2), c.adjacent(i + 1, i + 2), c.tokens[i + 2].end - c.tokens[i + 2].start == 4,
           (c.numberValue(i + 2) ?? 0) < 1000 { return nil }
        let blockers: Set<String> = ["p", "pp", "no", "nos", "vol", "cit", "#"]
        if i > 0, blockers.contains(c.lower[i - 1]) { return nil }
        if i > 1, c.isPunctuation(i - 1, "."), blockers.contains(c.lower[i - 2]) { return nil }
        if i + 1 < c.count, c.adjacent(i, i + 1), !c.excluded[i + 1] {
            let p = c.words[i + 1]
            if (p == "." || p == ",") && c.isNumber(i + 2) && c.adjacent(i + 1, i + 2) && !c.excluded[i + 2] { return nil }
            if p == "%" { return nil }
        }
        if c.isWord(i + 1), Lexicon.multipliers[c.lower[i + 1]] != nil || c.lower[i + 1] == "percent" { return nil }
        return v
    }
    static func twoDigitYear(_ v: Int) -> Int { v < 50 ? 2000 + v : 1900 + v }

    static func match(_ c: AnalysisContext, at i: Int) -> Raw? {
        // 06.01.23, 27.09.2024, 2024-09-27
        if c.isNumber(i), let a = c.numberValue(i), c.adjacent(i, i + 1), c.adjacent(i + 1, i + 2), c.adjacent(i + 2, i + 3),
           c.adjacent(i + 3, i + 4), let b = c.numberValue(i + 2), let d = c.numberValue(i + 4), !c.excluded[i + 4] {
            let sep1 = c.words[i + 1], sep2 = c.words[i + 3]
            let widthA = c.tokens[i].end - c.tokens[i].start, widthD = c.tokens[i + 4].end - c.tokens[i + 4].start
            let nextIsDigit = c.adjacent(i + 4, i + 5) && (c.words[i + 5] == "." || c.words[i + 5] == "-") && c.isNumber(i + 6)
            if sep1 == sep2, sep1 == "." || sep1 == "/", widthA <= 2, a >= 1, a <= 31, b >= 1, b <= 12, widthD == 2 || widthD == 4, !nextIsDigit {
                let y = widthD == 2 ? twoDigitYear(d) : d
                return Raw(first: i, last: i + 4, start: PartialDate(year: y, month: b, day: a))
            }
            if sep1 == sep2, sep1 == "-", widthA == 4, a >= 1800, a <= 2100, b >= 1, b <= 12, d >= 1, d <= 31, widthD == 2 {
                return Raw(first: i, last: i + 4, start: PartialDate(year: a, month: b, day: d))
            }
        }
        // 13 Aug 2024, 19-20 November 2020, 25 сентября 2024 года, 1st of May
        if let d1 = day(c, i) {
            var j = skipOrdinal(c, i + 1)
            var d2: Int? = nil
            // "from 18 to 20 November", "between 3 and 5 May", "с 18 по 20 ноября" are ranges as "18-20 November" is.
            let worded = (c.lowerIs(i - 1, "from") && ["to", "until", "till", "through"].contains { c.lowerIs(j, $0) })
                || (c.lowerIs(i - 1, "between") && c.lowerIs(j, "and")) || (c.lowerIs(i - 1, "с") && c.lowerIs(j, "по"))
                || (c.lowerIs(j, "and") && day(c, j + 1).map { $0 == d1 + 1 } == true && month(c, skipOrdinal(c, j + 2)) != nil)
            // "from 10 October to 26 November 2025", "с 10 октября по 26 ноября 2025 года": a range across months.
            if (c.lowerIs(i - 1, "from") || c.lowerIs(i - 1, "с") || c.lowerIs(i - 1, "between")), let m1 = month(c, j),
               ["to", "until", "till", "through", "по", "and"].contains(where: { c.lowerIs(j + 1, $0) }),
               let d2 = day(c, j + 2), let m2 = month(c, skipOrdinal(c, j + 3)) {
                let k = skipOrdinal(c, j + 3) + 1
                var last = k - 1
                var y = 0
                if let value = year(c, k) { y = value; last = k; if c.lowerIs(k + 1, "года") || c.lowerIs(k + 1, "г") { last = k + 1 } }
                var raw = Raw(first: i, last: last, start: PartialDate(year: y, month: m1, day: d1), needsYear: y == 0)
                raw.end = PartialDate(year: m2 < m1 && y > 0 ? y + 1 : y, month: m2, day: d2)
                if y > 0, m2 < m1 { raw.start.year = y - 1; raw.end?.year = y }
                return raw
            }
            if c.isDash(j) || worded, let second = day(c, j + 1) {
                d2 = second
                j = skipOrdinal(c, j + 2)
            }
            if c.lowerIs(j, "of") { j += 1 }
            if let m = month(c, j) {
                var last = j
                var k = j + 1
                if c.isPunctuation(k, ",") || c.isPunctuation(k, ".") { k += 1 }
                var raw: Raw
                if let y = year(c, k) {
                    last = k
                    raw = Raw(first: i, last: last, start: PartialDate(year: y, month: m, day: d1))
                    if c.lowerIs(k + 1, "года") || c.lowerIs(k + 1, "г") { raw.last = k + 1 }
                } else if let offset = russianRelativeYear(c, at: k) {
                    // "25 ноября прошлого года"
                    raw = Raw(first: i, last: k + 1, start: PartialDate(year: 0, month: m, day: d1), needsYear: true)
                    raw.relativeYear = offset
                } else {
                    raw = Raw(first: i, last: last, start: PartialDate(year: 0, month: m, day: d1), needsYear: true)
                }
                if let d2, d2 > d1 { raw.end = PartialDate(year: raw.start.year, month: m, day: d2) }
                return raw
            }
        }
        // December 13, 2005; November 19-20; May 2016; May, 2024; May of this year
        if let m = month(c, i) {
            var j = i + 1
            // ("Nov. 3", "Sept. 12": an abbreviated month's dot; "in November.¶3. The …" ends a sentence before a number.)
            if c.isPunctuation(j, ".") && c.adjacent(i, j) && c.words[i].count <= 4 && j + 1 < c.count
                && !c.text.string(c.tokens[j].end, c.tokens[j + 1].start).contains("\n") { j += 1 }
            if let d1 = day(c, j), !(c.adjacent(j, j + 1) && c.words[j + 1] == ":") {
                var k = skipOrdinal(c, j + 1)
                var d2: Int? = nil
                var last = k - 1
                if c.isDash(k), let second = day(c, k + 1) {
                    d2 = second
                    last = k + 1
                    k = skipOrdinal(c, k + 2)
                    last = k - 1
                }
                var y: Int? = nil
                if c.isPunctuation(k, ","), let value = year(c, k + 1) { y = value; last = k + 1 }
                else if let value = year(c, k) { y = value; last = k }
                var raw = Raw(first: i, last: last, start: PartialDate(year: y ?? 0, month: m, day: d1), needsYear: y == nil)
                if let d2, d2 > d1 { raw.end = PartialDate(year: y ?? 0, month: m, day: d2) }
                return raw
            }
            var k = j
            if c.isPunctuation(k, ",") || c.lowerIs(k, "of") { k += 1 }
            // "January-September 2025": two months and one year.
            if c.isDash(j), let m2 = month(c, j + 1), m2 > m, let y = year(c, j + 2) {
                return Raw(first: i, last: j + 2, start: PartialDate(year: y, month: m), end: PartialDate(year: y, month: m2))
            }
            if let y = year(c, k) {
                // "October 2025–January 2026"
                if c.isDash(k + 1), let m2 = month(c, k + 2), let y2 = year(c, k + 3), (y2, m2) > (y, m), y2 - y < 10 {
                    return Raw(first: i, last: k + 3, start: PartialDate(year: y, month: m), end: PartialDate(year: y2, month: m2))
                }
                return Raw(first: i, last: k, start: PartialDate(year: y, month: m))
            }
            if c.lowerIs(k, "this") || c.lowerIs(k, "next") || c.lowerIs(k, "last"), c.lowerIs(k + 1, "year") {
                var raw = Raw(first: i, last: k + 1, start: PartialDate(year: 0, month: m), needsYear: true)
                raw.relativeYear = c.lower[k] == "this" ? 0 : c.lower[k] == "next" ? 1 : -1
                return raw
            }
            // "в ноябре прошлого года", "в марте следующего года", "в мае этого года".
            if let offset = russianRelativeYear(c, at: k) {
                var raw = Raw(first: i, last: k + 1, start: PartialDate(year: 0, month: m), needsYear: true)
                raw.relativeYear = offset
                return raw
            }
            // "last October", "next March", "this June": the month before or after the publication date.
            if i > 0, ["last", "next", "this"].contains(c.lower[i - 1]), c.tokens[i].isCapitalized {
                var raw = Raw(first: i - 1, last: i, start: PartialDate(year: 0, month: m), needsYear: true)
                raw.monthDirection = c.lower[i - 1] == "last" ? -1 : c.lower[i - 1] == "next" ? 1 : 0
                return raw
            }
            // A bare month after a preposition: "in July", "until September"
            // ("in May": the one full month name of three letters; capitalised after a preposition it is no modal verb.)
            let full = c.lower[i].count >= 3 && Lexicon.months[c.lower[i]] != nil && (c.words[i].count > 3 || c.words[i] == "May")
            let previous = i > 0 ? c.lower[i - 1] : ""
            let afterQualifier = previous == "of" && i > 1 && ["half", "end", "beginning", "start", "middle"].contains(c.lower[i - 2])
            // ("from May Thazin Aung": "May" before a capitalised word is a Burmese name.)
            let nameAfter = c.words[i] == "May" && c.isWord(i + 1) && c.tokens[i + 1].isCapitalized
            if full, !nameAfter, i > 0, afterQualifier || ["in", "since", "until", "till", "by", "from", "during", "early", "late", "mid", "в", "between", "с", "со", "по", "до"].contains(previous) {
                return Raw(first: i, last: i, start: PartialDate(year: 0, month: m), needsYear: true)
            }
            return nil
        }
        // 1990s
        if let y = year(c, i), y % 10 == 0, c.isWord(i + 1), c.adjacent(i, i + 1), c.lower[i + 1] == "s" {
            var raw = Raw(first: i, last: i + 1, start: PartialDate(year: y), end: PartialDate(year: y + 9))
            raw.isDecade = true
            return raw
        }
        // 2005-2015, 2006-07, 2005 – 2015; between 2005 and 2015, from 1964 to 1973
        if let y1 = year(c, i), c.lowerIs(i - 1, "between") || c.lowerIs(i - 1, "from"),
           c.lowerIs(i + 1, c.lower[i - 1] == "between" ? "and" : "to"), let y2 = year(c, i + 2), y2 > y1, y2 - y1 < 200 {
            return Raw(first: i, last: i + 2, start: PartialDate(year: y1), end: PartialDate(year: y2))
        }
        if let y1 = year(c, i) {
            if c.isDash(i + 1), c.isNumber(i + 2), !c.excluded[i + 2] {
                if let y2 = year(c, i + 2), y2 > y1, y2 - y1 < 200 {
                    return Raw(first: i, last: i + 2, start: PartialDate(year: y1), end: PartialDate(year: y2))
                }
                if c.tokens[i + 2].end - c.tokens[i + 2].start == 2, let v = c.numberValue(i + 2), v > y1 % 100,
                   c.adjacent(i + 1, i + 2) {
                    return Raw(first: i, last: i + 2, start: PartialDate(year: y1), end: PartialDate(year: y1 - y1 % 100 + v))
                }
            }
            var last = i
            if c.lowerIs(i + 1, "года") || c.lowerIs(i + 1, "год") || c.lowerIs(i + 1, "году") { last = i + 1 }
            return Raw(first: i, last: last, start: PartialDate(year: y1))
        }
        // on Thursday, last Monday, next Friday, в четверг
        if c.isWord(i), c.tokens[i].isCapitalized || Scalars.isCyrillic(c.text[c.tokens[i].start]), let weekday = weekdays[c.lower[i]], i > 0 {
            let previous = c.lower[i - 1]
            guard ["on", "last", "next", "this", "в", "во"].contains(previous) else { return nil }
            var raw = Raw(first: previous == "on" || previous == "в" || previous == "во" ? i : i - 1, last: i,
                          start: PartialDate(year: 0), needsYear: true)
            raw.weekday = weekday
            raw.weekdayDirection = previous == "last" ? -1 : previous == "next" ? 1 : 0
            return raw
        }
        // this month, next month, last month
        if c.isWord(i), c.lower[i] == "this" || c.lower[i] == "next" || c.lower[i] == "last", c.lowerIs(i + 1, "month"),
           !(c.lowerIs(i + 2, "’s") || c.lowerIs(i + 2, "'s")) {
            var raw = Raw(first: i, last: i + 1, start: PartialDate(year: 0), needsYear: true)
            raw.relativeMonth = c.lower[i] == "this" ? 0 : c.lower[i] == "next" ? 1 : -1
            return raw
        }
        if let raw = relativeDay(c, at: i) { return raw }
        // this year, next year, last year
        if c.isWord(i), c.lower[i] == "this" || c.lower[i] == "next" || c.lower[i] == "last", c.lowerIs(i + 1, "year"),
           !(c.lowerIs(i + 2, "’s") || c.lowerIs(i + 2, "'s")) {
            var raw = Raw(first: i, last: i + 1, start: PartialDate(year: 0), needsYear: true)
            raw.relativeYear = c.lower[i] == "this" ? 0 : c.lower[i] == "next" ? 1 : -1
            return raw
        }
        return nil
    }

    /// "the same day", "that same day", "the following day", "the next day", "the previous day", "the day before"
    /// (closing its clause), "в тот же день", "на следующий день": a day counted from the date mentioned before it.
    static func relativeDay(_ c: AnalysisContext, at i: Int) -> Raw? {
        // Most tokens are none of the few words that open these phrases: their first letter says so without a string.
        guard c.isWord(i), "tTтТсС".unicodeScalars.contains(c.text[c.tokens[i].start]) else { return nil }
        var offset: Int? = nil
        var last = i
        let word = c.lower[i]
        guard word == "the" || word == "that" || word == "тот" || word == "следующий" else { return nil }
        if word == "the" || word == "that" {
            guard i + 2 < c.count, ["same", "following", "next", "previous", "day"].contains(c.lower[i + 1]) else { return nil }
            if c.lowerIs(i + 1, "same"), c.lowerIs(i + 2, "day") { offset = 0; last = i + 2 }
            else if word == "the", c.lowerIs(i + 1, "following") || c.lowerIs(i + 1, "next"), c.lowerIs(i + 2, "day") { offset = 1; last = i + 2 }
            else if word == "the", c.lowerIs(i + 1, "previous"), c.lowerIs(i + 2, "day") { offset = -1; last = i + 2 }
            else if word == "the", c.lowerIs(i + 1, "day"), c.lowerIs(i + 2, "before") || c.lowerIs(i + 2, "after"),
                    i + 3 >= c.count || c.tokens[i + 3].kind == .punctuation {
                offset = c.lower[i + 2] == "before" ? -1 : 1; last = i + 2
            }
        } else if word == "тот", c.lowerIs(i + 1, "же"), c.lowerIs(i + 2, "день") { offset = 0; last = i + 2 }
        else if word == "следующий", c.lowerIs(i + 1, "день") { offset = 1; last = i + 1 }
        guard let offset else { return nil }
        // "the same day as the summit" counts from something else.
        if c.lowerIs(last + 1, "as") || c.lowerIs(last + 1, "of") { return nil }
        var raw = Raw(first: i, last: last, start: PartialDate(year: 0), needsYear: true)
        raw.relativeDay = offset
        return raw
    }

    static let russianRelativeYears: [String: Int] = ["прошлого": -1, "следующего": 1, "будущего": 1, "этого": 0, "текущего": 0,
                                                       "нынешнего": 0]
    /// "прошлого года" (-1), "следующего года" (+1), "этого года" (0) at token `k`.
    static func russianRelativeYear(_ c: AnalysisContext, at k: Int) -> Int? {
        guard k + 1 < c.count, c.lowerIs(k + 1, "года") else { return nil }
        return russianRelativeYears[c.lower[k]]
    }
    /// Words that open a clause of its own after a date: "told a dialogue in November that Moscow would …".
    static let clauseOpeners: Set<String> = ["that", "which", "who", "because", "while", "whereas"]
    /// Verbs that move a date: "postponed from 12 March to 20 April" names two dates, not a span.
    static let reschedulingWords: Set<String> = ["postponed", "moved", "rescheduled", "delayed", "brought", "pushed", "shifted",
                                                 "changed", "deferred", "advanced"]

    static let futureWords: Set<String> = ["will", "shall", "upcoming", "would", "’ll", "'ll", "next",
                                           "будет", "будут", "пройдёт", "пройдет", "пройдут", "состоится", "состоятся",
                                           "начнётся", "начнется", "откроется", "планируется", "предстоит", "следующий",
                                           "следующая", "следующее", "следующем", "следующей"]
    /// "plans to", "is due to", "scheduled for": a plan; "the plan", "due to the pandemic" are none.
    static let planningWords: Set<String> = ["due", "plans", "plan", "planned", "scheduled", "expected", "set", "slated", "intends", "aims"]

    /// "had been founded in March", "earlier, in March": the sentence tells what came before.
    static func toldAsBackstory(_ c: AnalysisContext, before t: Int) -> Bool {
        let sentence = c.tokens[t].sentence
        guard sentence >= 0, sentence < c.sentenceTokens.count else { return false }
        let start = max(c.sentenceTokens[sentence].lowerBound, t - 20)
        return (start..<t).contains { ["had", "earlier", "previously", "before"].contains(c.lower[$0]) }
    }

    /// The tense of the clause a date stands in: +1 for something to come ("will", "is due", "plans"),
    /// -1 for something past (a verb in the past tense), 0 when the clause does not say. The verb nearest the
    /// date decides.
    static func clauseTense(_ c: AnalysisContext, first: Int, last: Int) -> Int {
        let sentence = c.tokens[first].sentence
        guard sentence >= 0, sentence < c.sentenceTokens.count else { return 0 }
        let range = c.sentenceTokens[sentence]
        let future = futureWords, planning = planningWords
        func tense(_ t: Int) -> Int {
            guard c.isWord(t), !c.tokens[t].isCapitalized else { return 0 }
            // ("Hai Phong-built trucks", "Russian-made": a participle in a compound adjective tells no time.)
            if t > 0, c.isDash(t - 1), c.adjacent(t - 1, t) { return 0 }
            let word = c.lower[t]
            if future.contains(word) { return 1 }
            if planning.contains(word) {
                guard c.lowerIs(t + 1, "to") || c.lowerIs(t + 1, "for") else { return 0 }
                let causal = c.lowerIs(t + 1, "to") && ["the", "a", "an", "its", "their", "this", "his", "her"].contains { c.lowerIs(t + 2, $0) }
                return causal ? 0 : 1
            }
            // ("would be held in June": a participle after "be" says nothing of the time.)
            if EventExtractor.irregularPasts.contains(word), c.lowerIs(t - 1, "be") { return 0 }
            // ("said in December that …" is past; "said the film week opens in March" is not.)
            if word == "said" || word == "told" { return first - t <= 3 ? -1 : 0 }
            if ["was", "were", "had", "did", "ago", "last"].contains(word) || EventExtractor.irregularPasts.contains(word) { return -1 }
            // ("would be presented", "is to be signed": the verb before it says.)
            if word.count > 4, word.hasSuffix("ed"), !EventExtractor.edNonVerbs.contains(word), !word.hasSuffix("eed"),
               !c.lowerIs(t - 1, "be") { return -1 }
            return 0
        }
        var back = first - 1, ahead = last + 1
        var backOpen = true, aheadOpen = true
        for _ in 0..<14 {
            if backOpen, back >= range.lowerBound, !c.isPunctuation(back, ";"), !c.isPunctuation(back, ",") || c.isThousandsSeparator(back) {
                let value = tense(back); if value != 0 { return value }; back -= 1
                // (A hyphen inside a word, "Hai Phong-built", is no step.)
                if back > range.lowerBound, c.isDash(back), c.adjacent(back, back + 1), c.adjacent(back - 1, back) { back -= 1 }
            } else { backOpen = false }
            // ("told a dialogue in November that Moscow would …": the clause after "that" has a time of its own.)
            if aheadOpen, ahead < range.upperBound, !c.isPunctuation(ahead, ";"), !c.isPunctuation(ahead, ","), !c.isPunctuation(ahead, "."),
               !(c.isWord(ahead) && clauseOpeners.contains(c.lower[ahead])) {
                let value = tense(ahead); if value != 0 { return value }; ahead += 1
            } else { aheadOpen = false }
            if !backOpen && !aheadOpen { break }
        }
        return 0
    }

    /// "the end of 2021", "early 2026", "the first half of 2027", "mid-2020".
    static func attachQualifier(_ c: AnalysisContext, _ raw: inout Raw) {
        let i = raw.first
        func word(_ k: Int) -> String { k >= 0 && k < c.count ? c.lower[k] : "" }
        if word(i - 1) == "of" {
            let head = word(i - 2)
            let map = ["end": "end", "beginning": "beginning", "start": "beginning", "middle": "mid", "half": "half"]
            if let q = map[head] {
                var first = i - 2
                var qualifier = q
                if q == "half" {
                    qualifier = word(i - 3) == "first" ? "first half" : word(i - 3) == "second" ? "second half" : "half"
                    first = i - 3
                }
                if word(first - 1) == "the" { first -= 1 }
                raw.first = max(0, first)
                raw.qualifier = qualifier
            }
        } else if ["early": "beginning", "late": "end", "mid": "mid"][word(i - 1)] != nil {
            raw.qualifier = ["early": "beginning", "late": "end", "mid": "mid"][word(i - 1)]
            raw.first = i - 1
        } else if c.isDash(i - 1), word(i - 2) == "mid", c.adjacent(i - 2, i - 1) {
            raw.qualifier = "mid"
            raw.first = i - 2
        }
    }

    // MARK: - Years from context

    /// Fills in missing years: the latest explicit year earlier in the same paragraph, else the
    /// publication year, else the latest explicit year earlier in the document. Unresolvable ones are dropped.
    static func resolve(_ raws: [Raw], in c: AnalysisContext, published: PartialDate?) -> [DateMention] {
        var result: [DateMention] = []
        result.reserveCapacity(raws.count)
        var lastYear: Int? = nil
        var lastMonth: Int? = nil
        // The latest single day named so far: what "the same day" counts from.
        var lastDay: DateMention? = nil
        var lastYearParagraph = -1
        // A year told as still to come ("expected to be registered in 2028") dates months of its own sentence only:
        // "A delegation will return to Moscow in April" in the next one is the coming April.
        var lastYearFutureSentence: Int? = nil
        let firstYear = raws.first(where: { !$0.needsYear && $0.end == nil })?.start.year
        let anyYear = raws.first(where: { !$0.needsYear })?.start.year
        // The day weekdays count from: the publication date, else the first full date of the text (a dateline's).
        let referenceDay = published.flatMap { $0.day == nil ? nil : $0 }
            ?? raws.first(where: { $0.start.day != nil && $0.end == nil && $0.weekday == nil && !$0.needsYear })?.start
        /// A date the text gives only relative to another one ("next month", "last October", "the same day").
        func appendInferred(_ raw: Raw, _ start: PartialDate, _ precision: DatePrecision) {
            let span = c.spanOf(tokens: raw.first, raw.last)
            let sentence = max(0, c.tokens[raw.first].sentence)
            result.append(DateMention(span: span, sentenceIndex: sentence, text: c.text.string(span),
                                      start: start, end: nil, precision: precision, qualifier: nil, isYearInferred: true))
            // "visited last November … inspected facilities in March": the month after it counts from it.
            lastYear = start.year
            lastMonth = start.month
            lastYearParagraph = c.sentences.isEmpty ? 0 : c.sentences[sentence].paragraphIndex
            lastYearFutureSentence = nil
        }
        for (rawIndex, raw) in raws.enumerated() {
            if let latest = result.last, latest.precision == .day, latest.end == nil { lastDay = latest }
            if let offset = raw.relativeMonth {
                guard let base = published, let month = base.month else { continue }
                let index = base.year * 12 + (month - 1) + offset
                appendInferred(raw, PartialDate(year: index / 12, month: index % 12 + 1), .month)
                continue
            }
            if let direction = raw.monthDirection, let month = raw.start.month {
                guard let base = published, let baseMonth = base.month else { continue }
                var year = base.year
                if direction < 0, month >= baseMonth { year -= 1 }
                if direction > 0, month <= baseMonth { year += 1 }
                appendInferred(raw, PartialDate(year: year, month: month), .month)
                continue
            }
            if let offset = raw.relativeDay {
                // The latest day named before it: "On 10 November … On the same day …".
                guard let previous = lastDay,
                      let month = previous.start.month, let day = previous.start.day else { continue }
                let date = CivilDay.date(CivilDay.number(year: previous.start.year, month: month, day: day) + offset)
                appendInferred(raw, PartialDate(year: date.year, month: date.month, day: date.day), .day)
                continue
            }
            if let weekday = raw.weekday {
                // "On Monday, 20 April 2026", "Thursday 12 March": the date beside it says which Monday.
                let weekdaySentence = c.tokens[raw.first].sentence
                // (Raws are in text order: only the neighbours can stand beside it.)
                let after = rawIndex + 1 < raws.count ? rawIndex + 1 : nil, before = rawIndex > 0 ? rawIndex - 1 : nil
                if let k = after, raws[k].first > raw.last, raws[k].first <= raw.last + 2, raws[k].start.day != nil,
                   c.tokens[raws[k].first].sentence == weekdaySentence,
                   (raw.last + 1..<raws[k].first).allSatisfy({ c.isPunctuation($0, ",") }) { continue }
                if let k = before, raws[k].last < raw.first, raws[k].last >= raw.first - 2, raws[k].start.day != nil,
                   c.tokens[raws[k].last].sentence == weekdaySentence,
                   (raws[k].last + 1..<raw.first).allSatisfy({ c.isPunctuation($0, ",") || c.isWord($0) && c.lower[$0] == "on" }) { continue }
                guard let reference = referenceDay, let date = resolveWeekday(weekday, raw: raw, from: reference, in: c) else { continue }
                let sentence = max(0, c.tokens[raw.first].sentence)
                let span = c.spanOf(tokens: raw.first, raw.last)
                result.append(DateMention(span: span, sentenceIndex: sentence, text: c.text.string(span), start: date,
                                          end: nil, precision: .day, qualifier: nil, isYearInferred: true))
                continue
            }
            let sentence = max(0, c.tokens[raw.first].sentence)
            let paragraph = c.sentences.isEmpty ? 0 : c.sentences[sentence].paragraphIndex
            var start = raw.start
            var end = raw.end
            var inferred = false
            if raw.needsYear {
                let reference: Int?
                var anchorMonth: Int? = nil, anchorIsPublication = false
                if raw.relativeYear != nil {
                    reference = published?.year ?? firstYear ?? anyYear
                } else if paragraph == lastYearParagraph, let lastYear, lastYearFutureSentence.map({ $0 == sentence }) ?? true {
                    reference = lastYear
                    anchorMonth = lastMonth
                } else {
                    reference = published?.year ?? lastYear ?? anyYear
                    if reference == published?.year { anchorMonth = published?.month; anchorIsPublication = true }
                }
                guard let base = reference else { continue }
                var y = base + (raw.relativeYear ?? 0)
                // Counted from the publication date or the date before it, a month is the last one before it for what
                // happened ("began in November" in a February story: last November) and the next one after it for what
                // is to come ("signed in September 2025 … will hold a festival in March": March 2026).
                // (The clause's tense, read once: a month of a relative year needs none.)
                let tense = raw.relativeYear == nil && start.month != nil ? clauseTense(c, first: raw.first, last: raw.last) : 0
                if raw.relativeYear == nil, let month = start.month, let anchorMonth, month != anchorMonth {
                    // (Nothing that happened comes after the publication; a story may go on past the date before it.)
                    if month > anchorMonth, tense < 0, anchorIsPublication { y -= 1 }
                    if month < anchorMonth, tense > 0 { y += 1 }
                    // A story told forward: a month after the date before it, while that is still before the publication.
                    // (Not backstory: "had been founded in March".)
                    if month < anchorMonth, tense <= 0, !anchorIsPublication, let published, let publishedMonth = published.month,
                       y + 1 == published.year, month <= publishedMonth, !toldAsBackstory(c, before: raw.first) { y += 1 }
                }
                // Nothing told in the past tense comes after the publication ("approved a plan in January", after
                // "next year" named 2027 in the same paragraph).
                // And nothing told as still to come lies before it ("would be held in June" after "trade reached … in 2025").
                if raw.relativeYear == nil, let month = start.month, let published, let publishedMonth = published.month {
                    if (tense < 0) && (y, month) > (published.year, publishedMonth) {
                        y = month > publishedMonth ? published.year - 1 : published.year
                    } else if (tense > 0) && (y, month) < (published.year, publishedMonth) {
                        y = month >= publishedMonth ? published.year : published.year + 1
                    }
                }
                start.year = y
                end?.year = y
                inferred = true
            } else if (raw.end == nil || raw.start.month != nil) && !(raw.first > 0 && c.lower[raw.first - 1] == "since")
                        && !(raw.first > 0 && c.lower[raw.first - 1] == "by" && raw.start.month == nil)
                        // ("после 2021 года", "after 2022", "until 2030": a bound, not the year of what follows.)
                        && !(raw.first > 0 && raw.start.month == nil
                             && ["after", "before", "until", "till", "после", "до", "с", "со"].contains(c.lower[raw.first - 1])) {
                // A span of years ("Plan of Action 2024-2027") dates no day that follows it, nor does the start of a state
                // ("has taught Vietnamese students since 1956"), nor a target ("rise to 40 percent by 2028").
                lastYear = raw.end?.year ?? raw.start.year
                lastMonth = raw.end?.month ?? raw.start.month
                lastYearParagraph = paragraph
                lastYearFutureSentence = raw.start.month == nil && clauseTense(c, first: raw.first, last: raw.last) > 0 ? sentence : nil
            }
            let span = c.spanOf(tokens: raw.first, raw.last)
            let precision: DatePrecision = raw.isDecade ? .decade : start.precision
            result.append(DateMention(span: span, sentenceIndex: sentence, text: c.text.string(span), start: start,
                                      end: end, precision: precision, qualifier: raw.qualifier, isYearInferred: inferred))
        }
        return result
    }

    /// The year of a dateline's day that gives none ("JAKARTA, Oct 7 (Wire) –"): the first year in which that day comes
    /// after everything the text tells in the past tense with a full year ("signed … in November 2025": October 2026).
    /// Without such a date, the first year the text names.
    static func datelineYear(month: Int, day: Int, raws: [Raw], in c: AnalysisContext) -> Int? {
        var latestPast: PartialDate? = nil
        var firstYear: Int? = nil
        var latestNotFuture: Int? = nil
        var earliestFuture: Int? = nil
        for raw in raws where !raw.needsYear && raw.isCalendarDate {
            if firstYear == nil { firstYear = raw.start.year }
            let told = raw.end ?? raw.start
            let tense = clauseTense(c, first: raw.first, last: raw.last)
            // ("aims to halve the burned area by 2030": a target year is no present.)
            let target = raw.first > 0 && ["by", "until", "till", "through", "before"].contains(c.lower[raw.first - 1])
            // ("will ship … between April 2026 and March 2029", tense unread: a range's end may lie ahead.)
            let notFuture = tense == 0 ? raw.start.year : told.year
            if tense <= 0, !target { latestNotFuture = max(latestNotFuture ?? notFuture, notFuture) }
            if tense > 0, !target { earliestFuture = min(earliestFuture ?? raw.start.year, raw.start.year) }
            guard raw.first == 0 || c.lower[raw.first - 1] != "since", tense < 0, !target else { continue }
            if latestPast.map({ told > $0 }) ?? true { latestPast = told }
        }
        guard let past = latestPast else { return firstYear }
        // (Never before a year the text names as present or past: "opened in 1998" is backstory when 2019 is named.)
        var year = (month, day) >= (past.month ?? 1, past.day ?? 1) ? past.year : past.year + 1
        // "imported 780,000 tonnes in 2025 … rose to 21 percent last year": a whole year told as past, beside "last year",
        // is the year before the story's.
        if past.month == nil, raws.contains(where: { $0.relativeYear == -1 }) { year = max(year, past.year + 1) }
        year = max(year, latestNotFuture ?? year)
        // "leased the aircraft in 2021 … due to be delivered in the first half of 2027": the story stands just before the
        // first year it tells as still to come, however old its backstory.
        if let future = earliestFuture, past.month == nil, year + 1 < future { year = future - 1 }
        return year
    }

    // MARK: - Weekdays

    /// The day "on Thursday" names: the latest such day up to the reference day for something that happened,
    /// the next one from it for something to come ("will", "is due", "plans"), or as "last"/"next" say.
    static func resolveWeekday(_ weekday: Int, raw: Raw, from reference: PartialDate, in c: AnalysisContext) -> PartialDate? {
        guard let month = reference.month, let day = reference.day else { return nil }
        let base = CivilDay.number(year: reference.year, month: month, day: day)
        let baseWeekday = CivilDay.weekday(base)
        var direction = raw.weekdayDirection
        // The verb nearest the weekday decides first ("The first scheduled flight landed on Monday": past).
        if direction == 0 { direction = clauseTense(c, first: raw.first, last: raw.last) }
        if direction == 0 {
            // The tense of the clause the weekday closes: from the last comma or semicolon before it.
            let sentence = c.tokens[raw.first].sentence
            let sentenceStart = sentence >= 0 && sentence < c.sentenceTokens.count ? c.sentenceTokens[sentence].lowerBound : raw.first
            var clauseStart = raw.first
            while clauseStart > sentenceStart, !c.isPunctuation(clauseStart - 1, ","), !c.isPunctuation(clauseStart - 1, ";") { clauseStart -= 1 }
            let future: Set<String> = ["will", "shall", "due", "plans", "plan", "planned", "scheduled", "expected", "upcoming", "next", "’ll", "'ll"]
            direction = (clauseStart..<raw.first).contains(where: { future.contains(c.lower[$0]) }) ? 1 : -1
        }
        var offset: Int
        if direction > 0 {
            offset = (weekday - baseWeekday + 7) % 7
            if raw.weekdayDirection > 0 && offset == 0 { offset = 7 }
        } else {
            offset = -((baseWeekday - weekday + 7) % 7)
            if raw.weekdayDirection < 0 && offset == 0 { offset = -7 }
        }
        let date = CivilDay.date(base + offset)
        return PartialDate(year: date.year, month: date.month, day: date.day)
    }
}

/// Days counted from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's civil-day algorithms).
enum CivilDay {
    static func number(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }
    static func date(_ number: Int) -> (year: Int, month: Int, day: Int) {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
    /// 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    static func weekday(_ number: Int) -> Int { ((number % 7 + 7) % 7 + 3) % 7 + 1 }
}
