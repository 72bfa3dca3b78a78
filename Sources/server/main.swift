import API
import Dispatch
import Foundation
import HTTPServer
import Ingestion

let usage = """
    usage: server [--db PATH] [--host 127.0.0.1] [--port 8080] [--workers N] [--max-connections N]
                  [--header-timeout SECONDS] [--idle-timeout SECONDS] [--access-log]
      Serves the archive's JSON API from the database (default: archive.sqlite), opened read-only.
      When the database file does not exist yet, the bundled corpus is imported into it first.
      SIGINT / SIGTERM stop it gracefully.
    """

let console = ToolConsole(name: "server")

let options: CommandLineOptions
var configuration = HTTPServerConfiguration()
do {
    options = try CommandLineOptions(Array(CommandLine.arguments.dropFirst()),
                                     valued: ["db", "host", "port", "workers", "max-connections", "header-timeout", "idle-timeout"],
                                     switches: ["access-log", "help"])
    guard options.positional.isEmpty else { throw CommandLineOptions.UsageError(description: "unexpected argument \(options.positional[0])") }
    configuration.host = options.values["host"] ?? "127.0.0.1"
    configuration.port = UInt16(try options.integer("port", default: 8080, range: 0...65535))
    configuration.workerCount = try options.integer("workers", default: configuration.workerCount, range: 1...256)
    configuration.maxConnections = try options.integer("max-connections", default: configuration.maxConnections, range: 1...1_000_000)
    configuration.headerTimeout = .seconds(try options.integer("header-timeout", default: 10, range: 1...3600))
    configuration.idleTimeout = .seconds(try options.integer("idle-timeout", default: 60, range: 1...86400))
    configuration.accessLog = options.switches.contains("access-log")
    // Every route is a GET: bodies are read only to keep the connection in sync, so a few KB is
    // plenty, and thousands of slow 1 MB uploads cannot pin memory (413 past it).
    configuration.limits.maxBodyBytes = 16 * 1024
} catch {
    console.fail("\(error)\n\(usage)", status: 64)
}
if options.switches.contains("help") { console.say(usage); exit(0) }

let databasePath = options.values["db"] ?? "archive.sqlite"
if !FileManager.default.fileExists(atPath: databasePath) {
    guard let corpus = BundledCorpus.directory() else {
        console.fail("\(databasePath) does not exist and the bundled corpus (Corpus/) was not found; run the importer first", status: 2)
    }
    console.say("server: \(databasePath) does not exist; importing the bundled corpus from \(corpus)")
    do {
        let summary = try CorpusImporter.createDatabase(at: databasePath, from: SourceFile.expand([corpus]))
        for failure in summary.failures {
            console.warn("\(failure.name) \(failure.reason); skipped")
        }
        console.say("server: " + summary.line)
    } catch {
        console.fail("could not import the bundled corpus: \(error)", status: 2)
    }
}

let api: ArchiveAPI
do {
    api = try ArchiveAPI(databasePath: databasePath)
} catch {
    console.fail("cannot serve \(databasePath): \(error)", status: 2)
}
api.errorLog = { [console] message in console.warn("error: \(message)") }

let server = HTTPServer(configuration: configuration, handler: { api.respond(to: $0) })
let port: UInt16
do {
    port = try server.start()
} catch {
    console.fail("cannot listen on \(configuration.host):\(configuration.port): \(error)", status: 2)
}
console.say("server: serving \(databasePath) at http://\(configuration.host):\(port)/v1/documents (Ctrl-C stops)")

// The handlers live in HTTPServer: a closure written here would be MainActor-isolated
// and must not run on the Dispatch queue that delivers signals.
server.shutdownOnSignals([SIGINT, SIGTERM])
server.waitUntilStopped()
console.say("server: stopped")
