/// Turns dated sentences into events: each date mention takes the nearest trigger word in its
/// sentence ("summit", "met", "visited", "signed", "adopted", "acceded", "exercise", "established"…),
/// which gives the kind. The place is a location after "in"/"at"; participants are the sentence's other
/// entities. Dates in the reference list, and the publication date, make no events.
enum EventExtractor {
    static let triggers: [String: String] = [
        "summit": "summit", "summits": "summit", "meeting": "meeting", "meetings": "meeting", "met": "meeting",
        "meet": "meeting", "meets": "meeting", "session": "meeting", "sessions": "meeting", "roundtable": "meeting", "conference": "meeting",
        "consultations": "meeting", "seminar": "meeting", "workshop": "meeting", "attended": "meeting", "congress": "meeting",
        "forum": "forum", "visit": "visit", "visited": "visit", "visiting": "visit", "trip": "visit", "visits": "visit",
        "talks": "talks", "negotiations": "talks", "negotiated": "talks", "signed": "signing", "signing": "signing",
        "signature": "signing", "adopted": "adoption", "adoption": "adoption", "approved": "adoption", "endorsed": "adoption",
        "acceded": "accession", "accession": "accession", "joined": "accession", "exercise": "exercise",
        "exercises": "exercise", "drills": "exercise", "founded": "founding", "established": "founding",
        "establishment": "founding", "created": "founding", "creation": "founding", "formed": "founding",
        "launched": "founding", "founding": "founding", "emerged": "founding", "opened": "opening", "opening": "opening", "elected": "election", "ratified": "adoption",
        "became": "partnership", "raised": "partnership", "elevated": "partnership", "upgraded": "partnership",
        "held": "event", "organized": "event", "organised": "event", "hosted": "event", "celebrated": "anniversary",
        "встреча": "meeting", "встречи": "meeting", "состоялось": "event", "состоялась": "event", "визит": "visit",
        "olympiad": "competition", "championship": "competition", "contest": "competition", "exhibition": "exhibition",
        "fair": "exhibition", "expo": "exhibition", "festival": "festival", "place": "event",
        "саммит": "summit", "подписали": "signing", "открытие": "opening",
        "began": "opening", "begins": "opening", "started": "opening", "starting": "opening", "start": "opening", "starts": "opening",
        "begin": "opening", "beginning": "opening", "opens": "opening", "inaugurated": "opening",
        "inauguration": "opening", "closed": "closing", "closes": "closing", "closing": "closing", "ended": "closing",
        "ceremony": "event", "launch": "launch", "dialogue": "meeting", "arrived": "visit", "tournament": "competition",
        "collapse": "disaster", "collapsed": "disaster", "earthquake": "disaster", "flood": "disaster", "floods": "disaster",
        "typhoon": "disaster", "tsunami": "disaster", "eruption": "disaster", "crash": "disaster",
        "suspended": "suspension", "inspection": "inspection", "inspections": "inspection", "election": "election",
        "elections": "election", "invasion": "conflict", "revolution": "revolution", "coup": "coup", "referendum": "election",
        "annexation": "conflict", "attack": "attack", "attacks": "attack", "independence": "independence", "ceasefire": "talks",
        "учение": "exercise", "учения": "exercise", "учений": "exercise", "провести": "event", "проведения": "event",
        "прошла": "event", "прошло": "event", "прошел": "event", "прошли": "event", "состоится": "event",
        "визита": "visit", "переговоры": "talks", "подписание": "signing", "подписано": "signing", "подписан": "signing",
        "подписала": "signing", "подписал": "signing", "заседание": "meeting", "конференция": "meeting", "форум": "forum",
        "wreath": "ceremony", "discussed": "talks", "departed": "departure", "received": "meeting",
        "travel": "visit", "travels": "visit", "travelled": "visit", "traveled": "visit", "toured": "visit",
        "concert": "performance", "concerts": "performance", "performed": "performance", "premiere": "performance",
        "premiered": "performance", "excavation": "excavation", "excavations": "excavation", "excavated": "excavation",
        "training": "training", "trained": "training", "internship": "training",
        "посетил": "visit", "посетила": "visit", "посетили": "visit", "посетит": "visit", "посетят": "visit",
        "отправятся": "visit", "отправится": "visit", "пройдёт": "event", "пройдет": "event", "состоялся": "event",
        "открылась": "opening", "открылся": "opening", "откроется": "opening", "откроют": "opening",
        "expedition": "expedition", "expeditions": "expedition", "экспедиция": "expedition", "экспедиции": "expedition",
        "consultation": "meeting", "convene": "meeting", "convened": "meeting", "основан": "founding", "основана": "founding",
        "основанная": "founding", "основанный": "founding", "основано": "founding", "основал": "founding", "основали": "founding",
        "called": "visit", "calls": "visit", "call": "visit", "reception": "reception", "returned": "return", "released": "release", "open": "opening",
    ]

    static let itemMarkers: Set<String> = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]

    /// Nouns that name a happening only as an item of a programme's day ("Arrival at …", "Welcome dinner", "Walking tour
    /// of …"): elsewhere "tour operators" or "the flight" name none.
    static let programmeTriggers: [String: String] = [
        "arrival": "arrival", "departure": "departure", "briefing": "meeting", "dinner": "reception", "luncheon": "reception",
        "lunch": "reception", "tour": "visit", "excursion": "visit", "flight": "visit", "presentation": "meeting",
        "lecture": "meeting", "lectures": "meeting", "screening": "performance", "transfer": "visit",
    ]

    /// Triggers that are verbs in the past tense: in a sentence with one date, each names a happening of its own
    /// ("met the leadership … and laid a wreath"), and a sentence right after a dated one takes its date from it.
    static let pastTenseTriggers: Set<String> = [
        "met", "visited", "signed", "adopted", "approved", "endorsed", "acceded", "joined", "founded", "established", "created",
        "formed", "launched", "opened", "elected", "ratified", "held", "hosted", "inaugurated", "closed", "arrived",
        "departed", "received", "attended", "celebrated", "wreath", "returned", "подписали", "подписал", "подписала",
        "состоялась", "состоялось", "прошла", "прошли", "прошло", "прошел",
    ]

    /// The rules' events, and the dates they weighed (the start of each): a date they ruled out by its own words
    /// ("since 2011", "the chair for 2024", "by 2030", a dateline, a quotation) is not among them.
    static func events(_ c: AnalysisContext, dates: [DateMention], entities: [EntityInfo], metadata: DocumentMetadata,
                       quotes: [QuoteInfo], referenceListStart: Int?) -> (events: [EventInfo], weighed: Set<Int>) {
        var weighed = Set<Int>()
        // Words inside quotations report what someone said, not what happened.
        let quoted = c.tokensInside(quotes.lazy.map(\.span))
        let mentionsBySentence = EventExtractor.mentionsBySentence(entities)
        let isDateToken = c.tokensInside(dates.lazy.map(\.span))
        var result: [EventInfo] = []
        var seen = Set<String>()
        // The distinct dates each sentence names, and the sentences whose day dates a happening.
        var datesBySentence: [Int: Set<String>] = [:]
        for date in dates where metadata.published?.span != date.span {
            // A target ("triple cargo by 2030") dates nothing that happened in the sentence.
            let first = c.tokenIndex(atOrAfter: date.span.start)
            if first > 0, c.lower[first - 1] == "by", date.precision != .day { continue }
            datesBySentence[date.sentenceIndex, default: []].insert("\(date.start.iso)|\(date.end?.iso ?? "")")
        }
        var anchors: [Int: DateMention] = [:]
        var firstDateOfSentence: [Int: DateMention] = [:]
        for date in dates where firstDateOfSentence[date.sentenceIndex].map({ date.span.start < $0.span.start }) ?? true {
            firstDateOfSentence[date.sentenceIndex] = date
        }
        let sentencesWithOwnDate = Set(dates.filter { date in
            !(date.end.map { $0.year != date.start.year } ?? false) || date.precision == .day || date.precision == .month
        }.map(\.sentenceIndex))
        // "BANGKOK, July 9 (Siam Business Wire) –": the dateline's date is when the story was filed, not a happening.
        var datelineEnd = -1
        if let place = metadata.dateline?.span {
            var k = place.end
            while k < c.text.count, k - place.end < 60, !(Scalars.isDash(c.text[k]) && c.text[k - 1] == " ") { k += 1 }
            if k < c.text.count, k - place.end < 60 { datelineEnd = k }
        }
        for date in dates {
            if let limit = referenceListStart, date.span.start >= limit { continue }
            if let published = metadata.published, published.span == date.span { continue }
            if let place = metadata.dateline?.span, date.span.start >= place.end, date.span.end <= datelineEnd { continue }
            // A span of years ("2005-2015", "2021-2025") names a period, not a happening, unless its clause says what
            // was done in it ("Between 1964 and 1973 the United States dropped …", "раскопки … провела в 1930–1933 годах").
            if let end = date.end, date.precision == .year || date.precision == .decade, end.year != date.start.year {
                let first = c.tokenIndex(atOrAfter: date.span.start), last = max(first, c.tokenIndex(atOrAfter: date.span.end) - 1)
                // Only a span told as one ("between 1964 and 1973", "в 1930–1933 годах"), not a plan's term ("the
                // 2005-2015 Programme", "Work Plan 2025-2029") nor a trend ("grew over 2005-2015").
                guard first > 0, ["between", "в", "во"].contains(c.lower[first - 1]),
                      date.sentenceIndex < c.sentenceTokens.count, !quoted[first],
                      let verb = actionVerb(c, near: first, last, in: c.sentenceTokens[date.sentenceIndex], quoted: quoted, isDateToken: isDateToken,
                                            speechCounts: false),
                      // "the river was closed": a state over the span, not a happening.
                      !(verb > 0 && ["was", "were", "been", "remained", "is", "are"].contains(c.lower[verb - 1])) else { continue }
            }
            // "the chair for 2024", "plans for 2026": a year after "for" is a term, not a date something happened on.
            let before = c.tokenIndex(atOrAfter: date.span.start) - 1
            // ("planned for 2026", "scheduled for 2027" do date a happening.)
            if date.precision == .year, before >= 0, c.lower[before] == "for",
               !(before > 0 && EventExtractor.schedulingWords.contains(c.lower[before - 1])) { continue }
            // "since 2011", "up 18% from 2024": the start of a state or a base of comparison, not a happening.
            // ("since 2002, when the plant was commissioned": the "when" clause tells what happened then.)
            let dateEnd = max(before + 1, c.tokenIndex(atOrAfter: date.span.end) - 1)
            let toldWhen = c.isPunctuation(dateEnd + 1, ",") && c.lowerIs(dateEnd + 2, "when")
            if date.precision == .year, before >= 0, c.lower[before] == "since" && !toldWhen || c.lower[before] == "from" { continue }
            // "triple rail cargo by 2030": a target, not a date something happened on.
            if date.precision == .year || date.precision == .month, before >= 0, c.lower[before] == "by" { continue }
            if date.precision == .year, isStatisticYear(c, dateToken: before + 1) { continue }
            guard date.sentenceIndex < c.sentenceTokens.count else { continue }
            let range = c.sentenceTokens[date.sentenceIndex]
            let dateFirst = c.tokenIndex(atOrAfter: date.span.start)
            let dateLast = max(dateFirst, c.tokenIndex(atOrAfter: date.span.end) - 1)
            // Nearest trigger; a specific one beats "held"/"organized" when both are close.
            var best: (distance: Int, kind: String, token: Int)? = nil
            if quoted[dateFirst] { continue }
            weighed.insert(date.span.start)
            // Only a window around the date is read, so a huge unpunctuated "sentence" stays linear.
            let windowStart = max(range.lowerBound, dateFirst - 40), windowEnd = min(range.upperBound, dateLast + 41)
            guard windowStart < windowEnd else { continue }
            let window = windowStart..<windowEnd
            // A date of something to come is not the date of a verb in the past tense ("signed an agreement on a
            // programme which will admit its first students in September 2026"): it dates a happening of its own.
            let isFutureDate = DateExtractor.clauseTense(c, first: dateFirst, last: dateLast) > 0
            for t in window where c.tokens[t].kind == .word && !quoted[t] && !(dateFirst...dateLast).contains(t) {
                guard var kind = triggers[c.lower[t]] else { continue }
                if isFutureDate, pastTenseTriggers.contains(c.lower[t]) || c.lower[t].hasSuffix("ed") { kind = "event" }
                // "took place", "take place": only "place" after a form of "take" is a trigger.
                if c.lower[t] == "place", !(t > 0 && ["took", "take", "takes", "taking", "taken"].contains(c.lower[t - 1])) { continue }
                // "dialogue partner(ship)" is a status, not a meeting.
                if c.lower[t] == "dialogue", c.lowerIs(t + 1, "partner") || c.lowerIs(t + 1, "partners") || c.lowerIs(t + 1, "partnership") { continue }
                if kind == "partnership" {
                    let window = (t + 1)..<min(range.upperBound, t + 9)
                    guard window.contains(where: { c.lower[$0].hasPrefix("partner") }) else { continue }
                }
                if c.lower[t] == "joined", !(t + 1 < range.upperBound && c.tokens[t + 1].isCapitalized) && !c.lowerIs(t + 1, "the") { kind = "accession" }
                if !isTriggerUse(c, t) { continue }
                var distance = t < dateFirst ? dateFirst - t : t - dateLast
                if kind == "event" { distance += 10 }
                if distance > 30 { continue }
                if best == nil || distance < best!.distance { best = (distance, kind, t) }
            }
            // No named happening: an action verb in the date's own clause still dates something
            // ("sanctions imposed in 2022", "amended the agreement in March 2024", "will fly from 12 December").
            // "said on Wednesday": in news, a statement dated by its weekday is itself the happening.
            let weekdayDated = date.isYearInferred && date.precision == .day
                && DateExtractor.weekdays[date.text.split(separator: " ").last.map { $0.lowercased() } ?? ""] != nil
            if best == nil, isPlainDate(c, dateFirst, precision: date.precision),
               let verb = actionVerb(c, near: dateFirst, dateLast, in: range, quoted: quoted, isDateToken: isDateToken,
                                     speechCounts: weekdayDated, precision: date.precision) {
                best = (20, "event", verb)
            }
            guard let trigger = best else { continue }
            // "Many events took place in 2014": "took place" with only a year names no one happening.
            if c.lower[trigger.token] == "place", date.precision == .year || date.precision == .decade { continue }
            let key = "\(date.start.iso)|\(date.end?.iso ?? "")|\(trigger.kind)"
            guard seen.insert(key).inserted else { continue }
            func event(_ kind: String, sentence: Int, window: Range<Int>) -> EventInfo {
                EventExtractor.event(c, kind, date, sentence: sentence, window: window, mentions: mentionsBySentence[sentence] ?? [], entities)
            }
            result.append(event(trigger.kind, sentence: date.sentenceIndex, window: window))
            // The other happenings of a sentence that names one date: "met the leadership … and laid a wreath".
            // Not for a date still to come ("discussed a summit planned for 2026"), nor a verb that has not happened
            // ("is to be signed").
            if datesBySentence[date.sentenceIndex]?.count == 1, !isFutureDate {
                for t in window where !quoted[t] && pastTenseTriggers.contains(c.lower[t]) && !c.tokens[t].isCapitalized
                    && abs(t - dateFirst) <= 40 && !isUnrealised(c, t) {
                    guard let kind = triggers[c.lower[t]], kind != "event", isTriggerUse(c, t) else { continue }
                    guard seen.insert("\(date.start.iso)|\(date.end?.iso ?? "")|\(kind)").inserted else { continue }
                    result.append(event(kind, sentence: date.sentenceIndex, window: window))
                }
            }
            if date.precision == .day, date.end == nil { anchors[date.sentenceIndex] = date }
        }
        // A sentence with no date of its own right after one that dates a happening continues its story:
        // "On Tuesday, 11 November, the chairman received the delegation. The two leaders signed the memorandum …"
        // A programme's day heading ("Tuesday, 17 March." opening a paragraph) dates every happening of its paragraph.
        var headings = Set<Int>()
        for date in dates where date.precision == .day && date.end == nil && date.sentenceIndex < c.sentenceTokens.count
            && metadata.published?.span != date.span {
            let range = c.sentenceTokens[date.sentenceIndex]
            // (A heading is a short sentence: a long one is never read whole here, so a giant line stays linear.)
            guard range.count <= 12 else { continue }
            let words = range.filter { c.isWord($0) && !(c.tokens[$0].start >= date.span.start && c.tokens[$0].end <= date.span.end) }
            // ("Monday, 1 June 2026 – Rostov-on-Don": a heading line may name the day's place after a dash.)
            let dash = range.first { c.isDash($0) && $0 > c.tokenIndex(atOrAfter: date.span.end) - 1 }
            let placeWords = dash.map { d in words.filter { $0 > d } } ?? []
            // (A line of its own: it ends its paragraph or its line.)
            let headingEnd = c.sentences[date.sentenceIndex].span.end
            let placed = !placeWords.isEmpty && placeWords.allSatisfy { c.tokens[$0].isCapitalized || ["on", "and", "de"].contains(c.lower[$0]) }
                && (c.paragraphs[c.sentences[date.sentenceIndex].paragraphIndex].span.end <= headingEnd + 1
                    || headingEnd < c.text.count && c.text[headingEnd] == "\n")
            if words.filter({ !placeWords.contains($0) }).allSatisfy({ DateExtractor.weekdays[c.lower[$0]] != nil || c.lower[$0] == "on" })
                && (placeWords.isEmpty || placed) {
                headings.insert(date.sentenceIndex)
                if anchors[date.sentenceIndex] == nil { anchors[date.sentenceIndex] = date }
            }
        }
        // "Monday, 2 March 2026: Arrival at … Market briefing …": a day heading that opens its line and ends in a colon
        // heads the rest of its sentence and its paragraph.
        var colonHeadings: [Int: Int] = [:]   // sentence → the colon's token
        for date in dates where date.precision == .day && date.end == nil && date.sentenceIndex < c.sentenceTokens.count
            && metadata.published?.span != date.span && !headings.contains(date.sentenceIndex) {
            let range = c.sentenceTokens[date.sentenceIndex]
            let dateFirst = c.tokenIndex(atOrAfter: date.span.start)
            var colon = c.tokenIndex(atOrAfter: date.span.end)
            // ("Tuesday, 3 March 2026 (Phnom Penh): Courtesy call …": the day's place in brackets before the colon.)
            if colon < range.upperBound, c.isPunctuation(colon, "("),
               let close = (colon + 1..<min(range.upperBound, colon + 10)).first(where: { c.isPunctuation($0, ")") }) {
                colon = close + 1
            }
            let lineStart = c.sentences[date.sentenceIndex].span.start
            guard colon < range.upperBound, c.isPunctuation(colon, ":"), dateFirst - range.lowerBound <= 6,
                  lineStart == c.paragraphs[c.sentences[date.sentenceIndex].paragraphIndex].span.start || c.text[lineStart - 1] == "\n",
                  // ("(a) Monday, 18 May 2026:", "iii. Tuesday, …": an item's letter or numeral may lead it.)
                  (range.lowerBound..<dateFirst).allSatisfy({ !c.isWord($0) || DateExtractor.weekdays[c.lower[$0]] != nil
                      || c.lower[$0] == "on" || ($0 - range.lowerBound <= 1 && EventExtractor.itemMarkers.contains(c.lower[$0])) })
            else { continue }
            // (A weekday says it is a programme's day: "17 July 2014: Flight MH17 …" in a timeline is no item.)
            guard (range.lowerBound..<dateFirst).contains(where: { DateExtractor.weekdays[c.lower[$0]] != nil }) else { continue }
            colonHeadings[date.sentenceIndex] = colon
            headings.insert(date.sentenceIndex)
            anchors[date.sentenceIndex] = date
        }
        for (sentence, date) in anchors.sorted(by: { $0.key < $1.key }) {
            var paragraph = c.sentences[sentence].paragraphIndex
            let isHeading = headings.contains(sentence)
            let colon = colonHeadings[sentence]
            var next = colon == nil ? sentence + 1 : sentence
            // A heading that is a paragraph of its own heads the paragraph after it.
            if isHeading, colon == nil, next < c.sentences.count, c.sentences[next].paragraphIndex == paragraph + 1,
               c.paragraphs[paragraph].span.end <= c.sentences[sentence].span.end + 1 { paragraph += 1 }
            // (A sentence with a date of its own tells its own story; a span of years, "worth $41 million in 2026–2027", does not.)
            // (Under a day heading, a sentence with a date of its own still tells the day's happenings before that date:
            // "conducted an exercise …, after which it left for Cam Ranh, where it is due on 22 March".)
            while next < c.sentences.count, next <= sentence + (isHeading ? 8 : 2), c.sentences[next].paragraphIndex == paragraph,
                  isHeading || !(sentencesWithOwnDate.contains(next)), next < c.sentenceTokens.count {
                var range = c.sentenceTokens[next]
                if let colon, next == sentence {
                    // (The heading's own sentence keeps the one event the date's nearest trigger gave it.)
                    // (Its items after a semicolon are read on: "opening session …; courtesy call on the Governor …".)
                    if result.contains(where: { $0.sentenceIndex == sentence && $0.date == date.start }) {
                        guard let semicolon = (colon + 1..<range.upperBound).first(where: { c.isPunctuation($0, ";") }) else { next += 1; continue }
                        range = semicolon..<range.upperBound
                    } else {
                        range = (colon + 1)..<max(colon + 1, range.upperBound)
                    }
                }
                // (The first date of the sentence, from the dates grouped by sentence: no scan of the whole text. The day's
                // story ends at a sentence with a date of its own.)
                var ownDate = false
                if isHeading, next != sentence || colon == nil, let own = firstDateOfSentence[next] {
                    range = range.lowerBound..<max(range.lowerBound, c.tokenIndex(atOrAfter: own.span.start))
                    ownDate = true
                }
                if range.contains(where: { EventExtractor.futureMarkers.contains(c.lower[$0]) }) { break }
                for t in range where !quoted[t] && (pastTenseTriggers.contains(c.lower[t])
                    || isHeading && (triggers[c.lower[t]] != nil || programmeTriggers[c.lower[t]] != nil))
                    && (!c.tokens[t].isCapitalized || isHeading && opensItem(c, t, in: range)) && !isUnrealised(c, t) {
                    // ("to open", "will open" never get here: `isUnrealised` and the future markers stop them.)
                    guard let kind = triggers[c.lower[t]] ?? (isHeading ? programmeTriggers[c.lower[t]] : nil), kind != "event",
                          kind != "partnership", isTriggerUse(c, t) else { continue }
                    // (A programme's day may hold several happenings of a kind, one to a sentence.)
                    // (Under a heading that shares its line, "Monday, 2 March: Arrival at …", one happening to a sentence.)
                    // (Under such a heading, items after semicolons are happenings of their own: "opening session at the
                    // ICC; courtesy call on the Governor; …".)
                    let item = colon == nil ? 0 : (range.lowerBound..<t).filter { c.isPunctuation($0, ";") }.count
                    let key = "\(date.start.iso)|\(date.end?.iso ?? "")|" + (colon != nil ? "\(item)" : kind) + (isHeading ? "|\(next)" : "")
                    guard seen.insert(key).inserted else { continue }
                    let window = range.lowerBound..<min(range.upperBound, range.lowerBound + 81)
                    result.append(event(c, kind, date, sentence: next, window: window, mentions: mentionsBySentence[next] ?? [], entities))
                }
                if ownDate { break }
                next += 1
            }
        }
        result.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.date.iso < $1.date.iso }
        // A generic "held"/"took place" adds nothing to a date that already has a specific happening.
        let specificDates = Set(result.filter { $0.kind != "event" }.map { "\($0.date.iso)|\($0.endDate?.iso ?? "")" })
        return (result.filter { $0.kind != "event" || !specificDates.contains("\($0.date.iso)|\($0.endDate?.iso ?? "")") }, weighed)
    }

    /// Each sentence's entity mentions in text order, so the mentions near a date are found by binary search: walking
    /// a sentence's mentions from its start for every date is quadratic in a huge unpunctuated "sentence".
    static func mentionsBySentence(_ entities: [EntityInfo]) -> [Int: [(start: Int, entity: Int)]] {
        var bySentence: [Int: [(start: Int, entity: Int)]] = [:]
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions { bySentence[mention.sentenceIndex, default: []].append((mention.span.start, index)) }
        }
        return bySentence.mapValues { $0.sorted { $0.start < $1.start } }
    }

    /// The happening of `kind` dated by `date` and told in `sentence`, with the place and participants read in `window`.
    static func event(_ c: AnalysisContext, _ kind: String, _ date: DateMention, sentence: Int, window: Range<Int>,
                      mentions: [(start: Int, entity: Int)], _ entities: [EntityInfo]) -> EventInfo {
        let (place, participants) = placeAndParticipants(c, window: window, mentions: mentions, entities)
        let span = c.sentences[sentence].span
        return EventInfo(kind: kind, date: date.start, endDate: date.end, summary: summary(c, span), placeIndex: place,
                         participantIndices: participants, sentenceIndex: sentence, span: span)
    }

    /// The first word of a sentence or of a programme's item ("- Visit to the laboratory …"), capitalised by position
    /// (read only under a day heading: elsewhere "Signed decades ago, …" opens a sentence about something else).
    static func opensItem(_ c: AnalysisContext, _ t: Int, in range: Range<Int>) -> Bool {
        t == range.lowerBound || (t == range.lowerBound + 1 && (c.isDash(t - 1) || c.isPunctuation(t - 1, "•") || c.isPunctuation(t - 1, "*")))
    }

    /// Trigger words that name a happening only in some uses: "received" a delegation (not a grant), "called at" a port
    /// (not "called on X to …", "so-called"), "will open" or "to open" (not "an open letter", "open to").
    static func isTriggerUse(_ c: AnalysisContext, _ t: Int) -> Bool {
        switch c.lower[t] {
        case "received": return receivesVisitors(c, t)
        case "called": return c.lowerIs(t + 1, "at")
        // "paid courtesy calls on the Governor", "a port call": not "a call for", "phone calls".
        case "calls", "call": return t > 0 && ["courtesy", "port"].contains(c.lower[t - 1])
        // "meets the Minister", "meets in Moscow": not "meets all IMO standards".
        case "meets": return t + 1 < c.count && (c.tokens[t + 1].isCapitalized
            || ["with", "in", "at", "on", "every", "twice", "annually", "regularly", "next"].contains(c.lower[t + 1]))
        case "open": return t > 0 && ["will", "to", "would", "shall"].contains(c.lower[t - 1])
        default: return true
        }
    }

    /// The entities near a happening: the place after "in"/"at"/"в" (a city before a larger place), and the others
    /// as participants, in entity order (their first mention in the document), then text order.
    static func placeAndParticipants(_ c: AnalysisContext, window: Range<Int>, mentions inSentence: [(start: Int, entity: Int)],
                                     _ entities: [EntityInfo]) -> (Int?, [Int]) {
        var place: Int? = nil
        var participants: [Int] = []
        let from = c.tokens[window.lowerBound].start, to = c.tokens[window.upperBound - 1].end
        var lo = 0, hi = inSentence.count
        while lo < hi { let mid = (lo + hi) / 2; if inSentence[mid].start < from { lo = mid + 1 } else { hi = mid } }
        var nearby: [(start: Int, entity: Int)] = []
        while lo < inSentence.count, inSentence[lo].start < to { nearby.append(inSentence[lo]); lo += 1 }
        nearby.sort { $0.entity != $1.entity ? $0.entity < $1.entity : $0.start < $1.start }
        for mention in nearby.prefix(40) {
            let entity = entities[mention.entity]
            let t = c.tokenIndex(atOrAfter: mention.start)
            if entity.type == .location, place == nil || entity.subtype == "city",
               c.lowerIs(t - 1, "in") || c.lowerIs(t - 1, "at") || c.lowerIs(t - 1, "в") {
                if let old = place, entities[old].subtype == "city" { continue }
                place = mention.entity
                continue
            }
            if !participants.contains(mention.entity) { participants.append(mention.entity) }
        }
        participants.removeAll { $0 == place }
        return (place, participants)
    }

    /// A past form that names nothing done: "is to be signed", "will be celebrated", "has not been ratified".
    static func isUnrealised(_ c: AnalysisContext, _ t: Int) -> Bool {
        if t > 0, ["to", "be", "been", "not", "never", "yet"].contains(c.lower[t - 1]) { return true }
        return (max(0, t - 4)..<t).contains { futureMarkers.contains(c.lower[$0]) || c.lower[$0] == "not" }
    }

    /// "received the delegation", "received Deputy Minister X": a host meeting visitors, not money or an award.
    static func receivesVisitors(_ c: AnalysisContext, _ t: Int) -> Bool {
        if t + 1 < c.count, c.tokens[t + 1].isCapitalized, c.isWord(t + 1) { return true }
        return (t + 1..<min(c.count, t + 5)).contains { visitorWords.contains(c.lower[$0]) }
    }
    static let visitorWords: Set<String> = ["delegation", "delegations", "visitors", "guests", "ambassador", "minister", "envoy",
                                            "governor", "president", "him", "her", "them", "mission"]

    static let schedulingWords: Set<String> = ["planned", "scheduled", "set", "due", "slated", "expected", "pencilled", "penciled"]

    /// A year that dates a statistic ("reached $1.4 billion in 2025", "1.2 million visitors came in 2024"):
    /// an amount in the eight tokens before it.
    static func isStatisticYear(_ c: AnalysisContext, dateToken: Int) -> Bool {
        var t = dateToken - 1
        while t >= 0, t >= dateToken - 8 {
            let lower = c.lower[t]
            if lower == "%" || lower == "percent" || lower == "per" || Lexicon.multipliers[lower] != nil && lower.count > 1
                || lower == "$" || lower == "us$" || Lexicon.currencyWords[lower] != nil { return true }
            if c.isPunctuation(t, ".") || c.isPunctuation(t, ";") { break }
            t -= 1
        }
        return false
    }

    /// The evidence sentence, cut at a word boundary after about 200 characters.
    static func summary(_ c: AnalysisContext, _ span: TextSpan) -> String {
        guard span.end - span.start > 200 else { return c.text.string(span) }
        var end = span.start + 200
        while end > span.start + 100, !Scalars.isSpace(c.text[end]) { end -= 1 }
        return c.text.string(span.start, end) + "…"
    }

    // MARK: - Action verbs

    /// Verbs that only report what was said or thought; other reporting verbs ("recognised", "announced") act.
    static let sayingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "noted", "notes", "stressed", "added", "adds", "explained", "argued", "argues",
        "believes", "believed", "thinks", "thought", "wrote", "writes", "asked", "replied", "answered", "commented", "remarked",
        "observed", "recalled", "recalls", "insisted", "suggested", "warned", "claimed", "estimated", "estimates", "predicted",
        "according", "saying", "speaking", "put", "described", "emphasised", "emphasized", "underlined", "pointed", "reflected",
        "remembered", "hoped", "expected", "reported",
    ]

    /// Past forms that do not end in "-ed", and future markers; other verbs are read by their "-ed" ending.
    static let irregularPasts: Set<String> = [
        "began", "begun", "came", "went", "took", "made", "held", "met", "left", "set", "put", "won", "gave", "sent", "built",
        "brought", "became", "rose", "fell", "grew", "led", "paid", "sold", "bought", "flew", "ran", "shut", "struck", "broke",
        "chose", "drew", "spoke", "wrote", "undertook", "withdrew", "overtook", "sought", "taught", "won", "lost", "hit",
        "agreed", "freed", "decreed", "guaranteed", "found", "bound", "laid", "stood", "kept", "told", "froze", "signed",
    ]
    static let futureMarkers: Set<String> = ["will", "would", "shall", "due", "scheduled", "planned", "plans", "expected", "set", "slated",
                                             "plan", "intend", "intends", "aim", "aims", "начнётся", "начнется", "запланирован",
                                             "запланирована", "запланировано", "планируется", "будет", "будут"]
    /// Words ending in "-ed" that are adjectives or nouns, not actions.
    static let edNonVerbs: Set<String> = [
        "based", "related", "united", "limited", "red", "need", "needed", "speed", "feed", "seed", "bed", "hundred", "indeed",
        "advanced", "detailed", "experienced", "sophisticated", "concerned", "interested", "qualified", "skilled", "dedicated",
        "alleged", "so-called", "called", "named", "titled", "entitled", "estimated", "expected", "registered", "listed",
        "owned", "controlled", "focused", "reported", "quoted", "cited", "added", "noted", "stated", "stressed",
        "edited", "updated", "published", "posted", "retrieved", "accessed", "compared", "enrolled", "recorded",
    ]

    /// A date that can stand for a generic happening: not a deadline or target ("by 2030", "until 15 March",
    /// "before 2040"), not "the year 2005".
    static func isPlainDate(_ c: AnalysisContext, _ dateFirst: Int, precision: DatePrecision) -> Bool {
        guard dateFirst > 0 else { return true }
        let before = c.lower[dateFirst - 1]
        // "apply by July 26" is a deadline, a dated happening; "by 2030" a target.
        if before == "by" || before == "к" { return precision == .day }
        return !["until", "till", "before", "year", "до"].contains(before)
    }

    /// A verb of action in the clause around a date (within its commas), outside quotations: its token, or nil.
    static func actionVerb(_ c: AnalysisContext, near dateFirst: Int, _ dateLast: Int, in range: Range<Int>, quoted: [Bool],
                           isDateToken: [Bool], speechCounts: Bool, precision: DatePrecision = .year) -> Int? {
        var from = dateFirst, to = dateLast
        // (The comma of "74,000" is no clause boundary.)
        while from > range.lowerBound, dateFirst - from < 14, !c.isPunctuation(from - 1, ",") || c.isThousandsSeparator(from - 1), !c.isPunctuation(from - 1, ";"),
              !c.isPunctuation(from - 1, ":") { from -= 1 }
        while to + 1 < range.upperBound, to - dateLast < 10, !c.isPunctuation(to + 1, ","), !c.isPunctuation(to + 1, ";") { to += 1 }
        // "On 28 October 2026, the bulk carrier Ocean Dawn discharged …": a date that opens its sentence dates the main clause.
        // ("From 16 to 19 March 2026, a detachment … paid a visit", "С 2 по 27 мая 2026 года специалисты … провели": the
        // same, and a Russian subject may be long.)
        if from == range.lowerBound, (from..<dateFirst).allSatisfy({ ["on", "in", "at", "during", "from", "between", "с", "в", "во"].contains(c.lower[$0]) }),
           to == dateLast && c.isPunctuation(to + 1, ",") || Scalars.isCyrillic(c.text[c.tokens[dateFirst].start]) || Scalars.isCyrillic(c.text[c.tokens[dateLast].start]) {
            if c.isPunctuation(to + 1, ",") { to += 1 }
            while to + 1 < range.upperBound, to - dateLast < 22, !c.isPunctuation(to + 1, ","), !c.isPunctuation(to + 1, ";") { to += 1 }
        }
        // A figure before the date in its clause ("recorded 406 disasters in 2024") states data, not a happening; a day
        // dates the act itself ("loaded 74,000 tonnes on August 3"), and a number inside a name ("MiG-29s") is no figure.
        if precision != .day {
            for t in from..<dateFirst where c.tokens[t].kind == .number && !isDateToken[t] && !quoted[t]
                && !(t > 0 && c.isDash(t - 1) && c.adjacent(t - 1, t)) { return nil }
        }
        for t in from...to where c.tokens[t].kind == .word && !quoted[t] && !c.tokens[t].isCapitalized && !(dateFirst...dateLast).contains(t) {
            let word = c.lower[t]
            if speechCounts, Lexicon.reportingVerbs.contains(word) { return t }
            if sayingVerbs.contains(word) { continue }
            // "Markova, who moved to Thailand in 2015": a life story's aside, not news.
            if t > 0, c.lower[t - 1] == "who" { return nil }
            // "will travel in July", "In July six specialists will travel": a plan is dated as its happening.
            if irregularPasts.contains(word) || (futureMarkers.contains(word) && (t < dateFirst || ["will", "shall"].contains(word))) { return t }
            // "The line is to start trial production in October": a plan.
            if word == "to", t > 0, ["is", "are"].contains(c.lower[t - 1]), c.isWord(t + 1), t < dateFirst { return t }
            if word.count > 4, word.hasSuffix("ed"), !edNonVerbs.contains(word), !word.hasSuffix("eed") { return t }
            // Russian past tense: "подписали", "прошла", "открыл".
            if word.count > 4, Scalars.isCyrillic(c.text[c.tokens[t].start]),
               word.hasSuffix("ли") || word.hasSuffix("ла") || word.hasSuffix("ло") || word.hasSuffix("ал") || word.hasSuffix("ил") {
                return t
            }
        }
        return nil
    }
}
