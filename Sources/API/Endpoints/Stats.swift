import HTTP1
import Store

extension ArchiveAPI {
    /// GET /v1/stats — counts of everything, the corpus's date ranges, database size and schema version.
    func stats(_ context: RouteContext) throws -> HTTPResponse {
        _ = try Parameters(context.request, allowed: [])
        let stats = try pool.withConnection { try StatsQueries(connection: $0).stats() }
        var json = JSONWriter(capacity: 1024)
        json.beginObject()
        json.key("counts")
        json.beginObject()
        for (kind, count) in stats.counts { json.field(kind, count) }
        json.endObject()
        json.key("entities_by_type")
        json.beginObject()
        for (type, count) in stats.entitiesByType { json.field(type, count) }
        json.endObject()
        json.key("published")
        json.beginObject()
        json.field("first", stats.publishedRange.first)
        json.field("last", stats.publishedRange.last)
        json.endObject()
        json.key("events")
        json.beginObject()
        json.field("first", stats.eventRange.first)
        json.field("last", stats.eventRange.last)
        json.endObject()
        json.field("database_bytes", stats.databaseBytes)
        json.field("schema_version", ArchiveDatabase.schemaVersion)
        json.field("sqlite_version", stats.sqliteVersion)
        json.endObject()
        return HTTPResponse.json(json)
    }
}
