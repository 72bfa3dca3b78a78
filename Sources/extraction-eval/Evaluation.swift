import Extraction
import Foundation

/// Precision / recall counts for one kind of fact.
struct Score {
    var truePositives = 0
    var predicted = 0
    var gold = 0
    var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
    var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    static func += (lhs: inout Score, rhs: Score) {
        lhs.truePositives += rhs.truePositives; lhs.predicted += rhs.predicted; lhs.gold += rhs.gold
    }
}

/// Set by `--misses`: print every unmatched gold item and prediction.
nonisolated(unsafe) var reportMisses = false
nonisolated(unsafe) var currentKind = ""

/// One-to-one greedy matching: each gold item takes the first unmatched prediction it accepts.
func match<G, P>(_ gold: [G], _ predicted: [P], describe: (P) -> String = { String(describing: $0) }, _ accepts: (G, P) -> Bool) -> Score {
    var used = Array(repeating: false, count: predicted.count)
    var hits = 0
    for g in gold {
        if let k = predicted.indices.first(where: { !used[$0] && accepts(g, predicted[$0]) }) { used[k] = true; hits += 1 }
        else if reportMisses { print("    missed \(currentKind): \(String(describing: g).prefix(140))") }
    }
    if reportMisses {
        for k in predicted.indices where !used[k] { print("    extra  \(currentKind): \(describe(predicted[k]).prefix(160))") }
    }
    return Score(truePositives: hits, predicted: predicted.count, gold: gold.count)
}

func normalisedText(_ text: String) -> String {
    Normalizer.key(text.replacingOccurrences(of: "–", with: "-"))
}

/// Scores one analysed document against its gold annotation (see evaluation/README.md).
func evaluate(_ analysis: DocumentAnalysis, gold: [String: Any]) -> [String: Score] {
    var scores: [String: Score] = [:]
    let goldEntities = gold["entities"] as? [[String: Any]] ?? []
    for type in EntityType.allCases {
        let g = goldEntities.filter { $0["type"] as? String == type.rawValue }.map { Set(($0["names"] as? [String] ?? []).map(normalisedText)) }
        let p = analysis.entities.filter { $0.type == type }.map { Set(([$0.name] + $0.aliases).map(normalisedText)) }
        currentKind = type.rawValue
        scores[type.rawValue] = match(g, p) { !$0.isDisjoint(with: $1) }
    }
    let goldDates = Set(gold["dates"] as? [String] ?? [])
    let predictedDates = Set(analysis.dates.map { $0.start.iso + ($0.end.map { "/" + $0.iso } ?? "") })
    if reportMisses {
        for d in goldDates.subtracting(predictedDates).sorted() { print("    missed date: \(d)") }
        for d in predictedDates.subtracting(goldDates).sorted() { print("    extra  date: \(d)") }
    }
    scores["dates"] = Score(truePositives: goldDates.intersection(predictedDates).count, predicted: predictedDates.count, gold: goldDates.count)

    let goldEvents = (gold["events"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
    currentKind = "event"
    let eventDates = analysis.events.map(\.date.iso)
    scores["events"] = match(goldEvents, analysis.events.indices.map { $0 }, describe: { "\(eventDates[$0]) \(analysis.events[$0].kind) :: \(analysis.events[$0].summary)" }) { $0 == eventDates[$1] }

    let goldQuotes = gold["quotes"] as? [[String: Any]] ?? []
    func speakerNames(_ quote: QuoteInfo) -> Set<String>? {
        guard let index = quote.speakerIndex else { return nil }
        let entity = analysis.entities[index]
        return Set(([entity.name] + entity.aliases).map(normalisedText))
    }
    func textMatches(_ g: [String: Any], _ p: QuoteInfo) -> Bool {
        let goldText = normalisedText(g["text"] as? String ?? "")
        let predictedText = normalisedText(p.text)
        return predictedText.contains(goldText) || (predictedText.count >= 10 && goldText.contains(predictedText))
    }
    currentKind = "quote"
    scores["quotes (text)"] = match(goldQuotes, analysis.quotes, textMatches)
    currentKind = "quote+speaker"
    let describeQuote: (QuoteInfo) -> String = { q in "[\(q.speakerIndex.map { analysis.entities[$0].name } ?? "nil")] \(q.text)" }
    scores["quotes+speaker"] = match(goldQuotes, analysis.quotes, describe: describeQuote) { g, p in
        guard textMatches(g, p) else { return false }
        let goldSpeakers = (g["speaker"] as? [String])?.map(normalisedText)
        guard let goldSpeakers else { return p.speakerIndex == nil }
        guard let names = speakerNames(p) else { return false }
        return goldSpeakers.contains { names.contains($0) }
    }
    let goldFigures = gold["figures"] as? [[String: Any]] ?? []
    currentKind = "figure"
    scores["figures"] = match(goldFigures, analysis.figures) { g, p in
        guard let value = (g["value"] as? NSNumber)?.doubleValue, let unit = g["unit"] as? String else { return false }
        return abs(p.value - value) <= max(1e-9, abs(value) * 0.005) && p.unit.lowercased() == unit.lowercased()
    }
    // Metadata fields present in the gold: title, published, authors (each a hit or a miss).
    var metadata = Score()
    if let meta = gold["metadata"] as? [String: Any] {
        func field(_ expected: String?, _ actual: String?) {
            if expected != nil { metadata.gold += 1 }
            if actual != nil { metadata.predicted += 1 }
            if let expected, let actual, normalisedText(expected) == normalisedText(actual) { metadata.truePositives += 1 }
        }
        field(meta["title"] as? String, analysis.metadata.title?.value)
        field(meta["published"] as? String, analysis.metadata.published?.value.iso)
        field(meta["dateline"] as? String, analysis.metadata.dateline?.value)
        field(meta["publisher"] as? String, analysis.metadata.publisher?.value)
        field(meta["language"] as? String, analysis.metadata.language)
        let authors = (meta["authors"] as? [String] ?? []) + (meta["translators"] as? [String] ?? [])
        currentKind = "author"
        metadata += match(authors.map(normalisedText), (analysis.metadata.authors + analysis.metadata.translators).map { normalisedText($0.value) }) { $0 == $1 }
    }
    scores["metadata"] = metadata
    return scores
}

let kindOrder = ["person", "organization", "location", "agreement", "dates", "events", "quotes+speaker", "quotes (text)", "figures", "metadata"]

/// The folder that gold "source" paths are relative to: the parent of the evaluation root.
func repositoryRoot(of root: String) -> String {
    let parent = root.split(separator: "/").dropLast().joined(separator: "/")
    return root.hasPrefix("/") ? "/" + parent : (parent.isEmpty ? "." : parent)
}

/// Every `NAME.json` in `directory` with its gold annotation and text (in `NAME.txt` beside it, or at its "source"
/// path under `root`), in file order; an unreadable file is reported and skipped.
func annotatedDocuments(in directory: String, root: String) -> [(file: String, gold: [String: Any], text: String)] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory))?.filter { $0.hasSuffix(".json") }.sorted() ?? []
    var documents: [(file: String, gold: [String: Any], text: String)] = []
    for file in files {
        let path = directory + "/" + file
        guard let data = FileManager.default.contents(atPath: path),
              let gold = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            print("cannot read \(path)"); continue
        }
        let textPath = (gold["source"] as? String).map { root + "/" + $0 } ?? String(path.dropLast(5)) + ".txt"
        guard let text = readText(textPath) else { print("cannot read \(textPath)"); continue }
        documents.append((file, gold, text))
    }
    return documents
}

/// Evaluates every annotated document in `directory`.
func evaluateDirectory(_ directory: String, root: String, verbose: Bool) -> [String: Score] {
    var total: [String: Score] = [:]
    for (file, gold, text) in annotatedDocuments(in: directory, root: root) {
        let scores = evaluate(DocumentAnalyzer.analyze(text), gold: gold)
        for (kind, score) in scores { total[kind, default: Score()] += score }
        if verbose {
            print("  \(file): " + kindOrder.compactMap { k in scores[k].map { "\(k) \($0.truePositives)/\($0.predicted)/\($0.gold)" } }.joined(separator: "  "))
        }
    }
    return total
}

func printTable(_ title: String, _ scores: [String: Score]) {
    print("\n\(title)")
    print("kind".padding(toLength: 16, withPad: " ", startingAt: 0) + "   TP  pred  gold      P      R     F1")
    for kind in kindOrder {
        guard let s = scores[kind] else { continue }
        func f(_ x: Double) -> String { String(format: "%6.3f", x) }
        func n(_ x: Int) -> String { String(repeating: " ", count: max(0, 5 - String(x).count)) + String(x) }
        print(kind.padding(toLength: 16, withPad: " ", startingAt: 0) + n(s.truePositives) + " " + n(s.predicted) + " " + n(s.gold) + " " + f(s.precision) + " " + f(s.recall) + " " + f(s.f1))
    }
}
