/// Finds amounts that state facts: money ("$17.5 billion", "US$20 billion", "USD 1.5 million",
/// "1.5 billion roubles"), percentages and ranges ("45%-50%", "about 7%"), and counts of people or
/// things ("more than 650 million people", "more than 50 experts"). Years, dates, ordinals, durations,
/// page and footnote numbers are not figures. Small spelled-out numbers ("two sides") are left out.
enum FigureExtractor {
    struct Number {
        var value: Double
        var first: Int
        var last: Int
    }

    static let irregularPlurals: Set<String> = ["people", "staff", "personnel", "children", "men", "women", "police", "troops", "persons"]
    static let measureUnits: Set<String> = ["kwt", "kwh", "mw", "gw", "km", "tons", "tonnes", "barrels", "kg", "hectares", "twh", "mwh"]
    static let blockers: Set<String> = ["no", "p", "pp", "cit", "vol", "point", "article", "page", "#", "no.", "chapter", "section", "paragraph"]

    static func figures(_ c: AnalysisContext, dates: [DateMention], referenceListStart: Int?) -> [FigureInfo] {
        let inDate = c.tokensInside(dates.lazy.map(\.span))
        let limit = referenceListStart.map { c.tokenIndex(atOrAfter: $0) } ?? c.count
        var datesBySentence: [Int: [DateMention]] = [:]
        for date in dates where date.end == nil { datesBySentence[date.sentenceIndex, default: []].append(date) }
        datesBySentence = datesBySentence.mapValues { $0.sorted { $0.span.start < $1.span.start } }
        var result: [FigureInfo] = []
        var i = 0
        while i < limit {
            guard !c.excluded[i], !inDate[i], let number = parseNumber(c, at: i) else { i += 1; continue }
            if let figure = figure(c, number, dates: datesBySentence, limit: limit, inDate: inDate) {
                result.append(figure.info)
                i = figure.last + 1
            } else {
                i = number.last + 1
            }
        }
        return result
    }

    /// "17.5", "2,000", "650 million" (multiplier not included), "ten".
    static func parseNumber(_ c: AnalysisContext, at i: Int) -> Number? {
        guard i >= 0, i < c.count else { return nil }
        if c.tokens[i].kind == .number {
            // Not glued to a word ("COVID-19", "G20") or part of a time or ordinal.
            if i > 0, c.adjacent(i - 1, i), c.tokens[i - 1].kind == .word || c.isDash(i - 1) && c.isWord(i - 2) && c.adjacent(i - 2, i - 1) { return nil }
            if i > 0, c.adjacent(i - 1, i), c.isPunctuation(i - 1, "."), c.isNumber(i - 2) { return nil }
            var text = c.words[i]
            var last = i
            while c.adjacent(last, last + 1), c.isPunctuation(last + 1, ","), c.isNumber(last + 2), c.adjacent(last + 1, last + 2),
                  c.tokens[last + 2].end - c.tokens[last + 2].start == 3 {
                text += c.words[last + 2]
                last += 2
            }
            if c.adjacent(last, last + 1), c.isPunctuation(last + 1, ".") || c.isPunctuation(last + 1, ","), c.isNumber(last + 2),
               c.adjacent(last + 1, last + 2), !c.excluded[last + 2] {
                text += "." + c.words[last + 2]
                last += 2
            }
            if c.adjacent(last, last + 1), c.isWord(last + 1), ["th", "st", "nd", "rd"].contains(c.lower[last + 1]) { return nil }
            if c.adjacent(last, last + 1), c.isPunctuation(last + 1, ":"), c.isNumber(last + 2) { return nil }
            if c.adjacent(last, last + 1), c.isPunctuation(last + 1, "."), c.isNumber(last + 2), c.adjacent(last + 1, last + 2) { return nil }
            guard let value = Double(text) else { return nil }
            return Number(value: value, first: i, last: last)
        }
        // "two-thirds" is a fraction, not a count.
        if c.isWord(i), let value = Lexicon.numberWords[c.lower[i]], !(c.isDash(i + 1) && c.adjacent(i, i + 1)) {
            return Number(value: value, first: i, last: i)
        }
        return nil
    }

    static func figure(_ c: AnalysisContext, _ number: Number, dates: [Int: [DateMention]], limit: Int, inDate: [Bool]) -> (info: FigureInfo, last: Int)? {
        var first = number.first
        var last = number.last
        var value = number.value
        var unit: String? = nil
        let spelled = c.tokens[number.first].kind == .word
        // What comes before: a currency sign or code, a blocker ("p.", "No.", "#")
        let k = first - 1
        if k >= 0, c.isPunctuation(k, "."), k - 1 >= 0, blockers.contains(c.lower[k - 1]) { return nil }
        if k >= 0, blockers.contains(c.lower[k]) { return nil }
        if k >= 0, c.tokens[k].kind == .punctuation, c.adjacent(k, first) || c.text[c.tokens[k].start] == "$" {
            let sign = c.text[c.tokens[k].start]
            if sign == "$" { unit = "USD"; first = k; if c.lowerIs(k - 1, "us") && c.adjacent(k - 1, k) { first = k - 1 } }
            else if sign == "€" { unit = "EUR"; first = k }
            else if sign == "£" { unit = "GBP"; first = k }
            else if sign == "₽" { unit = "RUB"; first = k }
        } else if k >= 0, c.isWord(k), let code = Lexicon.currencyWords[c.lower[k]], c.tokens[k].isAllCaps {
            unit = code
            first = k
        }
        // Multiplier
        var j = last + 1
        if j < limit, c.isWord(j), let m = Lexicon.multipliers[c.lower[j]], !(c.lower[j].count == 1 && !c.adjacent(last, j)) {
            value *= m
            last = j
            j += 1
            if c.isPunctuation(j, ".") && c.adjacent(j - 1, j) && ["млн", "млрд", "тыс", "трлн"].contains(c.lower[j - 1]) { last = j; j += 1 }
        }
        let hasMultiplier = last > number.last
        // Percent and percentage ranges: "45%-50%", "45-50%", "7 percent"
        var valueMax: Double? = nil
        if unit == nil {
            if c.isPunctuation(j, "%") {
                unit = "percent"; last = j; j += 1
            } else if c.lowerIs(j, "percent") || c.lowerIs(j, "процента") || c.lowerIs(j, "процентов") || (c.lowerIs(j, "per") && c.lowerIs(j + 1, "cent")) {
                unit = "percent"; last = c.lowerIs(j, "per") ? j + 1 : j; j = last + 1
            } else if c.isDash(j), let upper = parseNumber(c, at: j + 1), c.isPunctuation(upper.last + 1, "%") {
                unit = "percent"; valueMax = upper.value; last = upper.last + 1; j = last + 1
            }
            if unit == "percent", valueMax == nil, c.isDash(j), let upper = parseNumber(c, at: j + 1), c.isPunctuation(upper.last + 1, "%") {
                valueMax = upper.value; last = upper.last + 1; j = last + 1
            }
        }
        // Currency words after the number: "300 million dollars", "1.5 billion roubles"
        if unit == nil, c.isWord(j), let code = Lexicon.currencyWords[c.lower[j]] {
            unit = code; last = j; j += 1
        }
        if unit == nil {
            // A year without currency or percent is a date, not a figure.
            if !hasMultiplier, !spelled, number.last == number.first, c.tokens[number.first].end - c.tokens[number.first].start == 4,
               number.value >= 1800, number.value <= 2100 { return nil }
            // "four sessions" is a count; "the two sides" only refers back.
            if spelled && number.value < 10 && !hasMultiplier,
               number.first == 0 || ["the", "these", "those", "both", "all", "each", "every", "first", "and", "or"].contains(c.lower[number.first - 1]) { return nil }
            // Counted noun within four words: "650 million people", "ten ASEAN nations", "200 government officials"
            var noun: Int? = nil
            var t = j
            while t < limit, t - j < 5 {
                if c.isDash(t) && c.adjacent(t - 1, t) { t += 1; continue }
                guard c.isWord(t) else { break }
                let lower = c.lower[t]
                if Lexicon.timeUnits.contains(lower) { return nil }
                if Lexicon.stopWords.contains(lower) && !(c.tokens[t].isCapitalized) { break }
                if measureUnits.contains(lower) { noun = t; break }
                if !c.tokens[t].isCapitalized, irregularPlurals.contains(lower) || isPlural(lower) { noun = t; break }
                if !c.tokens[t].isCapitalized, !Lexicon.organizationHeads.contains(lower), t - j >= 2 { break }
                t += 1
            }
            if let noun {
                unit = c.words[noun] == c.lower[noun] ? c.lower[noun] : c.words[noun]
                last = noun
            } else if mentionsPopulation(c, before: number.first) {
                unit = "people"
            } else {
                return nil
            }
        }
        // Qualifier: "more than", "about", "nearly", "greater than"
        var qualifier: String? = nil
        for phrase in Lexicon.qualifiers {
            let start = first - phrase.count
            guard start >= 0 else { continue }
            if phrase.enumerated().allSatisfy({ c.lower[start + $0.offset] == $0.element }) {
                qualifier = phrase.joined(separator: " ")
                break
            }
        }
        let span = c.spanOf(tokens: first, last)
        let sentence = max(0, c.tokens[number.first].sentence)
        let year = referencedYear(c, dates: dates[sentence] ?? [], figureFirst: first, figureLast: last)
        return (FigureInfo(value: value, valueMax: valueMax, unit: unit!, qualifier: qualifier, text: c.text.string(span), span: span,
                           sentenceIndex: sentence, year: year), last)
    }

    static func isPlural(_ word: String) -> Bool {
        guard word.count >= 4, word.hasSuffix("s") else { return false }
        return !(word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") || word.hasSuffix("'s") || word.hasSuffix("’s"))
    }

    static func mentionsPopulation(_ c: AnalysisContext, before t: Int) -> Bool {
        var k = t - 1
        while k >= 0, t - k <= 20 {
            if c.lower[k].hasPrefix("population") || c.lower[k] == "populations" { return true }
            if c.isPunctuation(k, ".") { return false }
            k -= 1
        }
        return false
    }

    /// The year of a date right after the figure ("$17.5 billion in 2013", "330 billion kWt by 2020") or just before it.
    /// `dates` are the sentence's, in text order.
    static func referencedYear(_ c: AnalysisContext, dates: [DateMention], figureFirst: Int, figureLast: Int) -> Int? {
        let start = c.tokens[figureFirst].start, end = c.tokens[figureLast].end
        // Only dates starting near the figure can be within four tokens of it. They are found by binary search,
        // so a huge sentence full of dates costs little per figure, and a figure late in it still finds its year.
        let windowStart = c.tokens[max(0, figureFirst - 40)].start, windowEnd = c.tokens[min(c.count - 1, figureLast + 5)].end
        var lo = 0, hi = dates.count
        while lo < hi { let mid = (lo + hi) / 2; if dates[mid].span.start < windowStart { lo = mid + 1 } else { hi = mid } }
        var best: (distance: Int, year: Int)? = nil
        for date in dates[lo...].prefix(while: { $0.span.start < windowEnd }) {
            let distance: Int
            if date.span.start >= end {
                let between = c.tokenIndex(atOrAfter: date.span.start) - figureLast - 1
                guard between <= 4 else { continue }
                distance = between
            } else if date.span.end <= start {
                let between = figureFirst - c.tokenIndex(atOrAfter: date.span.end)
                guard between <= 4 else { continue }
                distance = between + 1
            } else {
                continue
            }
            if best == nil || distance < best!.distance { best = (distance, date.start.year) }
        }
        return best?.year
    }
}
