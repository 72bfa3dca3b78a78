import Dispatch
import Extraction
import Foundation
import SQLite
import Store

/// Imports files into an archive database: read, decode, analyse (in parallel batches), then save
/// each file in its own transaction, and finally recompute the corpus-wide tables.
/// A bad file is reported by name and skipped; the rest still import.
public final class CorpusImporter {
    public let databasePath: String
    public var maximumFileBytes = 64 << 20
    /// A batch holds at most this many files and, past its first file, this many bytes, so
    /// memory stays bounded whatever the corpus size (at most `lookahead` + 1 batches are in flight).
    public var batchSize = 32
    public var batchBytes = 16 << 20
    /// How many batches are prepared ahead of the one being written.
    public var lookahead = 3
    /// Called after each file with (files done, files total, file name).
    public var progress: ((Int, Int, String) -> Void)?

    public init(databasePath: String) { self.databasePath = databasePath }

    private enum Prepared: Sendable {
        case record(DocumentRecord)
        case unchanged
        case failed(String)
    }

    /// Imports `files` in order. A `SourceFileStream` is read as the import goes, so a directory
    /// of any size costs no more memory than a few batches.
    public func importFiles(_ files: some Sequence<SourceFile>) throws -> ImportSummary {
        try importFiles(files, bulkLoad: false)
    }

    /// `bulkLoad` is for a new database nobody reads before the import ends (see `createDatabase`):
    /// one transaction without a write-ahead log, secondary indexes built once at the end.
    func importFiles(_ files: some Sequence<SourceFile>, bulkLoad: Bool) throws -> ImportSummary {
        let started = Date()
        let total = files.underestimatedCount
        let connection = try bulkLoad ? ArchiveDatabase.openForBulkLoad(path: databasePath)
                                      : ArchiveDatabase.openForWriting(path: databasePath)
        let writer = DocumentWriter(connection: connection)
        var summary = ImportSummary()
        let importedAt = ISO8601DateFormatter().string(from: started)
        var done = 0
        var changed = false

        // Two files with one name would be one document (documents are keyed by file name):
        // the first wins and the others are reported.
        try writer.beginRun()
        var batcher = FileBatcher(files: files.makeIterator(), maximumCount: batchSize, maximumBytes: batchBytes)
        func nextBatch() throws -> [SourceFile] {
            try batcher.next { file in
                guard let first = try writer.claim(source: file.name, path: file.path) else { return true }
                summary.failures.append((file.name, "has the same file name as \(first), imported in this run; skipped"))
                done += 1
                return false
            }
        }
        let limit = maximumFileBytes
        // Later batches are read and analysed, one after another on all cores, while this thread
        // writes: up to `lookahead` of them, so neither the writer nor the analysis waits for the
        // other's slower batch. Memory stays bounded by the batches in flight.
        let preparation = DispatchQueue(label: "importer.preparation")
        var pending: [(files: [SourceFile], prepared: PendingBatch)] = []
        var exhausted = false
        func prepareAhead() throws {
            while !exhausted && pending.count < max(1, lookahead) {
                let batch = try nextBatch()
                guard !batch.isEmpty else { exhausted = true; break }
                let knownHashes = try batch.map { try writer.storedHash(source: $0.name) }
                pending.append((batch, PendingBatch(on: preparation) { Self.prepare(batch, knownHashes: knownHashes, limit: limit) }))
            }
        }
        let bulk = bulkLoad ? try BulkLoad.begin(connection) : nil
        var phases = PhaseClock()
        phases.enter("store")
        try prepareAhead()
        while !pending.isEmpty {
            let (batch, preparing) = pending.removeFirst()
            let prepared = preparing.wait()
            try prepareAhead()
            // One commit per batch: each file is still atomic (its own savepoint inside), and a
            // file that fails rolls back alone, but the WAL is written once per batch, not per file.
            // A bulk load is already inside its one transaction.
            try Self.inTransaction(connection, unless: bulk != nil) {
                for (file, outcome) in zip(batch, prepared) {
                    switch outcome {
                    case .failed(let reason):
                        summary.failures.append((file.name, reason))
                    case .unchanged:
                        summary.unchanged += 1
                    case .record(let record):
                        summary.bytes += record.sizeBytes
                        do {
                            switch try writer.save(record, importedAt: importedAt) {
                            case .inserted: summary.imported += 1; changed = true
                            case .replaced: summary.replaced += 1; changed = true
                            case .unchanged: summary.unchanged += 1
                            }
                        } catch {
                            // SQLite may abandon the whole transaction (disk full, I/O error): then
                            // the batch is lost, so stop rather than commit what follows piecemeal.
                            guard connection.isInTransaction else { throw error }
                            summary.failures.append((file.name, "could not be stored: \(error)"))
                        }
                    }
                    done += 1
                    progress?(done, total, file.name)
                }
            }
        }
        try writer.endRun()
        phases.enter("indexes")
        try bulk?.buildIndexes(connection)
        phases.enter("finalize")
        if try changed || Self.needsFinalizing(connection) {
            try (bulk?.finalizer(connection) ?? CorpusFinalizer(connection: connection)).run()
        } else {
            phases.enter("indexes")
            try bulk?.buildIndexesOnResolvedIDs(connection)
        }
        phases.enter("commit")
        try bulk?.commit(connection)
        summary.counts = try Self.counts(connection)
        // Fold the WAL back into the database now rather than leaving it to the next writer.
        try connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        phases.enter(nil)
        summary.phases = phases.phases
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private static func inTransaction(_ connection: Connection, unless alreadyInOne: Bool, _ body: () throws -> Void) throws {
        if alreadyInOne { try body() } else { try connection.transaction(body) }
    }

    /// Reads, decodes, hashes and analyses a batch on all cores. Pure work apart from the reads.
    private static func prepare(_ batch: [SourceFile], knownHashes: [String?], limit: Int) -> [Prepared] {
        ParallelMap.map(Array(zip(batch, knownHashes))) { file, knownHash in
            do {
                let bytes = try file.read(limit: limit)
                let hash = SHA256.hexDigest(bytes)
                if hash == knownHash { return .unchanged }
                let text = try DocumentDecoder.decode(bytes)
                let analysis = DocumentAnalyzer.analyze(text)
                return .record(DocumentRecord(source: file.name, contentHash: hash, sizeBytes: bytes.count,
                                              text: text, analysis: analysis))
            } catch {
                return .failed(String(describing: error))
            }
        }
    }

    /// Consecutive groups of at most `maximumCount` files and (past each group's first file)
    /// `maximumBytes` bytes by size on disk.
    static func batches(of files: [SourceFile], maximumCount: Int, maximumBytes: Int) -> [[SourceFile]] {
        var batcher = FileBatcher(files: files.makeIterator(), maximumCount: maximumCount, maximumBytes: maximumBytes)
        var batches: [[SourceFile]] = []
        while case let batch = batcher.next({ _ in true }), !batch.isEmpty { batches.append(batch) }
        return batches
    }

    /// Cuts a stream of files into batches as they are needed (see `batches(of:)`), keeping only
    /// the file that starts the next batch.
    struct FileBatcher<Files: IteratorProtocol<SourceFile>> {
        var files: Files
        let maximumCount: Int
        let maximumBytes: Int
        private var carried: (file: SourceFile, size: Int)?

        init(files: Files, maximumCount: Int, maximumBytes: Int) {
            self.files = files
            self.maximumCount = maximumCount
            self.maximumBytes = maximumBytes
        }

        /// The next batch of the files `accept` takes (it sees every file once, in order); empty at the end.
        mutating func next(_ accept: (SourceFile) throws -> Bool) rethrows -> [SourceFile] {
            var batch: [SourceFile] = []
            var bytes = 0
            while true {
                let candidate: (file: SourceFile, size: Int)
                if let carried {
                    candidate = carried
                    self.carried = nil
                } else {
                    guard let file = files.next() else { break }
                    guard try accept(file) else { continue }
                    var status = stat()
                    candidate = (file, stat(file.path, &status) == 0 ? Int(status.st_size) : 0)
                }
                if !batch.isEmpty && (batch.count >= maximumCount || bytes + candidate.size > maximumBytes) {
                    carried = candidate
                    break
                }
                batch.append(candidate.file)
                bytes += candidate.size
            }
            return batch
        }
    }

    /// A batch being prepared on a background queue; `wait` blocks until it is ready.
    private final class PendingBatch: @unchecked Sendable {
        // @unchecked: `prepared` is written once before `ready` is signalled and read only after.
        private let ready = DispatchSemaphore(value: 0)
        private var prepared: [Prepared] = []

        init(on queue: DispatchQueue, _ work: @escaping @Sendable () -> [Prepared]) {
            queue.async {
                self.prepared = work()
                self.ready.signal()
            }
        }

        func wait() -> [Prepared] {
            ready.wait()
            return prepared
        }
    }

    /// True when documents exist whose entities were never resolved (e.g. an interrupted run).
    static func needsFinalizing(_ connection: Connection) throws -> Bool {
        (try connection.scalarInt("SELECT count(*) FROM document_entities WHERE entity_id IS NULL") ?? 0) > 0
    }

    public static let countedTables = [
        ("documents", "documents"), ("paragraphs", "paragraphs"), ("sentences", "sentences"),
        ("entities", "entities"), ("mentions", "entity_mentions"), ("dates", "date_mentions"),
        ("events", "events"), ("quotes", "quotes"), ("figures", "figures"), ("citations", "citations"),
    ]

    static func counts(_ connection: Connection) throws -> [(kind: String, count: Int)] {
        try countedTables.map { kind, table in (kind, try connection.scalarInt("SELECT count(*) FROM \(table)") ?? 0) }
    }
}

extension CorpusImporter {
    /// Builds a new database at `path` from `files`, atomically: the import runs into a temporary
    /// file beside it, which is renamed into place only when the import succeeded, so a reader
    /// never finds a half-built database at `path`. Throws when `path` already exists.
    /// Since nobody reads the temporary file, it is bulk-loaded: the fastest way to a new archive.
    public static func createDatabase(at path: String, from files: some Sequence<SourceFile>,
                                      progress: ((Int, Int, String) -> Void)? = nil) throws -> ImportSummary {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: path])
        }
        let temporary = path + ".importing"
        func removeTemporary() {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        }
        removeTemporary()
        let summary: ImportSummary
        do {
            // The importer's connection is closed when this returns, which folds the WAL into the file.
            let importer = CorpusImporter(databasePath: temporary)
            importer.progress = progress
            summary = try importer.importFiles(files, bulkLoad: true)
        } catch {
            removeTemporary()
            throw error
        }
        // The bulk load wrote without syncing: make the file durable before it takes the real name.
        let descriptor = open(temporary, O_RDONLY)
        let synced = descriptor >= 0 && fsync(descriptor) == 0
        if descriptor >= 0 { close(descriptor) }
        guard synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            removeTemporary()
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: reason])
        }
        return summary
    }
}
