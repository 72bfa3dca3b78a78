import CLinuxIO
import Glibc
import HTTP1

/// Everything an `HTTPServer` can be told. Every value has a default suited to production.
public struct HTTPServerConfiguration: Sendable {
    /// The numeric IPv4 or IPv6 address to listen on (no name lookup: "localhost" is refused).
    public var host: String
    /// The TCP port; 0 picks an ephemeral one, which `HTTPServer.start()` returns.
    public var port: UInt16
    /// Event-loop threads, each with its own epoll instance and `SO_REUSEPORT` listener.
    public var workerCount: Int
    /// Open connections allowed across all loops; a connection past it gets a canned 503 and is closed.
    public var maxConnections: Int
    /// The listen backlog (the kernel caps it at `net.core.somaxconn`).
    public var backlog: Int32
    /// How long a client may take to send a whole request head, from its first byte (slowloris).
    public var headerTimeout: Duration
    /// How long a keep-alive connection may sit with no request, and a body may pause between reads.
    public var idleTimeout: Duration
    /// How long a response write may stay blocked on a full socket before the connection is dropped.
    public var writeTimeout: Duration
    /// Request line (414), header block (431) and body (413) limits.
    public var limits: HTTPParserLimits
    /// One line per request on stdout: method, path, status, bytes, microseconds.
    public var accessLog: Bool
    /// How long `shutdown()` waits for in-flight requests before closing what is left.
    public var shutdownTimeout: Duration
    /// The `Content-Type` sent when the handler sets none.
    public var defaultContentType: String
    /// Streamed responses produced at once, across all loops. Each running producer holds a Dispatch
    /// thread, and Linux caps that pool near 255; past the limit a stream request gets a 503 with
    /// `Retry-After: 1` and its producer never runs.
    public var maxStreams = 64
    /// How long a streamed response may take in all, however steadily the client reads; then it is cut off.
    public var streamTimeout: Duration = .seconds(600)
    /// Where access-log lines go; stdout, except in tests.
    var accessLogDescriptor: Int32 = STDOUT_FILENO

    public init(host: String = "127.0.0.1", port: UInt16 = 8080, workerCount: Int = HTTPServerConfiguration.activeCores,
                maxConnections: Int = 16_384, backlog: Int32 = 4096,
                headerTimeout: Duration = .seconds(10), idleTimeout: Duration = .seconds(60),
                writeTimeout: Duration = .seconds(30), limits: HTTPParserLimits = HTTPParserLimits(),
                accessLog: Bool = false, shutdownTimeout: Duration = .seconds(10),
                defaultContentType: String = "application/octet-stream") {
        self.host = host; self.port = port; self.workerCount = max(1, workerCount)
        self.maxConnections = max(1, maxConnections); self.backlog = backlog
        self.headerTimeout = headerTimeout; self.idleTimeout = idleTimeout; self.writeTimeout = writeTimeout
        self.limits = limits; self.accessLog = accessLog; self.shutdownTimeout = shutdownTimeout
        self.defaultContentType = defaultContentType
    }

    /// The processors this process may run on: its CPU affinity (which a container's cpuset narrows),
    /// or the processors online if that cannot be read.
    public static var activeCores: Int {
        var mask = [UInt64](repeating: 0, count: 16)   // room for 1,024 CPUs
        let result = mask.withUnsafeMutableBytes { sched_getaffinity(0, $0.count, $0.baseAddress) }
        let allowed = mask.reduce(0) { $0 + $1.nonzeroBitCount }
        if result == 0, allowed > 0 { return allowed }
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}

extension Duration {
    /// Whole nanoseconds, saturating; what the event loops compare against their monotonic clock.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : product &+ attoseconds / 1_000_000_000
    }
}
