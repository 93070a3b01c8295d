import ScenarioKit

/// The nearest of the trainer's example phrases: a similarity-weighted vote among the closest
/// examples. It explains a verdict in the trainer's own words ("closest to: 'скину КП на
/// почту'") and adds the evidence of a whole similar answer to the classifier's word weights.
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
    /// Features carried by more than this share of the examples (the stems of a scenario line
    /// that hundreds of examples answer, the trigrams of "the") are left out of the comparison:
    /// their weight is small, and adding them up was a third of the time spent judging. 0.1
    /// cross-validated within 0.001 micro-F1 of keeping them all, at 16% fewer instructions.
    /// A small set of examples keeps every feature: there, "ok" is common and still telling.
    static let commonShare = 0.1
    static let commonAtLeast = 200

    let examples: [Example]
    /// The acts votes are given for, in the classifier's order, and each example's acts as
    /// positions in it: counting votes by position hashes no act names.
    let acts: [ActID]
    private let labels: [[Int]]
    /// For each feature, the examples that have it and with what weight, stored flat: the
    /// postings of feature `f` are `postingExamples[postingStarts[f]..<postingStarts[f + 1]]`.
    let postingStarts: [Int32]
    let postingExamples: [Int32]
    let postingWeights: [Float]

    init(examples: [Example], acts: [ActID], vectors: [FeatureSpace.Vector], featureCount: Int) {
        var counts = [Int32](repeating: 0, count: featureCount + 1)
        for vector in vectors { for (id, _) in vector { counts[id + 1] += 1 } }
        let common = Int32(max(Double(vectors.count) * Self.commonShare, Double(Self.commonAtLeast)))
        counts = counts.map { $0 > common ? 0 : $0 }
        let kept = counts
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var next = counts
        var exampleIndices = [Int32](repeating: 0, count: Int(counts[featureCount]))
        var weights = [Float](repeating: 0, count: Int(counts[featureCount]))
        for (index, vector) in vectors.enumerated() {
            for (id, weight) in vector where kept[id + 1] > 0 {
                exampleIndices[Int(next[id])] = Int32(index)
                weights[Int(next[id])] = weight
                next[id] += 1
            }
        }
        self.init(examples: examples, acts: acts, postingStarts: counts, postingExamples: exampleIndices, postingWeights: weights)
    }

    /// A model restored as it was built.
    init(examples: [Example], acts: [ActID], postingStarts: [Int32], postingExamples: [Int32], postingWeights: [Float]) {
        self.examples = examples
        self.acts = acts
        let positions = Dictionary(acts.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        labels = examples.map { example in example.acts.compactMap { positions[$0] }.sorted() }
        self.postingStarts = postingStarts
        self.postingExamples = postingExamples
        self.postingWeights = postingWeights
    }

    /// Votes per act (in the order of `acts`) among the nearest examples; empty when nothing
    /// is similar enough.
    func votes(_ query: FeatureSpace.Vector) -> [Vote?] {
        guard !examples.isEmpty, !query.isEmpty else { return [] }
        var similarity = [Float](repeating: 0, count: examples.count)
        similarity.withUnsafeMutableBufferPointer { similarity in
            postingExamples.withUnsafeBufferPointer { targets in
                postingWeights.withUnsafeBufferPointer { weights in
                    for (id, weight) in query {
                        for posting in Int(postingStarts[id])..<Int(postingStarts[id + 1]) {
                            similarity[Int(targets[posting])] += weight * weights[posting]
                        }
                    }
                }
            }
        }
        var best: [(index: Int, similarity: Float)] = []
        best.reserveCapacity(Self.neighbours + 1)
        for (index, value) in similarity.enumerated() where value >= Self.minimumSimilarity {
            guard best.count < Self.neighbours || value > best[best.count - 1].similarity else { continue }
            let position = best.firstIndex { $0.similarity < value } ?? best.count
            best.insert((index, value), at: position)
            if best.count > Self.neighbours { best.removeLast() }
        }
        let total = best.reduce(Float(0)) { $0 + $1.similarity }
        guard total > 0 else { return [] }
        var votes = [Vote?](repeating: nil, count: acts.count)
        for neighbour in best {
            for act in labels[neighbour.index] {
                if votes[act] != nil {
                    votes[act]!.score += Double(neighbour.similarity / total)
                } else {
                    votes[act] = Vote(score: Double(neighbour.similarity / total), nearest: examples[neighbour.index].text,
                                      similarity: Double(neighbour.similarity))
                }
            }
        }
        return votes
    }
}
