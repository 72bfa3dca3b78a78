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

/// Precomposed (NFC) and decomposed (NFD) spellings of one name are equal as Strings, but the store keys
/// entities by the name's bytes, so the resolver must pick and order them by bytes, whatever the input order.
struct EntityResolverSpellingTests {
    let nfc = "Caf\u{E9} Pushkin"            // é as one scalar
    let nfd = "Cafe\u{301} Pushkin"          // e + combining acute accent
    var candidates: [EntityCandidate] {
        [EntityCandidate(type: .organization, name: nfd, aliases: []),
         EntityCandidate(type: .organization, name: nfc, aliases: [nfd]),
         EntityCandidate(type: .organization, name: "Cafe Pushkin", aliases: []),
         EntityCandidate(type: .person, name: "Nguy\u{1EC5}n Ph\u{FA} Tr\u{1ECD}ng", aliases: []),
         EntityCandidate(type: .person, name: "Nguye\u{302}\u{303}n Phu\u{301} Tro\u{323}ng", aliases: ["Tro\u{323}ng"])]
    }

    /// Every byte the store would see: type, name and aliases of each entity, in order.
    func bytes(_ resolved: [ResolvedEntity]) -> [[[UInt8]]] {
        resolved.map { [Array($0.type.rawValue.utf8), Array($0.name.utf8)] + $0.aliases.map { Array($0.utf8) } }
    }

    @Test func keepsEverySpellingAndPicksByBytes() {
        #expect(nfc == nfd)   // the premise: String equality cannot tell them apart
        let resolved = EntityResolver.resolve(candidates)
        #expect(resolved.map(\.memberIndices) == [[0, 1, 2], [3, 4]])
        // The accented spellings are used twice (counted together), "Cafe Pushkin" once; of the two accented
        // spellings, equal in characters, the precomposed one, which has fewer scalars.
        #expect(Array(resolved[0].name.utf8) == Array(nfc.utf8))
        // Aliases in UTF-8 byte order: "Cafe Pushkin" < "Cafe\u{301}…" (e, then 0xCC) < "Caf\u{E9}…" (0xC3 after f).
        #expect(resolved[0].aliases.map { Array($0.utf8) } == ["Cafe Pushkin", nfd, nfc].map { Array($0.utf8) })
        #expect(Array(resolved[1].name.utf8) == Array("Nguy\u{1EC5}n Ph\u{FA} Tr\u{1ECD}ng".utf8))
        #expect(resolved[1].aliases.map { Array($0.utf8) } == ["Nguye\u{302}\u{303}n Phu\u{301} Tro\u{323}ng", "Nguy\u{1EC5}n Ph\u{FA} Tr\u{1ECD}ng", "Tro\u{323}ng"].map { Array($0.utf8) })
    }

    @Test(arguments: 1...16)
    func shuffledInputGivesTheSameBytes(seed: UInt64) {
        let expected = EntityResolver.resolve(candidates)
        var generator = SplitMix(seed: seed)
        let order = Array(candidates.indices).shuffled(using: &generator)
        let resolved = EntityResolver.resolve(order.map { candidates[$0] })
        #expect(bytes(resolved) == bytes(expected))
        #expect(resolved.map { $0.memberIndices.map { order[$0] }.sorted() } == expected.map(\.memberIndices))
        // Repeated runs over the same order agree too (Set and Dictionary iteration differ between runs and processes).
        #expect(bytes(EntityResolver.resolve(order.map { candidates[$0] })) == bytes(resolved))
    }

    @Test func decomposedCyrillicGetsThePrecomposedKey() {
        let nfc = "\u{421}\u{435}\u{440}\u{433}\u{435}\u{439} \u{41B}\u{451}\u{432}\u{438}\u{43D}"                   // Сергей Лёвин
        let nfd = "\u{421}\u{435}\u{440}\u{433}\u{435}\u{438}\u{306} \u{41B}\u{435}\u{308}\u{432}\u{438}\u{43D}"   // и + breve, е + diaeresis
        #expect(Array(Normalizer.key(nfd).utf8) == Array(Normalizer.key(nfc).utf8))
        let resolved = EntityResolver.resolve([EntityCandidate(type: .person, name: nfd, aliases: []),
                                               EntityCandidate(type: .person, name: nfc, aliases: [])])
        #expect(resolved.map(\.memberIndices) == [[0, 1]])
        #expect(resolved.first.map { Array($0.name.utf8) } == Array(nfc.utf8))
    }

    @Test func usesAreCountedOverEquivalentSpellings() {
        // The accented name is used twice (once in each form), "Cafe Pushkin" once: the accented one wins,
        // in its precomposed form although that form alone has no more uses than the plain one.
        let resolved = EntityResolver.resolve([EntityCandidate(type: .organization, name: "Cafe Pushkin", aliases: []),
                                               EntityCandidate(type: .organization, name: nfd, aliases: []),
                                               EntityCandidate(type: .organization, name: nfc, aliases: ["Cafe Pushkin"])])
        #expect(resolved.count == 1)
        #expect(resolved.first.map { Array($0.name.utf8) } == Array(nfc.utf8))
        // With uses and length equal, byte order decides: "Cafe Pushkin" (0x65 after "Caf") before "Caf\u{E9}…" (0xC3).
        let tied = EntityResolver.resolve([EntityCandidate(type: .organization, name: "Cafe Pushkin", aliases: []),
                                           EntityCandidate(type: .organization, name: nfc, aliases: [])])
        #expect(tied.first.map { Array($0.name.utf8) } == Array("Cafe Pushkin".utf8))
    }
}
