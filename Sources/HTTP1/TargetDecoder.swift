/// Turns the bytes of a request-target into the decoded, normalised path and query of `HTTPRequest`.
///
/// The path is percent-decoded first and normalised after (RFC 3986 §5.2.4), so a decoded `%2F`
/// or `%2E` takes part in dot-segment removal and can never climb above the root.
enum TargetDecoder {
    /// Splits an origin-form or absolute-form target into its decoded path and query.
    static func decode(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) throws(HTTPParseError)
        -> (path: String, query: [(name: String, value: String)]) {
        var pathStart = range.lowerBound
        if bytes[pathStart] != ASCII.slash {
            pathStart = try absoluteFormPathStart(bytes, range)
        }
        let queryMark = bytes.firstIndex(of: ASCII.question, in: pathStart..<range.upperBound)
        let pathEnd = queryMark ?? range.upperBound
        let path = pathStart == pathEnd ? "/" : try decodePath(bytes, pathStart..<pathEnd)
        guard let queryMark else { return (path, []) }
        return (path, try decodeQuery(bytes, (queryMark + 1)..<range.upperBound))
    }

    /// Where the path begins in `http://authority/path`, RFC 9112 §3.2.2; equal to the end when there is none.
    private static func absoluteFormPathStart(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>)
        throws(HTTPParseError) -> Int {
        let schemeEnd: Int
        if bytes.equalsIgnoringCase(range.lowerBound..<min(range.lowerBound + 7, range.upperBound), "http://") {
            schemeEnd = range.lowerBound + 7
        } else if bytes.equalsIgnoringCase(range.lowerBound..<min(range.lowerBound + 8, range.upperBound), "https://") {
            schemeEnd = range.lowerBound + 8
        } else {
            throw .invalidTarget
        }
        // The authority ends at the first "/" or "?", whichever comes first: in `http://x?a=/b`
        // the path is "/" and the query "a=/b". No userinfo ("@"), as RFC 9110 §4.2.4 deprecates.
        var authorityEnd = schemeEnd
        while authorityEnd < range.upperBound, bytes[authorityEnd] != ASCII.slash, bytes[authorityEnd] != ASCII.question {
            guard bytes[authorityEnd] != UInt8(ascii: "@") else { throw .invalidTarget }
            authorityEnd += 1
        }
        guard authorityEnd > schemeEnd else { throw .invalidTarget }
        return authorityEnd
    }

    /// Percent-decodes and normalises a path that starts with `/`.
    static func decodePath(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) throws(HTTPParseError) -> String {
        if bytes[range.lowerBound] != ASCII.slash {
            // absolute-form with only a query, e.g. `http://host?x`: the path is the root.
            return "/"
        }
        var needsWork = false
        for index in range where bytes[index] == ASCII.percent
            || (bytes[index] == ASCII.dot && bytes[index - 1] == ASCII.slash) {
            needsWork = true
            break
        }
        if !needsWork { return bytes.string(range) }
        let decoded = try percentDecoded(bytes, range, plusIsSpace: false)
        return try utf8String(removingDotSegments(decoded))
    }

    /// Decodes `name=value&…` pairs: `+` is a space, repeated names are kept, empty pairs are skipped.
    static func decodeQuery(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) throws(HTTPParseError)
        -> [(name: String, value: String)] {
        var pairs: [(name: String, value: String)] = []
        var start = range.lowerBound
        while start <= range.upperBound {
            let end = bytes.firstIndex(of: ASCII.ampersand, in: start..<range.upperBound) ?? range.upperBound
            if end > start {
                let equals = bytes.firstIndex(of: ASCII.equals, in: start..<end)
                let name = try decodeComponent(bytes, start..<(equals ?? end))
                let value = try equals.map { (e) throws(HTTPParseError) in try decodeComponent(bytes, (e + 1)..<end) } ?? ""
                pairs.append((name, value))
            }
            start = end + 1
        }
        return pairs
    }

    private static func decodeComponent(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) throws(HTTPParseError) -> String {
        for index in range where bytes[index] == ASCII.percent || bytes[index] == ASCII.plus {
            return try utf8String(percentDecoded(bytes, range, plusIsSpace: true))
        }
        return bytes.string(range)
    }

    /// The bytes with `%XX` escapes decoded; a malformed escape or an encoded NUL is an error.
    static func percentDecoded(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, plusIsSpace: Bool)
        throws(HTTPParseError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == ASCII.percent {
                guard index + 2 < range.upperBound,
                      let high = ASCII.hexValue(bytes[index + 1]), let low = ASCII.hexValue(bytes[index + 2]),
                      high | low != 0
                else { throw .invalidTarget }
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(plusIsSpace && byte == ASCII.plus ? ASCII.space : byte)
                index += 1
            }
        }
        return output
    }

    /// RFC 3986 §5.2.4 over a decoded absolute path: `.` and `..` segments go, and `..` stops at the root.
    static func removingDotSegments(_ path: [UInt8]) -> [UInt8] {
        var kept: [ArraySlice<UInt8>] = []
        let segments = path.dropFirst().split(separator: ASCII.slash, omittingEmptySubsequences: false)
        for (position, segment) in segments.enumerated() {
            let isLast = position == segments.count - 1
            if segment.elementsEqual([ASCII.dot]) {
                if isLast { kept.append([]) }
            } else if segment.elementsEqual([ASCII.dot, ASCII.dot]) {
                if !kept.isEmpty { kept.removeLast() }
                if isLast { kept.append([]) }
            } else {
                kept.append(segment)
            }
        }
        var output: [UInt8] = [ASCII.slash]
        output.append(contentsOf: kept.joined(separator: [ASCII.slash]))
        return output
    }

    private static func utf8String(_ bytes: [UInt8]) throws(HTTPParseError) -> String {
        guard let string = String(validating: bytes, as: UTF8.self) else { throw .invalidTarget }
        return string
    }
}
