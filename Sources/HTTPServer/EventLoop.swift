import CLinuxIO
import Dispatch
import Glibc
import HTTP1
import Synchronization

/// One worker thread's epoll loop: accepts on its own listener, reads, parses, calls the handler
/// and writes, all without blocking. Other threads talk to it only through `post`.
final class EventLoop: @unchecked Sendable {
    // @unchecked: apart from `messages` (behind a Mutex) and the immutable descriptors, every
    // property is touched only on the loop's own thread, inside `run()`.
    private let context: ServerContext
    private let configuration: HTTPServerConfiguration
    private let epollFD: Int32
    private let wakeFD: Int32
    private let listenFD: Int32
    private let messages = Mutex<[Message]>([])
    /// Set once `listenFD` is closed, under the lock, so `beginShutdown` never touches a reused number.
    private let listenerClosed = Mutex(false)

    private var isListening = true
    private var listenerPausedUntil: Int64 = 0
    private var connections: [Connection?] = []
    private var liveConnections = 0
    private var nextConnectionID: UInt64 = 0
    private var runningStreams = 0
    /// Connections to serve again after this turn's events (see `serve`); the second array is the
    /// one being served, kept so that neither allocates once grown.
    private var readyConnections: [Connection] = []
    private var servingConnections: [Connection] = []
    private let readBuffer: UnsafeMutableRawBufferPointer
    /// Responses of the connection being served, sent with one `send` per batch.
    private var output: [UInt8] = []
    private var logBuffer: [UInt8] = []
    private var dateField: [UInt8] = []
    private var dateSecond = -1
    private var now: Int64 = 0
    private var nextSweep: Int64 = 0
    private let sweepInterval: Int64
    private var isShuttingDown = false
    private var shutdownDeadline: Int64 = .max
    private var exitDeadline: Int64 = .max

    enum Message: Sendable {
        case shutdown
        case streamFinished(fd: Int32, id: UInt64, outcome: StreamWriter.Outcome, bodyBytes: Int)
    }

    static let readBufferSize = 64 * 1024
    /// Reads one connection may make per turn (256 KB), so a client that pipelines without pause
    /// cannot starve the others on its loop.
    private static let readsPerTurn = 4
    private static let readEvents = EPOLLIN.rawValue | EPOLLRDHUP.rawValue | EPOLLET.rawValue
    private static let maxEvents: Int32 = 256
    /// After a parse error, how long the lingering close waits for the client to stop sending.
    private static let lingerTime: Int64 = 2_000_000_000

    init(context: ServerContext, listenFD: Int32) throws(SocketError) {
        self.context = context
        self.configuration = context.configuration
        self.listenFD = listenFD
        epollFD = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epollFD >= 0 else { throw SocketError(call: "epoll_create1", errno: errno) }
        wakeFD = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
        guard wakeFD >= 0 else {
            Glibc.close(epollFD)
            throw SocketError(call: "eventfd", errno: errno)
        }
        let timeouts = [configuration.headerTimeout, configuration.idleTimeout, configuration.writeTimeout]
        sweepInterval = min(max(timeouts.map(\.nanoseconds).min()! / 4, 5_000_000), 1_000_000_000)
        readBuffer = .allocate(byteCount: Self.readBufferSize, alignment: 16)
        guard register(wakeFD, events: EPOLLIN.rawValue), register(listenFD, events: EPOLLIN.rawValue) else {
            let failure = SocketError(call: "epoll_ctl", errno: errno)
            discard()
            throw failure
        }
    }

    /// Releases the descriptors of a loop that never ran.
    func discard() {
        readBuffer.deallocate()
        Glibc.close(listenFD)
        Glibc.close(wakeFD)
        Glibc.close(epollFD)
    }

    /// Hands a message to the loop from any thread.
    func post(_ message: Message) {
        messages.withLock { $0.append(message) }
        var one: UInt64 = 1
        _ = write(wakeFD, &one, 8)
    }

    /// Stops the listener at once (so new connects are refused even while the loop is busy in a
    /// handler), then lets the loop wind down.
    func beginShutdown() {
        listenerClosed.withLock { isClosed in
            if !isClosed { Glibc.shutdown(listenFD, Int32(SHUT_RDWR)) }
        }
        post(.shutdown)
    }

    // MARK: The loop

    func run() {
        var events = [epoll_event](repeating: epoll_event(), count: Int(Self.maxEvents))
        now = Clock.monotonic()
        nextSweep = now + sweepInterval
        refreshDate()
        while true {
            let wakeAt = min(nextSweep, shutdownDeadline, exitDeadline)
            let timeout = readyConnections.isEmpty ? Int32(clamping: max(0, (wakeAt - now + 999_999) / 1_000_000)) : 0
            let count = events.withUnsafeMutableBufferPointer { epoll_wait(epollFD, $0.baseAddress, Self.maxEvents, timeout) }
            if count < 0 && errno != EINTR {
                reportError("epoll_wait failed: \(SocketError(call: "epoll_wait", errno: errno))")
                break
            }
            now = Clock.monotonic()
            refreshDate()
            for index in 0..<Int(max(count, 0)) {
                let event = events[index]
                let fd = event.data.fd
                if fd == listenFD {
                    acceptConnections()
                } else if fd == wakeFD {
                    handleMessages()
                } else if fd >= 0, fd < connections.count, let connection = connections[Int(fd)] {
                    handle(connection, events: event.events)
                }
            }
            if !readyConnections.isEmpty { serveReadyConnections() }
            flushLog()
            if now >= nextSweep {
                sweep()
                nextSweep = now + sweepInterval
            }
            if isShuttingDown && finishShutdownIfDone() { break }
        }
        listenerClosed.withLock { isClosed in
            isClosed = true
            Glibc.close(listenFD)
        }
        Glibc.close(epollFD)
        if runningStreams == 0 { Glibc.close(wakeFD) }   // a late producer may still post to it otherwise
        readBuffer.deallocate()
    }

    private func refreshDate() {
        let second = Clock.unixSeconds()
        guard second != dateSecond else { return }
        dateSecond = second
        dateField = HTTPDate.field(unixTime: second)
    }

    private func register(_ fd: Int32, events: UInt32, operation: Int32 = EPOLL_CTL_ADD) -> Bool {
        var event = epoll_event()
        event.events = events
        event.data.fd = fd
        return epoll_ctl(epollFD, operation, fd, &event) == 0
    }

    // MARK: Accepting

    private func acceptConnections() {
        let limit = configuration.maxConnections
        for _ in 0..<128 {
            let fd = clinuxio_accept4(listenFD, Int32(SOCK_NONBLOCK.rawValue | SOCK_CLOEXEC.rawValue))
            if fd < 0 {
                switch Self.acceptFailure(errno: errno) {
                case .drained: return
                case .retry: continue
                case .pause:
                    // Out of descriptors (or an error we do not know): stop listening briefly instead of
                    // spinning on a ready listener.
                    reportError("accept failed: \(SocketError(call: "accept4", errno: errno)); pausing the listener")
                    pauseListener()
                    return
                case .fatal:
                    // EINVAL after `shutdown` stopped the listener.
                    stopListening()
                    return
                }
            }
            if context.openConnections.wrappingAdd(1, ordering: .relaxed).newValue > limit {
                context.openConnections.wrappingSubtract(1, ordering: .relaxed)
                refuse(fd)
                continue
            }
            // EPOLLOUT is added only once a response backs up (see `watchWritable`): registered now,
            // it would cost every new connection a wake-up for a socket that is of course writable.
            guard register(fd, events: Self.readEvents) else {
                Glibc.close(fd)
                context.openConnections.wrappingSubtract(1, ordering: .relaxed)
                continue
            }
            nextConnectionID &+= 1
            if Int(fd) >= connections.count {
                connections.append(contentsOf: repeatElement(nil, count: max(Int(fd) + 1 - connections.count, connections.count)))
            }
            connections[Int(fd)] = Connection(fd: fd, id: nextConnectionID, limits: configuration.limits, now: now)
            liveConnections += 1
        }
    }

    enum AcceptFailure: Equatable {
        case drained, retry, pause, fatal
    }

    /// What a failed `accept4` means for the listener. Linux reports the new socket's pending network
    /// errors through accept, and accept(2) says to retry on those; only a listener that is gone is fatal.
    static func acceptFailure(errno code: Int32) -> AcceptFailure {
        switch code {
        case EAGAIN, EWOULDBLOCK: return .drained
        case EINTR, ECONNABORTED, EPROTO, ENETDOWN, ENOPROTOOPT, EHOSTDOWN, ENONET, EHOSTUNREACH, EOPNOTSUPP,
             ENETUNREACH, EPERM:
            return .retry
        case EBADF, EINVAL, ENOTSOCK: return .fatal
        default: return .pause   // EMFILE, ENFILE, ENOBUFS, ENOMEM, and anything unexpected
        }
    }

    /// The connection limit's fast answer: a canned 503, then close.
    private func refuse(_ fd: Int32) {
        // Read what already arrived, so closing does not turn into a reset that hides the 503.
        while Socket.receive(fd, readBuffer.baseAddress!, readBuffer.count) > 0 {}
        output.removeAll(keepingCapacity: true)
        ResponseSerializer.appendProblem(.serviceUnavailable, dateField: dateField, closing: true, to: &output)
        _ = output.withUnsafeBytes { Socket.send(fd, $0.baseAddress!, $0.count) }
        output.removeAll(keepingCapacity: true)
        Glibc.close(fd)
    }

    private func pauseListener() {
        guard isListening, listenerPausedUntil == 0 else { return }
        epoll_ctl(epollFD, EPOLL_CTL_DEL, listenFD, nil)
        listenerPausedUntil = now + 100_000_000
    }

    /// Stops accepting for good. The descriptor stays open until the loop exits (see `run`), so a
    /// concurrent `beginShutdown` can never shut down a number the process has reused meanwhile.
    private func stopListening() {
        guard isListening else { return }
        isListening = false
        if listenerPausedUntil == 0 { epoll_ctl(epollFD, EPOLL_CTL_DEL, listenFD, nil) }
        listenerPausedUntil = 0
        // Also stops the kernel from queueing connections this listener would never accept.
        Glibc.shutdown(listenFD, Int32(SHUT_RDWR))
    }

    // MARK: Serving a connection

    private func handle(_ connection: Connection, events: UInt32) {
        let hangUp = EPOLLERR.rawValue | EPOLLHUP.rawValue
        if events & (EPOLLIN.rawValue | EPOLLRDHUP.rawValue | hangUp) != 0 { connection.isReadable = true }
        if events & (EPOLLRDHUP.rawValue | hangUp) != 0 { connection.peerHasClosed = true }
        if connection.isStreaming {
            // The producer owns the socket; a reset wakes its poll so its next write throws.
            if events & hangUp != 0 { Glibc.shutdown(connection.fd, Int32(SHUT_RDWR)) }
            return
        }
        if connection.isLingering {
            drainLingering(connection)
            return
        }
        if events & EPOLLOUT.rawValue != 0, connection.hasPendingOutput {
            guard flushPending(connection) else { return }
        }
        serve(connection)
    }

    /// Answers buffered requests, then reads and answers until the socket is drained, the output
    /// backs up, a stream takes over, the connection ends, or its turn's reads are used up.
    private func serve(_ connection: Connection) {
        var reads = 0
        while connection.canAnswer {
            if !connection.inbox.isEmpty, !connection.awaitsMoreBytes {
                answerInbox(connection)
            } else if connection.isReadable {
                // Edge-triggered, a socket left readable raises no new event: queue it for another turn.
                guard reads < Self.readsPerTurn else {
                    if !connection.isQueued {
                        connection.isQueued = true
                        readyConnections.append(connection)
                    }
                    return
                }
                reads += 1
                let count = Socket.receive(connection.fd, readBuffer.baseAddress!, readBuffer.count)
                if count > 0 {
                    connection.lastActivity = now
                    // With edge triggering a short read means the socket is drained and new bytes raise a
                    // new edge; but an end of stream that came with the bytes is only seen by reading on.
                    if count < readBuffer.count, !connection.peerHasClosed { connection.isReadable = false }
                    answer(connection, received: UnsafeRawBufferPointer(rebasing: readBuffer[0..<count]))
                } else if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) {
                    // The client closed (or reset): an unfinished request dies with the connection.
                    connection.isReadable = false
                    close(connection)
                    return
                } else {
                    connection.isReadable = false
                }
            } else {
                break
            }
            guard flushOutput(connection) else { return }
        }
    }

    /// Gives each connection that used up its turn with bytes unread another one.
    private func serveReadyConnections() {
        swap(&readyConnections, &servingConnections)
        for connection in servingConnections {
            connection.isQueued = false
            // It may have been closed since, and its descriptor reused.
            if connections[Int(connection.fd)] === connection { serve(connection) }
        }
        servingConnections.removeAll(keepingCapacity: true)
    }

    /// Parses and answers the requests in freshly read bytes, keeping what is left in the inbox.
    private func answer(_ connection: Connection, received bytes: UnsafeRawBufferPointer) {
        if connection.inbox.isEmpty {
            let used = answerRequests(connection, bytes)
            if used < bytes.count, !connection.closeAfterFlush {
                connection.inbox.append(contentsOf: bytes[used...])
            }
        } else {
            connection.inbox.append(contentsOf: bytes)
            answerInbox(connection)
        }
    }

    private func answerInbox(_ connection: Connection) {
        let used = connection.inbox.withUnsafeBytes { answerRequests(connection, $0) }
        if used >= connection.inbox.count || connection.closeAfterFlush {
            connection.inbox = []
        } else if used > 0 {
            connection.inbox.removeFirst(used)
        }
    }

    /// Answers each whole request at the start of `bytes`; returns how many bytes they used.
    /// Never closes the connection itself (the caller may be iterating its inbox).
    private func answerRequests(_ connection: Connection, _ bytes: UnsafeRawBufferPointer) -> Int {
        var offset = 0
        connection.awaitsMoreBytes = false
        while offset < bytes.count, connection.canAnswer, output.count < 256 * 1024 {
            let outcome: RequestParser.Outcome
            do {
                outcome = try connection.parser.parse(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            } catch {
                respond(to: error, on: connection)
                return bytes.count
            }
            switch outcome {
            case .incomplete:
                if connection.requestStartedAt == 0 { connection.requestStartedAt = now }
                if !connection.sentContinue, connection.parser.awaitsContinue {
                    output.append(contentsOf: ResponseSerializer.continueResponse)
                    connection.sentContinue = true
                }
                connection.awaitsMoreBytes = true
                return offset
            case .complete(let request, let consumed):
                offset += consumed
                connection.requestStartedAt = 0
                connection.sentContinue = false
                connection.hasAnsweredRequest = true
                respond(to: request, on: connection)
            }
        }
        return offset
    }

    private func respond(to error: HTTPParseError, on connection: Connection) {
        ResponseSerializer.appendProblem(error.status, dateField: dateField, closing: true, to: &output)
        connection.closeAfterFlush = true
        connection.lingerOnClose = true
        connection.requestStartedAt = 0
    }

    private func respond(to request: HTTPRequest, on connection: Connection) {
        let isHead = request.method == .head
        var handlerRequest = request
        if isHead { handlerRequest.method = .get }
        let startedAt = configuration.accessLog ? Clock.precise() : 0
        var response = context.handler(handlerRequest)
        if case .stream = response.body, !isHead, ResponseSerializer.allowsBody(response.status), !reserveStream() {
            response = Self.streamLimitResponse
        }

        let allowsBody = ResponseSerializer.allowsBody(response.status)
        let framing: ResponseFraming
        switch response.body {
        case .bytes(let body):
            framing = allowsBody ? .contentLength(body.count) : .none
        case .stream:
            // HTTP/1.0 has no chunked coding: the body runs until the connection closes.
            framing = !allowsBody ? .none : request.version == .http1_1 ? .chunked : .untilClose
        }
        let keepAlive = request.isKeepAlive && framing != .untilClose
            && !context.isShuttingDown.load(ordering: .relaxed)
            && !response.headers.hasListElement("close", in: "Connection")
        // What is queued before this response's head: earlier pipelined responses, which a stream
        // that fails before sending anything must still deliver.
        let earlierResponses = output.count
        ResponseSerializer.appendHead(status: response.status, headers: response.headers, framing: framing,
                                      connection: connectionValue(keepAlive: keepAlive, version: request.version),
                                      dateField: dateField, defaultContentType: configuration.defaultContentType,
                                      to: &output)
        if !keepAlive { connection.closeAfterFlush = true }
        let entry = configuration.accessLog ? AccessLogEntry(request, status: response.status.code, startedAt: startedAt) : nil

        var bodyBytes = 0
        if allowsBody, !isHead {
            switch response.body {
            case .bytes(let body):
                output.append(contentsOf: body)
                bodyBytes = body.count
            case .stream(let stream):
                connection.streamLog = entry   // written when the stream ends
                startStream(stream, on: connection, isChunked: framing == .chunked, earlierResponses: earlierResponses)
                return
            }
        }
        if let entry { logBuffer.append(contentsOf: entry.line(bytes: bodyBytes, endedAt: Clock.precise()).utf8) }
    }

    private func connectionValue(keepAlive: Bool, version: HTTPVersion) -> StaticString? {
        keepAlive ? (version == .http1_0 ? "keep-alive" : nil) : "close"
    }

    // MARK: Streams

    /// What a stream request gets while `maxStreams` producers run.
    private static let streamLimitResponse = HTTPResponse(
        status: .serviceUnavailable, headers: ["Content-Type": "application/problem+json", "Retry-After": "1"],
        body: .bytes(Array("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503}".utf8)))

    /// Counts a stream against `maxStreams`; false, counting nothing, when the limit is reached.
    private func reserveStream() -> Bool {
        guard context.openStreams.wrappingAdd(1, ordering: .relaxed).newValue > configuration.maxStreams else { return true }
        context.openStreams.wrappingSubtract(1, ordering: .relaxed)
        return false
    }

    /// Hands the socket's write side to a producer on a Dispatch queue, with every byte not yet sent.
    /// Producers block in `poll` while a client is slow, so each gets a serial queue of its own: those
    /// run on Dispatch's overcommitting pool, which adds a thread rather than queueing behind blocked
    /// ones (a concurrent queue, global or custom, waits for a free worker).
    private func startStream(_ stream: HTTPBodyStream, on connection: Connection, isChunked: Bool, earlierResponses: Int) {
        connection.isStreaming = true
        runningStreams += 1
        let head = output
        output.removeAll(keepingCapacity: true)
        let fd = connection.fd, id = connection.id, timeout = configuration.writeTimeout
        let streamTimeout = configuration.streamTimeout
        DispatchQueue(label: "HTTPServer.stream").async { [self] in
            let writer = StreamWriter(fd: fd, head: head, earlierResponses: earlierResponses, isChunked: isChunked,
                                      timeout: timeout, streamTimeout: streamTimeout)
            var outcome = StreamWriter.Outcome.finished
            do {
                try stream.produce { bytes in try writer.write(bytes) }
                try writer.finish()
            } catch {
                outcome = writer.fail()
            }
            context.openStreams.wrappingSubtract(1, ordering: .relaxed)
            post(.streamFinished(fd: fd, id: id, outcome: outcome, bodyBytes: writer.bodyBytes))
        }
    }

    private func streamFinished(fd: Int32, id: UInt64, outcome: StreamWriter.Outcome, bodyBytes: Int) {
        runningStreams -= 1
        guard fd < connections.count, let connection = connections[Int(fd)], connection.id == id else { return }
        connection.isStreaming = false
        connection.lastActivity = now
        if var entry = connection.streamLog {
            if outcome == .answeredWithError { entry.status = HTTPStatus.internalServerError.code }
            logBuffer.append(contentsOf: entry.line(bytes: bodyBytes, endedAt: Clock.precise()).utf8)
            connection.streamLog = nil
        }
        switch outcome {
        case .failed:
            // The body is cut short: a reset, never a FIN that a close-delimited body would pass off as its end.
            abort(connection)
        case .answeredWithError:
            connection.closeAfterFlush = true
            finishClosing(connection)
        case .finished where connection.closeAfterFlush || isShuttingDown:
            // Lingering, so a pipelined request that arrived meanwhile cannot turn into a reset that
            // destroys the response's tail still in the socket buffer.
            finishClosing(connection)
        case .finished:
            serve(connection)
        }
    }

    // MARK: Writing

    /// Sends the batch in `output`; keeps what the socket would not take. Returns false if the
    /// connection was closed.
    private func flushOutput(_ connection: Connection) -> Bool {
        if !output.isEmpty {
            let total = output.count
            var sent = 0
            var failed = false
            output.withUnsafeBytes { raw in
                while sent < total {
                    let count = Socket.send(connection.fd, raw.baseAddress! + sent, total - sent)
                    if count > 0 {
                        sent += count
                    } else {
                        failed = errno != EAGAIN && errno != EWOULDBLOCK
                        break
                    }
                }
            }
            if sent < total, !failed {
                connection.pending = Array(output[sent...])
                connection.pendingSent = 0
                connection.blockedSince = now
                watchWritable(connection)
            }
            output.removeAll(keepingCapacity: output.capacity <= 1 << 20)
            if failed {
                close(connection)
                return false
            }
        }
        if connection.closeAfterFlush, !connection.hasPendingOutput, !connection.isStreaming {
            finishClosing(connection)
            return false
        }
        return true
    }

    /// Asks epoll for EPOLLOUT too, once; edge-triggered, it then reports only a full socket draining.
    private func watchWritable(_ connection: Connection) {
        guard !connection.isWatchingWritable else { return }
        connection.isWatchingWritable = true
        _ = register(connection.fd, events: Self.readEvents | EPOLLOUT.rawValue, operation: EPOLL_CTL_MOD)
    }

    /// Sends more of `pending` after EPOLLOUT. Returns false if the connection was closed.
    private func flushPending(_ connection: Connection) -> Bool {
        let total = connection.pending.count
        var failed = false
        connection.pending.withUnsafeBytes { raw in
            while connection.pendingSent < total {
                let count = Socket.send(connection.fd, raw.baseAddress! + connection.pendingSent, total - connection.pendingSent)
                if count > 0 {
                    connection.pendingSent += count
                } else {
                    failed = errno != EAGAIN && errno != EWOULDBLOCK
                    break
                }
            }
        }
        if failed {
            close(connection)
            return false
        }
        if connection.hasPendingOutput {
            connection.blockedSince = now
            return true
        }
        connection.pending = []
        connection.pendingSent = 0
        // The idle wait starts once the response is out, however long the client took to read it.
        connection.lastActivity = now
        if connection.closeAfterFlush {
            finishClosing(connection)
            return false
        }
        return true
    }

    // MARK: Closing

    private func finishClosing(_ connection: Connection) {
        guard connection.lingerOnClose || connection.isReadable || !connection.inbox.isEmpty else {
            close(connection)
            return
        }
        // Unread bytes would make close() send a reset that can destroy the response in flight, so
        // shut down the write side and read until the client closes (RFC 9112 §9.6).
        Glibc.shutdown(connection.fd, Int32(SHUT_WR))
        connection.isLingering = true
        connection.inbox = []
        connection.lingerDeadline = now + min(Self.lingerTime, configuration.headerTimeout.nanoseconds)
        drainLingering(connection)
    }

    private func drainLingering(_ connection: Connection) {
        while true {
            let count = Socket.receive(connection.fd, readBuffer.baseAddress!, readBuffer.count)
            if count > 0 { continue }
            if count < 0, errno == EAGAIN || errno == EWOULDBLOCK { return }
            close(connection)
            return
        }
    }

    /// Closes with a reset (SO_LINGER 0), so the client sees an error instead of an orderly end.
    private func abort(_ connection: Connection) {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(connection.fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        close(connection)
    }

    private func close(_ connection: Connection) {
        guard connections[Int(connection.fd)] === connection else { return }
        connections[Int(connection.fd)] = nil
        Glibc.close(connection.fd)
        liveConnections -= 1
        context.openConnections.wrappingSubtract(1, ordering: .relaxed)
    }

    // MARK: Timers and shutdown

    /// Calls `body` with each open connection; `body` may close it. Walks indices rather than the
    /// array itself: an iterator would hold a second reference, so every close made inside it
    /// would copy the whole table (quadratic when thousands of connections time out together).
    private func forEachConnection(_ body: (Connection) -> Void) {
        var index = 0
        while index < connections.count {
            if let connection = connections[index] { body(connection) }
            index += 1
        }
    }

    /// Closes connections past their timeouts; runs a few times per shortest timeout.
    private func sweep() {
        if listenerPausedUntil != 0, now >= listenerPausedUntil {
            listenerPausedUntil = 0
            if !register(listenFD, events: EPOLLIN.rawValue) { stopListening() }
        }
        let headerTimeout = configuration.headerTimeout.nanoseconds
        let idleTimeout = configuration.idleTimeout.nanoseconds
        let writeTimeout = configuration.writeTimeout.nanoseconds
        forEachConnection { connection in
            guard !connection.isStreaming else { return }
            if connection.isLingering {
                if now >= connection.lingerDeadline { close(connection) }
            } else if connection.hasPendingOutput {
                if now - connection.blockedSince >= writeTimeout { close(connection) }
            } else if connection.requestStartedAt != 0 {
                if connection.parser.isReadingBody {
                    if now - connection.lastActivity >= idleTimeout { close(connection) }
                } else if now - connection.requestStartedAt >= headerTimeout {
                    // Slowloris: the head took too long. Say so, then close.
                    ResponseSerializer.appendProblem(.requestTimeout, dateField: dateField, closing: true, to: &output)
                    connection.closeAfterFlush = true
                    connection.inbox = []
                    _ = flushOutput(connection)
                }
            } else if isShuttingDown
                || now - connection.lastActivity >= (connection.hasAnsweredRequest ? idleTimeout : headerTimeout) {
                // A connection that never sent a request is held to the header timeout, as nginx does.
                close(connection)
            }
        }
    }

    private func handleMessages() {
        var value: UInt64 = 0
        _ = read(wakeFD, &value, 8)
        let received = messages.withLock { messages in
            defer { messages.removeAll() }
            return messages
        }
        for message in received {
            switch message {
            case .shutdown:
                guard !isShuttingDown else { continue }
                isShuttingDown = true
                shutdownDeadline = now + configuration.shutdownTimeout.nanoseconds
                stopListening()
                forEachConnection { connection in if connection.isIdle { close(connection) } }
            case .streamFinished(let fd, let id, let outcome, let bodyBytes):
                streamFinished(fd: fd, id: id, outcome: outcome, bodyBytes: bodyBytes)
            }
        }
    }

    /// True when the loop may exit: nothing is left, or the shutdown deadline has passed and the
    /// producers of force-closed streams have had a moment to notice and report back.
    private func finishShutdownIfDone() -> Bool {
        if liveConnections == 0 && runningStreams == 0 { return true }
        if now >= exitDeadline { return true }
        guard now >= shutdownDeadline else { return false }
        forEachConnection { connection in
            if connection.isStreaming {
                Glibc.shutdown(connection.fd, Int32(SHUT_RDWR))   // its producer's next write throws
            } else {
                close(connection)
            }
        }
        shutdownDeadline = .max
        exitDeadline = now + 2_000_000_000
        return liveConnections == 0 && runningStreams == 0
    }

    private func flushLog() {
        guard !logBuffer.isEmpty else { return }
        logBuffer.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let count = write(configuration.accessLogDescriptor, raw.baseAddress! + written, raw.count - written)
                if count <= 0 { break }
                written += count
            }
        }
        logBuffer.removeAll(keepingCapacity: true)
    }
}
