import SQLite

/// What a researcher's read-only SQL returned: column names and up to the row limit of rows.
public struct ConsoleResult: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[SQLiteValue]]
    /// True when the statement had more rows (or more bytes) than the limits allowed.
    public var isTruncated: Bool
}

/// Why a researcher's SQL was not run. SQLite's own refusals (syntax, authorizer, time limit)
/// arrive as `SQLiteError` instead.
public enum ConsoleRefusal: Error, Equatable {
    case empty
    /// More SQL follows the first statement; only one statement runs per request.
    case trailingSQL(String)
}

/// Runs one statement of researcher-written SQL (Datasette-style). The caller supplies a
/// connection opened read-only and readied by `restrict(_:)`; this adds a deadline and a row
/// limit, and clears the deadline again before returning.
public struct ConsoleQueries {
    public let connection: Connection
    public init(connection: Connection) { self.connection = connection }

    /// SQLite's heap limit for the whole process once a console connection is opened: one query
    /// asking for a gigabyte (`zeroblob(1e9)`, `printf('%.*c', 1e9, 'x')`) fails with SQLITE_NOMEM
    /// instead of exhausting the machine. The server's own use (page caches, FTS) stays far below.
    public static let heapLimitBytes = 256 << 20

    /// Functions refused in the console: printf/format can loop for seconds over a huge width
    /// inside one call, where neither the deadline nor the length limit reaches.
    public static let deniedFunctions: Set<String> = ["printf", "format"]
    /// The largest single string or blob a console query may build.
    public static let valueLengthLimit: Int32 = 1 << 20

    /// Readies a freshly opened read-only connection for researchers' SQL: caps SQLite's heap and
    /// the size of any one value (a bigger one fails with SQLITE_TOOBIG instead of being built),
    /// then puts the connection under `restrictToReading()` for good.
    public static func restrict(_ connection: Connection) throws {
        try connection.execute("PRAGMA hard_heap_limit = \(heapLimitBytes)")
        connection.limitValueLength(to: valueLengthLimit)
        connection.restrictToReading(deniedFunctions: deniedFunctions)
    }

    public func run(_ sql: String, rowLimit: Int, timeLimitNanoseconds: UInt64, byteLimit: Int = 8 << 20) throws -> ConsoleResult {
        let (statementText, rest) = Self.firstStatement(of: sql)
        guard !Self.isBlank(statementText) else { throw ConsoleRefusal.empty }
        guard Self.isBlank(rest) else { throw ConsoleRefusal.trailingSQL(String(rest.prefix(40))) }
        connection.setDeadline(Connection.monotonicNanoseconds() + timeLimitNanoseconds)
        defer { connection.setDeadline(0) }
        // Never cached: researchers' SQL would fill the per-connection statement cache.
        let statement = try connection.prepare(String(statementText))
        var result = ConsoleResult(columns: (0..<statement.columnCount).map { statement.columnName($0) }, rows: [], isTruncated: false)
        try statement.bind([])
        var bytes = 0
        while try statement.step() {
            guard result.rows.count < rowLimit, bytes < byteLimit else { result.isTruncated = true; break }
            let row = (0..<statement.columnCount).map { statement.value($0) }
            for value in row {
                switch value {
                case .text(let text): bytes += text.utf8.count
                case .blob(let blob): bytes += blob.count
                default: bytes += 8
                }
            }
            result.rows.append(row)
        }
        return result
    }

    /// Splits `sql` after the first `;` that ends a statement: one outside quotes ('…', "…", `…`, […])
    /// and comments (-- and /* */). Returns the statement without its `;`, and whatever follows.
    public static func firstStatement(of sql: String) -> (statement: Substring, rest: Substring) {
        let scalars = sql.unicodeScalars
        var index = scalars.startIndex
        func next(_ i: String.UnicodeScalarView.Index) -> Unicode.Scalar? {
            let after = scalars.index(after: i)
            return after < scalars.endIndex ? scalars[after] : nil
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            switch scalar {
            case ";":
                let statement = Substring(sql.unicodeScalars[..<index])
                return (statement, Substring(sql.unicodeScalars[scalars.index(after: index)...]))
            case "'", "\"", "`", "[":
                let close: Unicode.Scalar = scalar == "[" ? "]" : scalar
                index = scalars.index(after: index)
                while index < scalars.endIndex {
                    if scalars[index] == close {
                        // '' inside a '…' string (and "" in "…") is an escaped quote, not the end.
                        if close != "]", next(index) == close { index = scalars.index(index, offsetBy: 2); continue }
                        break
                    }
                    index = scalars.index(after: index)
                }
            case "-" where next(index) == "-":
                while index < scalars.endIndex, scalars[index] != "\n" { index = scalars.index(after: index) }
                continue
            case "/" where next(index) == "*":
                index = scalars.index(index, offsetBy: 2)
                while index < scalars.endIndex, !(scalars[index] == "*" && next(index) == "/") { index = scalars.index(after: index) }
                if index < scalars.endIndex { index = scalars.index(after: index) }
            default: break
            }
            if index < scalars.endIndex { index = scalars.index(after: index) }
        }
        return (Substring(sql), "")
    }

    /// True when `sql` holds nothing but whitespace, semicolons and comments.
    public static func isBlank(_ sql: Substring) -> Bool {
        var remaining = sql
        while true {
            remaining = remaining.drop { $0.isWhitespace || $0 == ";" }
            if remaining.hasPrefix("--") {
                remaining = remaining.drop { $0 != "\n" }
            } else if remaining.hasPrefix("/*") {
                remaining = remaining.dropFirst(2)
                while !remaining.isEmpty, !remaining.hasPrefix("*/") { remaining = remaining.dropFirst() }
                remaining = remaining.dropFirst(2)  // an unterminated comment runs to the end, as in SQLite
            } else {
                return remaining.isEmpty
            }
        }
    }
}
