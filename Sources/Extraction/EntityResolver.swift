/// One document's view of an entity, as input to corpus-wide resolution.
public struct EntityCandidate: Sendable, Hashable {
    public var type: EntityType
    public var name: String
    public var aliases: [String]
    public init(type: EntityType, name: String, aliases: [String]) { self.type = type; self.name = name; self.aliases = aliases }
}

/// A corpus-wide entity: the candidates (by index) that are the same thing.
public struct ResolvedEntity: Sendable, Hashable {
    public var type: EntityType
    public var name: String
    public var aliases: [String]
    public var memberIndices: [Int]
    public init(type: EntityType, name: String, aliases: [String], memberIndices: [Int]) {
        self.type = type; self.name = name; self.aliases = aliases; self.memberIndices = memberIndices
    }
}

/// Interim resolver: groups candidates of one type with the same case-folded name.
public enum EntityResolver {
    public static func resolve(_ candidates: [EntityCandidate]) -> [ResolvedEntity] {
        var groups: [String: ResolvedEntity] = [:]
        for (index, candidate) in candidates.enumerated() {
            let key = candidate.type.rawValue + "\u{1F}" + candidate.name.lowercased()
            var group = groups[key] ?? ResolvedEntity(type: candidate.type, name: candidate.name, aliases: [], memberIndices: [])
            group.name = min(group.name, candidate.name)
            group.aliases = Array(Set(group.aliases + candidate.aliases + [candidate.name])).sorted()
            group.memberIndices.append(index)
            groups[key] = group
        }
        return groups.values.sorted { ($0.type.rawValue, $0.name) < ($1.type.rawValue, $1.name) }
    }
}
