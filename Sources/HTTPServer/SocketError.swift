import Glibc

/// A failed socket call: which call, and its errno.
public struct SocketError: Error, Equatable, CustomStringConvertible {
    public let call: String
    public let errno: Int32
    public init(call: String, errno: Int32) { self.call = call; self.errno = errno }
    public var description: String { "\(call) failed: \(String(cString: strerror(errno))) (errno \(errno))" }
}

/// Errors the server cannot hand to anyone go to stderr, one line each.
func reportError(_ message: String) {
    var line = Array("HTTPServer: \(message)\n".utf8)
    _ = line.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress!, $0.count) }
}
