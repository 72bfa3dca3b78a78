/// A feature of a learned model: the FNV-1a hash of its text ("wL=delegation", "rule=person"), so a model's weights
/// are looked up by a number rather than by hashing and comparing strings.
public typealias Feature = UInt64

/// The features of one item, in the order they were added, each once.
struct FeatureList {
    private(set) var features: [Feature] = []
    private var seen = Set<Feature>()

    static func hash(_ text: String) -> Feature {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    /// Adds `text`'s feature; false when it was already there.
    @discardableResult mutating func append(_ text: String) -> Bool {
        let feature = Self.hash(text)
        guard seen.insert(feature).inserted else { return false }
        features.append(feature)
        return true
    }
}

/// Weights and bias of a logistic model over binary features.
public struct LinearModel: Sendable {
    public var bias: Double
    public var weights: [Feature: Double]
    public init(bias: Double, weights: [Feature: Double]) { self.bias = bias; self.weights = weights }
    /// A model from a table of "hash<TAB>weight" lines, the hash in hexadecimal (how the generated weight files store
    /// it: a string literal compiles in a moment where a dictionary literal of thousands of entries does not).
    public init(bias: Double, table: String) {
        var weights: [Feature: Double] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let feature = Feature(fields[0], radix: 16), let weight = Double(fields[1]) else { continue }
            weights[feature] = weight
        }
        self.init(bias: bias, weights: weights)
    }
    /// The log-odds for a set of features.
    public func score(_ features: [Feature]) -> Double {
        var z = bias
        for feature in features { z += weights[feature] ?? 0 }
        return z
    }
}

/// The models shipped with the extractor (nil where none is trained), as `DocumentAnalyzer.analyze(_:)` uses them.
public enum LearnedModels {
    public static var event: EventModel? { EventModelWeights.model }
    public static var entityType: EntityTypeModel? { EntityTypeModelWeights.model }
}
