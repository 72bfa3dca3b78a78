import Extraction
import Foundation

/// One development document as the entity type model sees it.
struct EntityTrainingDocument {
    let set: String
    let analysis: DocumentAnalysis
    let features: [[Feature]]
    let gold: [String: Any]
    let text: String
    /// Per entity: the type of the gold entity sharing a name with it, or nil when none does.
    let labels: [String?]
}

func loadEntityTrainingDocuments(root: String, sets: [String]) -> [EntityTrainingDocument] {
    let parent = root.split(separator: "/").dropLast().joined(separator: "/")
    let base = root.hasPrefix("/") ? "/" + parent : (parent.isEmpty ? "." : parent)
    var documents: [EntityTrainingDocument] = []
    for set in sets {
        let directory = root + "/" + set
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory))?.filter { $0.hasSuffix(".json") }.sorted() ?? []
        for file in files {
            guard let data = FileManager.default.contents(atPath: directory + "/" + file),
                  let gold = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
            let textPath = (gold["source"] as? String).map { base + "/" + $0 } ?? directory + "/" + String(file.dropLast(5)) + ".txt"
            guard let text = readText(textPath) else { continue }
            let (analysis, _, features) = DocumentAnalyzer.analyze(text, eventModel: nil, entityModel: nil)
            let goldEntities = (gold["entities"] as? [[String: Any]] ?? []).map {
                (type: $0["type"] as? String ?? "", names: Set(($0["names"] as? [String] ?? []).map(normalisedText)))
            }
            let labels: [String?] = analysis.entities.map { entity in
                let names = Set(([entity.name] + entity.aliases).map(normalisedText))
                return goldEntities.first { !$0.names.isDisjoint(with: names) }?.type
            }
            documents.append(EntityTrainingDocument(set: set, analysis: analysis, features: features, gold: gold, text: text,
                                                    labels: labels))
        }
    }
    return documents
}

func trainEntityTypeModel(_ documents: [EntityTrainingDocument], margin: Double) -> EntityTypeModel {
    var models: [String: LinearModel] = [:]
    for type in EntityType.allCases {
        var examples: [(features: [Feature], label: Bool)] = []
        for document in documents {
            for (features, label) in zip(document.features, document.labels) { examples.append((features, label == type.rawValue)) }
        }
        models[type.rawValue] = trainLogistic(examples)
    }
    return EntityTypeModel(models: models, margin: margin)
}

func trainEntities(root: String, sets: [String], write: Bool) {
    let documents = loadEntityTrainingDocuments(root: root, sets: sets)
    let margins = [0.5, 1.0, 1.5, 2.0, 3.0]
    var rules: [String: Score] = [:]
    var withModel = Array(repeating: [String: Score](), count: margins.count)
    // Leave one development set out: the model never sees the set it is scored on.
    for held in sets {
        let model = trainEntityTypeModel(documents.filter { $0.set != held }, margin: 0)
        for document in documents where document.set == held {
            for (kind, score) in evaluate(document.analysis, gold: document.gold) { rules[kind, default: Score()] += score }
            for (k, margin) in margins.enumerated() {
                var m = model
                m.margin = margin
                var analysis = document.analysis
                for i in analysis.entities.indices {
                    if let type = m.retype(document.features[i], current: analysis.entities[i].type) {
                        analysis.entities[i].type = type
                        analysis.entities[i].subtype = nil
                    }
                }
                for (kind, score) in evaluate(analysis, gold: document.gold) { withModel[k][kind, default: Score()] += score }
            }
        }
    }
    let kinds = EntityType.allCases.map(\.rawValue)
    print("entities, each development set typed by a model trained on the others (\(documents.count) documents): F1")
    print("".padding(toLength: 22, withPad: " ", startingAt: 0) + kinds.map { $0.prefix(8).padding(toLength: 10, withPad: " ", startingAt: 0) }.joined())
    func line(_ name: String, _ scores: [String: Score]) -> String {
        name.padding(toLength: 22, withPad: " ", startingAt: 0) + kinds.map { String(format: "%.3f     ", scores[$0]?.f1 ?? 0) }.joined()
    }
    print(line("rules only", rules))
    for (k, margin) in margins.enumerated() { print(line("model, margin \(margin)", withModel[k])) }
    guard write else { return }
    func mean(_ scores: [String: Score]) -> Double { kinds.prefix(3).map { scores[$0]?.f1 ?? 0 }.reduce(0, +) }
    let best = margins.indices.max { mean(withModel[$0]) < mean(withModel[$1]) }!
    let model = trainEntityTypeModel(documents, margin: margins[best])
    var out = "// Generated by `extraction-eval --train-entities --write` from the development sets' gold entities: do not edit.\n"
    out += "// \(documents.count) documents; margin \(margins[best]) (log-odds), the best in cross-validation.\n"
    out += "enum EntityTypeModelWeights {\n    static let model: EntityTypeModel? = EntityTypeModel(models: [\n"
    for type in kinds {
        let linear = model.models[type]!
        out += "        \"\(type)\": LinearModel(bias: \(linear.bias), table: " + weightsTable(linear.weights) + "),\n"
    }
    out += "    ], margin: \(margins[best]))\n}\n"
    let path = "Sources/Extraction/EntityTypeModelWeights.swift"
    FileManager.default.createFile(atPath: path, contents: Data(out.utf8))
    print("wrote \(path): margin \(margins[best])")
}

/// Every kind scored on the development sets with both learned models trained leave-one-set-out: the development
/// figures without the models' memory of the set scored (the plain evaluation scores sets the models were trained on).
func crossValidate(root: String, sets: [String]) {
    let eventDocuments = loadEventTrainingDocuments(root: root, sets: sets)
    let entityDocuments = loadEntityTrainingDocuments(root: root, sets: sets)
    let eventThreshold = LearnedModels.event?.threshold ?? 1, entityMargin = LearnedModels.entityType?.margin ?? 2
    var total: [String: Score] = [:]
    for held in sets {
        let events = trainEventModel(eventDocuments.filter { $0.set != held }, threshold: eventThreshold)
        let types = trainEntityTypeModel(entityDocuments.filter { $0.set != held }, margin: entityMargin)
        for document in entityDocuments where document.set == held {
            let analysis = DocumentAnalyzer.analyze(document.text, eventModel: events, entityModel: types).analysis
            for (kind, score) in evaluate(analysis, gold: document.gold) { total[kind, default: Score()] += score }
        }
    }
    printTable("all development documents, each set scored by models trained on the other sets (\(entityDocuments.count) documents)", total)
}
