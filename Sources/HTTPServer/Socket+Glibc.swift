import CLinuxIO
import Glibc

/// Thin wrappers over the socket calls, each retrying on EINTR; nothing here keeps state.
enum Socket {
    /// A non-blocking listening socket with `SO_REUSEADDR` and `SO_REUSEPORT` (so each loop can own
    /// one) and `TCP_NODELAY`.
    static func makeListeningSocket(host: String, port: UInt16, backlog: Int32) throws(SocketError) -> Int32 {
        var address = try SocketAddress(host: host, port: port)
        let fd = socket(address.family, Int32(SOCK_STREAM.rawValue | SOCK_NONBLOCK.rawValue | SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SocketError(call: "socket", errno: errno) }
        do throws(SocketError) {
            try setOption(fd, SOL_SOCKET, SO_REUSEADDR, 1)
            try setOption(fd, SOL_SOCKET, SO_REUSEPORT, 1)
            // Accepted sockets inherit TCP_NODELAY on Linux, which saves a setsockopt per connection.
            // Responses go out in one send each, so Nagle could only delay the tail of a large one.
            try setOption(fd, Int32(IPPROTO_TCP), TCP_NODELAY, 1)
            let bound = address.withSockaddr { bind(fd, $0, $1) }
            guard bound == 0 else { throw SocketError(call: "bind", errno: errno) }
            guard listen(fd, backlog) == 0 else { throw SocketError(call: "listen", errno: errno) }
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// The port a socket is bound to.
    static func boundPort(_ fd: Int32) throws(SocketError) -> UInt16 {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard result == 0 else { throw SocketError(call: "getsockname", errno: errno) }
        return withUnsafeBytes(of: storage) { raw in
            // sin_port and sin6_port sit at the same offset, in network byte order.
            UInt16(bigEndian: raw.load(fromByteOffset: 2, as: UInt16.self))
        }
    }

    static func setOption(_ fd: Int32, _ level: Int32, _ name: Int32, _ value: Int32) throws(SocketError) {
        var value = value
        guard setsockopt(fd, level, name, &value, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw SocketError(call: "setsockopt", errno: errno)
        }
    }

    /// Sends without raising SIGPIPE; returns the bytes sent, or -1 with errno set (never EINTR).
    @inline(__always) static func send(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        while true {
            let sent = Glibc.send(fd, pointer, count, Int32(MSG_NOSIGNAL))
            if sent >= 0 || errno != EINTR { return sent }
        }
    }

    /// Reads into `pointer`; returns the bytes read, 0 at end of stream, or -1 with errno set (never EINTR).
    @inline(__always) static func receive(_ fd: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        while true {
            let received = recv(fd, pointer, count, 0)
            if received >= 0 || errno != EINTR { return received }
        }
    }

    /// Raises the soft open-file limit to the hard one, so many connections do not hit EMFILE.
    static func raiseOpenFileLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }
}

/// An IPv4 or IPv6 socket address parsed from a numeric host.
struct SocketAddress {
    private var storage = sockaddr_storage()
    let family: Int32

    init(host: String, port: UInt16) throws(SocketError) {
        family = host.contains(":") ? AF_INET6 : AF_INET
        var parsed = false
        if family == AF_INET6 {
            var address = sockaddr_in6()
            (address.sin6_family, address.sin6_port) = (sa_family_t(AF_INET6), port.bigEndian)
            parsed = inet_pton(AF_INET6, host, &address.sin6_addr) == 1
            withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: address, as: sockaddr_in6.self) }
        } else {
            var address = sockaddr_in()
            (address.sin_family, address.sin_port) = (sa_family_t(AF_INET), port.bigEndian)
            parsed = inet_pton(AF_INET, host, &address.sin_addr) == 1
            withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: address, as: sockaddr_in.self) }
        }
        guard parsed else { throw SocketError(call: "inet_pton(\(host))", errno: EINVAL) }
    }

    mutating func withSockaddr<Result>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> Result) -> Result {
        let length = socklen_t(family == AF_INET6 ? MemoryLayout<sockaddr_in6>.size : MemoryLayout<sockaddr_in>.size)
        return withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) } }
    }
}
