import Extraction
import SQLite

/// Recomputes what depends on the whole corpus after documents change: corpus-wide entities
/// (resolved from every document's entities), their co-occurrences, and each document's keywords.
/// A pure function of the stored documents, so importing one at a time or all at once ends the same.
public struct CorpusFinalizer {
    public let connection: Connection
    public var keywordLimit = 12
    /// Above this share of entities to resolve anew, the indexes on resolved ids are rebuilt once
    /// rather than updated row by row (0: always rebuild, 1: never).
    public var rebuildIndexesAboveShare = 0.1
    /// Rows per UPDATE when resolved ids are copied (see `updateInRanges`).
    public var updateRangeSize = 65_536
    /// Indexes on the resolved-id columns that the caller took down (a bulk load does), built as
    /// soon as the ids are written, so that counting mentions and co-occurrences reads them in
    /// order instead of sorting every mention first.
    public var indexesToBuildOnResolvedIDs: DeferredIndexes?
    /// Distinct terms whose document frequencies keyword scoring holds at once. A larger
    /// vocabulary is scored in parts, one pass over the term counts per part, so memory stays
    /// bounded however many documents (and words) the corpus has; the keywords are the same.
    public var termBudget = 65_536

    public init(connection: Connection) { self.connection = connection }

    public func run() throws {
        func rebuild() throws {
            try resolveEntities()
            try rebuildCooccurrences()
            try rebuildKeywords()
        }
        // Inside a bulk load's transaction no savepoint: it would copy every page the rebuild
        // rewrites into a statement journal, and the bulk load's journal is held in memory.
        if connection.isInTransaction { try rebuild() } else { try connection.transaction(rebuild) }
    }

    /// The columns that copy a document entity's corpus-wide id, rewritten by every resolution:
    /// (table, its key for range updates, the column, the SQL that gives its value for a row).
    static let resolvedColumns: [(table: String, key: String, column: String, value: String)] = {
        func fromDocumentEntity(_ column: String) -> String { "(SELECT entity_id FROM document_entities d WHERE d.id = \(column))" }
        return [
            ("document_entities", "id", "entity_id", "(SELECT entity_id FROM temp.resolved_keys k WHERE k.type = document_entities.type"
                + " AND k.name = document_entities.name AND k.aliases = document_entities.aliases)"),
            ("entity_mentions", "id", "entity_id", fromDocumentEntity("document_entity_id")),
            ("entity_roles", "id", "entity_id", fromDocumentEntity("document_entity_id")),
            ("event_participants", "event_id", "entity_id", fromDocumentEntity("document_entity_id")),
            ("events", "id", "place_entity_id", fromDocumentEntity("place_document_entity_id")),
            ("quotes", "id", "speaker_entity_id", fromDocumentEntity("speaker_document_entity_id")),
        ]
    }()

    /// Takes down the indexes on the resolved-id columns, to rebuild once the ids are written. A
    /// bulk load does this before it starts, so the finaliser finds them gone and builds nothing twice.
    public static func dropIndexesOnResolvedIDs(_ connection: Connection) throws -> DeferredIndexes {
        DeferredIndexes(definitions: try resolvedColumns.flatMap {
            try DeferredIndexes.drop(on: connection, table: $0.table, columns: [$0.column]).definitions
        })
    }

    private func resolveEntities() throws {
        // Distinct (type, name, aliases) rows, not every document's: memory grows with the
        // vocabulary of entities, not with the number of documents.
        // The keys come from their index alone (it covers them); each key's subtype, the largest as
        // max() would pick, from one pass over the rows that have one, in table order. Reading the
        // subtype of every row in key order instead visits the table's pages at random, which past
        // SQLite's cache is a read from the file per row (3.8 s rather than 0.3 s at 40,000 documents).
        var largestSubtype: [KeyBytes: String] = [:]
        try connection.cached("SELECT type, name, aliases, subtype FROM document_entities WHERE subtype IS NOT NULL").forEachRow { row in
            let key = KeyBytes(row)
            let subtype = row.string(3)
            if let current = largestSubtype[key], !current.utf8.lexicographicallyPrecedes(subtype.utf8) { return }
            largestSubtype[key] = subtype
        }
        var keys: [(type: String, name: String, aliases: String)] = []
        var candidates: [EntityCandidate] = []
        var subtypes: [String?] = []
        try connection.cached("""
            SELECT type, name, aliases FROM document_entities GROUP BY type, name, aliases ORDER BY type, name, aliases
            """).forEachRow { row in
            guard let type = EntityType(rawValue: row.string(0)) else { return }
            keys.append((row.string(0), row.string(1), row.string(2)))
            candidates.append(EntityCandidate(type: type, name: row.string(1), aliases: JSONText.parseArray(row.string(2))))
            subtypes.append(largestSubtype[KeyBytes(row)])
        }
        largestSubtype = [:]
        let groups = EntityResolver.resolve(candidates)

        let findEntity = try connection.cached("SELECT id FROM entities WHERE type = ? AND name = ?")
        let insertEntity = try connection.cached("INSERT INTO entities (type, name, subtype) VALUES (?, ?, ?)")
        let updateSubtype = try connection.cached("UPDATE entities SET subtype = ? WHERE id = ?")
        let insertAlias = try connection.cached("INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)")
        try connection.execute("""
            CREATE TEMP TABLE IF NOT EXISTS resolved_keys (type TEXT, name TEXT, aliases TEXT, entity_id INTEGER, PRIMARY KEY (type, name, aliases));
            DELETE FROM temp.resolved_keys;
            """)
        let assign = try connection.cached("INSERT INTO temp.resolved_keys (type, name, aliases, entity_id) VALUES (?, ?, ?, ?)")
        // When many rows get an id (a first import), indexes on the id columns are rebuilt once
        // afterwards rather than updated row by row; a small addition keeps them and updates in place.
        let unresolved = try connection.scalarInt("SELECT count(*) FROM document_entities WHERE entity_id IS NULL") ?? 0
        let total = try connection.scalarInt("SELECT count(*) FROM document_entities") ?? 0
        let massUpdate = Double(unresolved) > rebuildIndexesAboveShare * Double(total)
        let deferred = (massUpdate ? [try Self.dropIndexesOnResolvedIDs(connection)] : []) + (indexesToBuildOnResolvedIDs.map { [$0] } ?? [])
        try connection.execute("CREATE TEMP TABLE IF NOT EXISTS live_entities (id INTEGER PRIMARY KEY); DELETE FROM live_entities;")
        let markLive = try connection.cached("INSERT OR IGNORE INTO temp.live_entities (id) VALUES (?)")
        try connection.execute("DELETE FROM entity_aliases")

        for group in groups {
            let subtype = group.memberIndices.lazy.compactMap { subtypes[$0] }.first
            let id: Int
            if let existing = try findEntity.firstRow([group.type.rawValue, group.name], { $0.int(0) }) {
                id = existing
                try updateSubtype.run([subtype, id])
            } else {
                try insertEntity.run([group.type.rawValue, group.name, subtype])
                id = connection.lastInsertRowID
            }
            try markLive.run([id])
            // The resolver's aliases hold the name and are unique by bytes; a Set<String> would merge
            // canonically equivalent spellings (NFC "é" and NFD "e\u{301}") back into one.
            let aliases = group.aliases.contains { Array($0.utf8) == Array(group.name.utf8) } ? group.aliases : group.aliases + [group.name]
            for alias in aliases { try insertAlias.run([id, alias]) }
            for member in group.memberIndices { try assign.execute(keys[member].type, keys[member].name, keys[member].aliases, id) }
        }
        for resolved in Self.resolvedColumns {
            try updateInRanges(resolved.table, key: resolved.key, set: resolved.column, to: resolved.value, massUpdate: massUpdate)
        }
        for indexes in deferred { try indexes.rebuild(on: connection) }
        // After the rebuild: deleting an entity looks up the rows that still point at it.
        try connection.execute("""
            DELETE FROM entities WHERE id NOT IN (SELECT id FROM temp.live_entities);
            CREATE TEMP TABLE IF NOT EXISTS mention_counts (entity_id INTEGER PRIMARY KEY, mentions INTEGER);
            DELETE FROM temp.mention_counts;
            INSERT INTO temp.mention_counts SELECT entity_id, count(*) FROM entity_mentions WHERE entity_id IS NOT NULL GROUP BY entity_id;
            UPDATE entities SET mentions = coalesce((SELECT mentions FROM temp.mention_counts c WHERE c.entity_id = entities.id), 0);
            """)
    }

    /// A document entity's (type, name, aliases) as SQLite compares them, byte for byte: Swift's
    /// String equality would take canonically equivalent spellings (NFC and NFD) for one key.
    private struct KeyBytes: Hashable {
        let bytes: [UInt8]

        init(_ row: Statement) {
            var bytes: [UInt8] = []
            for column in 0..<3 {
                // 0xFF never occurs in UTF-8, so it cannot blur where one column ends.
                if column > 0 { bytes.append(0xFF) }
                row.withTextBytes(column) { bytes.append(contentsOf: $0) }
            }
            self.bytes = bytes
        }
    }

    /// `UPDATE table SET column = value WHERE column IS NOT value`, over consecutive ranges of `key`:
    /// SQLite gathers the rows an UPDATE changes before changing them, so one statement over the
    /// whole table would hold every changed row id in memory at once (UPDATE … FROM would copy the
    /// rows themselves). Ranges keep memory flat whatever the corpus size.
    /// With `massUpdate` (most rows change) every row of a range is written, sparing the second
    /// evaluation of `value` that skipping unchanged rows costs.
    private func updateInRanges(_ table: String, key: String, set column: String, to value: String,
                                massUpdate: Bool) throws {
        let rangeSize = max(1, updateRangeSize)
        let range = try connection.prepare("SELECT min(\(key)), max(\(key)) FROM \(table)")
            .firstRow { row -> (low: Int, high: Int)? in row.isNull(0) ? nil : (row.int(0), row.int(1)) }
        guard let bounds = range ?? nil else { return }
        let update = try connection.prepare("""
            UPDATE \(table) SET \(column) = \(value) WHERE \(key) BETWEEN ?1 AND ?2
            """ + (massUpdate ? "" : " AND \(column) IS NOT \(value)"))
        for low in stride(from: bounds.low, through: bounds.high, by: rangeSize) {
            try update.execute(low, min(low + rangeSize - 1, bounds.high))
        }
    }

    private func rebuildCooccurrences() throws {
        // One pass over the mentions in sentence order: each sentence's distinct entities, then
        // every pair of them. Memory holds one sentence and the pairs, not the mentions.
        var weights: [EntityPair: Int] = [:]
        var sentence: Int?
        var members: [Int] = []
        func countPairs() {
            members.sort()
            var distinct = members
            distinct.removeAll(keepingCapacity: true)
            for id in members where distinct.last != id { distinct.append(id) }
            for (offset, a) in distinct.enumerated() {
                for b in distinct[(offset + 1)...] { weights[EntityPair(a: a, b: b), default: 0] += 1 }
            }
            members.removeAll(keepingCapacity: true)
        }
        try connection.cached("""
            SELECT sentence_id, entity_id FROM entity_mentions
            WHERE sentence_id IS NOT NULL AND entity_id IS NOT NULL ORDER BY sentence_id
            """).forEachRow { row in
            let id = row.int(0)
            if id != sentence { countPairs(); sentence = id }
            members.append(row.int(1))
        }
        countPairs()
        try connection.execute("DELETE FROM entity_cooccurrences")
        let insert = try connection.cached("INSERT INTO entity_cooccurrences (a, b, weight) VALUES (?, ?, ?)")
        for (pair, weight) in weights.sorted(by: { ($0.key.a, $0.key.b) < ($1.key.a, $1.key.b) }) {
            try insert.execute(pair.a, pair.b, weight)
        }
    }

    private struct EntityPair: Hashable { let a: Int, b: Int }

    private func rebuildKeywords() throws {
        let documentCount = try connection.scalarInt("SELECT count(*) FROM documents") ?? 0
        try connection.execute("DELETE FROM document_keywords")
        let insert = try connection.cached("INSERT INTO document_keywords (document_id, rank, term, score) VALUES (?, ?, ?, ?)")
        // Document frequencies first. Past `termBudget` distinct terms, the vocabulary is split by
        // hash into 2, 4, … parts, and only the first part's frequencies are kept.
        let budget = max(1, termBudget)
        var parts = 1
        var documentFrequency = try documentFrequencies { frequencies, term in
            guard parts == 1 || Self.part(of: term, among: parts) == 0 else { return }
            frequencies[term, default: 0] += 1
            while frequencies.count > budget && parts < 1 << 20 {
                parts *= 2
                frequencies = frequencies.filter { Self.part(of: $0.key, among: parts) == 0 }
            }
        }
        guard parts > 1 else {
            try scoreDocuments(documentFrequency: documentFrequency, documentCount: documentCount, part: nil) { id, keywords in
                for (rank, keyword) in keywords.enumerated() { try insert.execute(id, rank, keyword.term, keyword.score) }
            }
            return
        }
        // One part of the vocabulary at a time: each document's best terms of the part are set
        // aside in a temporary table (on disk past SQLite's small temp cache), and its keywords are
        // the best of those, the same as if every term had been scored at once.
        try connection.execute("""
            CREATE TEMP TABLE IF NOT EXISTS keyword_candidates (document_id INTEGER, term TEXT, score REAL);
            DELETE FROM temp.keyword_candidates;
            """)
        let setAside = try connection.cached("INSERT INTO temp.keyword_candidates (document_id, term, score) VALUES (?, ?, ?)")
        for part in 0..<parts {
            if part > 0 {
                documentFrequency = try documentFrequencies { frequencies, term in
                    if Self.part(of: term, among: parts) == part { frequencies[term, default: 0] += 1 }
                }
            }
            try scoreDocuments(documentFrequency: documentFrequency, documentCount: documentCount,
                               part: (part, of: parts)) { id, keywords in
                for keyword in keywords { try setAside.execute(id, keyword.term, keyword.score) }
            }
        }
        documentFrequency = [:]
        var document: Int?
        var best = KeywordScorer.Selection(limit: keywordLimit)
        func writeBest() throws {
            if let document {
                for (rank, keyword) in best.keywords.enumerated() { try insert.execute(document, rank, keyword.term, keyword.score) }
            }
            best = KeywordScorer.Selection(limit: keywordLimit)
        }
        try connection.cached("SELECT document_id, term, score FROM temp.keyword_candidates ORDER BY document_id").forEachRow { row in
            if row.int(0) != document { try writeBest(); document = row.int(0) }
            best.offer((term: row.string(1), score: row.double(2)))
        }
        try writeBest()
        try connection.execute("DELETE FROM temp.keyword_candidates")
    }

    /// One pass over every document's term counts: `count` is called with each (document, term).
    private func documentFrequencies(_ count: (inout [String: Int], String) -> Void) throws -> [String: Int] {
        var frequencies: [String: Int] = [:]
        try connection.cached("SELECT terms FROM document_term_counts").forEachRow { row in
            row.withTextBytes(0) { TermCounts.forEach(in: $0) { term, _ in count(&frequencies, term) } }
        }
        return frequencies
    }

    /// Which of `parts` parts of the vocabulary `term` belongs to (`parts` is a power of two, so a
    /// term of part 0 of 2n parts is also in part 0 of n). Hashes are seeded per process: the split
    /// differs from run to run, the keywords do not.
    private static func part(of term: String, among parts: Int) -> Int {
        Int(UInt(bitPattern: term.hashValue) & UInt(parts - 1))
    }

    /// Scores every document's terms (those of `part` only, when given) and passes each
    /// document's best `keywordLimit` to `write`, in document order.
    private func scoreDocuments(documentFrequency: [String: Int], documentCount: Int, part: (index: Int, of: Int)?,
                                write: (Int, [(term: String, score: Double)]) throws -> Void) throws {
        let termCounts = try connection.cached("SELECT document_id, terms FROM document_term_counts ORDER BY document_id")
        // Scoring is pure, so rows are read in chunks and each chunk is scored on all cores.
        let limit = keywordLimit
        var chunk: [(id: Int, terms: String)] = []
        func scoreChunk() throws {
            let scored = ParallelMap.map(chunk) { document in
                var counts: [(term: String, count: Int)] = []
                var terms = document.terms
                terms.withUTF8 {
                    TermCounts.forEach(in: $0) { term, count in
                        if let part, Self.part(of: term, among: part.of) != part.index { return }
                        counts.append((term, count))
                    }
                }
                return KeywordScorer.keywords(termCounts: counts, documentFrequency: documentFrequency,
                                              documentCount: documentCount, limit: limit)
            }
            for (document, keywords) in zip(chunk, scored) { try write(document.id, keywords) }
            chunk.removeAll(keepingCapacity: true)
        }
        try termCounts.forEachRow { row in
            chunk.append((row.int(0), row.string(1)))
            if chunk.count == 512 { try scoreChunk() }
        }
        try scoreChunk()
    }
}
