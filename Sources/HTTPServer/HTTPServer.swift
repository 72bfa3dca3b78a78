import Dispatch
import Glibc
import HTTP1
import Synchronization

/// Answers one request. Called concurrently from the event-loop threads, inline, so it must be fast
/// (microseconds to a few milliseconds) and must not block on I/O; long bodies belong in `.stream`.
/// HEAD requests reach the handler as GET: the server sends the GET response's head without its body.
public typealias HTTPHandler = @Sendable (HTTPRequest) -> HTTPResponse

/// An HTTP/1.1 server on Glibc sockets: one epoll event loop per worker thread, each with its own
/// `SO_REUSEPORT` listener, non-blocking sockets, keep-alive and pipelining.
///
/// The contract with the handler:
/// - It runs inline on an I/O thread, concurrently with other calls; responses go out in request order.
/// - `.bytes` bodies are sent with `Content-Length`. `.stream` bodies are produced on a Dispatch queue
///   off the I/O threads and sent `Transfer-Encoding: chunked` (read-until-close for HTTP/1.0); their
///   `write` blocks, up to `writeTimeout`, while the socket is full, and throws once the client is gone.
///   At most `maxStreams` run at once (a 503 answers the rest), each for at most `streamTimeout`.
/// - For HEAD the GET head is sent with no body, and a stream is never run. 1xx, 204 and 304 never carry one.
/// - The server adds `Date`, the framing field, `Connection` when closing (or keep-alive for HTTP/1.0), and
///   `configuration.defaultContentType` when the handler set no `Content-Type`; it drops the handler's own
///   `Content-Length`, `Transfer-Encoding`, `Connection` and `Date`. `Connection: close` from the handler
///   closes the connection after the response.
public final class HTTPServer: Sendable {
    public let configuration: HTTPServerConfiguration
    private let context: ServerContext
    private let state = Mutex(State())
    private let stopped = StopSignal()

    private struct State: ~Copyable {
        var loops: [EventLoop] = []
        var isStarted = false
        var isShuttingDown = false
    }

    public init(configuration: HTTPServerConfiguration = HTTPServerConfiguration(), handler: @escaping HTTPHandler) {
        self.configuration = configuration
        self.context = ServerContext(configuration: configuration, handler: handler)
    }

    /// Binds, listens and starts the event loops on background threads; returns the bound port.
    /// Call it once. A server shut down before starting refuses to start.
    public func start() throws(SocketError) -> UInt16 {
        let shouldStart = state.withLock { state in
            precondition(!state.isStarted, "HTTPServer.start() called twice")
            state.isStarted = true
            return !state.isShuttingDown
        }
        guard shouldStart else { throw SocketError(call: "start", errno: ECANCELED) }
        // A vanished client must cost an EPIPE, never the process (sends also pass MSG_NOSIGNAL).
        signal(SIGPIPE, SIG_IGN)
        Socket.raiseOpenFileLimit()

        var listeners: [Int32] = []
        var loops: [EventLoop] = []
        var port = configuration.port
        do throws(SocketError) {
            for _ in 0..<configuration.workerCount {
                let listener = try Socket.makeListeningSocket(host: configuration.host, port: port, backlog: configuration.backlog)
                listeners.append(listener)
                if port == 0 { port = try Socket.boundPort(listener) }
            }
            for listener in listeners { loops.append(try EventLoop(context: context, listenFD: listener)) }
        } catch {
            for loop in loops { loop.discard() }
            for listener in listeners.dropFirst(loops.count) { close(listener) }
            throw error
        }
        stopped.expect(loops.count)
        let startedLoops = loops
        let shutDownMeanwhile = state.withLock { state in
            state.loops = startedLoops
            return state.isShuttingDown
        }
        for (index, loop) in loops.enumerated() {
            startThread(name: "http-loop-\(index)") { [stopped] in
                loop.run()
                stopped.signal()
            }
        }
        if shutDownMeanwhile { for loop in loops { loop.beginShutdown() } }
        return port
    }

    /// Graceful shutdown: stop accepting (new connects are refused at once), finish in-flight
    /// requests, close idle connections, and force-close what is left after `shutdownTimeout`.
    /// Returns at once; `waitUntilStopped()` waits. Idempotent and callable from any thread.
    public func shutdown() {
        let loops = state.withLock { state -> [EventLoop] in
            guard !state.isShuttingDown else { return [] }
            state.isShuttingDown = true
            return state.loops
        }
        context.isShuttingDown.store(true, ordering: .relaxed)
        for loop in loops { loop.beginShutdown() }
    }

    /// Blocks until every event loop has stopped (at once if the server never started).
    public func waitUntilStopped() {
        stopped.wait()
    }
}
