import Glibc
import SQLite
import Store

/// The connections /v1/sql runs researchers' SQL on: separate from the pool, opened read-only and
/// put under `restrictToReading()` for good, and few, so slow queries can tie up at most
/// `capacity` server threads (each for at most the time limit); past that, callers are turned away.
final class ConsoleConnections: @unchecked Sendable {
    // @unchecked: `idle` and `opened` are only touched while holding `mutex`.
    private var mutex = pthread_mutex_t()
    private var idle: [Connection] = []
    private var opened = 0
    let path: String
    let capacity: Int
    static let deniedFunctions: Set<String> = ["printf", "format"]

    init(path: String, capacity: Int) {
        self.path = path
        self.capacity = capacity
        pthread_mutex_init(&mutex, nil)
    }

    deinit { pthread_mutex_destroy(&mutex) }

    /// Runs `body` on a console connection, or returns nil at once when all `capacity` are busy.
    func withConnection<T>(_ body: (Connection) throws -> T) throws -> T? {
        pthread_mutex_lock(&mutex)
        var borrowed = idle.popLast()
        let mayOpen = borrowed == nil && opened < capacity
        if mayOpen { opened += 1 }
        pthread_mutex_unlock(&mutex)
        if borrowed == nil {
            guard mayOpen else { return nil }
            do {
                let connection = try ArchiveDatabase.openForReading(path: path)
                // printf/format can loop for seconds over a huge width inside one call, where
                // neither the deadline nor the length limit reaches.
                connection.restrictToReading(deniedFunctions: ConsoleConnections.deniedFunctions)
                // One huge value (zeroblob(1e9), printf('%.*c', 3e8, 'x')) would take memory and
                // time the deadline cannot interrupt: refuse values over 1 MB instead.
                connection.limitValueLength(to: 1 << 20)
                borrowed = connection
            } catch {
                pthread_mutex_lock(&mutex)
                opened -= 1
                pthread_mutex_unlock(&mutex)
                throw error
            }
        }
        let connection = borrowed!
        defer {
            pthread_mutex_lock(&mutex)
            idle.append(connection)
            pthread_mutex_unlock(&mutex)
        }
        return try body(connection)
    }
}
