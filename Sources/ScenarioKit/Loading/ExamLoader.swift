/// Reads an exam file. The checks that need the library — do the scenarios exist in the
/// exam's language, does their rulebook have the critical rules — are in `check`.
public enum ExamLoader {
    static let keys = ["id", "title", "language", "scenarios", "pool", "draw", "pass-mark", "critical-rules",
                       "time-per-answer", "attempts", "cool-down", "valid-for"]

    /// The exam, or nil when the file has errors.
    public static func load(_ root: YAMLNode, path: String) -> (Exam?, [Diagnostic]) {
        let (exam, diagnostics) = read(root, path: path)
        return (diagnostics.hasErrors ? nil : exam, diagnostics)
    }

    /// As much of the exam as could be read, so `lint` can check its scenarios and rules even
    /// when another field is wrong.
    public static func read(_ root: YAMLNode, path: String) -> (Exam?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let read = NodeReading(sink: sink)
        guard let top = read.mapping(root, "exam", keys: keys, required: ["id", "title", "language", "pass-mark"]) else {
            return (nil, sink.diagnostics)
        }
        let id = top["id"].flatMap { read.text($0, "id") }
        let title = top["title"].flatMap { read.text($0, "title") }
        let language = top["language"].flatMap { read.choice($0, "language", as: Language.self) }
        let (scenarios, draw) = readScenarios(top, read: read, sink: sink)
        let passMark = top["pass-mark"].flatMap { readPassMark($0, read: read, sink: sink, calls: draw ?? scenarios.count) }
        let exam = Exam(
            id: id ?? "", title: title ?? "", language: language ?? .en, file: path, scenarios: scenarios, draw: draw,
            passMark: passMark ?? .init(average: 0, wins: 0),
            criticalRules: top["critical-rules"].map { read.texts($0, "critical rule") } ?? [],
            timePerAnswer: top["time-per-answer"].flatMap { duration($0, "time-per-answer", read: read, sink: sink, positive: true) },
            attempts: top["attempts"].flatMap { positive($0, "attempts", read: read, sink: sink) },
            coolDown: top["cool-down"].flatMap { duration($0, "cool-down", read: read, sink: sink, positive: false) } ?? 0,
            validFor: top["valid-for"].flatMap { duration($0, "valid-for", read: read, sink: sink, positive: true) })
        return (language == nil ? nil : exam, sink.diagnostics)
    }

    /// Every scenario id names a scenario in the exam's language, and every critical rule is a
    /// rule of those scenarios' rulebooks.
    public static func check(_ exam: Exam, library: ScenarioLibrary) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var ruleIDs: Set<String> = []
        let available = library.entries().filter { $0.language == exam.language }
        for reference in exam.scenarios {
            guard let entry = available.first(where: { $0.id == reference.value }) else {
                let hint = Suggestion.hint(for: reference.value, in: available.map(\.id))
                diagnostics.append(Diagnostic(.error, "no scenario '\(reference.value)' in \(exam.language.rawValue) in the library\(hint)", at: reference.location))
                continue
            }
            let name = Located(entry.rulebook, at: reference.location)
            if let rulebook = library.rulebook(named: name, for: entry.file).0 { ruleIDs.formUnion(rulebook.rules.map(\.id)) }
        }
        guard !ruleIDs.isEmpty else { return diagnostics }
        for rule in exam.criticalRules where !ruleIDs.contains(rule.value) {
            diagnostics.append(Diagnostic(.error, "no rule '\(rule.value)' in the exam's rulebooks\(Suggestion.hint(for: rule.value, in: ruleIDs.sorted()))", at: rule.location))
        }
        return diagnostics
    }

    private static func readScenarios(_ top: Fields, read: NodeReading, sink: DiagnosticSink) -> ([Located<String>], Int?) {
        switch (top["scenarios"], top["pool"]) {
        case (let list?, nil):
            if let draw = top["draw"] { sink.error("draw goes with pool, not scenarios (scenarios are all played)", at: draw.location) }
            return (nonEmpty(read.texts(list, "scenario"), at: list, sink: sink), nil)
        case (nil, let pool?):
            let scenarios = nonEmpty(read.texts(pool, "scenario"), at: pool, sink: sink)
            guard let drawNode = top["draw"] else {
                sink.error("a pool needs 'draw: N', how many calls to draw from it", at: pool.location)
                return (scenarios, nil)
            }
            guard let draw = read.integer(drawNode, "draw") else { return (scenarios, nil) }
            if draw < 1 || draw > scenarios.count {
                sink.error("draw must be from 1 to the pool's \(scenarios.count) scenarios, found \(draw)", at: drawNode.location)
            }
            return (scenarios, draw)
        case (_?, let pool?):
            sink.error("write either scenarios (all played) or pool with draw, not both", at: pool.location)
        case (nil, nil):
            sink.error("exam is missing 'scenarios' (or 'pool' with 'draw')", at: top.location)
        }
        return ([], nil)
    }

    private static func nonEmpty(_ scenarios: [Located<String>], at node: YAMLNode, sink: DiagnosticSink) -> [Located<String>] {
        if scenarios.isEmpty { sink.error("no scenarios listed", at: node.location) }
        var seen: Set<String> = []
        for scenario in scenarios where !seen.insert(scenario.value).inserted {
            sink.error("scenario '\(scenario.value)' is listed twice", at: scenario.location)
        }
        return scenarios
    }

    private static func readPassMark(_ node: YAMLNode, read: NodeReading, sink: DiagnosticSink, calls: Int) -> Exam.PassMark? {
        guard let fields = read.mapping(node, "pass-mark", keys: ["average", "wins"], required: ["average"]),
              let averageNode = fields["average"], let average = read.integer(averageNode, "average") else { return nil }
        guard (0...100).contains(average) else {
            sink.error("average must be from 0 to 100, found \(average)", at: averageNode.location)
            return nil
        }
        let wins = fields["wins"].flatMap { read.integer($0, "wins") } ?? 0
        if let winsNode = fields["wins"], wins < 0 || (calls > 0 && wins > calls) {
            sink.error("wins must be from 0 to the \(calls) calls played, found \(wins)", at: winsNode.location)
        }
        return Exam.PassMark(average: average, wins: wins)
    }

    private static func positive(_ node: YAMLNode, _ what: String, read: NodeReading, sink: DiagnosticSink) -> Int? {
        guard let value = read.integer(node, what) else { return nil }
        guard value >= 1 else {
            sink.error("\(what) must be at least 1, found \(value)", at: node.location)
            return nil
        }
        return value
    }

    private static func duration(_ node: YAMLNode, _ what: String, read: NodeReading, sink: DiagnosticSink, positive: Bool) -> Int? {
        guard let text = read.text(node, what) else { return nil }
        guard let seconds = Duration.seconds(text), !positive || seconds > 0 else {
            sink.error("\(what) must be a duration such as 90 (seconds), 90s, 2m, 24h or 365d, found '\(text)'", at: node.location)
            return nil
        }
        return seconds
    }
}
