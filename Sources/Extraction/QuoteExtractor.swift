enum QuoteExtractor {
    static func quotes(_ c: AnalysisContext, entities: [EntityInfo]) -> [QuoteInfo] { [] }
}
