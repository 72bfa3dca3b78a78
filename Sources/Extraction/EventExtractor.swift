enum EventExtractor {
    static func events(_ c: AnalysisContext, dates: [DateMention], entities: [EntityInfo], metadata: DocumentMetadata, referenceListStart: Int?) -> [EventInfo] { [] }
}
