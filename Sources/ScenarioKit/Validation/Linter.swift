/// What `lint` does to one file: work out whether it is a scenario or a rulebook, load it the
/// way `play` would, and return every finding.
public enum Linter {
    public enum FileKind: Sendable { case scenario, rulebook }

    public static func lint(path: String, library: ScenarioLibrary) -> [Diagnostic] {
        switch SourceFile.read(path) {
        case .failure(let diagnostic):
            return [diagnostic]
        case .success(let file):
            return lint(file, library: library)
        }
    }

    public static func lint(_ file: SourceFile, library: ScenarioLibrary) -> [Diagnostic] {
        let root: YAMLNode
        switch YAMLParser.parse(file) {
        case .failure(let diagnostic): return [diagnostic]
        case .success(let node): root = node
        }
        switch kind(of: root) {
        case .scenario?:
            let (_, rulebook, diagnostics) = ScenarioLoader.load(root, path: file.path, rulebooks: library.rulebook)
            // A rulebook's own problems are reported when the rulebook itself is linted.
            return diagnostics.filter { $0.location.file == file.path || rulebook == nil && $0.severity == .error }
        case .rulebook?:
            return RulebookLoader.load(root, path: file.path).1
        case nil:
            return [Diagnostic(.error, "neither a scenario (no 'steps') nor a rulebook (no 'acts')", at: root.location)]
        }
    }

    /// Scenarios among `paths` that share an id and a language: `play ID` could pick either.
    public static func duplicateIDs(_ paths: [String]) -> [Diagnostic] {
        var first: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for path in paths {
            guard case .success(let file) = SourceFile.read(path), let entry = LibraryEntry.read(file) else { continue }
            let key = "\(entry.language.rawValue)/\(entry.id)"
            if let other = first[key] {
                diagnostics.append(Diagnostic(.error, "scenario id '\(entry.id)' (\(entry.language.rawValue)) is also used by \(other); ids must be unique per language",
                                              at: SourceLocation(file: path, line: 1, column: 1)))
            } else {
                first[key] = path
            }
        }
        return diagnostics
    }

    public static func kind(of root: YAMLNode) -> FileKind? {
        guard case .mapping(let entries) = root.kind else { return nil }
        let keys = Set(entries.map(\.key))
        if keys.contains("steps") { return .scenario }
        if keys.contains("acts") { return .rulebook }
        return nil
    }
}
