/// A second opinion on the event rules: a logistic model, trained on the annotated development documents, that reads
/// every date mention's surroundings (the words near it, its precision, the tense of its clause, what the rules made
/// of it) and scores how likely the date is to date a happening. Dates the rules passed over but the model is sure of
/// become events of their own. The weights are data (`EventModelWeights.swift`, written by
/// `extraction-eval --train-events`); the features are here, so training and use read a date the same way.
public struct EventCandidate: Sendable {
    public var date: DateMention
    public var features: [Feature]
    /// The rules dated a happening with this date in this sentence.
    public var hasRuleEvent: Bool
    /// The nearest trigger word's kind within the sentence, for the event the model adds.
    var triggerKind: String?
}

public struct EventModel: Sendable {
    public var linear: LinearModel
    /// A date the rules passed over becomes an event when its score (log-odds) reaches this.
    public var threshold: Double
    public init(linear: LinearModel, threshold: Double) { self.linear = linear; self.threshold = threshold }

    /// The log-odds that the date dates a happening.
    public func score(_ features: [Feature]) -> Double { linear.score(features) }
}

public enum EventClassifier {
    /// One candidate per date mention the rules weighed (not the publication date, the dateline, a date in the
    /// reference list or inside a quotation, nor one its own words rule out: "since 2011", "by 2030").
    static func candidates(_ c: AnalysisContext, dates: [DateMention], weighed: Set<Int>, ruleEvents: [EventInfo], metadata: DocumentMetadata,
                           entities: [EntityInfo], quotes: [QuoteInfo], referenceListStart: Int?) -> [EventCandidate] {
        let quoted = c.tokensInside(quotes.lazy.map(\.span))
        var ruleDates = Set<String>()
        for event in ruleEvents { ruleDates.insert("\(event.sentenceIndex)|\(event.date.iso)") }
        let ruleSentences = Set(ruleEvents.map(\.sentenceIndex))
        var kindsBySentence: [Int: [String]] = [:]
        for event in ruleEvents { kindsBySentence[event.sentenceIndex, default: []].append(event.kind) }
        var datesBySentence: [Int: Int] = [:]
        for date in dates { datesBySentence[date.sentenceIndex, default: 0] += 1 }
        var typesBySentence: [Int: Set<String>] = [:]
        for entity in entities {
            for mention in entity.mentions { typesBySentence[mention.sentenceIndex, default: []].insert(entity.type.rawValue) }
        }
        let publishedYear = metadata.published?.value.year
        var result: [EventCandidate] = []
        for date in dates where weighed.contains(date.span.start) {
            if let limit = referenceListStart, date.span.start >= limit { continue }
            if let published = metadata.published, published.span == date.span { continue }
            if let place = metadata.dateline?.span, date.span.start >= place.end, date.span.start - place.end < 40 { continue }
            guard date.sentenceIndex < c.sentenceTokens.count else { continue }
            let first = c.tokenIndex(atOrAfter: date.span.start)
            guard first < c.count, !quoted[first] else { continue }
            let last = max(first, c.tokenIndex(atOrAfter: date.span.end) - 1)
            let range = c.sentenceTokens[date.sentenceIndex]
            var features = FeatureList()
            let precision = date.precision.rawValue
            features.append("p=\(precision)")
            if let end = date.end { features.append(end.year != date.start.year ? "range=years" : "range=\(precision)") }
            if let qualifier = date.qualifier { features.append("q=\(qualifier)") }
            if date.isYearInferred { features.append("inferred") }
            if let year = publishedYear {
                let relation = date.start.year < year - 1 ? "past" : date.start.year > year ? "future"
                    : date.start.year == year ? "same" : "lastyear"
                features.append("rel=\(relation)")
                features.append("rel=\(relation)|p=\(precision)")
            } else {
                features.append("rel=none")
            }
            let tense = DateExtractor.clauseTense(c, first: first, last: last)
            features.append("tense=\(tense)")
            features.append("tense=\(tense)|p=\(precision)")
            let hasRule = ruleDates.contains("\(date.sentenceIndex)|\(date.start.iso)")
            features.append(hasRule ? "rule" : "norule")
            features.append((hasRule ? "rule" : "norule") + "|p=\(precision)")
            for kind in (kindsBySentence[date.sentenceIndex] ?? []).sorted() { features.append("rulekind=\(kind)") }
            let count = datesBySentence[date.sentenceIndex] ?? 1
            features.append("dates=\(min(count, 3))")
            for type in (typesBySentence[date.sentenceIndex] ?? []).sorted() { features.append("ent=\(type)") }
            if date.sentenceIndex > 0, c.sentences[date.sentenceIndex - 1].paragraphIndex != c.sentences[date.sentenceIndex].paragraphIndex {
                features.append("opens-paragraph")
            }
            if ruleSentences.contains(date.sentenceIndex - 1) { features.append("after-rule-sentence") }
            if first == range.lowerBound || first == range.lowerBound + 1 { features.append("opens-sentence") }
            if range.count <= 12 { features.append("short-sentence") }
            // The words next to the date, by side and distance, and the words of its neighbourhood.
            func word(_ t: Int) -> String? {
                guard t >= range.lowerBound, t < range.upperBound else { return nil }
                return c.tokens[t].kind == .word ? c.lower[t] : c.tokens[t].kind == .number ? "#" : c.words[t]
            }
            features.append("b1=\(word(first - 1) ?? "^")")
            features.append("b2=\(word(first - 2) ?? "^")|\(word(first - 1) ?? "^")")
            features.append("a1=\(word(last + 1) ?? "$")")
            features.append("a2=\(word(last + 1) ?? "$")|\(word(last + 2) ?? "$")")
            var trigger: (distance: Int, kind: String)? = nil
            let from = max(range.lowerBound, first - 20), to = min(range.upperBound, last + 21)
            for t in from..<to where (t < first || t > last) && c.tokens[t].kind == .word && !quoted[t] {
                let w = c.lower[t]
                let side = t < first ? "L" : "R"
                features.append("w\(side)=\(w)")
                if w.count > 4, w.hasSuffix("ed") { features.append("ed\(side)") }
                if let kind = EventExtractor.triggers[w], EventExtractor.isTriggerUse(c, t) {
                    features.append("trig=\(kind)")
                    let distance = t < first ? first - t : t - last
                    if trigger == nil || distance < trigger!.distance { trigger = (distance, kind) }
                }
            }
            if let trigger { features.append("near=\(min(trigger.distance / 4, 4))") } else { features.append("notrigger") }
            result.append(EventCandidate(date: date, features: features.features, hasRuleEvent: hasRule, triggerKind: trigger?.kind))
        }
        return result
    }

    /// The candidates that become events beside the rules' ones: those the rules passed over whose date no rule event
    /// has, scored at or above the model's threshold (one per date).
    public static func additions(_ candidates: [EventCandidate], ruleEventDates: [String], model: EventModel) -> [Int] {
        var covered = Set(ruleEventDates)
        var picked: [Int] = []
        for (index, candidate) in candidates.enumerated() where !candidate.hasRuleEvent {
            let iso = candidate.date.start.iso
            guard !covered.contains(iso), model.score(candidate.features) >= model.threshold else { continue }
            covered.insert(iso)
            picked.append(index)
        }
        return picked
    }

    /// The rules' events with the model's additions, in text order.
    static func merged(_ c: AnalysisContext, ruleEvents: [EventInfo], candidates: [EventCandidate], model: EventModel,
                       entities: [EntityInfo]) -> [EventInfo] {
        let picked = additions(candidates, ruleEventDates: ruleEvents.map(\.date.iso), model: model)
        guard !picked.isEmpty else { return ruleEvents }
        var result = ruleEvents
        let mentionsBySentence = EventExtractor.mentionsBySentence(entities)
        for index in picked {
            let candidate = candidates[index]
            let sentence = candidate.date.sentenceIndex
            let mentions = mentionsBySentence[sentence] ?? []
            let range = c.sentenceTokens[sentence]
            let first = c.tokenIndex(atOrAfter: candidate.date.span.start)
            let window = max(range.lowerBound, first - 40)..<min(range.upperBound, first + 41)
            result.append(EventExtractor.event(c, candidate.triggerKind ?? "event", candidate.date, sentence: sentence,
                                               window: window, mentions: mentions, entities))
        }
        result.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.date.iso < $1.date.iso }
        return result
    }
}
