import Glibc
import HTTP1
import Store

/// The archive's HTTP API: routes, endpoints and conventions over a read-only database.
/// `respond(to:)` is safe to call from many threads at once.
public final class ArchiveAPI: @unchecked Sendable {
    // @unchecked: `router` is built in init and only read afterwards; `pool` is thread-safe.
    let pool: ConnectionPool
    /// Connections for researchers' SQL (/v1/sql), kept apart from `pool`.
    let console: ConsoleConnections
    private(set) var router = Router()
    /// Called with unexpected errors (answered as opaque 500s), for the server's error log.
    public var errorLog: (@Sendable (String) -> Void)?

    /// Whole responses kept while the database is unchanged; nil when turned off.
    let cache: ResponseCache?

    /// `responseCacheBytes` bounds the response cache (0 turns it off); by default 64 MB, or
    /// `ARCHIVE_RESPONSE_CACHE_MB` from the environment.
    public init(databasePath: String, responseCacheBytes: Int = ArchiveAPI.defaultResponseCacheBytes) throws {
        pool = try ConnectionPool(path: databasePath)
        // One console connection: a slow query then holds at most one I/O thread, for at most the
        // time limit, and the rest of the server keeps answering.
        console = ConsoleConnections(path: databasePath, capacity: 1)
        cache = responseCacheBytes > 0 ? try ResponseCache(path: databasePath, capacityBytes: responseCacheBytes) : nil
        registerRoutes()
    }

    public static var defaultResponseCacheBytes: Int {
        guard let text = getenv("ARCHIVE_RESPONSE_CACHE_MB").map({ String(cString: $0) }), let megabytes = Int(text) else { return 64 << 20 }
        return max(0, megabytes) << 20
    }

    private func registerRoutes() {
        router.get("/v1/health") { [unowned self] in try self.health($0) }
        router.get("/v1/documents") { [unowned self] in try self.documents($0) }
        router.get("/v1/documents/{id}") { [unowned self] in try self.document($0) }
        router.get("/v1/documents/{id}/text") { [unowned self] in try self.documentText($0) }
        router.get("/v1/search") { [unowned self] in try self.search($0) }
        router.get("/v1/entities") { [unowned self] in try self.entities($0) }
        router.get("/v1/entities/{id}") { [unowned self] in try self.entity($0) }
        router.get("/v1/entities/{id}/mentions") { [unowned self] in try self.entityMentions($0) }
        router.get("/v1/events") { [unowned self] in try self.events($0) }
        router.get("/v1/quotes") { [unowned self] in try self.quotes($0) }
        router.get("/v1/figures") { [unowned self] in try self.figures($0) }
        router.get("/v1/graph") { [unowned self] in try self.graph($0) }
        router.get("/v1/stats") { [unowned self] in try self.stats($0) }
        router.get("/v1/sql") { [unowned self] in try self.sql($0) }
        router.get("/openapi.json") { [unowned self] in try self.openAPI($0) }
        router.get("/") { [unowned self] in try self.index($0) }
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        guard let cache, let key = ResponseCache.key(for: request) else {
            return ResponseConventions.apply(to: route(request), for: request)
        }
        let (cached, generation) = cache.response(for: key)
        if let cached { return ResponseConventions.revalidate(cached, for: request) }
        let response = ResponseConventions.apply(to: route(request), for: request)
        // A 304 is not kept; a 200 is the same with or without If-None-Match.
        cache.store(response, for: key, generation: generation)
        return response
    }

    private func route(_ request: HTTPRequest) -> HTTPResponse {
        switch router.match(request) {
        case .notFound:
            return APIError.notFound("No resource at \(request.path). Start at /v1/documents or /openapi.json.").response
        case .methodNotAllowed(let allow):
            if request.method == .options { return preflight(request, allow: allow) }
            var error = APIError(status: .methodNotAllowed,
                                 detail: "\(request.method.rawValue) is not allowed on \(request.path); allowed: \(allow.map(\.rawValue).joined(separator: ", ")).")
            error.headers.set("Allow", allow.map(\.rawValue).joined(separator: ", "))
            return error.response
        case .found(let handler, let context):
            do {
                return try handler(context)
            } catch let error as APIError {
                return error.response
            } catch {
                if let fault = StoreFault(error) { return fault.response }
                errorLog?("\(request.method.rawValue) \(request.target): \(error)")
                return APIError(status: .internalServerError, detail: "Internal server error.").response
            }
        }
    }

    /// CORS preflight (and plain OPTIONS): what this path allows, for any origin.
    private func preflight(_ request: HTTPRequest, allow: [HTTPMethod]) -> HTTPResponse {
        let methods = allow.map(\.rawValue).joined(separator: ", ")
        var headers: HTTPHeaders = ["Allow": methods, "Content-Type": "text/plain; charset=utf-8"]
        if request.headers.contains("Origin") {
            headers.set("Access-Control-Allow-Methods", methods)
            headers.set("Access-Control-Allow-Headers",
                        request.headers["Access-Control-Request-Headers"] ?? "Accept, Accept-Encoding, If-None-Match, Content-Type")
            headers.set("Access-Control-Max-Age", "86400")
        }
        return HTTPResponse(status: .noContent, headers: headers, body: .bytes([]))
    }
}

extension ArchiveAPI {
    /// Lets tests add a route (for example one that fails unexpectedly). Not for production use.
    func addRouteForTesting(_ pattern: String, _ handler: @escaping RouteHandler) { router.get(pattern, handler) }
}
