import SQLite

/// A corpus-wide entity as lists show it.
public struct EntitySummary: Sendable, Equatable {
    public var id: Int
    public var name: String
    public var type: String
    public var subtype: String?
    public var aliases: [String]
    public var mentions: Int
}

/// Orders for entity lists; each ends in `id`, so keyset pagination never skips or repeats.
public enum EntityOrder: String, Sendable, CaseIterable {
    /// Most mentioned first.
    case mentions
    /// Case-insensitive (ASCII) alphabetical.
    case name
}

/// Filters for entity lists. `prefix` matches the start of the name or of any alias, ignoring ASCII case.
public struct EntityFilter: Sendable, Equatable {
    public var type: String?
    public var prefix: String?
    /// Only entities this document mentions.
    public var documentID: Int?
    public init(type: String? = nil, prefix: String? = nil, documentID: Int? = nil) {
        self.type = type; self.prefix = prefix; self.documentID = documentID
    }
}

/// One place an entity is mentioned.
public struct EntityMention: Sendable, Equatable {
    public var id: Int, documentID: Int, sentenceID: Int?, start: Int, end: Int, surface: String
}

/// A role the text gives an entity ("Russian Foreign Minister"), with its evidence.
public struct EntityRole: Sendable, Equatable {
    public var title: String, documentID: Int, sentenceID: Int?, start: Int, end: Int
}

/// An entity that shares sentences with another, and in how many.
public struct RelatedEntity: Sendable, Equatable {
    public var id: Int, name: String, type: String, weight: Int
}

/// The co-occurrence network: entities as nodes, shared sentences as weighted edges.
public struct EntityGraph: Sendable, Equatable {
    public struct Node: Sendable, Equatable { public var id: Int, name: String, type: String, mentions: Int }
    public struct Edge: Sendable, Equatable { public var source: Int, target: Int, weight: Int }
    public var nodes: [Node] = []
    public var edges: [Edge] = []
    /// True when more edges qualified than `edgeLimit` allowed.
    public var isTruncated = false
}

public struct EntityQueries {
    public let connection: Connection
    public init(connection: Connection) { self.connection = connection }

    /// `LIKE` pattern for "starts with `text`", with the pattern characters escaped (ESCAPE '\').
    static func prefixPattern(_ text: String) -> String { TextQueries.escapeLike(text) + "%" }

    private static let summaryColumns = """
        e.id, e.name, e.type, e.subtype, e.mentions,
        (SELECT json_group_array(alias) FROM (SELECT alias FROM entity_aliases a WHERE a.entity_id = e.id ORDER BY alias))
        """

    private static func summary(_ row: Statement) -> EntitySummary {
        EntitySummary(id: row.int(0), name: row.string(1), type: row.string(2), subtype: row.optionalString(3),
                      aliases: JSONText.parseArray(row.string(5)), mentions: row.int(4))
    }

    private static func conditions(_ filter: EntityFilter) -> (sql: [String], values: [any SQLiteBindable]) {
        var sql: [String] = []
        var values: [any SQLiteBindable] = []
        if let type = filter.type { sql.append("e.type = ?"); values.append(type) }
        if let prefix = filter.prefix {
            let pattern = prefixPattern(prefix)
            sql.append("(e.name LIKE ? ESCAPE '\\' OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias LIKE ? ESCAPE '\\'))")
            values += [pattern, pattern]
        }
        if let documentID = filter.documentID {
            sql.append("e.id IN (SELECT entity_id FROM document_entities WHERE document_id = ?)")
            values.append(documentID)
        }
        return (sql, values)
    }

    /// One page of entities after the keyset `after` (the last row's sort key and id).
    public func entities(filter: EntityFilter, order: EntityOrder, after: (key: String, id: Int)?, limit: Int) throws -> [EntitySummary] {
        var (conditions, values) = Self.conditions(filter)
        let orderBy: String
        switch order {
        case .mentions:
            orderBy = "e.mentions DESC, e.id"
            if let after {
                conditions.append("(e.mentions < ? OR (e.mentions = ? AND e.id > ?))")
                let mentions = Int(after.key) ?? 0
                values += [mentions, mentions, after.id]
            }
        case .name:
            orderBy = "e.name COLLATE NOCASE, e.id"
            if let after {
                conditions.append("(e.name COLLATE NOCASE > ? OR (e.name COLLATE NOCASE = ? AND e.id > ?))")
                values += [after.key, after.key, after.id]
            }
        }
        let whereClause = TextQueries.whereClause(conditions)
        var result: [EntitySummary] = []
        try connection.cached("SELECT \(Self.summaryColumns) FROM entities e\(whereClause) ORDER BY \(orderBy) LIMIT ?")
            .forEachRow(values + [limit]) { result.append(Self.summary($0)) }
        return result
    }

    public static func sortKey(of entity: EntitySummary, order: EntityOrder) -> String {
        switch order {
        case .mentions: return String(entity.mentions)
        case .name: return entity.name
        }
    }

    public func count(filter: EntityFilter) throws -> Int {
        let (conditions, values) = Self.conditions(filter)
        let whereClause = TextQueries.whereClause(conditions)
        return try connection.scalarInt("SELECT count(*) FROM entities e" + whereClause, values) ?? 0
    }

    public func entity(id: Int) throws -> EntitySummary? {
        try connection.cached("SELECT \(Self.summaryColumns) FROM entities e WHERE e.id = ?").firstRow([id], Self.summary)
    }

    /// The entities one document mentions with how often it mentions each, most first, at most `limit`.
    public func entities(inDocument documentID: Int, limit: Int) throws -> [(entity: EntityReference, mentions: Int)] {
        var result: [(entity: EntityReference, mentions: Int)] = []
        try connection.cached("""
            SELECT e.id, e.name, e.type, count(m.id) AS mentions
            FROM document_entities de JOIN entities e ON e.id = de.entity_id LEFT JOIN entity_mentions m ON m.document_entity_id = de.id
            WHERE de.document_id = ? GROUP BY e.id ORDER BY mentions DESC, e.id LIMIT ?
            """).forEachRow([documentID, limit]) {
                result.append((EntityReference(id: $0.int(0), name: $0.string(1), type: $0.string(2)), $0.int(3)))
            }
        return result
    }

    public func entityCount(inDocument documentID: Int) throws -> Int {
        try connection.scalarInt("SELECT count(DISTINCT entity_id) FROM document_entities WHERE document_id = ?", [documentID]) ?? 0
    }

    /// How many documents mention the entity.
    public func documentCount(entityID: Int) throws -> Int {
        try connection.scalarInt("SELECT count(DISTINCT document_id) FROM document_entities WHERE entity_id = ?", [entityID]) ?? 0
    }

    /// Mentions in document and text order (the order of the entity_mentions_entity index, so a page
    /// never sorts all of a frequent entity's mentions), after the keyset `after`.
    public func mentions(entityID: Int, after: (documentID: Int, start: Int, id: Int)?, limit: Int) throws -> [EntityMention] {
        var result: [EntityMention] = []
        let keyset = after ?? (0, 0, 0)
        try connection.cached("""
            SELECT id, document_id, sentence_id, start, end, surface FROM entity_mentions
            WHERE entity_id = ? AND (document_id, start, id) > (?, ?, ?) ORDER BY document_id, start, id LIMIT ?
            """).forEachRow([entityID, keyset.documentID, keyset.start, keyset.id, limit]) {
                result.append(EntityMention(id: $0.int(0), documentID: $0.int(1), sentenceID: $0.optionalInt(2),
                                            start: $0.int(3), end: $0.int(4), surface: $0.string(5)))
            }
        return result
    }

    public func roleCount(entityID: Int) throws -> Int {
        try connection.scalarInt("SELECT count(*) FROM entity_roles WHERE entity_id = ?", [entityID]) ?? 0
    }

    /// The entity's roles in document and text order, at most `limit`.
    public func roles(entityID: Int, limit: Int) throws -> [EntityRole] {
        var result: [EntityRole] = []
        try connection.cached("""
            SELECT title, document_id, sentence_id, start, end FROM entity_roles WHERE entity_id = ? ORDER BY document_id, start, id LIMIT ?
            """).forEachRow([entityID, limit]) {
                result.append(EntityRole(title: $0.string(0), documentID: $0.int(1), sentenceID: $0.optionalInt(2),
                                         start: $0.int(3), end: $0.int(4)))
            }
        return result
    }

    public func relatedCount(entityID: Int) throws -> Int {
        try connection.scalarInt("SELECT (SELECT count(*) FROM entity_cooccurrences WHERE a = ?) + (SELECT count(*) FROM entity_cooccurrences WHERE b = ?)",
                                 [entityID, entityID]) ?? 0
    }

    /// Entities sharing sentences with this one, heaviest first, at most `limit`.
    public func related(entityID: Int, limit: Int) throws -> [RelatedEntity] {
        var result: [RelatedEntity] = []
        try connection.cached("""
            SELECT e.id, e.name, e.type, c.weight FROM (
                SELECT b AS other, weight FROM entity_cooccurrences WHERE a = ?
                UNION ALL SELECT a AS other, weight FROM entity_cooccurrences WHERE b = ?
            ) c JOIN entities e ON e.id = c.other ORDER BY c.weight DESC, e.id LIMIT ?
            """).forEachRow([entityID, entityID, limit]) {
                result.append(RelatedEntity(id: $0.int(0), name: $0.string(1), type: $0.string(2), weight: $0.int(3)))
            }
        return result
    }

    /// The `nodeLimit` most mentioned entities (of `type`, when given) and the edges among them
    /// of at least `minimumWeight`, heaviest first, at most `edgeLimit`.
    public func graph(type: String?, minimumWeight: Int, nodeLimit: Int, edgeLimit: Int) throws -> EntityGraph {
        var graph = EntityGraph()
        let nodes = "SELECT id FROM entities WHERE (?1 IS NULL OR type = ?1) ORDER BY mentions DESC, id LIMIT ?2"
        try connection.cached("""
            SELECT e.id, e.name, e.type, e.mentions FROM entities e WHERE e.id IN (\(nodes)) ORDER BY e.mentions DESC, e.id
            """).forEachRow([type, nodeLimit]) {
                graph.nodes.append(.init(id: $0.int(0), name: $0.string(1), type: $0.string(2), mentions: $0.int(3)))
            }
        try connection.cached("""
            WITH n AS (\(nodes))
            SELECT a, b, weight FROM entity_cooccurrences WHERE a IN n AND b IN n AND weight >= ?3
            ORDER BY weight DESC, a, b LIMIT ?4
            """).forEachRow([type, nodeLimit, minimumWeight, edgeLimit + 1]) {
                graph.edges.append(.init(source: $0.int(0), target: $0.int(1), weight: $0.int(2)))
            }
        if graph.edges.count > edgeLimit {
            graph.edges.removeLast()
            graph.isTruncated = true
        }
        return graph
    }
}
