import HTTP1

/// The query parameters of one request, checked against what the endpoint accepts:
/// an unknown or repeated parameter, or a malformed value, is a 400 that names it.
struct Parameters {
    let request: HTTPRequest

    init(_ request: HTTPRequest, allowed: Set<String>) throws {
        self.request = request
        var seen: Set<String> = []
        for (name, _) in request.query {
            guard allowed.contains(name) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw APIError.badParameter(name, "is not a parameter of this endpoint" + (known.isEmpty ? "" : " (known: \(known))"))
            }
            guard seen.insert(name).inserted else { throw APIError.badParameter(name, "is given more than once") }
        }
    }

    /// The value, or nil when absent; an empty value is a 400.
    func string(_ name: String) throws -> String? {
        guard let value = request.queryValue(name) else { return nil }
        guard !value.allSatisfy(\.isWhitespace) else { throw APIError.badParameter(name, "must not be empty") }
        return value
    }

    func integer(_ name: String, range: ClosedRange<Int>) throws -> Int? {
        guard let text = try string(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw APIError.badParameter(name, "must be an integer from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }

    func id(_ name: String) throws -> Int? { try integer(name, range: 1...Int(Int64.max)) }

    func number(_ name: String) throws -> Double? {
        guard let text = try string(name) else { return nil }
        guard let value = Double(text), value.isFinite else { throw APIError.badParameter(name, "must be a number, not '\(text)'") }
        return value
    }

    /// An ISO date to year, month or day precision: 2024, 2024-08, 2024-08-13.
    func date(_ name: String) throws -> String? {
        guard let text = try string(name) else { return nil }
        guard Self.isISODate(text) else {
            throw APIError.badParameter(name, "must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not '\(text)'")
        }
        return text
    }

    func choice(_ name: String, from choices: [String]) throws -> String? {
        guard let text = try string(name) else { return nil }
        guard choices.contains(text) else {
            throw APIError.badParameter(name, "must be one of \(choices.joined(separator: ", ")), not '\(text)'")
        }
        return text
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), year > 0 else { return false }
        if parts.count >= 2 { guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false } }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]), let month = Int(parts[1]) else { return false }
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            guard (1...days).contains(day) else { return false }
        }
        return parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
