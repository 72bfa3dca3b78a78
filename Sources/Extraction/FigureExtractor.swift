enum FigureExtractor {
    static func figures(_ c: AnalysisContext, dates: [DateMention], referenceListStart: Int?) -> [FigureInfo] { [] }
}
