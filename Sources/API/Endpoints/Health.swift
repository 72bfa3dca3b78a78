import HTTP1
import Store

extension ArchiveAPI {
    /// Liveness plus the schema version; touches no table, so it stays the cheapest route.
    func health(_ context: RouteContext) throws -> HTTPResponse {
        _ = try Parameters(context.request, allowed: [])
        var json = JSONWriter(capacity: 64)
        json.beginObject()
        json.field("status", "ok")
        json.field("schema_version", ArchiveDatabase.schemaVersion)
        json.endObject()
        return HTTPResponse(status: .ok, headers: ["Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store"],
                            body: .bytes(json.bytes))
    }
}
