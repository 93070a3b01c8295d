import Foundation
/// Reads a rulebook file into a checked `Rulebook`, reporting every problem it finds.
public enum RulebookLoader {
    static let topKeys = ["id", "title", "extends", "threshold", "acts", "rules", "noise", "example-files", "agreement", "filler"]
    /// What a rulebook that extends another takes from it, and so may not write itself.
    static let inheritedKeys = ["threshold", "acts", "noise", "agreement", "filler"]
    /// A chain of rulebooks extending each other longer than this is a mistake (or a cycle).
    static let maximumExtends = 3

    /// Reads a file a rulebook names (its example files), by the name written in the rulebook.
    public typealias Companions = (_ name: String, _ rulebookPath: String) -> Result<SourceFile, Diagnostic>

    /// Companion files beside the rulebook on disk.
    public static func besideOnDisk(_ name: String, _ rulebookPath: String) -> Result<SourceFile, Diagnostic> {
        SourceFile.read(FilePath.join(FilePath.folder(of: rulebookPath), name))
    }
    static let actKeys = ["meaning", "not-with", "not-after", "examples-alone", "patterns-decide", "questions-need-patterns", "statements-need-patterns"] + Language.allCases.map(\.rawValue)
    static let languageKeys = ["patterns", "unless", "except", "examples", "agreeing-to"]
    static let ruleKeys = ["title", "when", "points", "severity", "coach", "excused-by-words"]

    /// The rulebook, or nil when an error makes it unusable; diagnostics either way.
    public static func load(_ file: SourceFile, companions: Companions = besideOnDisk) -> (Rulebook?, [Diagnostic]) {
        switch YAMLParser.parse(file) {
        case .failure(let diagnostic):
            return (nil, [diagnostic])
        case .success(let root):
            let (loaded, diagnostics) = load(root, path: file.path, companions: companions)
            guard var rulebook = loaded else { return (nil, diagnostics) }
            rulebook.source = file.text + rulebook.source
            return (rulebook, diagnostics)
        }
    }

    static func load(_ root: YAMLNode, path: String, companions: Companions = besideOnDisk, depth: Int = 0) -> (Rulebook?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let read = NodeReading(sink: sink)
        let extends = (root.entry("extends")).flatMap { node in read.text(node, "extends").map { Located($0, at: node.location) } }
        guard let top = read.mapping(root, "rulebook", keys: topKeys, required: extends == nil ? ["id", "acts"] : ["id", "rules"]) else {
            return (nil, sink.diagnostics)
        }
        if let extends {
            return (derived(top, extending: extends, path: path, companions: companions, depth: depth, read: read), sink.diagnostics)
        }
        let id = top["id"].flatMap { read.text($0, "id") } ?? ""
        let title = top["title"].flatMap { read.localized($0, "title") } ?? LocalizedText([:])
        var threshold = 0.5
        if let node = top["threshold"], let value = read.number(node, "threshold") {
            if (0...1).contains(value) { threshold = value } else { sink.error("threshold must be between 0 and 1", at: node.location) }
        }
        let acts = top["acts"].map { readActs($0, threshold: threshold, read) } ?? []
        let rules = top["rules"].map { readRules($0, read) } ?? []
        let known = Set(acts.map(\.id))
        func checkKnown(_ named: [Located<ActID>], _ owner: String, _ field: String = "") {
            for act in named where !known.contains(act.value) {
                sink.error("\(owner) names unknown act '\(act.value)'\(field)\(Suggestion.hint(for: act.value.rawValue, in: known.map(\.rawValue)))", at: act.location)
            }
        }
        for act in acts {
            checkKnown(act.notWith, "act '\(act.id)'", " in not-with")
            checkKnown(act.notAfter, "act '\(act.id)'", " in not-after")
        }
        for rule in rules { checkKnown(rule.when.namedActs, "rule '\(rule.id)'") }
        var noise: [Language: [Located<String>]] = [:]
        if let node = top["noise"], let fields = read.mapping(node, "noise", keys: Language.allCases.map(\.rawValue)) {
            for language in Language.allCases {
                noise[language] = fields[language.rawValue].map { read.texts($0, "noise example") } ?? []
            }
        }
        var filler: [Language: [Located<Pattern>]] = [:]
        if let node = top["filler"], let fields = read.mapping(node, "filler", keys: Language.allCases.map(\.rawValue)) {
            for language in Language.allCases { filler[language] = fields[language.rawValue].map(read.patterns) ?? [] }
        }
        let (agreement, agreementNotWith) = top["agreement"].map { readAgreement($0, read) } ?? ([:], [])
        checkKnown(agreementNotWith, "agreement", " in not-with")
        for act in acts {
            for (language, spec) in act.languages where !spec.agreeingTo.isEmpty && (agreement[language]?.opening ?? []).isEmpty {
                sink.warning("act '\(act.id)' lists agreeing-to lines in \(language.rawValue), but the rulebook has no agreement words in \(language.rawValue), so they are never used; add them under agreement: {\(language.rawValue): {opening: [...]}}",
                             at: spec.agreeingTo[0].location)
            }
        }
        var answers: [LabelledAnswer] = []
        if let node = top["example-files"] {
            for name in read.texts(node, "example file") {
                switch companions(name.value, path) {
                case .failure(let diagnostic):
                    sink.append(diagnostic)
                    sink.error("example file '\(name.value)' cannot be read (looked beside the rulebook)", at: name.location)
                case .success(let file):
                    switch LabelledSet.parse(file, vocabulary: known) {
                    case .failure(let diagnostic): sink.append(diagnostic)
                    case .success(let labelled): answers += labelled
                    }
                }
            }
        }
        for act in acts {
            for language in Language.allCases where act.languages[language].map({ $0.patterns.isEmpty && $0.examples.isEmpty }) ?? false
                && !answers.contains(where: { $0.language == language && $0.acts.contains(act.id) }) {
                sink.warning("act '\(act.id)' has neither patterns nor examples in \(language.rawValue); it will never be heard", at: act.location)
            }
        }
        let rulebook = Rulebook(id: id, title: title, file: path, acts: acts, rules: rules, threshold: threshold, noise: noise, answers: answers,
                                agreement: agreement, agreementNotWith: agreementNotWith, filler: filler)
        return (sink.diagnostics.hasErrors ? nil : rulebook, sink.diagnostics)
    }

    /// A rulebook that `extends` another: the base's acts, patterns, agreement words and
    /// examples, with rules of its own (and examples added). A shop's rulebook shares the act
    /// vocabulary of the cold call but not its house rules.
    private static func derived(_ top: Fields, extending base: Located<String>, path: String, companions: Companions, depth: Int,
                                read: NodeReading) -> Rulebook? {
        for key in inheritedKeys {
            if let node = top[key] { read.sink.error("'\(key)' comes from the rulebook '\(base.value)' this one extends; remove it here", at: node.location) }
        }
        guard depth < maximumExtends else {
            read.sink.error("rulebooks extend each other more than \(maximumExtends) deep (a cycle?)", at: base.location)
            return nil
        }
        let parent: Rulebook
        switch companions(base.value + ".yaml", path).flatMap(YAMLParser.parse) {
        case .failure(let diagnostic):
            read.sink.append(diagnostic)
            read.sink.error("rulebook '\(base.value)' to extend cannot be read (looked for \(base.value).yaml beside this one)", at: base.location)
            return nil
        case .success(let root):
            let (loaded, diagnostics) = load(root, path: FilePath.join(FilePath.folder(of: path), base.value + ".yaml"), companions: companions, depth: depth + 1)
            diagnostics.filter { $0.severity == .error }.forEach(read.sink.append)
            guard var loaded else {
                read.sink.error("rulebook '\(base.value)' to extend has errors", at: base.location)
                return nil
            }
            if case .success(let file) = companions(base.value + ".yaml", path) { loaded.source = file.text + loaded.source }
            parent = loaded
        }
        let known = Set(parent.acts.map(\.id))
        let rules = top["rules"].map { readRules($0, read) } ?? []
        for rule in rules {
            for act in rule.when.namedActs where !known.contains(act.value) {
                read.sink.error("rule '\(rule.id)' names unknown act '\(act.value)'\(Suggestion.hint(for: act.value.rawValue, in: known.map(\.rawValue)))", at: act.location)
            }
        }
        var answers = parent.answers
        if let node = top["example-files"] {
            for name in read.texts(node, "example file") {
                switch companions(name.value, path).flatMap({ LabelledSet.parse($0, vocabulary: known) }) {
                case .failure(let diagnostic):
                    read.sink.append(diagnostic)
                    read.sink.error("example file '\(name.value)' cannot be read (looked beside the rulebook)", at: name.location)
                case .success(let labelled):
                    answers += labelled
                }
            }
        }
        var rulebook = parent
        rulebook.id = top["id"].flatMap { read.text($0, "id") } ?? ""
        rulebook.title = top["title"].flatMap { read.localized($0, "title") } ?? LocalizedText([:])
        rulebook.file = path
        rulebook.rules = rules
        rulebook.answers = answers
        return read.sink.diagnostics.hasErrors ? nil : rulebook
    }

    private static func readActs(_ node: YAMLNode, threshold: Double, _ read: NodeReading) -> [ActDefinition] {
        guard let fields = read.mapping(node, "acts", keys: fields(of: node)) else { return [] }
        return fields.entries.compactMap { entry in
            guard isActID(entry.key) else {
                read.sink.error("act id '\(entry.key)' must be lower-case letters, digits and '-' (like ask-decision-maker)", at: entry.keyLocation)
                return nil
            }
            guard let act = read.mapping(entry.value, "act '\(entry.key)'", keys: actKeys) else { return nil }
            var languages: [Language: ActLanguage] = [:]
            for language in Language.allCases {
                guard let node = act[language.rawValue],
                      let spec = read.mapping(node, "act '\(entry.key)' (\(language.rawValue))", keys: languageKeys) else { continue }
                languages[language] = ActLanguage(
                    patterns: spec["patterns"].map(read.patterns) ?? [],
                    unless: spec["unless"].map(read.patterns) ?? [],
                    except: spec["except"].map(read.patterns) ?? [],
                    examples: spec["examples"].map { read.texts($0, "example") } ?? [],
                    agreeingTo: spec["agreeing-to"].map(read.patterns) ?? [])
            }
            let meaning = act["meaning"].flatMap { read.localized($0, "meaning") } ?? LocalizedText([:])
            return ActDefinition(id: ActID(entry.key), location: entry.keyLocation, meaning: meaning, languages: languages,
                                 notWith: act["not-with"].map(read.acts) ?? [],
                                 examplesAlone: examplesAlone(act["examples-alone"], threshold: threshold, read),
                                 patternsDecide: act["patterns-decide"].flatMap { read.bool($0, "patterns-decide (true or false)") } ?? false,
                                 notAfter: act["not-after"].map(read.acts) ?? [],
                                 questionsNeedPatterns: act["questions-need-patterns"].flatMap { read.bool($0, "questions-need-patterns (true or false)") } ?? false,
                                 statementsNeedPatterns: act["statements-need-patterns"].flatMap { read.bool($0, "statements-need-patterns (true or false)") } ?? false)
        }
    }

    /// The agreement words per language, and the acts after which a bare agreement agrees to nothing.
    private static func readAgreement(_ node: YAMLNode, _ read: NodeReading) -> ([Language: Agreement], [Located<ActID>]) {
        guard let fields = read.mapping(node, "agreement", keys: ["not-with"] + Language.allCases.map(\.rawValue)) else { return ([:], []) }
        var agreement: [Language: Agreement] = [:]
        for language in Language.allCases {
            guard let node = fields[language.rawValue],
                  let spec = read.mapping(node, "agreement (\(language.rawValue))", keys: ["opening", "unless"], required: ["opening"]) else { continue }
            agreement[language] = Agreement(opening: spec["opening"].map(read.patterns) ?? [], unless: spec["unless"].map(read.patterns) ?? [])
        }
        return (agreement, fields["not-with"].map(read.acts) ?? [])
    }

    /// `examples-alone: never`, or the confidence (0…1) the examples need on their own;
    /// the rulebook's threshold when unset.
    private static func examplesAlone(_ node: YAMLNode?, threshold: Double, _ read: NodeReading) -> Double? {
        guard let node else { return threshold }
        if case .scalar("never", false) = node.kind { return nil }
        guard let value = read.number(node, "examples-alone (a number from 0 to 1, or never)") else { return threshold }
        if !(0...1).contains(value) { read.sink.error("examples-alone must be from 0 to 1, or never", at: node.location) }
        return value
    }

    /// Act ids appear in comma-separated TSV fields and reports: a plain vocabulary keeps them safe there.
    private static func isActID(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    private static func readRules(_ node: YAMLNode, _ read: NodeReading) -> [Rule] {
        guard let fields = read.mapping(node, "rules", keys: fields(of: node)) else { return [] }
        return fields.entries.compactMap { entry in
            let what = "rule '\(entry.key)'"
            guard let rule = read.mapping(entry.value, what, keys: ruleKeys, required: ["when", "points"]) else { return nil }
            let when = rule["when"].map { read.condition($0) } ?? Condition()
            if rule["when"] != nil && when.isEmpty {
                read.sink.error("\(what) has an empty condition and would fire on every answer", at: entry.keyLocation)
            }
            let excused = rule["excused-by-words"].map(read.acts) ?? []
            for act in excused where !when.none.contains(where: { $0.value == act.value }) {
                read.sink.error("\(what) names '\(act.value)' in excused-by-words, which its condition's none does not list", at: act.location)
            }
            return Rule(
                id: entry.key,
                location: entry.keyLocation,
                title: rule["title"].flatMap { read.localized($0, "title") } ?? LocalizedText([.en: entry.key]),
                when: when,
                points: rule["points"].flatMap(read.points) ?? 0,
                severity: rule["severity"].flatMap { read.choice($0, "severity", as: Rule.Severity.self) } ?? .violation,
                coach: rule["coach"].flatMap { read.localized($0, "coach") },
                excusedByWords: Set(excused.map(\.value)))
        }
    }

    /// Keys of a mapping whose keys are ids the trainer chooses.
    private static func fields(of node: YAMLNode) -> [String] {
        if case .mapping(let entries) = node.kind { return entries.map(\.key) }
        return []
    }
}
