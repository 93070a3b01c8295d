import Foundation
import ScenarioKit

/// One logistic regression per act over the example phrases' TF-IDF vectors: it learns which
/// words and word pairs speak for an act and which against it, so it generalises vocabulary
/// the patterns never listed. Trained when the rulebook loads (about a tenth of a second for
/// two thousand examples; front ends cache the result), deterministically: a fixed example
/// order and no randomness.
struct ActClassifier: Sendable {
    static let epochs = 30
    static let learningRate: Float = 0.8
    static let regularisation: Float = 1e-4
    /// Positives are rarer than negatives for every act; weighting them keeps recall up.
    static let maximumPositiveWeight: Float = 8

    let acts: [ActID]
    /// weights[act][feature]
    let weights: [[Float]]
    let biases: [Float]

    /// A classifier restored as it was trained.
    init(acts: [ActID], weights: [[Float]], biases: [Float]) {
        self.acts = acts
        self.weights = weights
        self.biases = biases
    }

    init(acts: [ActID], labels: [Set<ActID>], vectors: [FeatureSpace.Vector], featureCount: Int) {
        self.acts = acts
        var weights = [[Float]](repeating: [Float](repeating: 0, count: featureCount), count: acts.count)
        var biases = [Float](repeating: 0, count: acts.count)
        for (actIndex, act) in acts.enumerated() {
            let targets: [Float] = labels.map { $0.contains(act) ? 1 : 0 }
            let positives = Int(targets.reduce(0, +))
            guard positives > 0 else {
                biases[actIndex] = -10
                continue
            }
            let positiveWeight = min(Self.maximumPositiveWeight, Float(labels.count - positives) / Float(positives))
            var b: Float = 0
            weights[actIndex].withUnsafeMutableBufferPointer { w in
                for epoch in 0..<Self.epochs {
                    let rate = Self.learningRate / (1 + Float(epoch) * 0.5)
                    for (index, vector) in vectors.enumerated() {
                        let target = targets[index]
                        var z = b
                        for (id, value) in vector { z += w[id] * value }
                        let gradient = (Self.sigmoid(z) - target) * (target == 1 ? positiveWeight : 1)
                        for (id, value) in vector {
                            w[id] -= rate * (gradient * value + Self.regularisation * w[id])
                        }
                        b -= rate * gradient
                    }
                }
            }
            biases[actIndex] = b
        }
        self.weights = weights
        self.biases = biases
    }

    /// The probability of each act for an answer's vector.
    func probabilities(_ vector: FeatureSpace.Vector) -> [ActID: Double] {
        var result: [ActID: Double] = [:]
        for (index, act) in acts.enumerated() {
            var z = biases[index]
            for (id, value) in vector { z += weights[index][id] * value }
            result[act] = Double(Self.sigmoid(z))
        }
        return result
    }

    private static func sigmoid(_ z: Float) -> Float { 1 / (1 + expf(-z)) }
}
