import SQLite

/// Settings for the server's read-only connections.
public enum TuningQueries {
    /// Bytes of the database file SQLite maps into memory (https://sqlite.org/mmap.html).
    public static let mmapBytes = 1 << 30
    /// Page cache per connection, in KiB.
    public static let cacheKibibytes = 16_384

    /// Memory-maps the file and enlarges the page cache. A broad search over 10,000 documents reads
    /// tens of thousands of pages; with the default 2 MB cache each read was a pread system call
    /// (half the query's time), with mmap it is a memory access shared by every connection.
    public static func tuneForServing(_ connection: Connection) throws {
        try connection.execute("PRAGMA mmap_size = \(mmapBytes); PRAGMA cache_size = -\(cacheKibibytes);")
    }
}
