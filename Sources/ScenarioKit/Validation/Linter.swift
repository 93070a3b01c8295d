/// What `lint` does to one file: work out whether it is a scenario, a rulebook or a file of
/// recorded calls, load it the way `play` or `test` would, and return every finding.
public enum Linter {
    public enum FileKind: Sendable { case scenario, rulebook, calls }

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
        case .calls?:
            return lintCalls(root, path: file.path, library: library)
        case nil:
            return [Diagnostic(.error, "neither a scenario (no 'steps'), a rulebook (no 'acts') nor recorded calls (no 'calls')", at: root.location)]
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
        if keys.contains("acts") || keys.contains("extends") { return .rulebook }
        if keys.contains("calls") { return .calls }
        return nil
    }

    private static func lintCalls(_ root: YAMLNode, path: String, library: ScenarioLibrary) -> [Diagnostic] {
        let (recorded, diagnostics) = CallsLoader.load(root, path: path)
        guard let recorded else { return diagnostics }
        let reference = "\(recorded.language.rawValue)/\(recorded.scenario.value)"
        guard case .success(let file) = library.scenarioFile(reference, preferring: recorded.language) else {
            return diagnostics + [Diagnostic(.error, "no scenario '\(recorded.scenario.value)' in \(recorded.language.rawValue) in the library", at: recorded.scenario.location)]
        }
        guard let scenario = ScenarioLoader.load(file, rulebooks: library.rulebook).0 else {
            return diagnostics + [Diagnostic(.error, "scenario '\(recorded.scenario.value)' has errors (lint \(file.path))", at: recorded.scenario.location)]
        }
        return diagnostics + CallsLoader.check(recorded, against: scenario)
    }
}
