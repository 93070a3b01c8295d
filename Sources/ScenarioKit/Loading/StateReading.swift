/// Reads the parts of format v2 that deal with named state: the `state:` declarations, line
/// variants with ids and conditions, `if:` expressions and `set:`/`add:`/`milestone:` effects.
/// Expressions are parsed here (syntax errors point at their column); their types are checked
/// by the validator once every declaration is known.
extension NodeReading {
    static let variableKeys = ["initial", "milestone"]
    static let variantKeys = ["id", "text", "if"]

    /// `state:` — `name: 0`, `name: false`, `name: "int = 3"`, `name: {initial: 2}` or a
    /// milestone `name: {milestone: "Title the trainee sees"}` (a boolean that starts false).
    func stateVariables(_ node: YAMLNode) -> [StateVariable] {
        guard case .mapping(let entries) = node.kind else {
            sink.error("state must be a mapping of names to starting values (mood: 0, asked_budget: false)", at: node.location)
            return []
        }
        return entries.compactMap { entry in
            guard validName(entry.key, at: entry.keyLocation) else { return nil }
            if case .mapping = entry.value.kind {
                guard let fields = mapping(entry.value, "state variable '\(entry.key)'", keys: Self.variableKeys) else { return nil }
                if let titleNode = fields["milestone"] {
                    if fields["initial"] != nil {
                        sink.error("a milestone starts false; drop 'initial' from '\(entry.key)'", at: entry.keyLocation)
                    }
                    let title = text(titleNode, "milestone title")
                    return StateVariable(name: entry.key, location: entry.keyLocation, initial: .bool(false), title: title, isMilestone: true)
                }
                guard let initialNode = fields["initial"] else {
                    sink.error("state variable '\(entry.key)' needs 'initial' (a number or true/false) or 'milestone' (its title)", at: entry.keyLocation)
                    return nil
                }
                return literal(initialNode).map { StateVariable(name: entry.key, location: entry.keyLocation, initial: $0) }
            }
            return literal(entry.value).map { StateVariable(name: entry.key, location: entry.keyLocation, initial: $0) }
        }
    }

    /// A starting value: `3`, `true`, or the typed forms `int`, `bool`, `int = 3`, `bool = true`.
    private func literal(_ node: YAMLNode) -> StateValue? {
        guard case .scalar(let raw, false) = node.kind else {
            sink.error("a starting value must be a number or true/false, found \(node.kindName)", at: node.location)
            return nil
        }
        let parts = raw.split(separator: "=", maxSplits: 1).map { String(String($0).trimmingWhitespace()) }
        let (declared, value): (String?, String?) = parts.count == 2 ? (parts[0], parts[1])
            : (["int", "bool"].contains(parts.first ?? "") ? (parts[0], nil) : (nil, parts.first))
        let parsed: StateValue? = switch value?.lowercased() {
        case nil: declared == "bool" ? .bool(false) : .int(0)
        case "true"?: .bool(true)
        case "false"?: .bool(false)
        case let digits?: Int(digits).map(StateValue.int)
        }
        guard let parsed else {
            sink.error("'\(raw)' is not a starting value; write a whole number, true or false (or 'int = 0', 'bool = false')", at: node.location)
            return nil
        }
        if let declared, declared != parsed.type.rawValue {
            sink.error("'\(raw)': \(declared == "int" || declared == "bool" ? "a \(declared) cannot start as \(value ?? "")" : "unknown type '\(declared)'; use int or bool")", at: node.location)
            return nil
        }
        return parsed
    }

    /// Names read as identifiers in expressions: letters, digits, `_`, and `-` between words.
    func validName(_ name: String, at location: SourceLocation) -> Bool {
        let reserved = ["true", "false", "and", "or", "not", "int", "bool"]
        let tokens = try? ExpressionParser.tokenize(name)
        guard let tokens, tokens.count == 1, case .word(let word) = tokens[0].kind, word == name, !reserved.contains(name) else {
            sink.error("'\(name)' cannot name a state variable; use letters, digits, '_' and '-' between words, starting with a letter", at: location)
            return false
        }
        return true
    }

    /// An `if:` condition or an effect's value, with its position.
    func expression(_ node: YAMLNode, _ what: String) -> Located<Expression>? {
        guard case .scalar(let source, false) = node.kind else {
            sink.error("\(what) must be an expression such as 'mood >= 2', found \(node.kindName)", at: node.location)
            return nil
        }
        let start = SourceLocation(file: node.location.file, line: node.location.line, column: node.location.column + (node.quoted ? 1 : 0))
        switch ExpressionParser.parse(source) {
        case .success(let expression):
            return Located(expression, at: start)
        case .failure(let failure):
            sink.error("\(what) '\(source)': \(failure.message)", at: start.shifted(by: failure.offset))
            return nil
        }
    }

    /// A counterpart's lines: a text, or a list of texts and `{id, text, if}` variants.
    func variants(_ node: YAMLNode, _ what: String) -> [Variant] {
        let items: [YAMLNode] = if case .scalar = node.kind { [node] } else { list(node) }
        return items.compactMap { item in
            if case .mapping = item.kind {
                guard let fields = mapping(item, "\(what) variant", keys: Self.variantKeys, required: ["text"]),
                      let textNode = fields["text"], let line = text(textNode, what) else { return nil }
                let id = fields["id"].flatMap { text($0, "variant id") } ?? Variant.derivedID(line)
                let condition = fields["if"].flatMap { expression($0, "if") }
                return Variant(id: id, text: Located(line, at: textNode.location), condition: condition)
            }
            return text(item, what).map { Variant(id: Variant.derivedID($0), text: Located($0, at: item.location)) }
        }
    }

    /// `set:`, `add:` and `milestone:` of a reply or an ending, applied in the order written.
    func effects(_ fields: Fields) -> [Effect] {
        var effects: [Effect] = []
        for entry in fields.entries {
            switch entry.key {
            case "set", "add":
                let kind: Effect.Kind = entry.key == "set" ? .set : .add
                guard case .mapping(let entries) = entry.value.kind else {
                    sink.error("\(entry.key) must be a mapping of state names to values (\(kind == .set ? "asked_budget: true" : "mood: 1"))", at: entry.value.location)
                    continue
                }
                for change in entries {
                    guard let value = expression(change.value, "\(entry.key) \(change.key)") else { continue }
                    effects.append(Effect(kind: kind, variable: Located(change.key, at: change.keyLocation), value: value))
                }
            case "milestone":
                guard let name = text(entry.value, "milestone") else { continue }
                let location = entry.value.location
                effects.append(Effect(kind: .set, variable: Located(name, at: location), value: Located(.literal(.bool(true)), at: location)))
            default:
                continue
            }
        }
        return effects
    }
}

extension Variant {
    /// A variant without an `id:` is named by its words, so reordering variants keeps ids.
    static func derivedID(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        let hex = String(hash, radix: 16)
        return "v" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}

extension SourceLocation {
    func shifted(by columns: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + columns)
    }
}
