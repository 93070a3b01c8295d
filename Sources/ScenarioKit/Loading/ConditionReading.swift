/// Reads the condition shape shared by rules and replies: a list of acts (all required), or a
/// mapping of `all`, `any`, `none`, `counterpart`, `reached`, `not-reached`, `patterns`.
extension NodeReading {
    static let conditionKeys = ["all", "any", "none", "counterpart", "reached", "not-reached", "patterns"]
    /// A reply may also name the rulebook's rules and the call's state.
    static let replyConditionKeys = conditionKeys + ["rule", "if"]

    func condition(_ node: YAMLNode, forReply: Bool = false) -> Condition {
        var condition = Condition()
        if case .sequence = node.kind {
            condition.all = acts(node)
            return condition
        }
        guard let fields = mapping(node, "condition", keys: forReply ? Self.replyConditionKeys : Self.conditionKeys) else { return condition }
        if let node = fields["all"] { condition.all = acts(node) }
        if let node = fields["any"] { condition.any = acts(node) }
        if let node = fields["none"] { condition.none = acts(node) }
        if let node = fields["counterpart"] {
            condition.counterpart = list(node).compactMap { choice($0, "counterpart", as: CounterpartRole.self) }
        }
        if let node = fields["reached"] { condition.reached = texts(node, "milestone") }
        if let node = fields["not-reached"] { condition.notReached = texts(node, "milestone") }
        if let node = fields["patterns"] { condition.patterns = patterns(node) }
        if let node = fields["rule"] {
            condition.rules = if case .scalar = node.kind { text(node, "rule").map { [Located($0, at: node.location)] } ?? [] } else { texts(node, "rule") }
        }
        if let node = fields["if"] { condition.expression = expression(node, "if") }
        return condition
    }

    func acts(_ node: YAMLNode) -> [Located<ActID>] {
        texts(node, "act").map { Located(ActID($0.value), at: $0.location) }
    }

    func patterns(_ node: YAMLNode) -> [Located<Pattern>] {
        texts(node, "pattern").compactMap { source in
            switch Pattern.parse(source.value) {
            case .success(let pattern):
                if let repeated = pattern.repeatedAlternative {
                    sink.warning("pattern '\(source.value)': '\(repeated)' stands in several of its words; spaces separate consecutive words, "
                        + "so 'a b|c d' means a, then b or c, then d — write phrases that are alternatives as separate patterns", at: source.location)
                }
                return Located(pattern, at: source.location)
            case .failure(let error):
                sink.error("pattern '\(source.value)': \(error.message)", at: source.location)
                return nil
            }
        }
    }

    /// A text per language (`{ru: …, en: …}`), or one text for all languages.
    func localized(_ node: YAMLNode, _ what: String) -> LocalizedText? {
        if case .mapping = node.kind {
            guard let fields = mapping(node, what, keys: Language.allCases.map(\.rawValue)) else { return nil }
            var values: [Language: String] = [:]
            for language in Language.allCases {
                if let value = fields[language.rawValue], let text = text(value, "\(what) (\(language.rawValue))") {
                    values[language] = text
                }
            }
            return values.isEmpty ? nil : LocalizedText(values)
        }
        guard let text = text(node, what) else { return nil }
        return LocalizedText(Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, text) }))
    }
}
