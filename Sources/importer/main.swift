import CLinuxIO
import Foundation
import Ingestion

let usage = """
    usage: importer [--db PATH] [--quiet] [--timings] [FILE|DIR …]
      Imports plain-text documents into the archive database (default: archive.sqlite).
      With no paths it imports the bundled corpus (Corpus/). Unchanged files are skipped;
      changed files replace their own rows. A new database is built beside PATH and renamed into
      place when complete. --timings prints the time of each stage.
      Exit status: 0 all imported, 1 some files failed, 2 the database could not be used, 64 usage error.
    """

let console = ToolConsole(name: "importer")

// Blocks of 256 KB or more (SQLite's sort buffers, grown by doubling to 16 MB while indexes are
// built) are mapped and unmapped directly. Left to glibc's sliding threshold they come from the
// heap once a first one is freed, where a reallocation keeps both copies and the freed space
// stays resident: peak RSS then grew with the corpus (79 MB at 40,000 documents, 71 MB with this).
mallopt(M_MMAP_THRESHOLD, 256 << 10)

let options: CommandLineOptions
do {
    options = try CommandLineOptions(Array(CommandLine.arguments.dropFirst()), valued: ["db"], switches: ["quiet", "timings", "help"])
} catch {
    console.fail("\(error)\n\(usage)", status: 64)
}
if options.switches.contains("help") { console.say(usage); exit(0) }

var paths = options.positional
if paths.isEmpty {
    guard let corpus = BundledCorpus.directory() else {
        console.fail("no paths given and the bundled corpus (Corpus/) was not found; set ARCHIVE_CORPUS", status: 64)
    }
    paths = [corpus]
}

let importer = CorpusImporter(databasePath: options.values["db"] ?? "archive.sqlite")
let quiet = options.switches.contains("quiet")
if !quiet && isatty(STDERR_FILENO) == 1 {
    importer.progress = { done, total, name in
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(name)".utf8))
        if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

do {
    // A new database is built atomically (and fastest) beside its final name; an existing one is updated in place.
    let files = SourceFileStream(paths)
    let summary = FileManager.default.fileExists(atPath: importer.databasePath)
        ? try importer.importFiles(files)
        : try CorpusImporter.createDatabase(at: importer.databasePath, from: files, progress: importer.progress)
    for failure in summary.failures {
        console.warn("\(failure.name) \(failure.reason); skipped")
    }
    if !quiet { console.say(summary.line) }
    if options.switches.contains("timings") { summary.phaseLines.forEach(console.say) }
    exit(summary.failed > 0 ? 1 : 0)
} catch {
    console.fail("\(error)", status: 2)
}
