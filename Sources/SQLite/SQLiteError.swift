import CSQLite

/// A failed SQLite call: the extended result code, SQLite's message, and the SQL that failed.
public struct SQLiteError: Error, Equatable, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code; self.message = message; self.sql = sql
    }

    /// The primary result code (the low byte of the extended code).
    public var primaryCode: Int32 { code & 0xFF }
    public var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }
    public var isInterrupted: Bool { primaryCode == SQLITE_INTERRUPT }
    public var isAuthorizationDenied: Bool { primaryCode == SQLITE_AUTH }
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    // Bound values are left out on purpose: they may hold document text.
    public var description: String {
        "SQLite error \(code): \(message)" + (sql.map { " while executing `\($0)`" } ?? "")
    }
}
