/// Counts content words (lower-cased, three letters or more, stop words, numbers and URLs left out)
/// for keyword scoring.
enum TermCounter {
    static func counts(_ c: AnalysisContext) -> [String: Int] {
        // Count every word first and drop stop words per distinct word: one hash per token, not two.
        var all: [String: Int] = [:]
        for (i, token) in c.tokens.enumerated() where token.kind == .word && !c.excluded[i] && token.end - token.start >= 3 {
            all[c.lower[i], default: 0] += 1
        }
        return all.filter { !Lexicon.stopWords.contains($0.key) }
    }
}
