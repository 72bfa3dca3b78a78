/// An opaque pagination cursor: the sort key and id of the last row a page returned,
/// base64url-encoded so clients treat it as a token rather than something to build.
struct Cursor: Equatable {
    var key: String
    var id: Int

    var token: String { Base64.encode(Array("\(id)\u{1F}\(key)".utf8), alphabet: Base64.urlAlphabet, padded: false) }

    init(key: String, id: Int) { self.key = key; self.id = id }

    init(token: String) throws {
        guard let bytes = Base64.decode(token, alphabet: Base64.urlAlphabet),
              let text = String(validating: bytes, as: UTF8.self),
              let separator = text.firstIndex(of: "\u{1F}"),
              let id = Int(text[..<separator])
        else { throw APIError.badParameter("cursor", "is not a cursor this server issued; use the `next` link as given") }
        self.id = id
        self.key = String(text[text.index(after: separator)...])
    }
}

/// Base64 (RFC 4648) over bytes: the standard alphabet with padding for blobs in JSON, the URL-safe
/// one without padding for cursors.
enum Base64 {
    static let standardAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    static let urlAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func encode(_ bytes: [UInt8], alphabet: [UInt8] = standardAlphabet, padded: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index], b1 = index + 1 < bytes.count ? bytes[index + 1] : 0, b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x3) << 4 | b1 >> 4)])
            if index + 1 < bytes.count { out.append(alphabet[Int((b1 & 0xF) << 2 | b2 >> 6)]) }
            if index + 2 < bytes.count { out.append(alphabet[Int(b2 & 0x3F)]) }
            index += 3
        }
        while padded && out.count % 4 != 0 { out.append(UInt8(ascii: "=")) }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ text: String, alphabet: [UInt8]) -> [UInt8]? {
        var values: [UInt8] = []
        for byte in text.utf8 {
            guard let value = alphabet.firstIndex(of: byte) else { return nil }
            values.append(UInt8(value))
        }
        guard values.count % 4 != 1 else { return nil }
        var out: [UInt8] = []
        var index = 0
        while index < values.count {
            let chunk = values[index..<min(values.count, index + 4)].map { $0 } + [0, 0, 0]
            out.append(chunk[0] << 2 | chunk[1] >> 4)
            if index + 2 < values.count { out.append(chunk[1] << 4 | chunk[2] >> 2) }
            if index + 3 < values.count { out.append(chunk[2] << 6 | chunk[3]) }
            index += 4
        }
        return out
    }
}
