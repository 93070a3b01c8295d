/// Reads `steps:` — lines, replies and re-asks. Targets are read by name here and resolved
/// against all steps and endings afterwards (`TargetResolution`), since a step may name a
/// step written below it.
struct StepReading {
    static let stepKeys = ["speaker", "say", "replies", "otherwise"]
    static let replyKeys = ["id", "when", "points", "coach", "milestone", "set", "add", "next", "end", "example"]
    static let otherwiseKeys = ["say", "limit", "then", "points", "coach"]

    let read: NodeReading
    let cast: [CastMember]
    let defaultOtherwiseNode: YAMLNode?
    private var defaultOtherwise: Otherwise??

    init(read: NodeReading, cast: [CastMember], defaultOtherwise: YAMLNode?) {
        self.read = read
        self.cast = cast
        self.defaultOtherwiseNode = defaultOtherwise
    }

    mutating func readSteps(_ node: YAMLNode) -> [Step] {
        guard case .mapping(let entries) = node.kind else {
            read.sink.error("steps must be a mapping of step names to steps, found \(node.kindName)", at: node.location)
            return []
        }
        if entries.isEmpty { read.sink.error("steps is empty; a call needs at least one step", at: node.location) }
        return entries.compactMap { readStep($0) }
    }

    private mutating func readStep(_ entry: YAMLNode.Entry) -> Step? {
        let what = "step '\(entry.key)'"
        guard let fields = read.mapping(entry.value, what, keys: Self.stepKeys, required: ["say", "replies"]) else { return nil }
        var speaker = cast.first?.id ?? ""
        if let node = fields["speaker"], let name = read.text(node, "speaker") {
            if cast.contains(where: { $0.id == name }) { speaker = name } else {
                read.sink.error("speaker '\(name)' is not in the cast\(Suggestion.hint(for: name, in: cast.map(\.id)))", at: node.location)
            }
        }
        let say = fields["say"].map { read.variants($0, "line") } ?? []
        if let node = fields["say"], case .sequence(let items) = node.kind, items.isEmpty {
            read.sink.error("\(what) has no line to say", at: node.location)
        }
        var replies: [Reply] = []
        if let node = fields["replies"] {
            let items = read.list(node)
            if items.isEmpty { read.sink.error("\(what) has no replies; list the answers the trainee may give", at: node.location) }
            replies = items.compactMap(readReply)
        }
        let otherwise: Otherwise?
        if let node = fields["otherwise"] {
            otherwise = readOtherwise(node)
        } else {
            otherwise = scenarioOtherwise()
            if otherwise == nil && defaultOtherwiseNode == nil {
                read.sink.error("\(what) has no 'otherwise' and the scenario has no default 'otherwise'; say what happens to an answer that fits no reply", at: entry.keyLocation)
            }
        }
        guard let otherwise else { return nil }
        return Step(id: entry.key, location: entry.keyLocation, speaker: speaker, say: say, replies: replies, otherwise: otherwise)
    }

    private mutating func scenarioOtherwise() -> Otherwise? {
        if let cached = defaultOtherwise { return cached }
        let value = defaultOtherwiseNode.flatMap(readOtherwise)
        defaultOtherwise = .some(value)
        return value
    }

    private func readReply(_ node: YAMLNode) -> Reply? {
        guard let fields = read.mapping(node, "reply", keys: Self.replyKeys) else { return nil }
        guard let target = target(fields, next: "next", end: "end", what: "reply") else { return nil }
        let id: String = fields["id"].flatMap { read.text($0, "reply id") } ?? {
            switch target.value {
            case .step(let name), .ending(let name): name
            }
        }()
        return Reply(
            id: id,
            location: node.location,
            when: fields["when"].map { read.condition($0, forReply: true) } ?? Condition(),
            points: fields["points"].flatMap(read.points) ?? 0,
            coach: fields["coach"].flatMap { read.text($0, "coach") },
            effects: read.effects(fields),
            target: target,
            example: fields["example"].flatMap { read.text($0, "example") })
    }

    private func readOtherwise(_ node: YAMLNode) -> Otherwise? {
        guard let fields = read.mapping(node, "otherwise", keys: Self.otherwiseKeys, required: ["say", "then"]) else { return nil }
        guard let then = target(fields, next: "then", end: nil, what: "otherwise") else { return nil }
        var limit = 2
        if let node = fields["limit"], let value = read.integer(node, "limit") {
            if (0...10).contains(value) { limit = value } else { read.sink.error("limit must be from 0 to 10 re-asks", at: node.location) }
        }
        let say = fields["say"].map { read.variants($0, "line") } ?? []
        return Otherwise(
            say: say, limit: limit, then: then,
            points: fields["points"].flatMap(read.points) ?? 0,
            coach: fields["coach"].flatMap { read.text($0, "coach") },
            location: node.location)
    }

    /// `next:` may name a step or an ending; `end:` only an ending. Resolved later.
    private func target(_ fields: Fields, next: String, end: String?, what: String) -> Located<Target>? {
        let nextNode = fields[next]
        let endNode = end.flatMap { fields[$0] }
        switch (nextNode, endNode) {
        case (let node?, nil):
            return read.text(node, next).map { Located(.step($0), at: node.location) }
        case (nil, let node?):
            return read.text(node, end ?? "end").map { Located(.ending($0), at: node.location) }
        case (_?, let node?):
            read.sink.error("\(what) has both '\(next)' and '\(end ?? "")'; keep one", at: node.location)
            return nil
        case (nil, nil):
            read.sink.error("\(what) is missing '\(next)'\(end.map { " or '\($0)'" } ?? ""): where does the call go?", at: fields.location)
            return nil
        }
    }
}
