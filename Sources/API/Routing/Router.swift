import HTTP1

/// A request as a handler sees it: the HTTP request plus the values of `{name}` path segments.
public struct RouteContext {
    public let request: HTTPRequest
    public let pathParameters: [String: String]

    /// A positive integer path parameter, or a 400 naming it.
    public func id(_ name: String = "id") throws -> Int {
        guard let text = pathParameters[name], let value = Int(text), value > 0 else {
            throw APIError.badParameter(name, "must be a positive integer, not '\(pathParameters[name] ?? "")'")
        }
        return value
    }
}

public typealias RouteHandler = (RouteContext) throws -> HTTPResponse

/// Matches method and path against `/v1/documents/{id}`-style patterns. A known path with another
/// method is 405 with `Allow`; an unknown path is 404. HEAD is served by GET routes.
public struct Router {
    private enum Segment: Equatable { case literal(String), parameter(String) }
    private struct Route {
        let method: HTTPMethod
        let pattern: String
        let segments: [Segment]
        let handler: RouteHandler
    }
    private var routes: [Route] = []

    public init() {}

    public mutating func add(_ method: HTTPMethod, _ pattern: String, _ handler: @escaping RouteHandler) {
        let segments = pattern.split(separator: "/").map { part -> Segment in
            part.hasPrefix("{") && part.hasSuffix("}") ? .parameter(String(part.dropFirst().dropLast())) : .literal(String(part))
        }
        routes.append(Route(method: method, pattern: pattern, segments: segments, handler: handler))
    }

    public mutating func get(_ pattern: String, _ handler: @escaping RouteHandler) { add(.get, pattern, handler) }

    /// Every registered pattern with its methods, in registration order.
    public var patterns: [(pattern: String, methods: [HTTPMethod])] {
        var result: [(pattern: String, methods: [HTTPMethod])] = []
        for route in routes {
            if let index = result.firstIndex(where: { $0.pattern == route.pattern }) { result[index].methods.append(route.method) }
            else { result.append((route.pattern, [route.method])) }
        }
        return result
    }

    public enum Match {
        case found(RouteHandler, RouteContext)
        case methodNotAllowed(allow: [HTTPMethod])
        case notFound
    }

    public func match(_ request: HTTPRequest) -> Match {
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: true)
        // A trailing slash is a different resource; only "/" itself is empty.
        if request.path.count > 1 && request.path.hasSuffix("/") { return .notFound }
        let method: HTTPMethod = request.method == .head ? .get : request.method
        var allowed: [HTTPMethod] = []
        for route in routes {
            guard let parameters = Self.bind(route.segments, to: parts) else { continue }
            if route.method == method {
                return .found(route.handler, RouteContext(request: request, pathParameters: parameters))
            }
            allowed.append(route.method)
        }
        if allowed.isEmpty { return .notFound }
        if allowed.contains(.get) { allowed.append(.head) }
        allowed.append(.options)
        return .methodNotAllowed(allow: allowed)
    }

    private static func bind(_ segments: [Segment], to parts: [Substring]) -> [String: String]? {
        guard segments.count == parts.count else { return nil }
        var parameters: [String: String] = [:]
        for (segment, part) in zip(segments, parts) {
            switch segment {
            case .literal(let literal): if literal != part { return nil }
            case .parameter(let name): parameters[name] = String(part)
            }
        }
        return parameters
    }
}
