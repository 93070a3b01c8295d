/// Reads a file of recorded calls (`scenario:`, `language:`, `calls:` with `name`, `answers`,
/// `ending`, optional `seed`).
public enum CallsLoader {
    static let topKeys = ["scenario", "language", "calls"]
    static let callKeys = ["name", "answers", "ending", "seed"]

    public static func load(_ root: YAMLNode, path: String) -> (RecordedCalls?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let read = NodeReading(sink: sink)
        guard let top = read.mapping(root, "calls file", keys: topKeys, required: ["scenario", "language", "calls"]),
              let scenarioNode = top["scenario"], let scenario = read.text(scenarioNode, "scenario"),
              let language = top["language"].flatMap({ read.choice($0, "language", as: Language.self) }) else {
            return (nil, sink.diagnostics)
        }
        let calls = (top["calls"].map(read.list) ?? []).enumerated().compactMap { index, item -> RecordedCall? in
            guard let fields = read.mapping(item, "call", keys: callKeys, required: ["answers", "ending"]),
                  let endingNode = fields["ending"], let ending = read.text(endingNode, "ending") else { return nil }
            let answers = fields["answers"].map { read.list($0).compactMap { read.text($0, "answer", allowEmpty: true) } } ?? []
            var seed: UInt64 = 1
            if let node = fields["seed"], let value = read.integer(node, "seed") {
                if value >= 0 { seed = UInt64(value) } else { sink.error("seed must not be negative", at: node.location) }
            }
            return RecordedCall(name: fields["name"].flatMap { read.text($0, "name") } ?? "call \(index + 1)", location: item.location,
                                answers: answers, ending: Located(ending, at: endingNode.location), seed: seed)
        }
        if calls.isEmpty { sink.error("calls is empty; write at least one call", at: root.location) }
        let recorded = RecordedCalls(file: path, scenario: Located(scenario, at: scenarioNode.location), language: language, calls: calls)
        return (sink.diagnostics.hasErrors ? nil : recorded, sink.diagnostics)
    }

    /// The checks that need the scenario: every expected ending exists.
    public static func check(_ recorded: RecordedCalls, against scenario: Scenario) -> [Diagnostic] {
        let endings = scenario.endings.map(\.id)
        return recorded.calls.compactMap { call in
            endings.contains(call.ending.value) ? nil
                : Diagnostic(.error, "call '\(call.name)' expects ending '\(call.ending.value)', which scenario '\(scenario.id)' does not have\(Suggestion.hint(for: call.ending.value, in: endings))",
                             at: call.ending.location)
        }
    }
}
