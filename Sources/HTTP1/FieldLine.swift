/// `field-name ":" OWS field-value OWS`, RFC 9112 §5, with the value's surrounding whitespace trimmed.
struct FieldLine {
    let name: Range<Int>
    let value: Range<Int>

    init(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) throws(HTTPParseError) {
        let first = bytes[line.lowerBound]
        guard !ASCII.isWhitespace(first) else { throw .obsoleteLineFolding }
        var index = line.lowerBound
        while index < line.upperBound, ASCII.isTokenChar(bytes[index]) { index += 1 }
        // Whitespace between name and colon is rejected outright (RFC 9112 §5.1).
        guard index > line.lowerBound, index < line.upperBound, bytes[index] == ASCII.colon else {
            throw .malformedHeaderField
        }
        name = line.lowerBound..<index
        index += 1
        while index < line.upperBound, ASCII.isWhitespace(bytes[index]) { index += 1 }
        var valueEnd = line.upperBound
        while valueEnd > index, ASCII.isWhitespace(bytes[valueEnd - 1]) { valueEnd -= 1 }
        for position in index..<valueEnd where !ASCII.isFieldValueChar(bytes[position]) {
            throw .malformedHeaderField
        }
        value = index..<valueEnd
    }
}
