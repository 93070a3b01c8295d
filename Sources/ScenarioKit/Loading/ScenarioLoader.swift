/// Reads a scenario file into a checked `Scenario`: the file's own shape first, then its
/// references (steps, endings, the rulebook's acts and rules), then the call graph.
public enum ScenarioLoader {
    static let topKeys = ["id", "title", "language", "rulebook", "stage", "role", "process", "difficulty",
                          "brief", "cast", "state", "pass-mark", "start", "steps", "otherwise", "endings", "tests"]
    static let castKeys = ["name", "role", "about"]

    /// Finds the rulebook a scenario names; `nil` with diagnostics when it cannot be used.
    public typealias RulebookLookup = (_ name: Located<String>, _ scenarioFile: String) -> (Rulebook?, [Diagnostic])

    /// The scenario and its rulebook, or nil when an error makes the scenario unplayable.
    public static func load(_ file: SourceFile, rulebooks: RulebookLookup) -> (Scenario?, Rulebook?, [Diagnostic]) {
        switch YAMLParser.parse(file) {
        case .failure(let diagnostic):
            return (nil, nil, [diagnostic])
        case .success(let root):
            return load(root, path: file.path, rulebooks: rulebooks)
        }
    }

    /// The same from a tree already parsed (`lint` and `test` parse once to see what a file is).
    public static func load(_ root: YAMLNode, path: String, rulebooks: RulebookLookup) -> (Scenario?, Rulebook?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let read = NodeReading(sink: sink)
        let required = ["id", "title", "language", "rulebook", "stage", "role", "brief", "cast", "steps", "endings"]
        guard let top = read.mapping(root, "scenario", keys: topKeys, required: required) else {
            return (nil, nil, sink.diagnostics)
        }
        let language = top["language"].flatMap { read.choice($0, "language", as: Language.self) } ?? .en
        let cast = top["cast"].map { readCast($0, read) } ?? []
        let state = top["state"].map { read.stateVariables($0) } ?? []
        var passMark = defaultPassMark
        if let node = top["pass-mark"], let value = read.integer(node, "pass-mark") {
            if (1...100).contains(value) { passMark = value } else { sink.error("pass-mark must be from 1 to 100", at: node.location) }
        }
        var steps = StepReading(read: read, cast: cast, defaultOtherwise: top["otherwise"])
        let rawSteps = top["steps"].map { steps.readSteps($0) } ?? []
        let endings = top["endings"].map { EndingReading(read: read).readEndings($0) } ?? []
        let tests = top["tests"].map { TestReading(read: read).readTests($0) } ?? []

        let stepIDs = rawSteps.map(\.id)
        var startStep = stepIDs.first ?? ""
        if let node = top["start"], let start = read.text(node, "start") {
            if stepIDs.contains(start) { startStep = start } else {
                sink.error("start '\(start)' names no step\(Suggestion.hint(for: start, in: stepIDs))", at: node.location)
            }
        }
        let resolved = TargetResolution(sink: sink, steps: rawSteps, endings: endings).resolve()

        let rulebookName = top["rulebook"].flatMap { node in read.text(node, "rulebook").map { Located($0, at: node.location) } }
            ?? Located("", at: root.location)
        var difficulty = 1
        if let node = top["difficulty"], let value = read.integer(node, "difficulty") {
            if (1...5).contains(value) { difficulty = value } else { sink.error("difficulty must be from 1 (easy) to 5 (hard)", at: node.location) }
        }
        let scenario = Scenario(
            id: top["id"].flatMap { read.text($0, "id") } ?? "",
            file: path,
            title: top["title"].flatMap { read.text($0, "title") } ?? "",
            language: language,
            rulebookName: rulebookName,
            stage: top["stage"].flatMap { read.choice($0, "stage", as: SalesStage.self) } ?? .approach,
            role: top["role"].flatMap { read.choice($0, "role", as: SellerRole.self) } ?? .telemarketer,
            process: top["process"].flatMap { read.choice($0, "process", as: SalesProcess.self) } ?? .b2b,
            difficulty: difficulty,
            brief: top["brief"].flatMap { read.text($0, "brief") } ?? "",
            cast: cast,
            state: state,
            passMark: passMark,
            startStep: startStep,
            steps: resolved,
            endings: endings,
            tests: tests)

        var rulebook: Rulebook?
        if !rulebookName.value.isEmpty {
            let (found, diagnostics) = rulebooks(rulebookName, path)
            diagnostics.forEach(sink.append)
            rulebook = found
        }
        ScenarioValidator(sink: sink, scenario: scenario, rulebook: rulebook).check()
        let usable = !sink.diagnostics.hasErrors && rulebook != nil
        return (usable ? scenario : nil, rulebook, sink.diagnostics)
    }

    private static func readCast(_ node: YAMLNode, _ read: NodeReading) -> [CastMember] {
        guard case .mapping(let entries) = node.kind else {
            read.sink.error("cast must be a mapping of people (id: {name, role})", at: node.location)
            return []
        }
        if entries.isEmpty { read.sink.error("cast names nobody; add who picks up the phone", at: node.location) }
        return entries.compactMap { entry in
            guard let fields = read.mapping(entry.value, "cast member '\(entry.key)'", keys: castKeys, required: ["name", "role"]) else { return nil }
            return CastMember(
                id: entry.key,
                name: fields["name"].flatMap { read.text($0, "name") } ?? entry.key,
                role: fields["role"].flatMap { read.choice($0, "role", as: CounterpartRole.self) } ?? .gatekeeper,
                about: fields["about"].flatMap { read.text($0, "about") })
        }
    }
}
