import HTTP1
import Synchronization

/// What every loop shares: settings, the handler, and the count of open connections.
final class ServerContext: Sendable {
    let configuration: HTTPServerConfiguration
    let handler: HTTPHandler
    let openConnections = Atomic<Int>(0)
    /// Stream producers running, held to `configuration.maxStreams`.
    let openStreams = Atomic<Int>(0)
    /// Set by `shutdown()` at once, so a response being produced right then already says `Connection: close`.
    let isShuttingDown = Atomic<Bool>(false)

    init(configuration: HTTPServerConfiguration, handler: @escaping HTTPHandler) {
        self.configuration = configuration
        self.handler = handler
    }
}
