/// Reads `tests:` — the trainer's scripted plays of the scenario: bare `answers`, or `turns`
/// that say what each answer must lead to, and `expect` for the end of the call.
struct TestReading {
    static let testKeys = ["name", "answers", "turns", "seed", "expect"]
    static let expectKeys = ["ending", "outcome", "score", "violates", "clean", "milestones", "state"]
    static let turnKeys = ["answer", "expect"]
    static let turnExpectKeys = ["line", "acts", "reply", "unclear", "state", "points", "at", "rules"]
    let read: NodeReading

    func readTests(_ node: YAMLNode) -> [ScenarioTest] {
        read.list(node).enumerated().compactMap { index, item in
            guard let fields = read.mapping(item, "test", keys: Self.testKeys, required: ["expect"]) else { return nil }
            let name = fields["name"].flatMap { read.text($0, "name") } ?? "test \(index + 1)"
            var answers: [String] = []
            var turns: [TurnExpectation] = []
            switch (fields["answers"], fields["turns"]) {
            case (let node?, nil):
                answers = read.list(node).compactMap { read.text($0, "answer", allowEmpty: true) }
            case (nil, let node?):
                for turn in read.list(node) {
                    guard let (answer, expectation) = readTurn(turn) else { continue }
                    answers.append(answer)
                    turns.append(expectation)
                }
            case (_?, _?):
                read.sink.error("test '\(name)' has both 'answers' and 'turns'; keep one", at: item.location)
            case (nil, nil):
                read.sink.error("test '\(name)' is missing 'answers' or 'turns'", at: item.location)
            }
            var seed: UInt64 = 1
            if let node = fields["seed"], let value = read.integer(node, "seed") {
                if value >= 0 { seed = UInt64(value) } else { read.sink.error("seed must not be negative", at: node.location) }
            }
            let expect = fields["expect"].map(readExpectation) ?? Expectation(violates: [], milestones: [])
            return ScenarioTest(name: name, location: item.location, answers: answers, turns: turns, seed: seed, expect: expect)
        }
    }

    /// A turn is an answer alone, or `{answer, expect}`.
    private func readTurn(_ node: YAMLNode) -> (String, TurnExpectation)? {
        var expectation = TurnExpectation(location: node.location, state: [:], rules: [])
        if case .scalar = node.kind {
            return read.text(node, "answer", allowEmpty: true).map { ($0, expectation) }
        }
        guard let fields = read.mapping(node, "turn", keys: Self.turnKeys, required: ["answer"]),
              let answer = fields["answer"].flatMap({ read.text($0, "answer", allowEmpty: true) }) else { return nil }
        guard let expectNode = fields["expect"], let expect = read.mapping(expectNode, "turn expect", keys: Self.turnExpectKeys) else {
            return (answer, expectation)
        }
        expectation.line = located(expect["line"], "line")
        expectation.acts = expect["acts"].map { read.acts($0) }
        expectation.reply = located(expect["reply"], "reply")
        expectation.unclear = expect["unclear"].flatMap { read.bool($0, "unclear") }
        expectation.state = expect["state"].map(readState) ?? [:]
        expectation.points = expect["points"].flatMap(read.points)
        expectation.at = located(expect["at"], "at")
        expectation.rules = expect["rules"].map { read.texts($0, "rule") } ?? []
        return (answer, expectation)
    }

    private func located(_ node: YAMLNode?, _ what: String) -> Located<String>? {
        node.flatMap { node in read.text(node, what).map { Located($0, at: node.location) } }
    }

    /// `state: {mood: 2, asked_budget: true}` — literal values the state must hold.
    private func readState(_ node: YAMLNode) -> [Located<String>: StateValue] {
        guard case .mapping(let entries) = node.kind else {
            read.sink.error("state must be a mapping of names to values (mood: 2)", at: node.location)
            return [:]
        }
        var values: [Located<String>: StateValue] = [:]
        for entry in entries {
            guard case .scalar(let raw, false) = entry.value.kind else {
                read.sink.error("expected value of '\(entry.key)' must be a number or true/false", at: entry.value.location)
                continue
            }
            let value: StateValue? = switch raw.lowercased() {
            case "true": .bool(true)
            case "false": .bool(false)
            default: Int(raw.trimmingWhitespace()).map(StateValue.int)
            }
            guard let value else {
                read.sink.error("expected value of '\(entry.key)' must be a number or true/false, found '\(raw)'", at: entry.value.location)
                continue
            }
            values[Located(entry.key, at: entry.keyLocation)] = value
        }
        return values
    }

    private func readExpectation(_ node: YAMLNode) -> Expectation {
        var expectation = Expectation(violates: [], milestones: [])
        guard let fields = read.mapping(node, "expect", keys: Self.expectKeys) else { return expectation }
        if fields.entries.isEmpty { read.sink.error("expect is empty; say what the test checks", at: node.location) }
        expectation.ending = located(fields["ending"], "ending")
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
        expectation.state = fields["state"].map(readState) ?? [:]
        return expectation
    }
}
