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
                try ConsoleQueries.restrict(connection)
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
