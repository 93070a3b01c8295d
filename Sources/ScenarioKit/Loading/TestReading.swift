/// Reads `tests:` — the trainer's scripted plays of the scenario.
struct TestReading {
    static let testKeys = ["name", "answers", "seed", "expect"]
    static let expectKeys = ["ending", "outcome", "score", "violates", "clean", "milestones"]
    let read: NodeReading

    func readTests(_ node: YAMLNode) -> [ScenarioTest] {
        read.list(node).enumerated().compactMap { index, item in
            guard let fields = read.mapping(item, "test", keys: Self.testKeys, required: ["answers", "expect"]) else { return nil }
            let name = fields["name"].flatMap { read.text($0, "name") } ?? "test \(index + 1)"
            let answers = fields["answers"].map { node in read.list(node).compactMap { read.text($0, "answer", allowEmpty: true) } } ?? []
            var seed: UInt64 = 1
            if let node = fields["seed"], let value = read.integer(node, "seed") {
                if value >= 0 { seed = UInt64(value) } else { read.sink.error("seed must not be negative", at: node.location) }
            }
            let expect = fields["expect"].map(readExpectation) ?? Expectation(violates: [], milestones: [])
            return ScenarioTest(name: name, location: item.location, answers: answers, seed: seed, expect: expect)
        }
    }

    private func readExpectation(_ node: YAMLNode) -> Expectation {
        var expectation = Expectation(violates: [], milestones: [])
        guard let fields = read.mapping(node, "expect", keys: Self.expectKeys) else { return expectation }
        if fields.entries.isEmpty { read.sink.error("expect is empty; say what the test checks", at: node.location) }
        expectation.ending = fields["ending"].flatMap { node in read.text(node, "ending").map { Located($0, at: node.location) } }
        expectation.outcome = fields["outcome"].flatMap { read.choice($0, "outcome", as: Outcome.self) }
        if let node = fields["score"], let text = read.text(node, "score") {
            expectation.score = ScoreRange.parse(text)
            if expectation.score == nil {
                read.sink.error("score '\(text)' is not a score or range from 0 to 100; write 90, '>= 80', '<= 20' or '40..60'", at: node.location)
            }
        }
        expectation.violates = fields["violates"].map { read.texts($0, "rule") } ?? []
        expectation.clean = fields["clean"].flatMap { read.bool($0, "clean") }
        expectation.milestones = fields["milestones"].map { read.texts($0, "milestone") } ?? []
        return expectation
    }
}
