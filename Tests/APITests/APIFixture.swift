import Foundation
import HTTP1
import Ingestion
import TestSupport
@testable import API

/// An API over a real database imported from the bundled corpus, shared by the API suites.
final class APIFixture: @unchecked Sendable {
    static let shared = try! APIFixture()

    let directory: TemporaryDirectory
    let databasePath: String
    let api: ArchiveAPI

    init() throws {
        directory = try TemporaryDirectory()
        databasePath = directory.file("archive.sqlite")
        let summary = try CorpusImporter(databasePath: databasePath).importFiles(SourceFile.expand([BundledCorpus.directory()!]))
        precondition(summary.failed == 0, "fixture import failed: \(summary.failures)")
        api = try ArchiveAPI(databasePath: databasePath)
    }
}

/// Builds the request the HTTP parser would produce for `target` (test-only decoding).
func makeRequest(_ target: String, method: HTTPMethod = .get, headers: HTTPHeaders = ["Host": "archive.test"]) -> HTTPRequest {
    let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    func decode(_ text: Substring) -> String {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
    }
    let query = parts.count > 1 ? parts[1].split(separator: "&").map { pair -> (name: String, value: String) in
        let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        return (decode(halves[0]), halves.count > 1 ? decode(halves[1]) : "")
    } : []
    return HTTPRequest(method: method, target: target, path: decode(parts[0]), query: query, headers: headers)
}

extension HTTPResponse {
    var bodyBytes: [UInt8] {
        switch body {
        case .bytes(let bytes): return bytes
        case .stream(let stream):
            nonisolated(unsafe) var collected: [UInt8] = []
            try! stream.produce { collected += $0 }
            return collected
        }
    }
    var bodyText: String { String(decoding: bodyBytes, as: UTF8.self) }
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(bodyBytes))) as? [String: Any] ?? [:] }
    var isStreamed: Bool { if case .stream = body { return true } else { return false } }
}
