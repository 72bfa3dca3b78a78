import HTTP1

extension ArchiveAPI {
    /// GET / — where to start: every endpoint, linking to the OpenAPI description.
    func index(_ context: RouteContext) throws -> HTTPResponse {
        _ = try Parameters(context.request, allowed: [])
        var json = JSONWriter(capacity: 2048)
        json.beginObject()
        json.field("name", "ASEAN–Russia Archive API")
        json.field("openapi", absoluteURL(context.request, path: "/openapi.json", query: []))
        json.key("endpoints")
        json.beginArray()
        for (pattern, methods) in router.patterns {
            json.beginObject()
            json.field("path", pattern)
            json.field("methods", strings: methods.map(\.rawValue))
            json.field("summary", OpenAPIDocument.summaries[pattern])
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return HTTPResponse.json(json)
    }
}
