import Glibc
import HTTP1

/// Writes a streamed body from a producer thread: chunk-encodes (or not, for HTTP/1.0), coalesces
/// small pieces, and blocks in `poll` while the non-blocking socket is full: each coalesced piece
/// (16 KB) gets the write timeout in all, and the whole stream `streamTimeout`, so a client that reads
/// a trickle cannot hold the producer's thread for ever.
final class StreamWriter {
    private let fd: Int32
    private let isChunked: Bool
    private let earlierResponses: Int
    private let timeout: Int64
    /// When the stream is cut off (monotonic ns).
    private let deadline: Int64
    private var buffer: [UInt8]
    private(set) var bodyBytes = 0
    private var failure: SocketError?
    /// Some of `buffer` went out already, so the response can no longer be replaced.
    private var hasSent = false

    /// How a stream ended, for the loop to close accordingly.
    enum Outcome: Sendable, Equatable {
        case finished
        /// The producer threw before anything was sent: the client got a 500 instead, then a close.
        case answeredWithError
        /// The body is cut short (the client left, a timeout, or the producer threw mid-body).
        case failed
    }

    /// Pieces are gathered up to this size before a send.
    static let coalescingSize = 16 * 1024

    /// - Parameter head: bytes to send first: earlier pipelined responses and this response's head.
    /// - Parameter earlierResponses: how many bytes at the start of `head` are earlier responses.
    init(fd: Int32, head: [UInt8], earlierResponses: Int, isChunked: Bool, timeout: Duration, streamTimeout: Duration) {
        self.fd = fd
        self.isChunked = isChunked
        self.earlierResponses = earlierResponses
        self.timeout = timeout.nanoseconds
        let (deadline, overflow) = Clock.monotonic().addingReportingOverflow(streamTimeout.nanoseconds)
        self.deadline = overflow ? .max : deadline
        self.buffer = head
        buffer.reserveCapacity(Self.coalescingSize + 64)
    }

    /// The producer's `write`: throws once the client has gone or the socket stayed full too long.
    func write(_ bytes: [UInt8]) throws(SocketError) {
        if let failure { throw failure }
        guard !bytes.isEmpty else { return }
        bodyBytes += bytes.count
        if isChunked {
            ResponseSerializer.appendChunk(bytes, to: &buffer)
        } else {
            buffer.append(contentsOf: bytes)
        }
        if buffer.count >= Self.coalescingSize { try flush() }
    }

    /// Ends the body (the last chunk) and sends what is left.
    func finish() throws(SocketError) {
        if let failure { throw failure }
        if isChunked { buffer.append(contentsOf: ResponseSerializer.lastChunk) }
        try flush()
    }

    /// Ends a stream whose producer threw. If nothing went out yet, the earlier pipelined responses are
    /// still delivered, followed by a 500 in place of this one; otherwise the body can only be cut short.
    func fail() -> Outcome {
        guard failure == nil, !hasSent else { return .failed }
        buffer.removeSubrange(earlierResponses...)
        let dateField = HTTPDate.field(unixTime: Clock.unixSeconds())
        ResponseSerializer.appendProblem(.internalServerError, dateField: dateField, closing: true, to: &buffer)
        do {
            try sendAll()
        } catch {
            return .failed
        }
        return .answeredWithError
    }

    private func flush() throws(SocketError) {
        hasSent = true
        do throws(SocketError) {
            guard Clock.monotonic() < deadline else { throw SocketError(call: "send", errno: ETIMEDOUT) }
            try sendAll()
        } catch {
            failure = error
            throw error
        }
    }

    private func sendAll() throws(SocketError) {
        var sent = 0
        let total = buffer.count
        // The write timeout per coalesced piece: a head carrying large earlier responses gets longer.
        let (allowance, overflow) = timeout.multipliedReportingOverflow(by: Int64(max(1, total / Self.coalescingSize)))
        let now = Clock.monotonic()
        let giveUpAt = min(overflow || allowance > .max - now ? .max : now + allowance, deadline)
        while sent < total {
            let count = buffer.withUnsafeBytes { Socket.send(fd, $0.baseAddress! + sent, total - sent) }
            if count > 0 {
                sent += count
                continue
            }
            guard errno == EAGAIN || errno == EWOULDBLOCK else { throw SocketError(call: "send", errno: errno) }
            let remaining = giveUpAt - Clock.monotonic()
            guard remaining > 0 else { throw SocketError(call: "send", errno: ETIMEDOUT) }
            var descriptor = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&descriptor, 1, Int32(clamping: (remaining + 999_999) / 1_000_000))
            if ready < 0, errno != EINTR { throw SocketError(call: "poll", errno: errno) }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
