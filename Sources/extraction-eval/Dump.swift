import Extraction

/// Prints a readable listing of one analysis (for `extraction-eval --dump FILE`).
func dump(_ text: String) {
    let a = DocumentAnalyzer.analyze(text)
    let scalars = Array(text.unicodeScalars)
    func s(_ span: TextSpan) -> String {
        var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[span.start..<span.end]); return String(v)
    }
    let m = a.metadata
    print("title: \(m.title?.value ?? "nil")")
    print("authors: \(m.authors.map(\.value)) translators: \(m.translators.map(\.value))")
    print("publisher: \(m.publisher?.value ?? "nil") published: \(m.published?.value.iso ?? "nil") url: \(m.url?.value ?? "nil")")
    print("language: \(m.language) dateline: \(m.dateline?.value ?? "nil") paragraphs: \(a.paragraphs.map(\.language).joined(separator: ","))")
    print("sentences: \(a.sentences.count)")
    for e in a.entities {
        print("  [\(e.type.rawValue)\(e.subtype.map { "/" + $0 } ?? "")] \(e.name) aliases=\(e.aliases) n=\(e.mentions.count) roles=\(e.roles.map(\.title))")
    }
    print("dates:")
    for d in a.dates { print("  \(d.text) -> \(d.start.iso)\(d.end.map { "/" + $0.iso } ?? "") \(d.qualifier ?? "") \(d.isYearInferred ? "inferred" : "")") }
    print("events:")
    for e in a.events {
        print("  \(e.date.iso)\(e.endDate.map { "/" + $0.iso } ?? "") \(e.kind) place=\(e.placeIndex.map { a.entities[$0].name } ?? "-") participants=\(e.participantIndices.map { a.entities[$0].name }) :: \(e.summary)")
    }
    print("quotes:")
    for q in a.quotes { print("  [\(q.speakerIndex.map { a.entities[$0].name } ?? "nil")] \(q.text.prefix(70))") }
    print("figures:")
    for f in a.figures { print("  \(f.value)\(f.valueMax.map { "-\($0)" } ?? "") \(f.unit) q=\(f.qualifier ?? "-") y=\(f.year.map(String.init) ?? "-") :: \(f.text)") }
    print("citations:")
    for c in a.citations { print("  \(c.number) markers=\(c.markerSpans.map { s($0) }) \(c.text.prefix(50))") }
    print("top terms: \(a.termCounts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(12).map { "\($0.key):\($0.value)" })")
    _ = s
}

/// What the learned models change against the rules alone: events they add and entities they retype.
func compareWithRules(_ text: String) {
    let rules = DocumentAnalyzer.analyze(text, eventModel: nil, entityModel: nil).analysis
    let models = DocumentAnalyzer.analyze(text)
    var ruleEvents = rules.events.map { "\($0.date.iso) \($0.kind) :: \($0.summary)" }
    for event in models.events {
        let line = "\(event.date.iso) \(event.kind) :: \(event.summary)"
        if let k = ruleEvents.firstIndex(of: line) { ruleEvents.remove(at: k) } else { print("  model adds event: \(line.prefix(150))") }
    }
    for (before, after) in zip(rules.entities, models.entities) where before.type != after.type {
        print("  model retypes: \(before.name) \(before.type.rawValue) → \(after.type.rawValue)")
    }
}
