import Foundation
import Testing
@testable import SQLite

@Suite struct ConnectionTests {
    let connection: Connection

    init() throws {
        connection = try Connection(path: ":memory:")
        try connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, score REAL, data BLOB)")
    }

    @Test func roundTripsEveryValueKindThroughBoundParameters() throws {
        try connection.cached("INSERT INTO t (name, score, data) VALUES (?, ?, ?)").run(["Ли'; DROP TABLE t; --", 1.5, SQLiteValue.blob([0, 1, 2])])
        try connection.cached("INSERT INTO t (name, score, data) VALUES (?, ?, ?)").run(["", Optional<Double>.none, SQLiteValue.null])
        var rows: [[SQLiteValue]] = []
        try connection.prepare("SELECT name, score, data FROM t ORDER BY id").forEachRow { row in
            rows.append((0..<3).map { row.value($0) })
        }
        #expect(rows == [[.text("Ли'; DROP TABLE t; --"), .real(1.5), .blob([0, 1, 2])], [.text(""), .null, .null]])
        #expect(try connection.scalarInt("SELECT count(*) FROM t") == 2)
    }

    @Test func emptyStringIsBoundAsEmptyTextNotNull() throws {
        try connection.cached("INSERT INTO t (name) VALUES (?)").run([""])
        #expect(try connection.scalarInt("SELECT count(*) FROM t WHERE name = '' AND name IS NOT NULL") == 1)
    }

    @Test func syntaxErrorCarriesCodeMessageAndSQL() throws {
        let error = #expect(throws: SQLiteError.self) { try connection.prepare("SELEC nonsense") }
        #expect(error?.primaryCode == 1)
        #expect(error?.message.contains("syntax error") == true)
        #expect(error?.sql == "SELEC nonsense")
        #expect(error?.description.contains("SELEC nonsense") == true)
    }

    @Test func constraintViolationIsRecognisable() throws {
        let insert = try connection.cached("INSERT INTO t (name) VALUES (?)")
        try insert.run(["once"])
        let error = #expect(throws: SQLiteError.self) { try insert.run(["once"]) }
        #expect(error?.isConstraintViolation == true)
        #expect(error?.code == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        // The statement stays usable after the failure.
        try insert.run(["twice"])
        #expect(try connection.scalarInt("SELECT count(*) FROM t") == 2)
    }

    @Test func transactionRollsBackWhenTheBodyThrows() throws {
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try connection.transaction {
                try connection.cached("INSERT INTO t (name) VALUES (?)").run(["lost"])
                throw Abort()
            }
        }
        #expect(try connection.scalarInt("SELECT count(*) FROM t") == 0)
        try connection.transaction { try connection.cached("INSERT INTO t (name) VALUES (?)").run(["kept"]) }
        #expect(try connection.scalarInt("SELECT count(*) FROM t") == 1)
    }

    @Test func savepointRollsBackOnlyItsOwnWorkInsideATransaction() throws {
        struct Abort: Error {}
        try connection.transaction {
            try connection.savepoint { try connection.cached("INSERT INTO t (name) VALUES (?)").run(["first"]) }
            var caught: (any Error)?
            do {
                try connection.savepoint {
                    try connection.cached("INSERT INTO t (name) VALUES (?)").run(["second"])
                    throw Abort()
                }
            } catch {
                caught = error
            }
            #expect(caught is Abort, "\(String(describing: caught))")
            #expect(connection.isInTransaction)
        }
        var names: [String] = []
        try connection.prepare("SELECT name FROM t").forEachRow { names.append($0.string(0)) }
        #expect(names == ["first"])
        // Outside a transaction a savepoint is a transaction of its own.
        try connection.savepoint { try connection.cached("INSERT INTO t (name) VALUES (?)").run(["third"]) }
        #expect(!connection.isInTransaction)
        #expect(try connection.scalarInt("SELECT count(*) FROM t") == 2)
    }

    @Test func cachedStatementsAreReused() throws {
        let first = try connection.cached("SELECT 1")
        let second = try connection.cached("SELECT 1")
        #expect(first === second)
    }

    @Test func unknownNamedParameterIsAnError() throws {
        let statement = try connection.prepare("SELECT :a")
        #expect(throws: SQLiteError.self) { try statement.bind(1, to: ":b") }
        try statement.bind(7, to: ":a")
        #expect(try statement.step() && statement.int(0) == 7)
    }

    @Test func readingRestrictionRefusesWritesAndAttach() throws {
        connection.restrictToReading()
        #expect(try connection.scalarInt("SELECT count(*) FROM t") == 0)
        for sql in ["INSERT INTO t (name) VALUES ('x')", "DELETE FROM t", "DROP TABLE t", "ATTACH ':memory:' AS other",
                    "PRAGMA writable_schema = 1", "CREATE TABLE u (x)"] {
            let error = #expect(throws: SQLiteError.self, "\(sql)") { try connection.prepare(sql) }
            #expect(error?.isAuthorizationDenied == true, "\(sql)")
        }
    }

    @Test func deadlineInterruptsARunawayQuery() throws {
        connection.setDeadline(Connection.monotonicNanoseconds() + 50_000_000)
        let error = #expect(throws: SQLiteError.self) {
            _ = try connection.scalarInt("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")
        }
        #expect(error?.isInterrupted == true)
        connection.setDeadline(0)
        #expect(try connection.scalarInt("SELECT 42") == 42)
    }

    @Test func readOnlyConnectionRefusesWrites() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ro-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Connection(path: path).execute("CREATE TABLE x (a)")
        let readOnly = try Connection(path: path, mode: .readOnly)
        #expect(readOnly.isReadOnly)
        let error = #expect(throws: SQLiteError.self) { try readOnly.execute("INSERT INTO x VALUES (1)") }
        #expect(error?.primaryCode == 8)  // SQLITE_READONLY
    }

    @Test func openingAMissingFileReadOnlyFails() throws {
        let error = #expect(throws: SQLiteError.self) { try Connection(path: "/nonexistent/dir/db.sqlite", mode: .readOnly) }
        #expect(error?.message.contains("/nonexistent/dir/db.sqlite") == true)
    }
}

@Suite struct ExecuteWithoutArrayTests {
    @Test func bindsEachValueInOrderAndResetsBetweenRuns() throws {
        let connection = try Connection(path: ":memory:")
        try connection.execute("CREATE TABLE t (a INTEGER, b TEXT, c REAL, d TEXT)")
        let insert = try connection.cached("INSERT INTO t (a, b, c, d) VALUES (?, ?, ?, ?)")
        try insert.execute(1, "one", 1.5, Optional<String>.none)
        try insert.execute(2, "", 0.0, Optional("x"))
        var rows: [String] = []
        try connection.prepare("SELECT a, b, c, coalesce(d, 'NULL'), typeof(b) FROM t ORDER BY a").forEachRow {
            rows.append("\($0.int(0)) \($0.string(1)) \($0.double(2)) \($0.string(3)) \($0.string(4))")
        }
        #expect(rows == ["1 one 1.5 NULL text", "2  0.0 x text"])
        #expect(throws: SQLiteError.self) { try connection.cached("INSERT INTO t (a) VALUES (?)").execute(1, 2) }
    }
}
