import Foundation
import Ingestion

let usage = """
    usage: importer [--db PATH] [--quiet] [FILE|DIR …]
      Imports plain-text documents into the archive database (default: archive.sqlite).
      With no paths it imports the bundled corpus (Corpus/). Unchanged files are skipped;
      changed files replace their own rows. Exit status: 0 all imported, 1 some files failed,
      2 the database could not be used, 64 usage error.
    """

let console = ToolConsole(name: "importer")

let options: CommandLineOptions
do {
    options = try CommandLineOptions(Array(CommandLine.arguments.dropFirst()), valued: ["db"], switches: ["quiet", "help"])
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
    let summary = try importer.importFiles(SourceFile.expand(paths))
    for failure in summary.failures {
        console.warn("\(failure.name) \(failure.reason); skipped")
    }
    if !quiet { console.say(summary.line) }
    exit(summary.failed > 0 ? 1 : 0)
} catch {
    console.fail("\(error)", status: 2)
}
