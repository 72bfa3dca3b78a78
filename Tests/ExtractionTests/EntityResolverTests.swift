import Testing
@testable import Extraction

struct EntityResolverTests {
    let candidates = [
        EntityCandidate(type: .person, name: "Sergey Lavrov", aliases: ["Sergey Lavrov", "Lavrov"]),
        EntityCandidate(type: .person, name: "S.V. Lavrov", aliases: ["S.V. Lavrov"]),
        EntityCandidate(type: .person, name: "Lavrov", aliases: []),
        EntityCandidate(type: .organization, name: "ASEAN", aliases: ["Association of Southeast Asian Nations"]),
        EntityCandidate(type: .organization, name: "Association of Southeast Asian Nations", aliases: ["ASEAN"]),
        EntityCandidate(type: .organization, name: "Asean", aliases: []),
        EntityCandidate(type: .location, name: "Russia", aliases: ["Russian Federation"]),
        EntityCandidate(type: .person, name: "Alexander Ivanov", aliases: ["Ivanov"]),
        EntityCandidate(type: .person, name: "Sergey Ivanov", aliases: []),
        EntityCandidate(type: .person, name: "Ivanov", aliases: []),
    ]

    @Test func groupsByNormalisedNameAndShortForm() {
        let resolved = EntityResolver.resolve(candidates)
        let lavrov = resolved.first { $0.name == "Sergey Lavrov" }
        #expect(lavrov?.memberIndices == [0, 1, 2])
        #expect(resolved.first { $0.type == .organization }?.memberIndices == [3, 4, 5])
        #expect(resolved.first { $0.type == .organization }?.name == "Association of Southeast Asian Nations")
    }

    @Test func ambiguousShortFormStaysApart() {
        let resolved = EntityResolver.resolve(candidates)
        // "Alexander Ivanov" carries the alias "Ivanov", so the lone "Ivanov" joins it by alias, not by guess.
        #expect(resolved.first { $0.name == "Alexander Ivanov" }?.memberIndices == [7, 9])
        #expect(resolved.first { $0.name == "Sergey Ivanov" }?.memberIndices == [8])
        let withoutAlias = [EntityCandidate(type: .person, name: "Alexander Ivanov", aliases: []),
                            EntityCandidate(type: .person, name: "Sergey Ivanov", aliases: []),
                            EntityCandidate(type: .person, name: "Ivanov", aliases: [])]
        #expect(EntityResolver.resolve(withoutAlias).count == 3)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func orderDoesNotMatter(seed: UInt64) {
        var generator = SplitMix(seed: seed)
        let order = Array(candidates.indices).shuffled(using: &generator)
        let shuffled = order.map { candidates[$0] }
        let expected = EntityResolver.resolve(candidates)
        // Map member indices back to the original positions before comparing.
        let actual = EntityResolver.resolve(shuffled).map {
            ResolvedEntity(type: $0.type, name: $0.name, aliases: $0.aliases, memberIndices: $0.memberIndices.map { order[$0] }.sorted())
        }
        #expect(actual == expected)
    }
}

struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

struct EntityResolverNamingTests {
    @Test func organisationsTakeTheirMostUsedName() {
        let candidates = [
            EntityCandidate(type: .organization, name: "ASEAN", aliases: ["Association of Southeast Asian Nations"]),
            EntityCandidate(type: .organization, name: "ASEAN", aliases: []),
            EntityCandidate(type: .organization, name: "Association of Southeast Asian Nations", aliases: ["ASEAN"]),
        ]
        #expect(EntityResolver.resolve(candidates).map(\.name) == ["ASEAN"])
        #expect(EntityResolver.resolve(candidates.reversed()).map(\.name) == ["ASEAN"])
    }

    @Test func emptyInputAndEmptyNames() {
        #expect(EntityResolver.resolve([]).isEmpty)
        #expect(EntityResolver.resolve([EntityCandidate(type: .person, name: "", aliases: [])]).count == 1)
    }
}
