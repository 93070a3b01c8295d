import Foundation
import ScenarioKit

/// The TF-IDF space of one language's example phrases: which features exist, how rare each
/// is, and every example as a unit vector. Built once when a judge loads; an answer is turned
/// into a vector of the same space once per answer and shared by both example models.
struct FeatureSpace: Sendable {
    /// A sparse unit vector: (feature id, weight), sorted by id.
    typealias Vector = [(id: Int, weight: Float)]

    let extractor: FeatureExtractor
    /// Every feature, by id.
    let features: [FeatureExtractor.Feature]
    let inverseDocumentFrequency: [Float]
    private let ids: HashIndex

    var featureCount: Int { features.count }

    /// A space restored from its features (by id) and their inverse document frequencies.
    init(language: Language, features: [FeatureExtractor.Feature], inverseDocumentFrequency: [Float]) {
        extractor = FeatureExtractor(language: language)
        self.features = features
        self.inverseDocumentFrequency = inverseDocumentFrequency
        var ids = HashIndex(capacity: features.count)
        for (id, feature) in features.enumerated() { _ = ids.value(for: feature, inserting: id) }
        self.ids = ids
    }

    /// How much the other side's line weighs against the answer itself (0.3 cross-validated
    /// better than 0.5 and 1.0 on the examples).
    static let contextWeight: Float = 0.3

    /// An answer in the space: its own vector (empty when the examples know none of its
    /// features) and that vector with the other side's line added, which both the classifier
    /// and the nearest-example vote read.
    struct Query {
        var answer: Vector
        var withContext: Vector
    }

    /// The space and each text's query in it; `contexts` are the lines the texts reply to.
    static func build(_ texts: [[Token]], contexts: [[Token]], language: Language) -> (FeatureSpace, [Query]) {
        let extractor = FeatureExtractor(language: language)
        let raw = texts.map(extractor.features)
        let rawContexts = zip(contexts, texts).map { extractor.contextFeatures($0, openingLength: FeatureExtractor.openingLength($1)) }
        var ids = HashIndex()
        var ordered: [FeatureExtractor.Feature] = []
        var documentFrequency: [Int] = []
        for features in raw + rawContexts {
            for (feature, _) in features {
                let id = ids.value(for: feature, inserting: documentFrequency.count)
                if id < documentFrequency.count { documentFrequency[id] += 1 } else {
                    ordered.append(feature)
                    documentFrequency.append(1)
                }
            }
        }
        let count = Float(max(1, texts.count))
        let idf = documentFrequency.map { logf((count + 1) / Float($0 + 1)) + 1 }
        let space = FeatureSpace(language: language, features: ordered, inverseDocumentFrequency: idf)
        return (space, zip(raw, rawContexts).map { space.query(answer: $0, context: $1) })
    }

    /// An answer and the line it replies to (empty when unknown).
    func query(_ tokens: [Token], context: [Token]) -> Query {
        query(answer: extractor.features(tokens), context: extractor.contextFeatures(context, openingLength: FeatureExtractor.openingLength(tokens)))
    }

    private func query(answer: [(feature: FeatureExtractor.Feature, count: Float)], context: [(feature: FeatureExtractor.Feature, count: Float)]) -> Query {
        let own = weighted(answer)
        let line = weighted(context)
        guard !line.isEmpty else { return Query(answer: own, withContext: own) }
        var merged = own + line.map { ($0.id, $0.weight * Self.contextWeight) }
        merged.sort { $0.id < $1.id }
        return Query(answer: own, withContext: merged)
    }

    /// TF-IDF weights of known features, scaled to unit length. Weights are summed in feature-id
    /// order (ids follow the examples' own order) so the floating-point sums, and so every
    /// verdict, are the same in every process.
    private func weighted(_ features: [(feature: FeatureExtractor.Feature, count: Float)]) -> Vector {
        var vector: Vector = []
        vector.reserveCapacity(features.count)
        for (feature, count) in features {
            guard let id = ids[feature] else { continue }
            vector.append((id, (1 + logf(max(count, 1))) * inverseDocumentFrequency[id] * min(count, 1)))
        }
        vector.sort { $0.id < $1.id }
        let norm = vector.reduce(Float(0)) { $0 + $1.weight * $1.weight }
        guard norm > 0 else { return [] }
        let scale = 1 / norm.squareRoot()
        return vector.map { ($0.id, $0.weight * scale) }
    }
}
