import Foundation
import ScenarioKit

/// What the judge learns from the trainer's example phrases: a nearest-neighbour vote over
/// TF-IDF vectors. Chosen over a trained linear classifier because a few hundred examples per
/// language are too few to fit weights reliably, because adding an example takes effect at once
/// with no training step, and because the nearest example is itself the explanation a trainer
/// can read ("closest to: 'скину КП на почту'").
struct ExampleModel: Sendable {
    struct Example: Sendable {
        var text: String
        var acts: Set<ActID>
    }

    /// An act's share of the neighbours' similarity, and the closest neighbour that carries it.
    struct Vote: Sendable {
        var score: Double
        var nearest: String
        var similarity: Double
    }

    /// Neighbours that vote.
    static let neighbours = 7
    /// Below this similarity nothing in the examples resembles the answer.
    static let minimumSimilarity: Float = 0.12

    private let extractor: FeatureExtractor
    private let analyzer: Analyzer
    private let examples: [Example]
    private let featureIDs: [String: Int]
    private let inverseDocumentFrequency: [Float]
    /// For each feature, the examples that have it and with what weight.
    private let postings: [[(example: Int32, weight: Float)]]

    init(examples: [Example], analyzer: Analyzer) {
        let extractor = FeatureExtractor(language: analyzer.language)
        self.examples = examples
        self.analyzer = analyzer
        self.extractor = extractor
        let raw = examples.map { extractor.features(analyzer.tokens($0.text)) }
        var ids: [String: Int] = [:]
        var documentFrequency: [Int] = []
        for features in raw {
            for feature in features.keys.sorted() {
                if let id = ids[feature] { documentFrequency[id] += 1 } else {
                    ids[feature] = documentFrequency.count
                    documentFrequency.append(1)
                }
            }
        }
        let count = Float(max(1, examples.count))
        let idf = documentFrequency.map { logf((count + 1) / Float($0 + 1)) + 1 }
        var postings = [[(example: Int32, weight: Float)]](repeating: [], count: idf.count)
        for (index, features) in raw.enumerated() {
            let vector = Self.weighted(features, ids: ids, idf: idf)
            for (id, weight) in vector { postings[id].append((Int32(index), weight)) }
        }
        featureIDs = ids
        inverseDocumentFrequency = idf
        self.postings = postings
    }

    var isEmpty: Bool { examples.isEmpty }

    /// Votes per act among the nearest examples; empty when nothing is similar enough.
    /// `excluding` leaves out examples with that exact text (leave-one-out checks of a rulebook).
    func votes(_ tokens: [Token], excluding: String? = nil) -> [ActID: Vote] {
        guard !examples.isEmpty else { return [:] }
        let query = Self.weighted(extractor.features(tokens), ids: featureIDs, idf: inverseDocumentFrequency)
        guard !query.isEmpty else { return [:] }
        var similarity = [Float](repeating: 0, count: examples.count)
        for (id, weight) in query {
            for posting in postings[id] { similarity[Int(posting.example)] += weight * posting.weight }
        }
        var best: [(index: Int, similarity: Float)] = []
        for (index, value) in similarity.enumerated() where value >= Self.minimumSimilarity {
            if let excluding, examples[index].text == excluding { continue }
            if best.count < Self.neighbours {
                best.append((index, value))
                best.sort { $0.similarity > $1.similarity }
            } else if value > best[best.count - 1].similarity {
                best[best.count - 1] = (index, value)
                best.sort { $0.similarity > $1.similarity }
            }
        }
        let total = best.reduce(Float(0)) { $0 + $1.similarity }
        guard total > 0 else { return [:] }
        var votes: [ActID: Vote] = [:]
        for neighbour in best {
            for act in examples[neighbour.index].acts {
                if var vote = votes[act] {
                    vote.score += Double(neighbour.similarity / total)
                    votes[act] = vote
                } else {
                    votes[act] = Vote(score: Double(neighbour.similarity / total), nearest: examples[neighbour.index].text,
                                      similarity: Double(neighbour.similarity))
                }
            }
        }
        return votes
    }

    /// TF-IDF weights of known features, scaled to unit length. Weights are summed in feature-id
    /// order (ids are given in sorted order when the model is built) so the floating-point sums,
    /// and so every verdict, are the same in every process.
    private static func weighted(_ features: [String: Float], ids: [String: Int], idf: [Float]) -> [(Int, Float)] {
        var vector: [(Int, Float)] = []
        vector.reserveCapacity(features.count)
        for (feature, count) in features {
            guard let id = ids[feature] else { continue }
            vector.append((id, (1 + logf(max(count, 1))) * idf[id] * min(count, 1)))
        }
        vector.sort { $0.0 < $1.0 }
        let norm = vector.reduce(Float(0)) { $0 + $1.1 * $1.1 }
        guard norm > 0 else { return [] }
        let scale = 1 / norm.squareRoot()
        return vector.map { ($0.0, $0.1 * scale) }
    }
}
