import CSQLite
import Glibc

/// One SQLite database connection. Not thread-safe: exactly one owner uses it at a time
/// (NOMUTEX; https://sqlite.org/threadsafe.html). Closed when released.
public final class Connection {
    public enum Mode: Sendable { case readWrite, readOnly }

    let handle: OpaquePointer
    public let path: String
    private var statementCache: [String: Statement] = [:]
    private var progressDeadline: UInt64 = 0
    private var authorizerContext: AuthorizerContext?

    /// Opens (creating when `mode` is readWrite) the database at `path`; ":memory:" works.
    public init(path: String, mode: Mode = .readWrite) throws(SQLiteError) {
        var handle: OpaquePointer?
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        flags |= (mode == .readOnly) ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(handle)
            throw SQLiteError(code: code, message: "\(message) (\(path))")
        }
        sqlite3_extended_result_codes(handle, 1)
        self.handle = handle
        self.path = path
        sqlite3_busy_timeout(handle, 5_000)
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    func error(code: Int32, sql: String?) -> SQLiteError {
        let extended = sqlite3_extended_errcode(handle)
        return SQLiteError(code: extended != 0 ? extended : code, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }

    /// Runs one or more statements that take no parameters (schema scripts, pragmas).
    public func execute(_ sql: String) throws(SQLiteError) {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// A new prepared statement, owned by the caller.
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        try Statement(connection: self, sql: sql)
    }

    /// A prepared statement kept for reuse on this connection, keyed by its SQL text.
    public func cached(_ sql: String) throws(SQLiteError) -> Statement {
        if let statement = statementCache[sql] { return statement }
        let statement = try Statement(connection: self, sql: sql)
        statementCache[sql] = statement
        return statement
    }

    /// Runs `body` inside a transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(immediate: Bool = true, _ body: () throws -> T) throws -> T {
        try execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` inside a savepoint: a nested transaction when one is open, a transaction of its
    /// own when not. Released when `body` returns; rolled back to its start when it throws.
    public func savepoint<T>(_ name: String = "work", _ body: () throws -> T) throws -> T {
        precondition(name.allSatisfy { $0.isLetter || $0 == "_" }, "savepoint names are identifiers")
        // Prepared once per name: an importer opens one savepoint per document.
        try cached("SAVEPOINT \(name)").run()
        do {
            let result = try body()
            try cached("RELEASE \(name)").run()
            return result
        } catch {
            try? execute("ROLLBACK TO \(name)")
            try? execute("RELEASE \(name)")
            throw error
        }
    }

    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    public var lastInsertRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }
    public var changes: Int { Int(sqlite3_changes(handle)) }
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// The value of the first column of the first row, as an Int (handy for counts and pragmas).
    public func scalarInt(_ sql: String, _ values: [any SQLiteBindable] = []) throws -> Int? {
        try cached(sql).firstRow(values) { $0.isNull(0) ? nil : $0.int(0) } ?? nil
    }

    /// Interrupts a running statement when `deadline` (CLOCK_MONOTONIC nanoseconds) passes; 0 disables.
    public func setDeadline(_ deadline: UInt64) {
        progressDeadline = deadline
        if deadline == 0 {
            sqlite3_progress_handler(handle, 0, nil, nil)
            return
        }
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_progress_handler(handle, 1_000, { context in
            let connection = Unmanaged<Connection>.fromOpaque(context!).takeUnretainedValue()
            return Connection.monotonicNanoseconds() > connection.progressDeadline ? 1 : 0
        }, context)
    }

    public static func monotonicNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    /// Caps the size of any one string or blob (and of SQL text) this connection may build: a
    /// bigger value fails with SQLITE_TOOBIG instead of allocating it (https://sqlite.org/limits.html).
    public func limitValueLength(to bytes: Int32, sqlLength: Int32 = 100_000) {
        sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, bytes)
        sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, sqlLength)
    }

    /// Lets only reading statements be prepared from now on (SELECT, reads, functions,
    /// recursive CTEs); anything else, and any function in `deniedFunctions` (lower-case names),
    /// fails to prepare with SQLITE_AUTH.
    public func restrictToReading(deniedFunctions: Set<String> = []) {
        authorizerContext = AuthorizerContext(deniedFunctions: deniedFunctions)
        let context = Unmanaged.passUnretained(authorizerContext!).toOpaque()
        sqlite3_set_authorizer(handle, { context, action, _, functionName, _, _ in
            switch action {
            case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE: return SQLITE_OK
            case SQLITE_FUNCTION:
                // For SQLITE_FUNCTION the second argument is the function's name.
                let denied = Unmanaged<AuthorizerContext>.fromOpaque(context!).takeUnretainedValue().deniedFunctions
                guard let functionName, !denied.isEmpty else { return SQLITE_OK }
                return denied.contains(String(cString: functionName).lowercased()) ? SQLITE_DENY : SQLITE_OK
            default: return SQLITE_DENY
            }
        }, context)
    }
}

/// What the authorizer callback needs; owned by the connection for as long as the callback is set.
private final class AuthorizerContext {
    let deniedFunctions: Set<String>
    init(deniedFunctions: Set<String>) { self.deniedFunctions = deniedFunctions }
}

@available(*, unavailable) extension Connection: Sendable {}
