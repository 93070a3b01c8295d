/// A YAML tree with a source position on every node: what the loaders read, so each
/// complaint can point at the exact line and column. Independent of the YAML library.
public struct YAMLNode: Sendable {
    public enum Kind: Sendable {
        case scalar(String, isNull: Bool)
        case sequence([YAMLNode])
        case mapping([Entry])
    }

    public struct Entry: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: YAMLNode
    }

    public var kind: Kind
    public var location: SourceLocation
    /// The scalar was written in quotes: its text starts one column after `location`, which
    /// an expression's diagnostics need to point at the right character.
    public var quoted = false

    /// The value under `key` when the node is a mapping.
    func entry(_ key: String) -> YAMLNode? {
        guard case .mapping(let entries) = kind else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// What the node is, in the words a diagnostic uses ("expected a list, found a text").
    var kindName: String {
        switch kind {
        case .scalar(_, let isNull): isNull ? "nothing" : "a text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

}
