import Foundation
import HTTP1
import SQLite
import Store
import Testing
import TestSupport
@testable import API

/// The whole-response cache: keyed by what a response depends on, and emptied when the data changes.
@Suite struct ResponseCacheTests {
    /// A fresh archive holding the first fixture document, its writing connection, and an API with a 1 MB cache.
    static func archiveWithOneDocument() throws -> (TemporaryDirectory, Connection, ArchiveAPI) {
        let directory = try TemporaryDirectory()
        let path = directory.file("cache.sqlite")
        let connection = try ArchiveDatabase.openForWriting(path: path)
        try DocumentWriter(connection: connection).save(KnowledgeFixture.firstRecord(), importedAt: "t")
        return (directory, connection, try ArchiveAPI(databasePath: path, responseCacheBytes: 1 << 20))
    }

    @Test func aCommitByAnotherConnectionEmptiesTheCache() throws {
        let (directory, connection, api) = try Self.archiveWithOneDocument()
        defer { withExtendedLifetime(directory) {} }
        #expect(api.respond(to: makeRequest("/v1/documents")).json["total"] as? Int == 1)
        #expect(api.respond(to: makeRequest("/v1/documents")).json["total"] as? Int == 1)

        try DocumentWriter(connection: connection).save(KnowledgeFixture.secondRecord(), importedAt: "t")
        Thread.sleep(forTimeInterval: 0.25)  // past the probe's check interval
        #expect(api.respond(to: makeRequest("/v1/documents")).json["total"] as? Int == 2)
    }

    @Test func keysSeparateHostsEncodingsAndFormats() throws {
        let api = KnowledgeFixture.shared.api
        let one = api.respond(to: makeRequest("/v1/events?limit=1", headers: ["Host": "one.test"]))
        let two = api.respond(to: makeRequest("/v1/events?limit=1", headers: ["Host": "two.test"]))
        #expect((one.json["next"] as? String)?.hasPrefix("http://one.test/") == true)
        #expect((two.json["next"] as? String)?.hasPrefix("http://two.test/") == true)
        #expect(ResponseCache.key(for: makeRequest("/v1/events", headers: ["Host": "h", "Accept-Encoding": "gzip"]))
                != ResponseCache.key(for: makeRequest("/v1/events", headers: ["Host": "h"])))
        #expect(ResponseCache.key(for: makeRequest("/v1/events", headers: ["Host": "h", "Accept": "text/csv"]))
                != ResponseCache.key(for: makeRequest("/v1/events", headers: ["Host": "h"])))
        #expect(ResponseCache.key(for: makeRequest("/v1/sql?sql=SELECT%201")) == nil)
        #expect(ResponseCache.key(for: makeRequest("/v1/events", headers: ["Host": "h", "If-None-Match": "W/\"x\""]))
                == ResponseCache.key(for: makeRequest("/v1/events", headers: ["Host": "h"])))
        #expect(ResponseCache.key(for: makeRequest("/v1/events", headers: ["host": "h", "accept": "text/csv"]))
                == ResponseCache.key(for: makeRequest("/v1/events", headers: ["Host": "h", "Accept": "text/csv"])))
        #expect(ResponseCache.key(for: makeRequest("/v1/events", method: .options)) == nil)
    }

    @Test func revalidationIsAnsweredFromTheCachedResponse() throws {
        let (directory, connection, api) = try Self.archiveWithOneDocument()
        defer { withExtendedLifetime(directory) {} }
        let page = api.respond(to: makeRequest("/v1/documents"))
        let etag = try #require(page.headers["ETag"])
        // Cached now: a matching validator gets 304 with the cache headers, any other the cached 200.
        let notModified = api.respond(to: makeRequest("/v1/documents", headers: ["Host": "archive.test", "If-None-Match": "W/\"0\", " + etag]))
        #expect(notModified.status == .notModified)
        #expect(notModified.headers["ETag"] == etag && notModified.headers["Vary"] == page.headers["Vary"])
        #expect(notModified.bodyText.isEmpty)
        let stale = api.respond(to: makeRequest("/v1/documents", headers: ["Host": "archive.test", "If-None-Match": "W/\"0\""]))
        #expect(stale.status == .ok && stale.bodyText == page.bodyText && stale.headers["ETag"] == etag)
        // After a commit the old validator no longer matches: the new page is served in full.
        try DocumentWriter(connection: connection).save(KnowledgeFixture.secondRecord(), importedAt: "t")
        Thread.sleep(forTimeInterval: 0.25)
        let changed = api.respond(to: makeRequest("/v1/documents", headers: ["Host": "archive.test", "If-None-Match": etag]))
        #expect(changed.status == .ok && changed.json["total"] as? Int == 2)
    }

    @Test func researchersSQLBypassesTheCacheAndRevalidationStillWorks() throws {
        let api = KnowledgeFixture.shared.api
        let first = api.respond(to: makeRequest("/v1/sql?sql=SELECT%20random()")).bodyText
        let second = api.respond(to: makeRequest("/v1/sql?sql=SELECT%20random()")).bodyText
        #expect(first != second)
        let page = api.respond(to: makeRequest("/v1/quotes"))
        let etag = try #require(page.headers["ETag"])
        #expect(api.respond(to: makeRequest("/v1/quotes", headers: ["Host": "archive.test", "If-None-Match": etag])).status == .notModified)
        #expect(api.respond(to: makeRequest("/v1/quotes")).headers["ETag"] == etag)
    }
}

/// The cache on its own: a response made before the data changed is not kept after the change was seen.
@Suite struct ResponseCacheGenerationTests {
    @Test func aResponseFromAnOlderSnapshotIsNotStoredAfterTheCacheWasEmptied() throws {
        let (directory, connection, _) = try ResponseCacheTests.archiveWithOneDocument()
        defer { withExtendedLifetime(directory) {} }
        let cache = try ResponseCache(path: directory.file("cache.sqlite"), capacityBytes: 1 << 20, checkInterval: 0)
        let key = try #require(ResponseCache.key(for: makeRequest("/v1/documents")))
        let page = HTTPResponse(status: .ok, headers: [:], body: .bytes(Array("old".utf8)))
        let (miss, before) = cache.response(for: key)
        #expect(miss == nil)
        // The request is being answered from the old snapshot while the importer commits.
        try DocumentWriter(connection: connection).save(KnowledgeFixture.secondRecord(), importedAt: "t")
        let (_, after) = cache.response(for: key)   // sees the change: emptied, new generation
        #expect(after != before)
        cache.store(page, for: key, generation: before)
        #expect(cache.response(for: key).response == nil)
        cache.store(page, for: key, generation: after)
        #expect(cache.response(for: key).response?.bodyText == "old")
    }
}
