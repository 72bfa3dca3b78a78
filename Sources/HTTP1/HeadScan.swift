/// Finds the end of the head line by line as bytes arrive, enforcing the length limits early.
struct HeadScan: Sendable {
    /// Where the request line starts (after any leading empty lines, RFC 9112 §2.2).
    private(set) var headStart = 0
    private var lineStart = 0
    private var scanned = 0
    private var sawRequestLine = false
    private var methodChecked = 0

    /// The index just past the blank line that ends the head, or nil if it has not arrived yet.
    /// It never looks past the limits, so where the bytes were split never changes the outcome.
    mutating func findEnd(_ bytes: UnsafeRawBufferPointer, limits: HTTPParserLimits) throws(HTTPParseError) -> Int? {
        while true {
            let headLimit = headStart + limits.maxHeaderBytes
            // The request line may use its own length plus CRLF, within the head's limit.
            let lineLimit = sawRequestLine ? headLimit : min(lineStart + limits.maxRequestLineLength + 2, headLimit)
            let searchEnd = min(bytes.count, lineLimit)
            guard let lf = bytes.firstIndex(of: ASCII.lf, in: scanned..<searchEnd) else {
                scanned = searchEnd
                if !sawRequestLine { try checkMethod(bytes, upTo: searchEnd) }
                guard bytes.count < lineLimit else {
                    if !sawRequestLine, lineStart + limits.maxRequestLineLength + 2 <= headLimit {
                        throw .requestLineTooLong(limit: limits.maxRequestLineLength)
                    }
                    throw .headerSectionTooLarge(limit: limits.maxHeaderBytes)
                }
                return nil
            }
            if !sawRequestLine { try checkMethod(bytes, upTo: lf) }
            guard lf > lineStart, bytes[lf - 1] == ASCII.cr else { throw .invalidLineEnding }
            let lineLength = lf - 1 - lineStart
            scanned = lf + 1
            if !sawRequestLine {
                if lineLength == 0 {
                    // Leading empty lines are ignored, but only a few (RFC 9112 §2.2).
                    guard lf + 1 <= 8 else { throw .malformedRequestLine }
                    headStart = lf + 1
                } else {
                    sawRequestLine = true
                }
            } else if lineLength == 0 {
                return lf + 1
            }
            lineStart = lf + 1
        }
    }

    /// Rejects a request whose first bytes cannot be a method token, without waiting for the line end.
    private mutating func checkMethod(_ bytes: UnsafeRawBufferPointer, upTo end: Int) throws(HTTPParseError) {
        var index = max(methodChecked, lineStart)
        while index < end {
            let byte = bytes[index]
            if byte == ASCII.space {
                guard index > lineStart else { throw .malformedRequestLine }
                methodChecked = Int.max
                return
            }
            if byte == ASCII.cr, index + 1 >= end {
                // Maybe the line's end: look at it again once more bytes have arrived.
                break
            }
            guard ASCII.isTokenChar(byte) else { throw .malformedRequestLine }
            index += 1
        }
        methodChecked = index
    }
}
