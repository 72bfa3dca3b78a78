import HTTP1

/// One client connection's state. Owned by a single event loop and touched only on its thread.
final class Connection {
    let fd: Int32
    /// Distinguishes this connection from a later one that reuses the descriptor.
    let id: UInt64
    var parser: RequestParser
    /// Received bytes not yet answered: an unfinished request, or pipelined ones waiting their turn.
    var inbox: [UInt8] = []
    /// The inbox ends in an unfinished request, so parsing it again needs new bytes first.
    var awaitsMoreBytes = false
    /// Response bytes the socket has not taken yet; while any remain, no more requests are read.
    var pending: [UInt8] = []
    var pendingSent = 0
    /// epoll also reports EPOLLOUT for this socket (added the first time a response backed up).
    var isWatchingWritable = false
    /// When the current unfinished request's first byte arrived (monotonic ns), or 0.
    var requestStartedAt: Int64 = 0
    var lastActivity: Int64
    /// Until the first request is answered, the wait for it counts against the header timeout.
    var hasAnsweredRequest = false
    /// `100 Continue` went out for the request being read.
    var sentContinue = false
    /// When `pending` started waiting for the socket.
    var blockedSince: Int64 = 0
    /// The edge-triggered socket may hold unread bytes.
    var isReadable = false
    /// epoll reported the client's end of stream (or an error); reading goes on until it shows.
    var peerHasClosed = false
    var closeAfterFlush = false
    /// Close by shutting down the write side and draining, so the client reads an error before a reset.
    var lingerOnClose = false
    var isLingering = false
    var lingerDeadline: Int64 = 0
    /// A stream producer owns the socket's write side; the loop neither reads nor closes it meanwhile.
    var isStreaming = false
    /// Used up its turn with bytes still unread; waits in the loop's ready list for the next one.
    var isQueued = false
    /// The access-log entry of the running stream, written when it ends.
    var streamLog: AccessLogEntry?

    init(fd: Int32, id: UInt64, limits: HTTPParserLimits, now: Int64) {
        self.fd = fd
        self.id = id
        self.parser = RequestParser(limits: limits)
        self.lastActivity = now
    }

    var hasPendingOutput: Bool { pendingSent < pending.count }

    /// Whether the loop may parse and answer more requests now.
    var canAnswer: Bool { !isStreaming && !hasPendingOutput && !closeAfterFlush && !isLingering }

    /// No request in progress and nothing to send: safe to close at shutdown or idle timeout.
    var isIdle: Bool { !isStreaming && !hasPendingOutput && requestStartedAt == 0 && inbox.isEmpty && !isLingering }
}
