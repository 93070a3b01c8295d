import Yams

/// Turns checked text into a `YAMLNode` tree. Hostile input is refused before the YAML library
/// can recurse or expand without bound: nesting is measured on the raw text first, and alias
/// expansion is capped while the tree is copied.
public enum YAMLParser {
    /// Deeper than any scenario needs, far shallower than what exhausts the stack.
    public static let maximumDepth = 64
    /// A few thousand nodes make a large scenario; more means an alias bomb.
    public static let maximumNodes = 100_000

    public static func parse(_ file: SourceFile) -> Result<YAMLNode, Diagnostic> {
        if let tooDeep = NestingScan.firstTooDeep(in: file.text, limit: maximumDepth) {
            return .failure(Diagnostic(
                .error, "nesting deeper than \(maximumDepth) levels; this is not a scenario file",
                at: SourceLocation(file: file.path, line: tooDeep.line, column: tooDeep.column)))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: file.text)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: file.path))
        } catch {
            return .failure(Diagnostic(.error, "YAML error: \(error)", at: SourceLocation(file: file.path, line: 1, column: 1)))
        }
        guard let root else {
            return .failure(Diagnostic(.error, "file holds no YAML document", at: SourceLocation(file: file.path, line: 1, column: 1)))
        }
        var budget = maximumNodes
        guard let tree = convert(root, path: file.path, budget: &budget) else {
            return .failure(Diagnostic(
                .error, "file expands to more than \(maximumNodes) YAML nodes (aliases used as a bomb?)",
                at: SourceLocation(file: file.path, line: 1, column: 1)))
        }
        return .success(tree)
    }

    private static func convert(_ node: Node, path: String, budget: inout Int) -> YAMLNode? {
        budget -= 1
        guard budget >= 0 else { return nil }
        let mark = node.mark
        let location = SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            var converted = YAMLNode(kind: .scalar(scalar.string, isNull: isNull), location: location)
            converted.quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            return converted
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence {
                guard let converted = convert(item, path: path, budget: &budget) else { return nil }
                items.append(converted)
            }
            return YAMLNode(kind: .sequence(items), location: location)
        case .mapping(let mapping):
            var entries: [YAMLNode.Entry] = []
            for (key, value) in mapping {
                guard let convertedKey = convert(key, path: path, budget: &budget),
                      let convertedValue = convert(value, path: path, budget: &budget) else { return nil }
                let keyText: String
                if case .scalar(let text, _) = convertedKey.kind { keyText = text } else { keyText = "<\(convertedKey.kindName)>" }
                entries.append(.init(key: keyText, keyLocation: convertedKey.location, value: convertedValue))
            }
            return YAMLNode(kind: .mapping(entries), location: location)
        case .alias:
            return YAMLNode(kind: .scalar("", isNull: true), location: location)
        }
    }

    private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: path, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let while_ = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return Diagnostic(.error, "YAML syntax: \(problem)\(while_); check the indentation and quotes", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(.error, "duplicate key \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")) in one mapping", at: at(context.mark))
        case .reader(let problem, _, _, _):
            return Diagnostic(.error, "YAML reader: \(problem)", at: SourceLocation(file: path, line: 1, column: 1))
        default:
            return Diagnostic(.error, "YAML error: \(error)", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }
}
