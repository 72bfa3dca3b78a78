import Glibc
import SQLite
import Store

/// Read-only connections shared by the server's threads: each request borrows one for its
/// duration, inside a read transaction, so a connection only ever has one user at a time.
public final class ConnectionPool: @unchecked Sendable {
    // @unchecked: `idle` is only touched while holding `mutex`.
    private var mutex = pthread_mutex_t()
    private var idle: [Connection] = []
    public let path: String
    public static let queryTimeLimitNanoseconds: UInt64 = 5_000_000_000

    /// Opens one connection now, so a missing or mismatched database fails at start-up.
    public init(path: String) throws {
        self.path = path
        pthread_mutex_init(&mutex, nil)
        idle.append(try Self.open(path))
    }

    private static func open(_ path: String) throws -> Connection {
        let connection = try ArchiveDatabase.openForReading(path: path)
        try TuningQueries.tuneForServing(connection)
        return connection
    }

    deinit { pthread_mutex_destroy(&mutex) }

    public func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        pthread_mutex_lock(&mutex)
        let borrowed = idle.popLast()
        pthread_mutex_unlock(&mutex)
        let connection = try borrowed ?? Self.open(path)
        // A safety net: no API query should run anywhere near this long; one that does is stopped
        // (SQLITE_INTERRUPT, answered 400) instead of holding a server thread.
        connection.setDeadline(Connection.monotonicNanoseconds() + Self.queryTimeLimitNanoseconds)
        defer {
            connection.setDeadline(0)
            pthread_mutex_lock(&mutex)
            idle.append(connection)
            pthread_mutex_unlock(&mutex)
        }
        // One read transaction per borrow: the request's statements share one snapshot (a page and
        // its total agree even while the importer commits), and SQLite takes its shared lock once
        // instead of once per statement (each is an fcntl call).
        try connection.cached("BEGIN").run()
        do {
            let result = try body(connection)
            try connection.cached("COMMIT").run()
            return result
        } catch {
            try? connection.cached("ROLLBACK").run()
            throw error
        }
    }
}
