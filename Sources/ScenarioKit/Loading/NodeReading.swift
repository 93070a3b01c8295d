/// Typed reads of `YAMLNode`s that report a wrong type instead of failing, so the loaders read
/// like a description of the format and every problem lands in the sink with its position.
struct NodeReading {
    let sink: DiagnosticSink

    func text(_ node: YAMLNode, _ what: String, allowEmpty: Bool = false) -> String? {
        guard case .scalar(let value, let isNull) = node.kind, !isNull else {
            sink.error("\(what) must be a text, found \(node.kindName)", at: node.location)
            return nil
        }
        if !allowEmpty && value.allSatisfy(\.isWhitespace) {
            sink.error("\(what) is empty", at: node.location)
            return nil
        }
        return value
    }

    func integer(_ node: YAMLNode, _ what: String) -> Int? {
        guard case .scalar(let value, false) = node.kind, let number = Int(value.trimmingWhitespace()) else {
            sink.error("\(what) must be a whole number, found \(describe(node))", at: node.location)
            return nil
        }
        return number
    }

    /// Points for a reply, rule or ending: bounded, so no sum over a call can overflow.
    func points(_ node: YAMLNode) -> Int? {
        guard let value = integer(node, "points") else { return nil }
        guard (-1000...1000).contains(value) else {
            sink.error("points must be from -1000 to 1000, found \(value)", at: node.location)
            return nil
        }
        return value
    }

    func number(_ node: YAMLNode, _ what: String) -> Double? {
        guard case .scalar(let value, false) = node.kind, let number = Double(value.trimmingWhitespace()) else {
            sink.error("\(what) must be a number, found \(describe(node))", at: node.location)
            return nil
        }
        return number
    }

    func bool(_ node: YAMLNode, _ what: String) -> Bool? {
        guard case .scalar(let value, false) = node.kind else {
            sink.error("\(what) must be true or false, found \(node.kindName)", at: node.location)
            return nil
        }
        switch value.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            sink.error("\(what) must be true or false, found '\(value)'", at: node.location)
            return nil
        }
    }

    /// One of a closed set of words, with a suggestion for a near miss.
    func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ what: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let word = text(node, what) else { return nil }
        if let value = T(rawValue: word) { return value }
        let names = T.allCases.map(\.rawValue)
        sink.error("\(what) '\(word)' is not one of \(names.joined(separator: ", "))\(Suggestion.hint(for: word, in: names))", at: node.location)
        return nil
    }

    /// A list, where a single item may also be written without the brackets.
    func list(_ node: YAMLNode) -> [YAMLNode] {
        switch node.kind {
        case .sequence(let items): items
        case .scalar(_, true): []
        default: [node]
        }
    }

    /// A list of texts, each with its position; a single text counts as a list of one.
    func texts(_ node: YAMLNode, _ what: String) -> [Located<String>] {
        list(node).compactMap { item in text(item, what).map { Located($0, at: item.location) } }
    }

    func mapping(_ node: YAMLNode, _ what: String, keys: [String], required: [String] = []) -> Fields? {
        guard case .mapping(let entries) = node.kind else {
            sink.error("\(what) must be a mapping (key: value), found \(node.kindName)", at: node.location)
            return nil
        }
        var seen: [String: SourceLocation] = [:]
        for entry in entries {
            if let first = seen[entry.key] {
                sink.error("duplicate key '\(entry.key)' in \(what) (first at line \(first.line))", at: entry.keyLocation)
            } else {
                seen[entry.key] = entry.keyLocation
            }
            if !keys.contains(entry.key) {
                sink.error("unknown key '\(entry.key)' in \(what)\(Suggestion.hint(for: entry.key, in: keys))", at: entry.keyLocation)
            }
        }
        for key in required where seen[key] == nil {
            sink.error("\(what) is missing '\(key)'", at: node.location)
        }
        return Fields(node: node, entries: entries)
    }

    private func describe(_ node: YAMLNode) -> String {
        if case .scalar(let value, false) = node.kind { return "'\(value)'" }
        return node.kindName
    }
}

/// The entries of one mapping, looked up by key.
struct Fields {
    let node: YAMLNode
    let entries: [YAMLNode.Entry]

    subscript(key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    var location: SourceLocation { node.location }
}

extension String {
    func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
