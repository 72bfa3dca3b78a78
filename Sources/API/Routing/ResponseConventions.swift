import HTTP1

/// What every response gets on its way out: CORS, Cache-Control, a weak ETag with 304 for a
/// matching If-None-Match, and gzip when the client accepts it. Pure: request and response in.
enum ResponseConventions {
    static let exposedHeaders = "ETag, Link"
    static let minimumGzipBytes = 1024
    static let varyFields = "Accept, Accept-Encoding, X-Forwarded-Proto"

    static func apply(to response: HTTPResponse, for request: HTTPRequest) -> HTTPResponse {
        var response = response
        response.headers.set("Access-Control-Allow-Origin", "*")
        response.headers.set("Access-Control-Expose-Headers", exposedHeaders)
        // Lists pick JSON, CSV or NDJSON from Accept, links follow X-Forwarded-Proto, bodies may be
        // gzipped: a shared cache must key on all three, streamed exports included.
        response.headers.set("Vary", varyFields)
        if !response.headers.contains("Cache-Control") {
            response.headers.set("Cache-Control", response.status.code < 400 ? "public, max-age=60" : "no-store")
        }
        guard case .bytes(let body) = response.body, response.status == .ok else { return response }

        let etag = "W/\"" + fnv1a64Hex(body) + "\""
        response.headers.set("ETag", etag)
        if let ifNoneMatch = request.headers["If-None-Match"], matches(ifNoneMatch, etag: etag) {
            return notModified(response)
        }
        if body.count >= minimumGzipBytes, acceptsGzip(request.headers["Accept-Encoding"]),
           let compressed = Gzip.compress(body), compressed.count < body.count {
            response.headers.set("Content-Encoding", "gzip")
            response.body = .bytes(compressed)
        }
        return response
    }

    /// A response `apply` made earlier (kept by the response cache), for a request that may revalidate it:
    /// 304 when If-None-Match names its ETag, else the response itself.
    static func revalidate(_ response: HTTPResponse, for request: HTTPRequest) -> HTTPResponse {
        guard let ifNoneMatch = request.headers["If-None-Match"], let etag = response.headers["ETag"],
              matches(ifNoneMatch, etag: etag) else { return response }
        return notModified(response)
    }

    /// 304 with the validator and the headers a cache needs from the full response.
    private static func notModified(_ response: HTTPResponse) -> HTTPResponse {
        var notModified = HTTPResponse(status: .notModified, headers: [:], body: .bytes([]))
        for name in ["ETag", "Cache-Control", "Access-Control-Allow-Origin", "Access-Control-Expose-Headers", "Vary"] {
            if let value = response.headers[name] { notModified.headers.set(name, value) }
        }
        return notModified
    }

    /// Weak comparison (RFC 9110 §13.1.2): `*` or any listed tag with the same opaque value.
    static func matches(_ header: String, etag: String) -> Bool {
        let opaque = etag.hasPrefix("W/") ? String(etag.dropFirst(2)) : etag
        return header.split(separator: ",").contains { (candidate: Substring) -> Bool in
            let trimmed = String(candidate).trimmed(" \t")
            return trimmed == "*" || (trimmed.hasPrefix("W/") ? String(trimmed.dropFirst(2)) : trimmed) == opaque
        }
    }

    /// True when Accept-Encoding lists gzip (or *) without q=0.
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        return header.lowercased().split(separator: ",").contains { item in
            let parts = item.split(separator: ";").map { String($0).trimmed(" \t") }
            guard let coding = parts.first, coding == "gzip" || coding == "*" else { return false }
            let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return q > 0
        }
    }

    static func fnv1a64Hex(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension String {
    func trimmed(_ set: String) -> String {
        let characters = Set(set)
        var slice = self[...]
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
