/// Entry point of the extraction module: text in, `DocumentAnalysis` out. Pure: no I/O.
///
/// Order matters: paragraphs and sentences first, then URLs and footnote markers (skipped by every
/// later scanner), dates (their first pass feeds the publication date, which then fills in missing
/// years), metadata, entities, and finally quotes, figures and events, which point at entities.
public enum DocumentAnalyzer {
    /// `text` is the stored text: no byte-order mark, LF line endings. A stray BOM is treated as space.
    public static func analyze(_ text: String) -> DocumentAnalysis {
        analyze(text, eventModel: EventModelWeights.model, entityModel: EntityTypeModelWeights.model).analysis
    }

    /// The analysis with the given models (nil: the rules' events or types only), with every date's event candidate and
    /// every entity's type features (before any retyping), for training and evaluating the models.
    public static func analyze(_ text: String, eventModel: EventModel?, entityModel: EntityTypeModel?)
        -> (analysis: DocumentAnalysis, eventCandidates: [EventCandidate], entityFeatures: [[Feature]]) {
        let scalars = ScalarText(text)
        var paragraphs = ParagraphSplitter.paragraphs(in: text)
        let language = LanguageDetector.label(&paragraphs, in: scalars)
        let sentences = SentenceSplitter.sentences(in: scalars, paragraphs: paragraphs)
        var context = AnalysisContext(text: scalars, paragraphs: paragraphs, sentences: sentences)

        let urls = URLDetector.spans(in: scalars)
        for url in urls {
            var t = context.tokenIndex(atOrAfter: url.start)
            while t < context.count, context.tokens[t].start < url.end { context.excluded[t] = true; t += 1 }
        }
        let citations = CitationExtractor.extract(context)
        for t in citations.markerTokens { context.excluded[t] = true }
        if !urls.isEmpty { context.refreshLowercaseSeen() }

        let rawDates = DateExtractor.scan(context)
        let metadata = MetadataExtractor.extract(context, dates: rawDates, urls: urls, language: language)
        let dates = DateExtractor.resolve(rawDates, in: context, published: metadata.published?.value)
        let ruleEntities = EntityExtractor.extract(context, dates: dates, metadata: metadata, referenceListStart: citations.listStart)
        // The model's types come before quotations and events, so a person retyped as a place neither speaks nor stops
        // being an event's place. (Training reads every entity; typing reads only the entities the model may retype.)
        let entityFeatures = EntityTyper.features(context, entities: ruleEntities,
                                                  types: entityModel == nil ? Set(EntityType.allCases) : EntityTypeModel.reconsidered)
        let entities = entityModel?.retyped(ruleEntities, features: entityFeatures) ?? ruleEntities
        let quotes = QuoteExtractor.quotes(context, entities: entities, referenceListStart: citations.listStart)
        let figures = FigureExtractor.figures(context, dates: dates, referenceListStart: citations.listStart)
        let (ruleEvents, weighed) = EventExtractor.events(context, dates: dates, entities: entities, metadata: metadata, quotes: quotes,
                                                          referenceListStart: citations.listStart)
        // (The event model's features read the rules' types, as in training.)
        let candidates = EventClassifier.candidates(context, dates: dates, weighed: weighed, ruleEvents: ruleEvents, metadata: metadata,
                                                    entities: ruleEntities, quotes: quotes, referenceListStart: citations.listStart)
        let events = eventModel.map {
            EventClassifier.merged(context, ruleEvents: ruleEvents, candidates: candidates, model: $0, entities: entities)
        } ?? ruleEvents
        return (DocumentAnalysis(metadata: metadata, paragraphs: paragraphs, sentences: sentences, entities: entities,
                                dates: dates, events: events, quotes: quotes, figures: figures,
                                citations: citations.citations, termCounts: TermCounter.counts(context)), candidates, entityFeatures)
    }
}
