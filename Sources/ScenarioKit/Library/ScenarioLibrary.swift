import Foundation

/// Where scenarios and rulebooks are found: folders on disk first, then the library shipped
/// inside the binary, so `callcoach play gatekeeper-proposal` works from any directory.
public final class ScenarioLibrary {
    public enum Root: Sendable {
        case directory(String)
        /// Files compiled into the binary, by path relative to the library's root.
        case embedded([String: String])
    }

    public let roots: [Root]
    private var rulebookCache: [String: (Rulebook?, [Diagnostic])] = [:]

    public init(roots: [Root]) {
        self.roots = roots
    }

    /// The library a command uses: `--scenarios DIR`, else `CALLCOACH_SCENARIOS`, else
    /// `./scenarios` when it exists; the shipped files always come last.
    public static func standard(option: String?, environment: [String: String], embedded: [String: String]) -> ScenarioLibrary {
        var roots: [Root] = []
        if let directory = option ?? environment["CALLCOACH_SCENARIOS"], !directory.isEmpty {
            roots.append(.directory(directory))
        } else if FileManager.default.fileExists(atPath: "scenarios") {
            roots.append(.directory("scenarios"))
        }
        roots.append(.embedded(embedded))
        return ScenarioLibrary(roots: roots)
    }

    /// Every scenario file in the library with the header fields `list` shows. Scenarios in
    /// earlier roots hide shipped ones with the same id and language.
    public func entries() -> [LibraryEntry] {
        var seen: Set<String> = []
        var result: [LibraryEntry] = []
        for root in roots {
            for file in yamlFiles(in: root) {
                guard let entry = LibraryEntry.read(file) else { continue }
                let key = "\(entry.language.rawValue)/\(entry.id)"
                if seen.insert(key).inserted { result.append(entry) }
            }
        }
        return result.sorted { ($0.language.rawValue, $0.id) < ($1.language.rawValue, $1.id) }
    }

    /// A scenario named by path, by `language/id`, or by id (preferring `language` when the id
    /// exists in several languages).
    public func scenarioFile(_ reference: String, preferring language: Language?) -> Result<SourceFile, LibraryError> {
        if reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") || FileManager.default.fileExists(atPath: reference) {
            return SourceFile.read(reference).mapError { LibraryError.unreadable($0) }
        }
        let parts = reference.split(separator: "/")
        let wantedLanguage = parts.count == 2 ? Language(rawValue: String(parts[0])) : nil
        let id = parts.count == 2 && wantedLanguage != nil ? String(parts[1]) : reference
        let all = entries()
        let matches = all.filter { $0.id == id && (wantedLanguage == nil || $0.language == wantedLanguage) }
        let chosen = matches.first { $0.language == language } ?? matches.first
        guard let chosen else {
            let hint = Suggestion.hint(for: id, in: all.map(\.id))
            return .failure(.notFound("no scenario '\(reference)' in the library\(hint); `callcoach list` shows them all"))
        }
        return .success(chosen.source)
    }

    /// Finds the rulebook a scenario names: a path relative to the scenario, else
    /// `rulebooks/NAME.yaml` beside or above the scenario's folder, else in the library.
    public func rulebook(named name: Located<String>, for scenarioFile: String) -> (Rulebook?, [Diagnostic]) {
        switch rulebookFile(name.value, scenarioFile: scenarioFile) {
        case nil:
            let message = "rulebook '\(name.value)' not found (looked for rulebooks/\(name.value).yaml beside the scenario and in the library)"
            return (nil, [Diagnostic(.error, message, at: name.location)])
        case .failure(let diagnostic)?:
            return (nil, [diagnostic, Diagnostic(.error, "rulebook '\(name.value)' (\(diagnostic.location.file)) cannot be read", at: name.location)])
        case .success(let file)?:
            if let cached = rulebookCache[file.path] { return cached }
            var (rulebook, diagnostics) = RulebookLoader.load(file, companions: companion)
            if rulebook == nil {
                diagnostics.append(Diagnostic(.error, "rulebook '\(name.value)' (\(file.path)) has errors", at: name.location))
            }
            rulebookCache[file.path] = (rulebook, diagnostics)
            return (rulebook, diagnostics)
        }
    }

    /// A rulebook's example files: beside it on disk, or among the shipped files for a shipped rulebook.
    private func companion(_ name: String, rulebookPath: String) -> Result<SourceFile, Diagnostic> {
        let shipped = "<shipped>/"
        guard rulebookPath.hasPrefix(shipped) else { return RulebookLoader.besideOnDisk(name, rulebookPath) }
        let key = FilePath.join(FilePath.folder(of: String(rulebookPath.dropFirst(shipped.count))), name)
        for case .embedded(let files) in roots {
            if let text = files[key] { return .success(SourceFile(path: shipped + key, text: text)) }
        }
        return .failure(Diagnostic(.error, "no such file", at: SourceLocation(file: shipped + key, line: 1, column: 1)))
    }

    /// The first rulebook file that exists, read (a file that exists but cannot be read is an
    /// error, never silently replaced by the shipped one); nil when there is none.
    private func rulebookFile(_ name: String, scenarioFile: String) -> Result<SourceFile, Diagnostic>? {
        let isPath = name.contains("/") || name.hasSuffix(".yaml")
        let scenarioDirectory = FilePath.folder(of: scenarioFile)
        var paths: [String] = []
        if isPath {
            paths.append(FilePath.join(scenarioDirectory, name))
        } else {
            let file = "rulebooks/\(name).yaml"
            paths.append(FilePath.join(scenarioDirectory, file))
            paths.append(FilePath.join(FilePath.parent(of: scenarioDirectory), file))
            for case .directory(let root) in roots { paths.append(FilePath.join(root, file)) }
        }
        if let path = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            return SourceFile.read(path)
        }
        guard !isPath else { return nil }
        for case .embedded(let files) in roots {
            if let text = files["rulebooks/\(name).yaml"] { return .success(SourceFile(path: "<shipped>/rulebooks/\(name).yaml", text: text)) }
        }
        return nil
    }

    private func yamlFiles(in root: Root) -> [SourceFile] {
        switch root {
        case .embedded(let files):
            return files.keys.sorted().filter { !$0.hasPrefix("rulebooks/") && $0.hasSuffix(".yaml") }
                .map { SourceFile(path: "<shipped>/\($0)", text: files[$0]!) }
        case .directory(let directory):
            return YAMLFiles.find(under: directory).compactMap { try? SourceFile.read($0).get() }
        }
    }
}

/// Why the library could not hand over a scenario.
public enum LibraryError: Error, Sendable, CustomStringConvertible {
    case notFound(String)
    case unreadable(Diagnostic)

    public var description: String {
        switch self {
        case .notFound(let message): message
        case .unreadable(let diagnostic): diagnostic.description
        }
    }
}
