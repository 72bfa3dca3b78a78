import Foundation
import HTTP1
import Testing
@testable import API

/// Keeps /openapi.json in step with the router and with what each endpoint accepts.
@Suite struct OpenAPITests {
    let fixture = KnowledgeFixture.shared
    var api: ArchiveAPI { fixture.api }

    var document: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(OpenAPIDocument.bytes))) as? [String: Any] ?? [:]
    }
    var paths: [String: [String: Any]] { document["paths"] as? [String: [String: Any]] ?? [:] }

    /// The operation's parameters with `$ref`s resolved.
    func parameters(_ path: String) -> [[String: Any]] {
        let components = (document["components"] as? [String: Any])?["parameters"] as? [String: [String: Any]] ?? [:]
        let operation = paths[path]?["get"] as? [String: Any] ?? [:]
        return (operation["parameters"] as? [[String: Any]] ?? []).map { parameter in
            guard let ref = parameter["$ref"] as? String else { return parameter }
            return components[String(ref.split(separator: "/").last!)] ?? [:]
        }
    }

    /// The path with `{id}` filled by a row that exists.
    func concrete(_ path: String) -> String {
        let id = path.hasPrefix("/v1/entities") ? fixture.entityIDs["Sergey Lavrov"]! : fixture.documentIDs[0]
        return path.replacingOccurrences(of: "{id}", with: String(id))
    }

    /// A valid value for each documented query parameter.
    func example(_ name: String, path: String) -> String? {
        switch name {
        case "q": return path == "/v1/entities" ? "lav" : "lavrov"
        case "author", "publisher": return "o"
        case "language": return "en"
        case "from": return "2024"
        case "to": return "2025-10"
        case "entity", "speaker": return String(fixture.entityIDs["Sergey Lavrov"]!)
        case "place": return String(fixture.entityIDs["Jakarta"]!)
        case "document": return String(fixture.documentIDs[0])
        case "kind": return "meeting"
        case "unit": return "USD"
        case "year": return "2023"
        case "type": return "person"
        case "sort": return path == "/v1/entities" ? "name" : "-published"
        case "limit": return "5"
        case "format": return "ndjson"
        case "facets": return "false"
        case "min_weight": return "1"
        case "sql": return "SELECT 1"
        case "cursor": return nil  // only an issued cursor is valid; pagination tests cover it
        default: return nil
        }
    }

    @Test func documentIsOpenAPI31WithUniqueOperationIDs() throws {
        #expect(document["openapi"] as? String == "3.1.0")
        let ids = paths.values.compactMap { ($0["get"] as? [String: Any])?["operationId"] as? String }
        #expect(ids.count == paths.count && Set(ids).count == ids.count)
        let served = api.respond(to: makeRequest("/openapi.json"))
        #expect(served.status == .ok && served.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(served.bodyBytes == OpenAPIDocument.bytes)
    }

    @Test func everyRouteIsDocumentedWithTheSameMethodsAndNothingElseIs() {
        let routes = Dictionary(uniqueKeysWithValues: api.router.patterns.map { ($0.pattern, $0.methods.map { $0.rawValue.lowercased() }) })
        #expect(Set(routes.keys) == Set(paths.keys))
        for (pattern, methods) in routes {
            let documented = Set((paths[pattern] ?? [:]).keys).subtracting(["parameters", "summary", "description"])
            #expect(documented == Set(methods), "\(pattern)")
            #expect((paths[pattern]?["get"] as? [String: Any])?["summary"] as? String == OpenAPIDocument.summaries[pattern], "\(pattern)")
        }
    }

    @Test func documentedQueryParametersAreExactlyTheAcceptedOnes() throws {
        for path in paths.keys.sorted() {
            let documented = Set(parameters(path).filter { $0["in"] as? String == "query" }.compactMap { $0["name"] as? String })
            let response = api.respond(to: makeRequest(concrete(path) + "?zz_undocumented=1"))
            #expect(response.status == .badRequest, "\(path)")
            #expect(response.json["parameter"] as? String == "zz_undocumented")
            let detail = response.json["detail"] as? String ?? ""
            var accepted: Set<String> = []
            if let range = detail.range(of: "(known: ") {
                accepted = Set(detail[range.upperBound...].dropLast().components(separatedBy: ", "))
            }
            #expect(accepted == documented, "\(path)")
        }
    }

    @Test func everyDocumentedParameterAcceptsAValidValue() throws {
        for path in paths.keys.sorted() {
            let required = parameters(path).filter { $0["required"] as? Bool == true && $0["in"] as? String == "query" }
                .compactMap { $0["name"] as? String }
            let base = required.map { "\($0)=\(percentEncode(example($0, path: path) ?? ""))" }
            let bare = api.respond(to: makeRequest(concrete(path) + (base.isEmpty ? "" : "?" + base.joined(separator: "&"))))
            #expect(bare.status == .ok, "\(path): \(bare.bodyText)")
            for parameter in parameters(path) where parameter["in"] as? String == "query" {
                let name = parameter["name"] as! String
                guard !required.contains(name), let value = example(name, path: path) else { continue }
                let target = concrete(path) + "?" + (base + ["\(name)=\(percentEncode(value))"]).joined(separator: "&")
                let response = api.respond(to: makeRequest(target))
                #expect(response.status == .ok, "\(target): \(response.bodyText)")
            }
        }
    }

    @Test func indexListsEveryRouteAndLinksTheDescription() throws {
        let json = api.respond(to: makeRequest("/")).json
        #expect(json["openapi"] as? String == "http://archive.test/openapi.json")
        let listed = (json["endpoints"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        #expect(Set(listed) == Set(paths.keys))
    }
}
