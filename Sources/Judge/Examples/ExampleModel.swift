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

    let examples: [Example]
    /// For each feature, the examples that have it and with what weight.
    let postings: [[(example: Int32, weight: Float)]]

    init(examples: [Example], vectors: [FeatureSpace.Vector], featureCount: Int) {
        var postings = [[(example: Int32, weight: Float)]](repeating: [], count: featureCount)
        for (index, vector) in vectors.enumerated() {
            for (id, weight) in vector { postings[id].append((Int32(index), weight)) }
        }
        self.init(examples: examples, postings: postings)
    }

    /// A model restored as it was built.
    init(examples: [Example], postings: [[(example: Int32, weight: Float)]]) {
        self.examples = examples
        self.postings = postings
    }

    /// Votes per act among the nearest examples; empty when nothing is similar enough.
    func votes(_ query: FeatureSpace.Vector) -> [ActID: Vote] {
        guard !examples.isEmpty, !query.isEmpty else { return [:] }
        var similarity = [Float](repeating: 0, count: examples.count)
        for (id, weight) in query {
            for posting in postings[id] { similarity[Int(posting.example)] += weight * posting.weight }
        }
        var best: [(index: Int, similarity: Float)] = []
        for (index, value) in similarity.enumerated() where value >= Self.minimumSimilarity {
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
}
