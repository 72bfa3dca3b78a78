/// A half-open range of a document's stored text, in Unicode scalar (code point) offsets.
/// `String(text.unicodeScalars[start..<end])` is the evidence; SQLite's `substr(text, start + 1, end - start)` agrees.
public struct TextSpan: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }
}

/// Everything the extractor finds in one document. Indexes (`sentenceIndex`, `entityIndex`…)
/// point into the arrays of this same value.
public struct DocumentAnalysis: Sendable {
    public var metadata: DocumentMetadata
    public var paragraphs: [ParagraphInfo]
    public var sentences: [SentenceInfo]
    public var entities: [EntityInfo]
    public var dates: [DateMention]
    public var events: [EventInfo]
    public var quotes: [QuoteInfo]
    public var figures: [FigureInfo]
    public var citations: [CitationInfo]
    /// Normalised content terms (lower-cased, stop words removed) with their counts, for keyword scoring.
    public var termCounts: [String: Int]

    public init(metadata: DocumentMetadata = DocumentMetadata(), paragraphs: [ParagraphInfo] = [],
                sentences: [SentenceInfo] = [], entities: [EntityInfo] = [], dates: [DateMention] = [],
                events: [EventInfo] = [], quotes: [QuoteInfo] = [], figures: [FigureInfo] = [],
                citations: [CitationInfo] = [], termCounts: [String: Int] = [:]) {
        self.metadata = metadata; self.paragraphs = paragraphs; self.sentences = sentences
        self.entities = entities; self.dates = dates; self.events = events; self.quotes = quotes
        self.figures = figures; self.citations = citations; self.termCounts = termCounts
    }
}

/// A metadata value with the span it was read from.
public struct Evidenced<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var span: TextSpan
    public init(_ value: Value, span: TextSpan) { self.value = value; self.span = span }
}

/// Document-level facts. Anything not found in the text is nil / empty, never guessed.
public struct DocumentMetadata: Sendable, Hashable {
    public var title: Evidenced<String>?
    public var authors: [Evidenced<String>]
    public var publisher: Evidenced<String>?
    public var published: Evidenced<PartialDate>?
    public var url: Evidenced<String>?
    /// ISO 639-1 code of the document's main language ("en", "ru"), or "und".
    public var language: String
    /// The dateline place ("JAKARTA – …"), when there is one.
    public var dateline: Evidenced<String>?
    public var translators: [Evidenced<String>]

    public init(title: Evidenced<String>? = nil, authors: [Evidenced<String>] = [], publisher: Evidenced<String>? = nil,
                published: Evidenced<PartialDate>? = nil, url: Evidenced<String>? = nil, language: String = "und",
                dateline: Evidenced<String>? = nil, translators: [Evidenced<String>] = []) {
        self.title = title; self.authors = authors; self.publisher = publisher; self.published = published
        self.url = url; self.language = language; self.dateline = dateline; self.translators = translators
    }
}

/// A paragraph: a run of non-blank lines, without surrounding whitespace.
public struct ParagraphInfo: Sendable, Hashable {
    public var span: TextSpan
    /// ISO 639-1 code of this paragraph's language, or "und".
    public var language: String
    public init(span: TextSpan, language: String) { self.span = span; self.language = language }
}

/// A sentence (or a header line) inside one paragraph.
public struct SentenceInfo: Sendable, Hashable {
    public var span: TextSpan
    public var paragraphIndex: Int
    public init(span: TextSpan, paragraphIndex: Int) { self.span = span; self.paragraphIndex = paragraphIndex }
}

/// What an entity is; agreements are named documents (treaties, declarations, charters, plans of action…).
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable {
    case person, organization, location, agreement
}

/// One entity as seen in one document: a canonical name, every surface form, roles and mentions.
public struct EntityInfo: Sendable, Hashable {
    public var name: String
    public var type: EntityType
    /// Every surface form seen, canonical name included ("ASEAN", "Association of Southeast Asian Nations").
    public var aliases: [String]
    /// Finer kind where known: "country", "city", "region" for locations; nil otherwise.
    public var subtype: String?
    public var roles: [RoleInfo]
    public var mentions: [MentionInfo]
    public init(name: String, type: EntityType, aliases: [String] = [], subtype: String? = nil,
                roles: [RoleInfo] = [], mentions: [MentionInfo] = []) {
        self.name = name; self.type = type; self.aliases = aliases; self.subtype = subtype
        self.roles = roles; self.mentions = mentions
    }
}

/// One occurrence of an entity: the text as written and the sentence it is in.
public struct MentionInfo: Sendable, Hashable {
    public var span: TextSpan
    public var sentenceIndex: Int
    public var surface: String
    public init(span: TextSpan, sentenceIndex: Int, surface: String) {
        self.span = span; self.sentenceIndex = sentenceIndex; self.surface = surface
    }
}

/// A role stated in the text: "Russian Foreign Minister", "Director of the ASEAN Center at MGIMO University".
public struct RoleInfo: Sendable, Hashable {
    public var title: String
    public var span: TextSpan
    public var sentenceIndex: Int
    public init(title: String, span: TextSpan, sentenceIndex: Int) {
        self.title = title; self.span = span; self.sentenceIndex = sentenceIndex
    }
}

/// How much of a date the text states; `decade` for "the 1990s".
public enum DatePrecision: String, Sendable, Hashable, Codable {
    case day, month, year, decade
}

/// A calendar date known to some precision. `iso` is "2024-08-13", "2024-08" or "2024".
public struct PartialDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public init(year: Int, month: Int? = nil, day: Int? = nil) { self.year = year; self.month = month; self.day = day }

    public var precision: DatePrecision { day != nil ? .day : month != nil ? .month : .year }
    public var iso: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var text = String(year)
        if let month { text += "-" + pad(month) }
        if let month, let day { _ = month; text += "-" + pad(day) }
        return text
    }
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}

/// A date expression in the text, normalised. A range ("19-20 November 2020", "2005-2015") has an `end`.
public struct DateMention: Sendable, Hashable {
    public var span: TextSpan
    public var sentenceIndex: Int
    public var text: String
    public var start: PartialDate
    public var end: PartialDate?
    public var precision: DatePrecision
    /// "end", "beginning", "mid" for expressions such as "the end of 2021"; nil otherwise.
    public var qualifier: String?
    /// True when the year was not written but inferred ("July 26" in a 2024 article).
    public var isYearInferred: Bool
    public init(span: TextSpan, sentenceIndex: Int, text: String, start: PartialDate, end: PartialDate? = nil,
                precision: DatePrecision, qualifier: String? = nil, isYearInferred: Bool = false) {
        self.span = span; self.sentenceIndex = sentenceIndex; self.text = text; self.start = start; self.end = end
        self.precision = precision; self.qualifier = qualifier; self.isYearInferred = isYearInferred
    }
}

/// A dated happening: summit, meeting, visit, talks, signing, adoption, accession, exercise, founding…
public struct EventInfo: Sendable, Hashable {
    public var kind: String
    public var date: PartialDate
    public var endDate: PartialDate?
    public var summary: String
    /// Index into `entities` of the place, when stated.
    public var placeIndex: Int?
    /// Indexes into `entities` of the participants.
    public var participantIndices: [Int]
    public var sentenceIndex: Int
    /// The evidence: normally the whole sentence.
    public var span: TextSpan
    public init(kind: String, date: PartialDate, endDate: PartialDate? = nil, summary: String, placeIndex: Int? = nil,
                participantIndices: [Int] = [], sentenceIndex: Int, span: TextSpan) {
        self.kind = kind; self.date = date; self.endDate = endDate; self.summary = summary; self.placeIndex = placeIndex
        self.participantIndices = participantIndices; self.sentenceIndex = sentenceIndex; self.span = span
    }
}

/// A direct quotation. `span` covers the quoted words without the quote marks.
public struct QuoteInfo: Sendable, Hashable {
    public var text: String
    public var span: TextSpan
    /// Index into `entities` of the speaker, or nil when the text attributes none.
    public var speakerIndex: Int?
    public var sentenceIndex: Int
    public init(text: String, span: TextSpan, speakerIndex: Int? = nil, sentenceIndex: Int) {
        self.text = text; self.span = span; self.speakerIndex = speakerIndex; self.sentenceIndex = sentenceIndex
    }
}

/// An amount that states a fact: money, a percentage (or range), a count of people or things.
public struct FigureInfo: Sendable, Hashable {
    public var value: Double
    /// Upper bound for ranges ("45%-50%"), else nil.
    public var valueMax: Double?
    /// "USD", "RUB", "percent", or the counted noun ("people", "experts", "countries").
    public var unit: String
    /// "more than", "about", "up to"… when stated.
    public var qualifier: String?
    public var text: String
    public var span: TextSpan
    public var sentenceIndex: Int
    /// The year the figure refers to, when stated.
    public var year: Int?
    public init(value: Double, valueMax: Double? = nil, unit: String, qualifier: String? = nil, text: String,
                span: TextSpan, sentenceIndex: Int, year: Int? = nil) {
        self.value = value; self.valueMax = valueMax; self.unit = unit; self.qualifier = qualifier; self.text = text
        self.span = span; self.sentenceIndex = sentenceIndex; self.year = year
    }
}

/// A numbered reference of a paper, linked to its markers in the body text.
public struct CitationInfo: Sendable, Hashable {
    public var number: Int
    public var text: String
    public var span: TextSpan
    public var markerSpans: [TextSpan]
    public init(number: Int, text: String, span: TextSpan, markerSpans: [TextSpan] = []) {
        self.number = number; self.text = text; self.span = span; self.markerSpans = markerSpans
    }
}
