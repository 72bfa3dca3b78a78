import HTTP1

/// Placeholder: the engine lands with issue #3's work.
public typealias HTTPHandler = @Sendable (HTTPRequest) -> HTTPResponse
