import Foundation
import ScenarioKit

/// One logistic regression per act over the example phrases' TF-IDF vectors: it learns which
/// words and word pairs speak for an act and which against it, so it generalises vocabulary
/// the patterns never listed. Trained when the rulebook loads, deterministically: a fixed
/// example order and no randomness.
///
/// The acts are independent models, but they are trained side by side: the weights are laid
/// out feature by feature (`weights[feature * acts.count + act]`), so one pass over an
/// example's sparse vector updates every act from the same contiguous memory. That is several
/// times faster than a pass per act, and gives the same numbers.
struct ActClassifier: Sendable {
    static let epochs = 30
    static let learningRate: Float = 0.8
    static let regularisation: Float = 1e-4
    /// Positives are rarer than negatives for every act; weighting them keeps recall up.
    static let maximumPositiveWeight: Float = 8

    let acts: [ActID]
    /// Feature-major: the weight of feature `f` for act `a` is `weights[f * acts.count + a]`.
    let weights: [Float]
    let biases: [Float]

    /// A classifier restored as it was trained.
    init(acts: [ActID], weights: [Float], biases: [Float]) {
        self.acts = acts
        self.weights = weights
        self.biases = biases
    }

    init(acts: [ActID], labels: [Set<ActID>], vectors: [FeatureSpace.Vector], featureCount: Int) {
        self.acts = acts
        let width = acts.count
        var weights = [Float](repeating: 0, count: featureCount * width)
        var biases = [Float](repeating: 0, count: width)
        // targets[example * width + act], and the weight a positive example of each act gets.
        var targets = [Float](repeating: 0, count: labels.count * width)
        var positiveWeights = [Float](repeating: 1, count: width)
        var trained = [Bool](repeating: true, count: width)
        for (actIndex, act) in acts.enumerated() {
            var positives = 0
            for (index, label) in labels.enumerated() where label.contains(act) {
                targets[index * width + actIndex] = 1
                positives += 1
            }
            trained[actIndex] = positives > 0
            positiveWeights[actIndex] = positives > 0 ? min(Self.maximumPositiveWeight, Float(labels.count - positives) / Float(positives)) : 1
        }
        var z = [Float](repeating: 0, count: width)
        var step = [Float](repeating: 0, count: width)
        weights.withUnsafeMutableBufferPointer { w in
            for epoch in 0..<Self.epochs {
                let rate = Self.learningRate / (1 + Float(epoch) * 0.5)
                let decay = rate * Self.regularisation
                for (index, vector) in vectors.enumerated() {
                    for act in 0..<width { z[act] = biases[act] }
                    for (id, value) in vector {
                        let row = id * width
                        for act in 0..<width { z[act] += w[row + act] * value }
                    }
                    for act in 0..<width {
                        let target = targets[index * width + act]
                        let gradient = (Self.sigmoid(z[act]) - target) * (target == 1 ? positiveWeights[act] : 1)
                        step[act] = rate * gradient
                        biases[act] -= rate * gradient
                    }
                    for (id, value) in vector {
                        let row = id * width
                        for act in 0..<width { w[row + act] -= step[act] * value + decay * w[row + act] }
                    }
                }
            }
        }
        for act in 0..<width where !trained[act] {
            biases[act] = -10
            for feature in 0..<featureCount { weights[feature * width + act] = 0 }
        }
        self.weights = weights
        self.biases = biases
    }

    /// The probability of each act for an answer's vector, in the order of `acts`.
    func probabilities(_ vector: FeatureSpace.Vector) -> [Double] {
        let width = acts.count
        var z = biases
        weights.withUnsafeBufferPointer { w in
            for (id, value) in vector {
                let row = id * width
                for act in 0..<width { z[act] += w[row + act] * value }
            }
        }
        return z.map { Double(Self.sigmoid($0)) }
    }

    private static func sigmoid(_ z: Float) -> Float { 1 / (1 + expf(-z)) }
}
