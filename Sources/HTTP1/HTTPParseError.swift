/// Why a byte stream is not a valid HTTP/1.1 request. Each case maps to one status code, and
/// every one of them ends the connection: after a framing error nothing that follows can be trusted.
public enum HTTPParseError: Error, Equatable, Sendable {
    /// The request line is not `method SP request-target SP HTTP-version` (400).
    case malformedRequestLine
    /// The request-target is not origin-form, absolute-form or `*` for OPTIONS, or decodes badly (400).
    case invalidTarget
    /// A syntactically valid version other than HTTP/1.0 or HTTP/1.1 (505).
    case unsupportedVersion(major: Int, minor: Int)
    /// A method token this server does not implement, CONNECT included (501).
    case unknownMethod(String)
    /// The request line is longer than the limit (414).
    case requestLineTooLong(limit: Int)
    /// The request line and fields together are longer than the limit (431).
    case headerSectionTooLarge(limit: Int)
    /// More field lines than the limit (431).
    case tooManyHeaderFields(limit: Int)
    /// A field line with an invalid name, whitespace before the colon, or a control character (400).
    case malformedHeaderField
    /// A field line starting with whitespace, RFC 9112 §5.2 (400).
    case obsoleteLineFolding
    /// A line ending in a bare LF, or a stray CR (400).
    case invalidLineEnding
    /// An HTTP/1.1 request without a Host field, RFC 9112 §3.2 (400).
    case missingHost
    /// More than one Host field, or an invalid Host value (400).
    case invalidHost
    /// A Content-Length that is not a decimal number (400).
    case invalidContentLength
    /// Content-Length fields with different values (400).
    case conflictingContentLength
    /// Both Content-Length and Transfer-Encoding, RFC 9112 §6.1 (400).
    case conflictingFraming
    /// Transfer-Encoding whose final coding is not a single `chunked`, or any in HTTP/1.0 (400).
    case invalidTransferEncoding
    /// A transfer coding other than chunked, which this server does not decode (501).
    case unsupportedTransferEncoding
    /// A chunked body whose framing is broken (400).
    case malformedChunkedBody
    /// The body is larger than the limit (413).
    case contentTooLarge(limit: Int)

    /// The status this error is answered with.
    public var status: HTTPStatus {
        switch self {
        case .unsupportedVersion: .httpVersionNotSupported
        case .unknownMethod, .unsupportedTransferEncoding: .notImplemented
        case .requestLineTooLong: .uriTooLong
        case .headerSectionTooLarge, .tooManyHeaderFields: .requestHeaderFieldsTooLarge
        case .contentTooLarge: .contentTooLarge
        case .malformedRequestLine, .invalidTarget, .malformedHeaderField, .obsoleteLineFolding,
             .invalidLineEnding, .missingHost, .invalidHost, .invalidContentLength, .conflictingContentLength,
             .conflictingFraming, .invalidTransferEncoding, .malformedChunkedBody: .badRequest
        }
    }
}
