import Foundation
import HTTP1
import Store
import Testing
@testable import API

/// Entities, events, quotes, figures, graph and stats over the hand-built `KnowledgeFixture`.
@Suite struct KnowledgeEndpointTests {
    let fixture = KnowledgeFixture.shared
    var api: ArchiveAPI { fixture.api }
    var lavrov: Int { fixture.entityIDs["Sergey Lavrov"]! }
    var obrien: Int { fixture.entityIDs["Seán O’Brien"]! }
    var jakarta: Int { fixture.entityIDs["Jakarta"]! }

    func get(_ target: String, headers: HTTPHeaders = ["Host": "archive.test"]) -> HTTPResponse {
        api.respond(to: makeRequest(target, headers: headers))
    }

    func data(_ target: String) throws -> [[String: Any]] {
        let response = get(target)
        #expect(response.status == .ok, "\(target): \(response.bodyText)")
        return try #require(response.json["data"] as? [[String: Any]], "\(target)")
    }

    /// Follows `next` from `target` and returns every row's `key`, checking each page's Link header.
    func walk(_ target: String, key: String = "id") throws -> [Int] {
        var next: String? = target
        var seen: [Int] = []
        var pages = 0
        while let current = next, pages < 50 {
            let response = get(current.replacingOccurrences(of: "http://archive.test", with: ""))
            #expect(response.status == .ok, "\(current)")
            seen += (response.json["data"] as? [[String: Any]] ?? []).compactMap { $0[key] as? Int }
            next = response.json["next"] as? String
            if let next { #expect(response.headers["Link"] == "<\(next)>; rel=\"next\"") }
            pages += 1
        }
        return seen
    }

    /// The stored text cut by a span, as a client would do it with /v1/documents/{id}/text.
    func text(document: Int, span: [String: Any]) -> String {
        let scalars = Array(get("/v1/documents/\(document)/text").bodyText.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[(span["start"] as! Int)..<(span["end"] as! Int)])
        return String(view)
    }

    // MARK: Entities

    @Test func entitiesAreMostMentionedFirstWithAliases() throws {
        let response = get("/v1/entities")
        #expect(response.json["total"] as? Int == 8)
        let rows = try data("/v1/entities")
        #expect(rows.first?["name"] as? String == "Sergey Lavrov")
        #expect(rows.first?["mentions"] as? Int == 4)
        #expect(rows.first?["type"] as? String == "person")
        #expect(Set(rows.first?["aliases"] as? [String] ?? []) == ["Sergey Lavrov", "Lavrov", "Сергей Лавров"])
        let mentions = rows.compactMap { $0["mentions"] as? Int }
        #expect(mentions == mentions.sorted(by: >))
        #expect(Set(rows[0].keys) == ["id", "name", "type", "subtype", "aliases", "mentions"])
        #expect(rows.contains { $0["name"] as? String == "Robert'); DROP TABLE entities;--" })
    }

    @Test(arguments: [
        ("?type=location", ["Jakarta", "Kuala Lumpur", "Vientiane"]),
        ("?q=lav", ["Sergey Lavrov"]), ("?q=LAVROV", ["Sergey Lavrov"]), ("?q=Серг", ["Sergey Lavrov"]),
        ("?q=Вьен", ["Vientiane"]), ("?q=o%27b", ["Seán O’Brien"]), ("?q=Robert%27)", ["Robert'); DROP TABLE entities;--"]),
        ("?q=%25", []), ("?q=_", []), ("?q=tac&type=agreement", ["Treaty of Amity and Cooperation"]),
        ("?q=association", ["Association of Southeast Asian Nations"]), ("?q=asean", ["Association of Southeast Asian Nations"]), ("?type=agreement&q=zzz", []),
    ])
    func entitiesFilterByTypeAndNameOrAliasPrefix(query: String, names: [String]) throws {
        let rows = try data("/v1/entities" + query + (query.isEmpty ? "?" : "&") + "sort=name")
        #expect(rows.compactMap { $0["name"] as? String } == names, "\(query)")
    }

    @Test(arguments: ["mentions", "name"])
    func walkingEntityPagesYieldsEachOnce(sort: String) throws {
        let all = try data("/v1/entities?sort=\(sort)&limit=500").compactMap { $0["id"] as? Int }
        let walked = try walk("/v1/entities?sort=\(sort)&limit=3")
        #expect(walked == all)
        #expect(Set(walked).count == 8)
        if sort == "name" {
            let names = try data("/v1/entities?sort=name").compactMap { ($0["name"] as? String)?.lowercased() }
            #expect(names == names.sorted())
        }
    }

    @Test func entityDetailHasRolesOccurrencesRelatedEventsAndQuotes() throws {
        let response = get("/v1/entities/\(lavrov)")
        #expect(response.status == .ok)
        let json = response.json
        #expect(json["name"] as? String == "Sergey Lavrov")
        #expect(json["mentions"] as? Int == 4)
        #expect(json["documents"] as? Int == 2)

        let roles = try #require(json["roles"] as? [String: Any])
        let role = try #require((roles["data"] as? [[String: Any]])?.first)
        #expect(role["title"] as? String == "Russian Foreign Minister")
        #expect(text(document: role["document_id"] as! Int, span: role["span"] as! [String: Any]) == "Russian Foreign Minister")
        #expect(roles["total"] as? Int == 1 && roles["more"] is NSNull)

        let occurrences = try #require(json["occurrences"] as? [String: Any])
        let mentions = try #require(occurrences["data"] as? [[String: Any]])
        #expect(mentions.count == 4 && occurrences["total"] as? Int == 4)
        for mention in mentions {
            #expect(text(document: mention["document_id"] as! Int, span: mention["span"] as! [String: Any]) == mention["surface"] as? String)
        }

        let related = try #require((json["related"] as? [String: Any])?["data"] as? [[String: Any]])
        #expect(related.first?["name"] as? String == "Seán O’Brien")
        #expect(related.first?["weight"] as? Int == 2)
        #expect(Set(related.compactMap { $0["name"] as? String }).isSuperset(of: ["Jakarta", "Vientiane", "Association of Southeast Asian Nations", "Kuala Lumpur"]))

        let events = try #require((json["events"] as? [String: Any])?["data"] as? [[String: Any]])
        #expect(events.compactMap { $0["kind"] as? String } == ["visit", "meeting", "summit"])
        let quotes = try #require((json["quotes"] as? [String: Any])?["data"] as? [[String: Any]])
        #expect(quotes.compactMap { $0["text"] as? String } == ["We agree on everything,"])
    }

    @Test func entityDetailLinksToFullListsWhenRowsAreLeftOut() throws {
        let json = get("/v1/entities/\(lavrov)").json
        // Every sub-list fits, so no `more` link; the mention list itself paginates.
        #expect((json["occurrences"] as? [String: Any])?["more"] is NSNull)
        let walked = try walk("/v1/entities/\(lavrov)/mentions?limit=1")
        let all = try data("/v1/entities/\(lavrov)/mentions").compactMap { $0["id"] as? Int }
        #expect(walked.count == 4 && walked == all)
        let documents = try data("/v1/entities/\(lavrov)/mentions").compactMap { $0["document_id"] as? Int }
        #expect(documents == documents.sorted())
        let csv = get("/v1/entities/\(lavrov)/mentions?format=csv").bodyText.split(separator: "\r\n")
        #expect(csv.first == "id,document_id,sentence_id,start,end,surface")
        #expect(csv.count == 5)
    }

    @Test func documentDetailSummarisesItsEntitiesAndEntitiesFilterByDocument() throws {
        let json = get("/v1/documents/\(fixture.documentIDs[0])").json
        let entities = try #require(json["entities"] as? [String: Any])
        let rows = try #require(entities["data"] as? [[String: Any]])
        #expect(rows.first?["name"] as? String == "Sergey Lavrov" && rows.first?["mentions"] as? Int == 3)
        #expect(entities["total"] as? Int == 5 && entities["more"] is NSNull)
        #expect(try data("/v1/entities?document=\(fixture.documentIDs[1])&sort=name").compactMap { $0["name"] as? String }
                == ["Association of Southeast Asian Nations", "Kuala Lumpur", "Sergey Lavrov", "Seán O’Brien", "Treaty of Amity and Cooperation"])
    }

    @Test func missingEntitiesAre404AndBadIdsAre400() {
        #expect(get("/v1/entities/999999").status == .notFound)
        #expect(get("/v1/entities/999999/mentions").status == .notFound)
        #expect(get("/v1/entities/abc").json["parameter"] as? String == "id")
        #expect(get("/v1/entities?type=country").json["parameter"] as? String == "type")
        #expect(get("/v1/entities?sort=size").json["parameter"] as? String == "sort")
    }

    // MARK: Events

    @Test func eventsAreATimelineWithEvidenceCutByItsSpan() throws {
        let rows = try data("/v1/events")
        #expect(rows.compactMap { $0["date"] as? String } == ["2024", "2024-05-05", "2025-10"])
        #expect(rows.compactMap { $0["date_precision"] as? String } == ["year", "day", "month"])
        let meeting = rows[1]
        #expect(Set(meeting.keys) == ["id", "kind", "date", "date_precision", "end_date", "summary", "place", "entities",
                                      "document_id", "sentence_id", "evidence", "evidence_span"])
        #expect(meeting["summary"] as? String == "Lavrov meets O’Brien in Jakarta")
        #expect((meeting["place"] as? [String: Any])?["name"] as? String == "Jakarta")
        #expect((meeting["place"] as? [String: Any])?["id"] as? Int == jakarta)
        #expect(Set((meeting["entities"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }) == ["Sergey Lavrov", "Seán O’Brien"])
        for event in rows {
            let evidence = text(document: event["document_id"] as! Int, span: event["evidence_span"] as! [String: Any])
            #expect(event["evidence"] as? String == evidence)
        }
        #expect(rows[0]["evidence"] as? String == "Сергей Лавров посетил Вьентьян в 2024 году.")
    }

    @Test(arguments: [
        ("from=2024-05", ["2024", "2024-05-05", "2025-10"]), ("from=2024-06", ["2024", "2025-10"]),
        ("to=2024-05-04", ["2024"]), ("from=2025&to=2025", ["2025-10"]), ("to=2023", [String]()),
        ("q=jakarta", ["2024-05-05"]), ("q=%D0%92%D1%8C%D0%B5%D0%BD", ["2024"]), ("kind=summit", ["2025-10"]),
    ])
    func eventsFilterByDatesWordsAndKind(query: String, dates: [String]) throws {
        #expect(try data("/v1/events?" + query).compactMap { $0["date"] as? String } == dates, "\(query)")
    }

    @Test func eventsFilterByParticipantPlaceAndDocument() throws {
        #expect(try data("/v1/events?entity=\(obrien)").count == 2)
        #expect(try data("/v1/events?place=\(jakarta)").compactMap { $0["kind"] as? String } == ["meeting"])
        #expect(try data("/v1/events?document=\(fixture.documentIDs[1])").compactMap { $0["kind"] as? String } == ["summit"])
        #expect(try walk("/v1/events?limit=1").count == 3)
        #expect(get("/v1/events?from=May").json["parameter"] as? String == "from")
        #expect(get("/v1/events?place=0").json["parameter"] as? String == "place")
        let csv = get("/v1/events?format=csv").bodyText.split(separator: "\r\n")
        #expect(csv.count == 4 && csv[0].hasPrefix("id,kind,date,date_precision,end_date,summary,place_id,place_name,entities"))
    }

    // MARK: Quotes and figures

    @Test func quotesHaveSpeakerSpanAndSentence() throws {
        let rows = try data("/v1/quotes")
        #expect(rows.count == 2)
        let first = rows[0]
        #expect(first["text"] as? String == "We agree on everything,")
        #expect((first["speaker"] as? [String: Any])?["id"] as? Int == lavrov)
        #expect(text(document: first["document_id"] as! Int, span: first["span"] as! [String: Any]) == "We agree on everything,")
        let sentence = try #require(first["sentence"] as? [String: Any])
        #expect((sentence["text"] as? String)?.hasPrefix("“We agree on everything,” Lavrov said; Robert'); DROP TABLE") == true)
        #expect(rows[1]["speaker"] is NSNull)
        #expect(try data("/v1/quotes?speaker=\(lavrov)").count == 1)
        #expect(try data("/v1/quotes?q=100%25").compactMap { $0["text"] as? String } == ["Partnership matters 100%,"])
        #expect(try data("/v1/quotes?q=%25%25").isEmpty)  // % is a character, not a wildcard
        #expect(get("/v1/quotes?speaker=lavrov").json["parameter"] as? String == "speaker")
    }

    @Test func figuresFilterByUnitAndYear() throws {
        let rows = try data("/v1/figures")
        #expect(rows.count == 2)
        #expect(rows[0]["value"] as? Double == 17.5e9 && rows[0]["unit"] as? String == "USD" && rows[0]["year"] as? Int == 2023)
        #expect(rows[1]["value_max"] as? Int == 50 && rows[1]["qualifier"] as? String == "about")
        #expect(text(document: rows[1]["document_id"] as! Int, span: rows[1]["span"] as! [String: Any]) == "about 45-50%")
        #expect(try data("/v1/figures?unit=percent").count == 1)
        #expect(try data("/v1/figures?year=2023").compactMap { $0["unit"] as? String } == ["USD"])
        #expect(try data("/v1/figures?year=1999").isEmpty)
        #expect(get("/v1/figures?year=twenty").json["parameter"] as? String == "year")
        #expect(get("/v1/figures?format=csv").bodyText.hasPrefix("id,value,value_max,unit,qualifier,text,year,document_id,sentence_id,start,end\r\n1,17500000000,,USD"))
    }

    // MARK: Graph and stats

    @Test func graphHasNodesByMentionsAndWeightedEdgesAmongThem() throws {
        let json = get("/v1/graph").json
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(nodes.count == 8)
        let ids = Set(nodes.compactMap { $0["id"] as? Int })
        for edge in edges {
            #expect(ids.contains(edge["source"] as! Int) && ids.contains(edge["target"] as! Int))
        }
        #expect(edges.first?["weight"] as? Int == 2)
        #expect(json["truncated"] as? Bool == false)
        let heavy = try #require(get("/v1/graph?min_weight=2").json["edges"] as? [[String: Any]])
        #expect(heavy.count == 1)
        let people = get("/v1/graph?type=person&limit=1").json
        #expect((people["nodes"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Sergey Lavrov"])
        #expect((people["edges"] as? [Any])?.isEmpty == true)
        #expect(get("/v1/graph?limit=501").json["parameter"] as? String == "limit")
        #expect(get("/v1/graph?min_weight=0").json["parameter"] as? String == "min_weight")
    }

    @Test func statsCountEverythingAndGiveDateRanges() throws {
        let json = get("/v1/stats").json
        let counts = try #require(json["counts"] as? [String: Int])
        #expect(counts["documents"] == 2 && counts["entities"] == 8 && counts["events"] == 3)
        #expect(counts["quotes"] == 2 && counts["figures"] == 2 && counts["mentions"] == 11)
        #expect((json["entities_by_type"] as? [String: Int]) == ["person": 2, "organization": 2, "location": 3, "agreement": 1])
        #expect((json["published"] as? [String: String]) == ["first": "2024-05-05", "last": "2025-10"])
        #expect((json["events"] as? [String: String]) == ["first": "2024", "last": "2025-10"])
        #expect((json["database_bytes"] as? Int ?? 0) > 0)
        #expect(json["schema_version"] as? Int == ArchiveDatabase.schemaVersion)
    }

    // MARK: Search with entities

    @Test func searchFacetsCountEntitiesInMatchingParagraphsAndFilterByEntity() throws {
        let json = get("/v1/search?q=lavrov").json
        #expect(json["total"] as? Int == 3)
        let facets = try #require(json["facets"] as? [String: Any])
        let entities = try #require(facets["entities"] as? [[String: Any]])
        #expect(entities.first?["name"] as? String == "Sergey Lavrov" && entities.first?["hits"] as? Int == 3)
        #expect(facets["entity_hits"] as? Int == 3)
        let years = try #require(facets["years"] as? [[String: Any]])
        #expect(years.compactMap { $0["year"] as? Int } == [2024, 2025])
        let onlyVientiane = try data("/v1/search?q=lavrov&entity=\(fixture.entityIDs["Vientiane"]!)")
        #expect(onlyVientiane.count == 2)  // both Lavrov paragraphs of the document mentioning Vientiane
        let cyrillic = try data("/v1/search?q=%D0%BB%D0%B0%D0%B2%D1%80%D0%BE%D0%B2")  // лавров, case-folded by unicode61
        #expect(cyrillic.count == 1)
        #expect((cyrillic.first?["snippet"] as? String)?.contains("<mark>Лавров</mark>") == true)
        #expect(try data("/v1/documents?entity=\(jakarta)").compactMap { $0["id"] as? Int } == [fixture.documentIDs[0]])
    }
}
