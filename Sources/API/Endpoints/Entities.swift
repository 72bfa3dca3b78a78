import HTTP1
import SQLite
import Store

/// An entity row paired with the order its page was sorted by, so cursors resume exactly.
struct SortedEntity: ListRow {
    let entity: EntitySummary
    let order: EntityOrder
    static var csvColumns: [String] { ["id", "name", "type", "subtype", "aliases", "mentions"] }
    var csvFields: [String?] {
        [String(entity.id), entity.name, entity.type, entity.subtype, entity.aliases.joined(separator: "; "), String(entity.mentions)]
    }
    var cursor: Cursor { Cursor(key: EntityQueries.sortKey(of: entity, order: order), id: entity.id) }
    func writeJSON(_ json: inout JSONWriter) {
        json.beginObject()
        entity.writeFields(&json)
        json.endObject()
    }
}

extension EntitySummary {
    func writeFields(_ json: inout JSONWriter) {
        json.field("id", id)
        json.field("name", name)
        json.field("type", type)
        json.field("subtype", subtype)
        json.field("aliases", strings: aliases)
        json.field("mentions", mentions)
    }
}

extension EntityMention: ListRow {
    static var csvColumns: [String] { ["id", "document_id", "sentence_id", "start", "end", "surface"] }
    var csvFields: [String?] { [String(id), String(documentID), sentenceID.map(String.init), String(start), String(end), surface] }
    var cursor: Cursor { Cursor(key: "\(documentID) \(start)", id: id) }

    /// The keyset a cursor of this list holds: document id, start and mention id.
    static func keyset(_ cursor: Cursor) throws -> (documentID: Int, start: Int, id: Int) {
        let parts = cursor.key.split(separator: " ").compactMap { Int($0) }
        guard parts.count == 2 else { throw APIError.badParameter("cursor", "is not a cursor this server issued; use the `next` link as given") }
        return (parts[0], parts[1], cursor.id)
    }

    func writeJSON(_ json: inout JSONWriter) {
        json.beginObject()
        json.field("id", id)
        json.field("document_id", documentID)
        json.field("sentence_id", sentenceID)
        json.span("span", start: start, end: end)
        json.field("surface", surface)
        json.endObject()
    }
}

extension ArchiveAPI {
    static let entityTypes = ["person", "organization", "location", "agreement"]
    /// How many rows of each kind an entity's detail shows before linking to the full list.
    static let entityDetailLimit = 20

    /// GET /v1/entities — by type, name/alias prefix and document; most mentioned first, or by name.
    func entities(_ context: RouteContext) throws -> HTTPResponse {
        let parameters = try Parameters(context.request,
                                        allowed: ListResponse<SortedEntity>.commonParameters.union(["type", "q", "sort", "document"]))
        let filter = EntityFilter(type: try parameters.choice("type", from: Self.entityTypes), prefix: try parameters.string("q"),
                                  documentID: try parameters.id("document"))
        let order = EntityOrder(rawValue: try parameters.choice("sort", from: EntityOrder.allCases.map(\.rawValue)) ?? "mentions")!
        return try ListResponse<SortedEntity>.respond(
            to: context.request, parameters: parameters, pool: pool,
            total: { try EntityQueries(connection: $0).count(filter: filter) },
            fetch: { connection, after, limit in
                try EntityQueries(connection: connection)
                    .entities(filter: filter, order: order, after: after.map { ($0.key, $0.id) }, limit: limit)
                    .map { SortedEntity(entity: $0, order: order) }
            })
    }

    /// GET /v1/entities/{id} — the entity with its roles, first mentions, related entities, events and quotations.
    func entity(_ context: RouteContext) throws -> HTTPResponse {
        _ = try Parameters(context.request, allowed: [])
        let id = try context.id()
        return try pool.withConnection { connection in
            let queries = EntityQueries(connection: connection)
            guard let entity = try queries.entity(id: id) else { throw APIError.notFound("No entity with id \(id).") }
            let limit = Self.entityDetailLimit
            var json = JSONWriter(capacity: 8192)
            json.beginObject()
            entity.writeFields(&json)
            json.field("documents", try queries.documentCount(entityID: id))

            let roles = try queries.roles(entityID: id, limit: limit)
            BoundedList.write(&json, key: "roles", total: try queries.roleCount(entityID: id), shown: roles.count, more: nil) { json in
                for role in roles {
                    json.beginObject()
                    json.field("title", role.title)
                    json.field("document_id", role.documentID)
                    json.field("sentence_id", role.sentenceID)
                    json.span("span", start: role.start, end: role.end)
                    json.endObject()
                }
            }

            let mentions = try queries.mentions(entityID: id, after: nil, limit: limit)
            BoundedList.write(&json, key: "occurrences", total: entity.mentions, shown: mentions.count,
                              more: relativeURL(path: "/v1/entities/\(id)/mentions", query: [])) { json in
                for mention in mentions { mention.writeJSON(&json) }
            }

            let related = try queries.related(entityID: id, limit: limit)
            BoundedList.write(&json, key: "related", total: try queries.relatedCount(entityID: id), shown: related.count,
                              more: nil) { json in
                for other in related {
                    json.beginObject()
                    json.field("id", other.id); json.field("name", other.name); json.field("type", other.type)
                    json.field("weight", other.weight)
                    json.endObject()
                }
            }

            let eventQueries = EventQueries(connection: connection)
            let eventFilter = EventFilter(entityID: id)
            let events = try eventQueries.events(filter: eventFilter, after: nil, limit: limit)
            BoundedList.write(&json, key: "events", total: try eventQueries.count(filter: eventFilter), shown: events.count,
                              more: relativeURL(path: "/v1/events", query: [("entity", String(id))])) { json in
                for event in events { event.writeJSON(&json) }
            }

            let quoteQueries = QuoteQueries(connection: connection)
            let quoteFilter = QuoteFilter(speakerID: id)
            let quotes = try quoteQueries.quotes(filter: quoteFilter, after: nil, limit: limit)
            BoundedList.write(&json, key: "quotes", total: try quoteQueries.count(filter: quoteFilter), shown: quotes.count,
                              more: relativeURL(path: "/v1/quotes", query: [("speaker", String(id))])) { json in
                for quote in quotes { quote.writeJSON(&json) }
            }
            json.endObject()
            return HTTPResponse.json(json)
        }
    }

    /// GET /v1/entities/{id}/mentions — every mention of the entity, in document and text order.
    func entityMentions(_ context: RouteContext) throws -> HTTPResponse {
        let parameters = try Parameters(context.request, allowed: ListResponse<EntityMention>.commonParameters)
        let id = try context.id()
        guard try pool.withConnection({ try EntityQueries(connection: $0).entity(id: id) }) != nil else {
            throw APIError.notFound("No entity with id \(id).")
        }
        return try ListResponse<EntityMention>.respond(
            to: context.request, parameters: parameters, pool: pool,
            total: { try EntityQueries(connection: $0).entity(id: id)?.mentions ?? 0 },
            fetch: { connection, after, limit in
                try EntityQueries(connection: connection).mentions(entityID: id, after: after.map(EntityMention.keyset), limit: limit)
            })
    }
}
