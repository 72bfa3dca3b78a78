import HTTP1
import Store

extension HTTPResponse {
    /// A 200 with the written JSON document.
    static func json(_ json: JSONWriter) -> HTTPResponse {
        HTTPResponse(status: .ok, headers: ["Content-Type": "application/json; charset=utf-8"], body: .bytes(json.bytes))
    }
}

extension JSONWriter {
    /// `"name":{"start":…,"end":…}`: a span of code points into the document's stored text.
    mutating func span(_ name: String, start: Int, end: Int) {
        key(name)
        beginObject()
        field("start", start)
        field("end", end)
        endObject()
    }

    /// `{"id","name","type"}` for an entity referenced from another row, or null.
    mutating func entity(_ reference: EntityReference?, withType: Bool = true) {
        guard let reference else { null(); return }
        beginObject()
        field("id", reference.id)
        field("name", reference.name)
        if withType { field("type", reference.type) }
        endObject()
    }

    /// A JSON object fragment (`"a":1,"b":2`) for `ListResponse`'s `metadata`.
    static func fragment(_ body: (inout JSONWriter) throws -> Void) rethrows -> [UInt8] {
        var json = JSONWriter(capacity: 1024)
        try body(&json)
        return json.bytes
    }
}

/// A sub-list inside a detail response: `{"data":[…],"total":n,"more":URL|null}`, where `more`
/// links to the full, paginated list when `data` holds only the first rows. `more` is root-relative
/// (`/v1/events?entity=7`), so a detail's body, and so its ETag, is the same whatever the Host.
struct BoundedList {
    static func write(_ json: inout JSONWriter, key: String, total: Int, shown: Int, more: String?, rows: (inout JSONWriter) -> Void) {
        json.key(key)
        json.beginObject()
        json.key("data")
        json.beginArray()
        rows(&json)
        json.endArray()
        json.field("total", total)
        json.field("more", shown < total ? more : nil)
        json.endObject()
    }
}

/// `/path?query` with the query percent-encoded, for links that do not depend on the Host.
func relativeURL(path: String, query: [(name: String, value: String)]) -> String {
    path + (query.isEmpty ? "" : "?" + query.map { percentEncode($0.name) + "=" + percentEncode($0.value) }.joined(separator: "&"))
}
