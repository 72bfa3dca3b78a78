/// A second opinion on entity types: one logistic model per type, trained on the annotated development documents
/// (`extraction-eval --train-entities`), reads an entity's name words, its head and the words around its mentions, and
/// the type the rules gave it. An entity changes type only when another type's score beats the rules' type by the
/// model's margin. The weights are data (`EntityTypeModelWeights.swift`); the features are here.
public struct EntityTypeModel: Sendable {
    /// One model per type, keyed by `EntityType.rawValue`.
    public var models: [String: LinearModel]
    /// Log-odds by which another type must beat the rules' type.
    public var margin: Double
    public init(models: [String: LinearModel], margin: Double) { self.models = models; self.margin = margin }

    /// The rules' types the model may overrule: people and places, which the rules often tell by the shape of a name
    /// alone. (Retyping organisations and agreements lost more than it won in cross-validation.)
    public static let reconsidered: Set<EntityType> = [.person, .location]

    /// The type the model prefers over `current`, or nil to keep it.
    public func retype(_ features: [Feature], current: EntityType) -> EntityType? {
        guard Self.reconsidered.contains(current) else { return nil }
        let own = models[current.rawValue]?.score(features) ?? 0
        var best: (type: EntityType, score: Double)? = nil
        for type in EntityType.allCases where type != current {
            guard let score = models[type.rawValue]?.score(features), score > own + margin, score > 0 else { continue }
            if best == nil || score > best!.score { best = (type, score) }
        }
        return best?.type
    }

    /// `entities` with the types the model prefers (`features` in entity order, from `EntityTyper.features`).
    public func retyped(_ entities: [EntityInfo], features: [[Feature]]) -> [EntityInfo] {
        var result = entities
        for index in result.indices {
            guard let type = retype(features[index], current: result[index].type) else { continue }
            result[index].type = type
            result[index].subtype = nil
        }
        return result
    }
}

enum EntityTyper {
    /// Features of each entity, in entity order (none for an entity whose type is not in `types`).
    static func features(_ c: AnalysisContext, entities: [EntityInfo], types: Set<EntityType> = Set(EntityType.allCases)) -> [[Feature]] {
        entities.map { entity in
            guard types.contains(entity.type) else { return [] }
            var features = FeatureList()
            features.append("rule=\(entity.type.rawValue)")
            if let subtype = entity.subtype { features.append("sub=\(subtype)") }
            if !entity.roles.isEmpty { features.append("roles") }
            let scalars = entity.name.unicodeScalars
            let words = scalars.split { !$0.properties.isAlphabetic && !("0"..."9").contains($0) }.map { String($0).lowercased() }
            features.append("len=\(min(words.count, 5))")
            if let head = words.last {
                features.append("head=\(head)")
                if head.count > 3 { features.append("suf=\(head.suffix(3))") }
            }
            if let first = words.first {
                features.append("first=\(first)")
                if GivenNames.male.contains(Substring(first)) || GivenNames.female.contains(Substring(first)) { features.append("given") }
            }
            for word in words { features.append("nw=\(word)") }
            let letters = scalars.filter(\.properties.isAlphabetic)
            if !letters.isEmpty, letters.allSatisfy(\.properties.isUppercase) { features.append("caps") }
            if scalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) { features.append("cyrillic") }
            if scalars.contains(where: { ("0"..."9").contains($0) }) { features.append("digit") }
            features.append("mentions=\(min(entity.mentions.count, 4))")
            // The words around the mentions (the first ten).
            for mention in entity.mentions.prefix(10) {
                let first = c.tokenIndex(atOrAfter: mention.span.start)
                let after = c.tokenIndex(atOrAfter: mention.span.end)
                var context: [String] = []
                context.append("L1=" + (first > 0 ? c.lower[first - 1] : "^"))
                context.append("L2=" + (first > 1 ? c.lower[first - 2] : "^"))
                context.append("R1=" + (after < c.count ? c.lower[after] : "$"))
                context.append("R2=" + (after + 1 < c.count ? c.lower[after + 1] : "$"))
                for feature in context { features.append(feature) }
                // A Russian title a few words before ("хирург из Баттамбанга Сок Писет"), a Russian past-tense verb after
                // ("Сок Писет поблагодарил"): the signs of a person in a Russian sentence.
                guard first < c.count, Scalars.isCyrillic(c.text[c.tokens[first].start]) else { continue }
                if (max(0, first - 8)..<first).contains(where: { c.isWord($0) && EntityBuilder.russianTitles.contains(c.lower[$0]) }) {
                    features.append("ruTitle")
                }
                if after < c.count, c.isWord(after), Scalars.isCyrillic(c.text[c.tokens[after].start]),
                   ["л", "ла", "лся", "лась"].contains(where: { c.lower[after].hasSuffix($0) }), c.lower[after].count > 4 {
                    features.append("ruVerbAfter")
                }
            }
            return features.features
        }
    }

}
