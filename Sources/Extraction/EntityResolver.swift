/// One document's entity, as the store hands it to `EntityResolver`.
public struct EntityCandidate: Sendable, Hashable {
    public var type: EntityType
    public var name: String
    public var aliases: [String]
    public init(type: EntityType, name: String, aliases: [String]) { self.type = type; self.name = name; self.aliases = aliases }
}

/// A corpus-wide entity: the candidates (by index into the input) that name the same thing.
public struct ResolvedEntity: Sendable, Hashable {
    public var type: EntityType
    public var name: String
    /// Every name and alias of the members, sorted.
    public var aliases: [String]
    /// Indexes into the input, ascending.
    public var memberIndices: [Int]
    public init(type: EntityType, name: String, aliases: [String], memberIndices: [Int]) {
        self.type = type; self.name = name; self.aliases = aliases; self.memberIndices = memberIndices
    }
}

/// Groups per-document entities into corpus-wide ones. Candidates of one type that share a normalised
/// name or alias are one entity; then a person known only by a short form ("Lavrov", "S.V. Lavrov")
/// joins the one fuller person it fits ("Sergey Lavrov"), and stays apart when several fit.
/// The result does not depend on the order of the input or on the process: groups are connected
/// components, short forms only ever join groups formed before any joining, and names (by use count,
/// then fullness, then spelling) and output order are chosen by total orders on UTF-8 bytes. String
/// `==` and `<` are not used to pick: they treat canonically equivalent spellings ("Café" precomposed
/// and "Cafe\u{301}") as one, so which bytes won would depend on input order, while the store keys
/// entities by the exact bytes of their name.
public enum EntityResolver {
    public static func resolve(_ candidates: [EntityCandidate]) -> [ResolvedEntity] {
        var sets = UnionFind(count: candidates.count)
        func find(_ x: Int) -> Int { sets.find(x) }
        func union(_ a: Int, _ b: Int) { sets.union(a, b) }
        var owner: [String: Int] = [:]
        for (index, candidate) in candidates.enumerated() {
            for name in [candidate.name] + candidate.aliases {
                let key = Normalizer.key(name)
                guard !key.isEmpty else { continue }
                let typed = candidate.type.rawValue + "|" + key
                if let other = owner[typed] { union(other, index) } else { owner[typed] = index }
            }
        }
        // Person groups before any short-form joining.
        var groups: [Int: [Int]] = [:]
        for index in candidates.indices { groups[find(index), default: []].append(index) }
        func words(_ name: String) -> [String] { Normalizer.key(name).split(separator: " ").map(String.init) }
        var fullBySurname: [String: Set<Int>] = [:]     // surname → roots of groups with a full name
        var shortForms: [(root: Int, surname: String, initial: String?)] = []
        for (root, members) in groups where candidates[root].type == .person {
            let names = members.flatMap { [candidates[$0].name] + candidates[$0].aliases }
            let split = names.map(words)
            if split.contains(where: { $0.filter { $0.count > 1 }.count >= 2 }) {
                for w in split where w.filter({ $0.count > 1 }).count >= 2 { fullBySurname[w.last!, default: []].insert(root) }
            } else if let w = split.min(by: { $0.count != $1.count ? $0.count > $1.count : bytesPrecede($0, $1) }),
                      let surname = w.last {
                shortForms.append((root, surname, w.first(where: { $0.count == 1 })))
            }
        }
        var joins: [(Int, Int)] = []
        for short in shortForms {
            var fits = fullBySurname[short.surname] ?? []
            if let initial = short.initial {
                fits = fits.filter { root in
                    groups[root]!.contains { m in ([candidates[m].name] + candidates[m].aliases).contains { words($0).first?.hasPrefix(initial) == true } }
                }
            }
            if fits.count == 1 { joins.append((short.root, fits.first!)) }
        }
        for (a, b) in joins { union(a, b) }

        var final: [Int: [Int]] = [:]
        for index in candidates.indices { final[find(index), default: []].append(index) }
        var result: [ResolvedEntity] = []
        for members in final.values {
            // Spellings that differ in bytes stay apart, even when canonically equivalent.
            var seen = Set<[UInt8]>()
            let names = members.flatMap { [candidates[$0].name] + candidates[$0].aliases }
                .filter { !$0.isEmpty && seen.insert(Array($0.utf8)).inserted }
                .sorted(by: bytesPrecede)
            // People get their fullest name ("Sergey Lavrov"); other entities the name their documents use
            // most ("ASEAN", counted over canonically equivalent spellings together); ties go to the
            // fullest, then the precomposed spelling (fewer scalars), then the first in UTF-8 byte order.
            var uses: [String: Int] = [:]
            if candidates[members[0]].type != .person { for m in members { uses[candidates[m].name, default: 0] += 1 } }
            let name = names.min { a, b in
                if uses[a, default: 0] != uses[b, default: 0] { return uses[a, default: 0] > uses[b, default: 0] }
                let wa = words(a).filter { $0.count > 1 }.count, wb = words(b).filter { $0.count > 1 }.count
                if wa != wb { return wa > wb }
                if a.count != b.count { return a.count > b.count }
                let sa = a.unicodeScalars.count, sb = b.unicodeScalars.count
                if sa != sb { return sa < sb }
                return bytesPrecede(a, b)
            } ?? candidates[members[0]].name
            result.append(ResolvedEntity(type: candidates[members[0]].type, name: name, aliases: names,
                                         memberIndices: members.sorted()))
        }
        // Groups of one type that tie here are byte-identical apart from their members: equal names have equal
        // keys and so share a group, except names whose key is empty ("—"), which are never grouped.
        return result.sorted { a, b in
            if a.type != b.type { return bytesPrecede(a.type.rawValue, b.type.rawValue) }
            if a.name.utf8.elementsEqual(b.name.utf8) { return a.aliases.lexicographicallyPrecedes(b.aliases, by: bytesPrecede) }
            return bytesPrecede(a.name, b.name)
        }
    }
}

/// UTF-8 byte order: a total order on spellings, unlike String `<`, for which canonically equivalent
/// strings are neither less nor greater. For strings in NFC it agrees with String `<` (code point order).
private func bytesPrecede(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

/// Word lists by their joined bytes, then word by word: ["ab", "c"] before ["a", "bc"] is decided too.
private func bytesPrecede(_ a: [String], _ b: [String]) -> Bool {
    let ja = a.joined(), jb = b.joined()
    if !ja.utf8.elementsEqual(jb.utf8) { return bytesPrecede(ja, jb) }
    return a.lexicographicallyPrecedes(b, by: bytesPrecede)
}
