extension HTTPRequest {
    /// Whether the client wants the connection kept open after this request (RFC 9112 §9.3):
    /// HTTP/1.1 unless it sent `Connection: close`, HTTP/1.0 only if it sent `Connection: keep-alive`.
    public var isKeepAlive: Bool {
        if version == .http1_1 { return !hasConnectionOption("close") }
        return hasConnectionOption("keep-alive") && !hasConnectionOption("close")
    }

    /// Whether a `Connection` field lists `option` (case-insensitive).
    public func hasConnectionOption(_ option: String) -> Bool {
        headers.hasListElement(option, in: "Connection")
    }
}

extension HTTPHeaders {
    /// Whether any field called `name` lists `element` in its comma-separated value (case-insensitive).
    public func hasListElement(_ element: String, in name: String) -> Bool {
        for field in fields where field.name.caseInsensitiveEquals(name) {
            for item in field.value.split(separator: ",") where String(item.trimmingWhitespace).caseInsensitiveEquals(element) {
                return true
            }
        }
        return false
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs (HTTP's OWS).
    var trimmingWhitespace: Substring {
        let isWhitespace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isWhitespace($0) }), let last = lastIndex(where: { !isWhitespace($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
