/// Decodes a chunked body (RFC 9112 §7.1) incrementally, remembering where it stopped.
/// Extensions are checked and ignored; trailer fields are checked and discarded.
struct ChunkedDecoder: Sendable {
    private(set) var body: [UInt8] = []
    private var offset: Int
    /// How far the line at `offset` has been searched for its LF, so each byte is scanned once.
    private var scanned: Int
    private let start: Int
    private var state: State = .size
    private var trailerLines = 0

    private enum State: Sendable {
        case size
        case data(remaining: Int)
        case dataEnd
        case trailer
    }

    /// The longest chunk-size line, extensions included, that is accepted.
    static let maxSizeLineLength = 1024

    init(offset: Int) {
        self.offset = offset
        self.scanned = offset
        self.start = offset
    }

    /// Decodes what has arrived; returns the index just past the body, or nil if more is needed.
    mutating func decode(_ bytes: UnsafeRawBufferPointer, limits: HTTPParserLimits) throws(HTTPParseError) -> Int? {
        while true {
            switch state {
            case .size:
                guard let lf = try nextLine(bytes, limit: Self.maxSizeLineLength, tooLong: .malformedChunkedBody) else { return nil }
                let size = try Self.chunkSize(bytes, offset..<(lf - 1), limits: limits, bodySoFar: body.count)
                state = size == 0 ? .trailer : .data(remaining: size)
                offset = lf + 1
            case .data(let remaining):
                let available = min(remaining, bytes.count - offset)
                guard available > 0 else { return nil }
                body.append(contentsOf: bytes[offset..<(offset + available)])
                offset += available
                state = remaining == available ? .dataEnd : .data(remaining: remaining - available)
            case .dataEnd:
                guard bytes.count - offset >= 2 else { return nil }
                guard bytes[offset] == ASCII.cr, bytes[offset + 1] == ASCII.lf else { throw .malformedChunkedBody }
                offset += 2
                state = .size
            case .trailer:
                guard let lf = try nextLine(bytes, limit: limits.maxHeaderBytes, tooLong: .headerSectionTooLarge(limit: limits.maxHeaderBytes)) else { return nil }
                if lf - 1 == offset { return lf + 1 }
                trailerLines += 1
                guard trailerLines <= limits.maxHeaderCount else { throw .tooManyHeaderFields(limit: limits.maxHeaderCount) }
                _ = try FieldLine(bytes, offset..<(lf - 1))
                offset = lf + 1
            }
            // Framing overhead is bounded too, so tiny chunks cannot make the buffer grow without end.
            guard offset - start <= 2 * limits.maxBodyBytes + 64 * 1024 else {
                throw .contentTooLarge(limit: limits.maxBodyBytes)
            }
        }
    }

    /// The LF ending the line at `offset`, checking its CR; nil if it has not arrived.
    private mutating func nextLine(_ bytes: UnsafeRawBufferPointer, limit: Int, tooLong: HTTPParseError)
        throws(HTTPParseError) -> Int? {
        let end = min(bytes.count, offset + limit + 2)
        guard let lf = bytes.firstIndex(of: ASCII.lf, in: min(max(offset, scanned), end)..<end) else {
            if bytes.count - offset > limit + 1 { throw tooLong }
            scanned = end
            return nil
        }
        guard lf > offset, bytes[lf - 1] == ASCII.cr else { throw .invalidLineEnding }
        return lf
    }

    /// `chunk-size [ chunk-ext ]`: hex digits, then optionally `;` extensions of field-value characters.
    private static func chunkSize(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>, limits: HTTPParserLimits,
                                  bodySoFar: Int) throws(HTTPParseError) -> Int {
        var index = line.lowerBound
        var size = 0
        while index < line.upperBound, let digit = ASCII.hexValue(bytes[index]) {
            guard index - line.lowerBound < 15 else { throw .malformedChunkedBody }
            size = size << 4 | Int(digit)
            index += 1
        }
        guard index > line.lowerBound else { throw .malformedChunkedBody }
        if index < line.upperBound {
            while index < line.upperBound, ASCII.isWhitespace(bytes[index]) { index += 1 }
            guard index < line.upperBound, bytes[index] == ASCII.semicolon else { throw .malformedChunkedBody }
            for position in index..<line.upperBound where !ASCII.isFieldValueChar(bytes[position]) {
                throw .malformedChunkedBody
            }
        }
        guard size <= limits.maxBodyBytes - bodySoFar else { throw .contentTooLarge(limit: limits.maxBodyBytes) }
        return size
    }
}
