/// Reads `endings:` — how the call can end, won or lost.
struct EndingReading {
    static let keys = ["outcome", "say", "coach", "points", "milestone", "set", "add"]
    let read: NodeReading

    func readEndings(_ node: YAMLNode) -> [Ending] {
        guard case .mapping(let entries) = node.kind else {
            read.sink.error("endings must be a mapping of ending names to endings, found \(node.kindName)", at: node.location)
            return []
        }
        if entries.isEmpty { read.sink.error("endings is empty; a call needs at least one way to end", at: node.location) }
        return entries.compactMap { entry in
            let what = "ending '\(entry.key)'"
            guard let fields = read.mapping(entry.value, what, keys: Self.keys, required: ["outcome", "say"]) else { return nil }
            var outcome = Outcome.loss
            if let node = fields["outcome"], let value = read.choice(node, "outcome", as: Outcome.self) {
                if value == .abandoned { read.sink.error("outcome must be win or loss; 'abandoned' is set when a trainee leaves", at: node.location) }
                outcome = value
            }
            return Ending(
                id: entry.key, location: entry.keyLocation, outcome: outcome,
                say: fields["say"].map { read.variants($0, "line") } ?? [],
                coach: fields["coach"].flatMap { read.text($0, "coach") },
                points: fields["points"].flatMap(read.points) ?? 0,
                effects: read.effects(fields))
        }
    }
}
