/// Counts content words (lower-cased, three letters or more, stop words, numbers and URLs left out)
/// for keyword scoring.
enum TermCounter {
    static func counts(_ c: AnalysisContext) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (i, token) in c.tokens.enumerated() where token.kind == .word && !c.excluded[i] && token.end - token.start >= 3 {
            let term = c.lower[i]
            if Lexicon.stopWords.contains(term) { continue }
            counts[term, default: 0] += 1
        }
        return counts
    }
}
