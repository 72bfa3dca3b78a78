/// Bounds the parser enforces while bytes arrive, so a client can never make it buffer without end.
public struct HTTPParserLimits: Sendable, Equatable {
    /// Longest request line, CRLF excluded; longer is 414.
    public var maxRequestLineLength: Int
    /// Longest head (request line plus field lines plus the blank line); longer is 431.
    public var maxHeaderBytes: Int
    /// Most field lines in the head (and in chunked trailers); more is 431.
    public var maxHeaderCount: Int
    /// Largest body, after chunked decoding; larger is 413.
    public var maxBodyBytes: Int

    public init(maxRequestLineLength: Int = 8 * 1024, maxHeaderBytes: Int = 16 * 1024,
                maxHeaderCount: Int = 100, maxBodyBytes: Int = 1024 * 1024) {
        self.maxRequestLineLength = maxRequestLineLength
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderCount = maxHeaderCount
        self.maxBodyBytes = maxBodyBytes
    }
}
