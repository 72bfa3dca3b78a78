import Extraction
import SQLite

/// Recomputes what depends on the whole corpus after documents change: corpus-wide entities
/// (resolved from every document's entities), their co-occurrences, and each document's keywords.
/// A pure function of the stored documents, so importing one at a time or all at once ends the same.
public struct CorpusFinalizer {
    public let connection: Connection
    public var keywordLimit = 12

    public init(connection: Connection) { self.connection = connection }

    public func run() throws {
        try connection.transaction {
            try resolveEntities()
            try rebuildCooccurrences()
            try rebuildKeywords()
        }
    }

    private func resolveEntities() throws {
        // Distinct (type, name, aliases) rows, not every document's: memory grows with the
        // vocabulary of entities, not with the number of documents.
        var keys: [(type: String, name: String, aliases: String)] = []
        var candidates: [EntityCandidate] = []
        var subtypes: [String?] = []
        try connection.cached("""
            SELECT type, name, aliases, max(subtype) FROM document_entities GROUP BY type, name, aliases ORDER BY type, name, aliases
            """).forEachRow { row in
            guard let type = EntityType(rawValue: row.string(0)) else { return }
            keys.append((row.string(0), row.string(1), row.string(2)))
            candidates.append(EntityCandidate(type: type, name: row.string(1), aliases: JSONText.parseArray(row.string(2))))
            subtypes.append(row.optionalString(3))
        }
        let groups = EntityResolver.resolve(candidates)

        let findEntity = try connection.cached("SELECT id FROM entities WHERE type = ? AND name = ?")
        let insertEntity = try connection.cached("INSERT INTO entities (type, name, subtype) VALUES (?, ?, ?)")
        let updateSubtype = try connection.cached("UPDATE entities SET subtype = ? WHERE id = ?")
        let insertAlias = try connection.cached("INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)")
        let assign = try connection.cached("UPDATE document_entities SET entity_id = ? WHERE type = ? AND name = ? AND aliases = ?")
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
            for member in group.memberIndices { try assign.run([id, keys[member].type, keys[member].name, keys[member].aliases]) }
        }
        try connection.execute("""
            DELETE FROM entities WHERE id NOT IN (SELECT id FROM temp.live_entities);
            UPDATE entity_mentions SET entity_id = (SELECT entity_id FROM document_entities d WHERE d.id = document_entity_id);
            UPDATE entity_roles SET entity_id = (SELECT entity_id FROM document_entities d WHERE d.id = document_entity_id);
            UPDATE event_participants SET entity_id = (SELECT entity_id FROM document_entities d WHERE d.id = document_entity_id);
            UPDATE events SET place_entity_id = (SELECT entity_id FROM document_entities d WHERE d.id = place_document_entity_id);
            UPDATE quotes SET speaker_entity_id = (SELECT entity_id FROM document_entities d WHERE d.id = speaker_document_entity_id);
            UPDATE entities SET mentions = (SELECT count(*) FROM entity_mentions m WHERE m.entity_id = entities.id);
            """)
    }

    private func rebuildCooccurrences() throws {
        try connection.execute("""
            DELETE FROM entity_cooccurrences;
            INSERT INTO entity_cooccurrences (a, b, weight)
            SELECT m1.entity_id, m2.entity_id, count(DISTINCT m1.sentence_id)
            FROM entity_mentions m1 JOIN entity_mentions m2
              ON m2.sentence_id = m1.sentence_id AND m1.entity_id < m2.entity_id
            WHERE m1.entity_id IS NOT NULL AND m1.sentence_id IS NOT NULL
            GROUP BY m1.entity_id, m2.entity_id;
            """)
    }

    private func rebuildKeywords() throws {
        let documentCount = try connection.scalarInt("SELECT count(*) FROM documents") ?? 0
        var documentFrequency: [String: Int] = [:]
        // Adds rather than assigns: two byte-different spellings of one term are one Swift String key.
        try connection.cached("SELECT term, count(*) FROM document_terms GROUP BY term ORDER BY term").forEachRow { row in
            documentFrequency[row.string(0), default: 0] += row.int(1)
        }
        var documentIDs: [Int] = []
        try connection.cached("SELECT id FROM documents ORDER BY id").forEachRow { documentIDs.append($0.int(0)) }
        try connection.execute("DELETE FROM document_keywords")
        let terms = try connection.cached("SELECT term, count FROM document_terms WHERE document_id = ?")
        let insert = try connection.cached("INSERT INTO document_keywords (document_id, rank, term, score) VALUES (?, ?, ?, ?)")
        for id in documentIDs {
            var counts: [String: Int] = [:]
            try terms.forEachRow([id]) { counts[$0.string(0)] = $0.int(1) }
            let keywords = KeywordScorer.keywords(termCounts: counts, documentFrequency: documentFrequency,
                                                  documentCount: documentCount, limit: keywordLimit)
            for (rank, keyword) in keywords.enumerated() { try insert.run([id, rank, keyword.term, keyword.score]) }
        }
    }
}
