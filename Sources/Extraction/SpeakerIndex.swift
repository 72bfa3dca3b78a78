/// Entity mentions in text order, prepared for the quotation attribution rules: who was named last before
/// an offset ("he said"), who holds a title ("the minister said"), and who is interviewed. Built once per
/// document; every lookup is a binary search.
struct SpeakerIndex {
    typealias Mention = (start: Int, end: Int, entity: Int, type: EntityType)

    let mentions: [Mention]
    /// The latest person mention outside quotations at or before each mention.
    private let lastPersonUpTo: [Int?]
    /// Title word ("minister", "secretary-general") → starts and entities of the mentions of people holding it.
    private let holders: [String: [(start: Int, entity: Int)]]
    /// The person a document introduces as interviewed ("an interview with X"), when there is one.
    private(set) var interviewee: Int? = nil
    /// The paragraph that names the interviewee.
    private(set) var intervieweeParagraph = -1

    /// `quoted` spans (sorted, disjoint) hide the people named inside quotations from "the last person".
    init(_ c: AnalysisContext, entities: [EntityInfo], quoted: [TextSpan]) {
        var mentions: [Mention] = []
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions { mentions.append((mention.span.start, mention.span.end, index, entity.type)) }
        }
        mentions.sort { $0.start < $1.start }
        var titlesOf: [Int: Set<String>] = [:]
        for (index, entity) in entities.enumerated() where entity.type == .person && !entity.roles.isEmpty {
            titlesOf[index] = Set(entity.roles.flatMap { SpeakerIndex.titleWords($0.title) })
        }
        var lastPersonUpTo: [Int?] = []
        lastPersonUpTo.reserveCapacity(mentions.count)
        var holders: [String: [(start: Int, entity: Int)]] = [:]
        var latest: Int? = nil
        var q = 0
        for mention in mentions {
            while q < quoted.count, quoted[q].end <= mention.start { q += 1 }
            let isQuoted = q < quoted.count && quoted[q].start <= mention.start
            if mention.type == .person && !isQuoted {
                latest = mention.entity
                for title in titlesOf[mention.entity] ?? [] { holders[title, default: []].append((mention.start, mention.entity)) }
            }
            lastPersonUpTo.append(latest)
        }
        self.mentions = mentions
        self.lastPersonUpTo = lastPersonUpTo
        self.holders = holders
        findInterviewee(c)
    }

    /// Lower-cased title words of a role: "Deputy Foreign Minister" → deputy, foreign, minister.
    static func titleWords(_ role: String) -> [String] {
        role.lowercased().split { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" }.map(String.init)
            .filter { Lexicon.titleWords.contains($0) }
    }

    /// First index of a mention starting at or after `offset`.
    private func firstMention(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi { let mid = (lo + hi) / 2; if mentions[mid].start < offset { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    func mentions(_ start: Int, _ end: Int) -> ArraySlice<Mention> {
        let lo = firstMention(atOrAfter: start)
        var e = lo
        while e < mentions.count, mentions[e].start < end { e += 1 }
        return mentions[lo..<e]
    }

    func people(_ start: Int, _ end: Int) -> [Mention] { mentions(start, end).filter { $0.type == .person } }

    func lastPerson(before offset: Int) -> Int? {
        let lo = firstMention(atOrAfter: offset)
        return lo > 0 ? lastPersonUpTo[lo - 1] : nil
    }

    /// The person last named before `offset` who holds `title` ("the minister" → the Foreign Minister).
    func holder(of title: String, before offset: Int) -> Int? {
        guard let list = holders[title] else { return nil }
        var lo = 0, hi = list.count
        while lo < hi { let mid = (lo + hi) / 2; if list[mid].start < offset { lo = mid + 1 } else { hi = mid } }
        return lo > 0 ? list[lo - 1].entity : nil
    }

    /// "… an interview with (Ambassador) X", or the one person of an opening sentence that mentions an
    /// interview ("X told our correspondent in an interview"): only the first paragraphs are read.
    private mutating func findInterviewee(_ c: AnalysisContext) {
        let limit = c.paragraphs.count > 4 ? c.paragraphs[4].span.start : c.text.count
        var t = 0
        var checked = -1   // each sentence is read once, however often it says "interview"
        while t < c.count, c.tokens[t].start < limit {
            defer { t += 1 }
            guard c.lower[t] == "interview" || c.lower[t] == "interviewed" else { continue }
            let sentence = c.tokens[t].sentence
            guard sentence >= 0 else { continue }
            if c.lowerIs(t + 1, "with") {
                let from = c.tokens[t + 1].end
                let to = c.tokens[min(t + 8, c.sentenceTokens[sentence].upperBound - 1)].end
                if let person = people(from, to).first {
                    interviewee = person.entity
                    intervieweeParagraph = c.sentences[sentence].paragraphIndex
                    return
                }
            }
            guard sentence != checked else { continue }
            checked = sentence
            let span = c.sentences[sentence].span
            let named = Set(people(span.start, span.end).map(\.entity))
            if named.count == 1 {
                interviewee = named.first
                intervieweeParagraph = c.sentences[sentence].paragraphIndex
                return
            }
        }
    }
}
