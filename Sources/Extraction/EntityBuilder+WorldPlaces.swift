extension EntityBuilder {
    /// World places by their first folded word: the words of each name, and whether it is a city or a province.
    static let worldPlaceIndex: [String: [(words: [String], subtype: String)]] = {
        var index: [String: [(words: [String], subtype: String)]] = [:]
        for (list, subtype) in [(WorldPlaces.cities, "city"), (WorldPlaces.regions, "region")] {
            for name in list.split(whereSeparator: { $0 == "|" || $0 == "\n" }) {
                let words = name.split(separator: " ").map { $0.lowercased() }.filter { !$0.isEmpty }
                guard let first = words.first else { continue }
                index[first, default: []].append((words, subtype))
            }
        }
        for key in index.keys { index[key]!.sort { $0.words.count > $1.words.count } }
        return index
    }()

    /// "in Murmansk", "Pattaya and Hua Hin": capitalised words that no other pass claimed and that name a city or
    /// province of `WorldPlaces` are weak places. A name standing inside a longer capitalised run, or followed by a
    /// reporting verb ("Chekhov wrote"), is left alone, and a person of the same name elsewhere wins later.
    mutating func worldPlacePass() {
        // Words of firm candidates are taken; a weak guess ("in Davao" + "Norte") gives way to a longer world place.
        var covered = Array(repeating: false, count: c.count)
        var weakAt: [Int: [Int]] = [:]
        for (index, candidate) in candidates.enumerated() {
            for t in candidate.first...candidate.last where t < c.count {
                if candidate.isWeak { weakAt[t, default: []].append(index) } else { covered[t] = true }
            }
        }
        var replaced = Set<Int>()
        var t = 0
        while t < c.count {
            defer { t += 1 }
            guard isCapWord(t), !covered[t], !isGazetteerToken[t], !c.tokens[t].isAllCaps,
                  let options = EntityBuilder.worldPlaceIndex[folded(t)] else { continue }
            if t > 0, isCapWord(t - 1), c.tokens[t - 1].sentence == c.tokens[t].sentence, !isSentenceStart(t - 1) { continue }
            for option in options {
                let last = t + option.words.count - 1
                guard last < c.count, (1..<option.words.count).allSatisfy({ k in
                    c.isWord(t + k) && !covered[t + k] && c.adjacent(t + k - 1, t + k) == false
                        && c.tokens[t + k].start - c.tokens[t + k - 1].end == 1 && folded(t + k) == option.words[k]
                }) else { continue }
                if isCapWord(last + 1) || (last + 1 < c.count && Lexicon.reportingVerbs.contains(c.lower[last + 1])) { break }
                // "Ust-Labinsk", "Petropavlovsk-Kamchatsky": capitalised words joined to it by hyphens (not dashes:
                // "Grodekovo–Suifenhe") are part of the name.
                var first = t, end = last
                // (Not a route between two places, "the Murmansk-Arkhangelsk route", nor "Kaliningrad-Express".)
                func isHyphen(_ k: Int) -> Bool { c.text[c.tokens[k].start] == "-" }
                func joins(_ k: Int) -> Bool {
                    !isGazetteerToken[k] && EntityBuilder.worldPlaceIndex[folded(k)] == nil && !EntityBuilder.routeWords.contains(c.lower[k])
                }
                while first >= 2, isHyphen(first - 1), c.adjacent(first - 2, first - 1), c.adjacent(first - 1, first), isCapWord(first - 2),
                      !covered[first - 2], joins(first - 2) { first -= 2 }
                while end + 2 < c.count, isHyphen(end + 1), c.adjacent(end, end + 1), c.adjacent(end + 1, end + 2), isCapWord(end + 2),
                      !covered[end + 2], joins(end + 2) { end += 2 }
                if first < t || end > last, end + 1 < c.count, EntityBuilder.routeWords.contains(c.lower[end + 1]) { first = t; end = last }
                let overlapped = (first...end).flatMap { weakAt[$0] ?? [] }
                // A weak place of the same extent stays as it is; a weak person ("came to Nha Trang") gives way.
                if overlapped.contains(where: { candidates[$0].type == .location && candidates[$0].first == first && candidates[$0].last == end }) { break }
                replaced.formUnion(overlapped)
                candidates.append(Candidate(type: .location, name: c.string(tokens: first, end), subtype: option.subtype,
                                            first: first, last: end, isWeak: true))
                t = end
                break
            }
        }
        for index in replaced { candidates[index].isDropped = true }
    }

    /// Words after a hyphenated pair of places that make it a route between them: "the Murmansk-Arkhangelsk route".
    static let routeWords: Set<String> = ["route", "routes", "highway", "flight", "flights", "border", "railway", "line", "express",
                                          "corridor", "road", "service", "pipeline"]

    /// The number of words of the longest world place that starts at token `t`, or 0.
    func worldPlaceLength(at t: Int) -> Int {
        guard let options = EntityBuilder.worldPlaceIndex[folded(t)] else { return 0 }
        for option in options where t + option.words.count <= c.count
            && (1..<option.words.count).allSatisfy({ k in c.isWord(t + k) && c.tokens[t + k].start - c.tokens[t + k - 1].end == 1
                && folded(t + k) == option.words[k] }) {
            return option.words.count
        }
        return 0
    }

    /// A token's lower-case text without diacritics ("Bodø" → "bodo"); ASCII words are returned as they are.
    func folded(_ t: Int) -> String {
        c.lower[t].utf8.allSatisfy({ $0 < 0x80 }) ? c.lower[t] : Normalizer.fold(c.lower[t])
    }

    func isSentenceStart(_ t: Int) -> Bool {
        let sentence = c.tokens[t].sentence
        return sentence >= 0 && sentence < c.sentenceTokens.count && c.sentenceTokens[sentence].lowerBound == t
    }
}
