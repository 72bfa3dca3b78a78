import HTTP1
import Store

extension ArchiveAPI {
    static let graphDefaultNodes = 100
    static let graphMaximumNodes = 500
    /// Edges are capped too: 500 nodes could otherwise bring 125,000 of them.
    static let graphMaximumEdges = 5_000

    /// GET /v1/graph — the co-occurrence network of the most mentioned entities, ready to draw.
    func graph(_ context: RouteContext) throws -> HTTPResponse {
        let parameters = try Parameters(context.request, allowed: ["type", "min_weight", "limit"])
        let type = try parameters.choice("type", from: Self.entityTypes)
        let minimumWeight = try parameters.integer("min_weight", range: 1...1_000_000) ?? 1
        let limit = try parameters.integer("limit", range: 1...Self.graphMaximumNodes) ?? Self.graphDefaultNodes
        let graph = try pool.withConnection {
            try EntityQueries(connection: $0).graph(type: type, minimumWeight: minimumWeight, nodeLimit: limit,
                                                   edgeLimit: Self.graphMaximumEdges)
        }
        var json = JSONWriter(capacity: 256 + graph.nodes.count * 80 + graph.edges.count * 40)
        json.beginObject()
        json.key("nodes")
        json.beginArray()
        for node in graph.nodes {
            json.beginObject()
            json.field("id", node.id); json.field("name", node.name); json.field("type", node.type); json.field("mentions", node.mentions)
            json.endObject()
        }
        json.endArray()
        json.key("edges")
        json.beginArray()
        for edge in graph.edges {
            json.beginObject()
            json.field("source", edge.source); json.field("target", edge.target); json.field("weight", edge.weight)
            json.endObject()
        }
        json.endArray()
        json.field("truncated", graph.isTruncated)
        json.key("query")
        json.beginObject()
        json.field("type", type)
        json.field("min_weight", minimumWeight)
        json.field("limit", limit)
        json.endObject()
        json.endObject()
        return HTTPResponse.json(json)
    }
}
