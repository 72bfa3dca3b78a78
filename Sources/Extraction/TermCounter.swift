/// Counts content words (lower-cased, three letters or more, stop words, numbers and URLs left out)
/// for keyword scoring.
enum TermCounter {
    static func counts(_ c: AnalysisContext) -> [String: Int] {
        // Count every word first and drop stop words per distinct word: one hash per token, not two.
        // Sized for the distinct words up front, and stop words removed in place rather than every
        // other word copied into a new dictionary (performance only: the same counts).
        var all: [String: Int] = [:]
        all.reserveCapacity(c.tokens.count / 4)
        for (i, token) in c.tokens.enumerated() where token.kind == .word && !c.excluded[i] && token.end - token.start >= 3 {
            all[c.lower[i], default: 0] += 1
        }
        let stopWords = all.keys.filter { Lexicon.stopWords.contains($0) }
        for word in stopWords { all.removeValue(forKey: word) }
        return all
    }
}
