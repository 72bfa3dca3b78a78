/// `method SP request-target SP HTTP-version`, RFC 9112 §3.
struct RequestLine {
    let method: HTTPMethod
    let target: Range<Int>
    let version: HTTPVersion

    init(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) throws(HTTPParseError) {
        var index = line.lowerBound
        while index < line.upperBound, ASCII.isTokenChar(bytes[index]) { index += 1 }
        let methodRange = line.lowerBound..<index
        guard !methodRange.isEmpty, index < line.upperBound, bytes[index] == ASCII.space else {
            throw .malformedRequestLine
        }
        index += 1
        let targetStart = index
        while index < line.upperBound, ASCII.isTargetChar(bytes[index]) { index += 1 }
        target = targetStart..<index
        guard !target.isEmpty, index < line.upperBound, bytes[index] == ASCII.space else {
            throw .malformedRequestLine
        }
        index += 1
        // HTTP-version = "HTTP/" DIGIT "." DIGIT, case-sensitive (RFC 9112 §2.3).
        guard line.upperBound - index == 8,
              bytes[index] == 0x48, bytes[index + 1] == 0x54, bytes[index + 2] == 0x54, bytes[index + 3] == 0x50,
              bytes[index + 4] == ASCII.slash, bytes[index + 6] == ASCII.dot,
              (0x30...0x39).contains(bytes[index + 5]), (0x30...0x39).contains(bytes[index + 7])
        else { throw .malformedRequestLine }
        let major = Int(bytes[index + 5] - 0x30), minor = Int(bytes[index + 7] - 0x30)
        guard major == 1, minor <= 1 else { throw .unsupportedVersion(major: major, minor: minor) }
        version = minor == 1 ? .http1_1 : .http1_0
        guard let method = Self.method(bytes, methodRange), method != .connect else {
            throw .unknownMethod(bytes.string(methodRange))
        }
        self.method = method
        guard bytes[target.lowerBound] == ASCII.slash || method == .options && target.count == 1 && bytes[target.lowerBound] == 0x2A
                || ASCII.lowercased(bytes[target.lowerBound]) == 0x68 /* h of http(s):// */
        else { throw .invalidTarget }
    }

    /// The method for a token, matched on its bytes so no String is made for the common case.
    static func method(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> HTTPMethod? {
        let first = bytes[range.lowerBound]
        switch range.count {
        case 3:
            if first == 0x47, bytes[range.lowerBound + 1] == 0x45, bytes[range.lowerBound + 2] == 0x54 { return .get }
            if first == 0x50, bytes[range.lowerBound + 1] == 0x55, bytes[range.lowerBound + 2] == 0x54 { return .put }
            return nil
        case 4:
            if first == 0x48 || first == 0x50 { return HTTPMethod(rawValue: bytes.string(range)) }
            return nil
        default:
            return HTTPMethod(rawValue: bytes.string(range))
        }
    }
}
