import Glibc
import HTTP1
import SQLite
import Store
import Synchronization

/// Finished responses to GET/HEAD requests, served again while the database is unchanged.
///
/// Keyed by everything a response depends on besides the data: the target, Host and
/// X-Forwarded-Proto (they make the absolute `next` links), Accept (format negotiation) and whether
/// the client takes gzip. If-None-Match is not part of the key: a revalidation is answered from the
/// cached response's ETag (304, or the cached 200) without running the request. Emptied when
/// `PRAGMA data_version` on its own probe connection changes, which happens when another connection
/// (the importer) commits; the probe is asked at most every `checkInterval`, so a response can be
/// that much older than a commit. Only 200s with a byte body are kept, never /v1/sql (researchers'
/// SQL may call random() or time functions) nor no-store ones.
///
/// A hit takes a shared (read) lock only, so the event loops never wait for each other: with one
/// mutex, a loop preempted while holding it (on a loaded machine) could stall the other loops' hits
/// for a scheduler time slice. The data_version probe runs outside that lock, one thread at a time.
final class ResponseCache: @unchecked Sendable {
    // @unchecked: `entries`, `storedBytes` and `generation` are only touched holding `lock` (shared
    // to read, exclusive to change); `dataVersion` and `probe` only holding `probeMutex`.
    private var lock = pthread_rwlock_t()
    private var entries: [Key: HTTPResponse] = [:]
    private var storedBytes = 0
    /// Counts the times the data changed under the cache, so a response made from an older snapshot
    /// is never stored after the cache was emptied for a newer one.
    private var generation = 0
    private var probeMutex = pthread_mutex_t()
    private var dataVersion = -1
    private let checkedAt = Atomic<UInt64>(0)
    private let probe: Connection
    let capacityBytes: Int
    /// Nanoseconds between two looks at `PRAGMA data_version`.
    let checkInterval: UInt64
    static let largestResponse = 1 << 20

    init(path: String, capacityBytes: Int, checkInterval: UInt64 = 100_000_000) throws {
        probe = try ArchiveDatabase.openForReading(path: path)
        self.capacityBytes = capacityBytes
        self.checkInterval = checkInterval
        pthread_rwlock_init(&lock, nil)
        pthread_mutex_init(&probeMutex, nil)
    }

    deinit {
        pthread_rwlock_destroy(&lock)
        pthread_mutex_destroy(&probeMutex)
    }

    /// What a cached response depends on besides the data.
    struct Key: Hashable {
        var target: String, host: String, forwardedProto: String, accept: String, gzip: Bool
    }

    /// The cache key of a request whose response may be cached, or nil. One pass over the header
    /// fields, no string building: a hit should cost no more than the cheapest route.
    static func key(for request: HTTPRequest) -> Key? {
        guard request.method == .get || request.method == .head,
              request.path != "/v1/sql", request.path != "/v1/health"
        else { return nil }
        var key = Key(target: request.target, host: "", forwardedProto: "", accept: "", gzip: false)
        var host: String?, forwardedProto: String?, accept: String?, encoding: String?
        for field in request.headers.fields {
            switch field.name.utf8.count {
            case 4 where host == nil && field.name.caseInsensitiveEquals("Host"): host = field.value
            case 6 where accept == nil && field.name.caseInsensitiveEquals("Accept"): accept = field.value
            case 15 where encoding == nil && field.name.caseInsensitiveEquals("Accept-Encoding"): encoding = field.value
            case 17 where forwardedProto == nil && field.name.caseInsensitiveEquals("X-Forwarded-Proto"): forwardedProto = field.value
            default: break
            }
        }
        key.host = host ?? ""
        key.forwardedProto = forwardedProto ?? ""
        key.accept = accept ?? ""
        key.gzip = ResponseConventions.acceptsGzip(encoding)
        return key
    }

    /// The cached response, if any, and the generation to pass to `store` with a response made now.
    func response(for key: Key) -> (response: HTTPResponse?, generation: Int) {
        refreshIfStale()
        pthread_rwlock_rdlock(&lock)
        defer { pthread_rwlock_unlock(&lock) }
        return (entries[key], generation)
    }

    /// Keeps the response unless the data changed since `generation` was handed out.
    func store(_ response: HTTPResponse, for key: Key, generation: Int) {
        guard response.status == .ok, response.headers["Cache-Control"] != "no-store",
              case .bytes(let body) = response.body, body.count <= Self.largestResponse else { return }
        let size = body.count + key.target.utf8.count + key.host.utf8.count + key.accept.utf8.count + 256
        pthread_rwlock_wrlock(&lock)
        defer { pthread_rwlock_unlock(&lock) }
        guard generation == self.generation else { return }
        // Simplest bound that cannot grow: start over when full (popular targets return at once).
        if storedBytes + size > capacityBytes {
            entries.removeAll(keepingCapacity: true)
            storedBytes = 0
        }
        if entries.updateValue(response, forKey: key) == nil { storedBytes += size }
    }

    /// Empties the cache when the database changed since the last look. At most one thread looks at
    /// a time; the others carry on with what is cached (at most `checkInterval` old, as before).
    private func refreshIfStale() {
        let now = Connection.monotonicNanoseconds()
        guard now &- checkedAt.load(ordering: .relaxed) >= checkInterval,
              pthread_mutex_trylock(&probeMutex) == 0 else { return }
        defer { pthread_mutex_unlock(&probeMutex) }
        guard now &- checkedAt.load(ordering: .relaxed) >= checkInterval else { return }   // another thread just looked
        checkedAt.store(now, ordering: .relaxed)
        // A failing probe must not serve stale data: treat it as a change.
        let version = (try? StatsQueries(connection: probe).dataVersion()) ?? -2
        guard version != dataVersion || version == -2 else { return }
        dataVersion = version
        pthread_rwlock_wrlock(&lock)
        entries.removeAll(keepingCapacity: true)
        storedBytes = 0
        generation += 1
        pthread_rwlock_unlock(&lock)
    }
}
