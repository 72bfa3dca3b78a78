import Extraction
#if canImport(Glibc)
import Glibc
#endif

// extraction-eval [--verbose] [DIR]   P/R/F1 per kind for DIR/corpus, DIR/unseen, DIR/unseen2, DIR/unseen3, DIR/unseen4 (default: evaluation)
// extraction-eval --misses [SUBSET] [DIR]  what the evaluation of SUBSET (corpus, or a development set such as unseen3) missed or added
// extraction-eval --bench FILE…       throughput over FILE… repeated to ~20 MB, and a 1 MB single line
// extraction-eval --dump FILE…        readable listing of what the extractor finds
var arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "--dump":
    for path in arguments.dropFirst() {
        guard let text = readText(path) else { print("cannot read \(path)"); continue }
        print("=== \(path)")
        dump(text)
    }
case "--bench":
    guard arguments.count > 1 else { print("usage: extraction-eval --bench FILE…"); exit(64) }
    benchmark(Array(arguments.dropFirst()))
case "--help", "-h":
    print("usage: extraction-eval [--verbose] [DIR] | --misses [corpus|unseen3] [DIR] | --bench FILE… | --dump FILE…")
default:
    reportMisses = arguments.contains("--misses")
    let verbose = arguments.contains("--verbose") || reportMisses
    // Subsets whose misses may be listed: the development sets. Held-out sets are never listed.
    let developmentSets = ["corpus", "unseen3"]
    var missesSubset = "corpus"
    if reportMisses, let k = arguments.firstIndex(of: "--misses"), k + 1 < arguments.count, arguments[k + 1] == "corpus" || arguments[k + 1].hasPrefix("unseen") {
        missesSubset = arguments.remove(at: k + 1)
        guard developmentSets.contains(missesSubset) else {
            print("--misses lists only development sets (\(developmentSets.joined(separator: ", "))), not \(missesSubset)"); exit(64)
        }
    }
    arguments.removeAll { $0 == "--verbose" || $0 == "--misses" }
    if reportMisses { print("(only \(missesSubset) is listed: held-out documents are not for tuning)") }
    let root = arguments.first ?? "evaluation"
    let parent = root.split(separator: "/").dropLast().joined(separator: "/")
    let base = root.hasPrefix("/") ? "/" + parent : (parent.isEmpty ? "." : parent)
    var heldOut: [String: Score] = [:]
    for subset in reportMisses ? [missesSubset] : ["corpus", "unseen", "unseen2", "unseen3", "unseen4"] {
        let scores = evaluateDirectory(root + "/" + subset, root: base, verbose: verbose)
        printTable("\(subset) (\(root)/\(subset))", scores)
        if !developmentSets.contains(subset) { for (kind, score) in scores { heldOut[kind, default: Score()] += score } }
    }
    if !reportMisses { printTable("all held-out documents (unseen + unseen2 + unseen4; corpus and unseen3 are development sets)", heldOut) }
}
