import Foundation

extension ScenarioLibrary {
    /// An exam named by path, or by id among `exams/*.yaml` in the library's roots (earlier
    /// roots first), preferring `language` when the id exists in several languages.
    public func examFile(_ reference: String, preferring language: Language?) -> Result<SourceFile, LibraryError> {
        if reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") || FileManager.default.fileExists(atPath: reference) {
            return SourceFile.read(reference).mapError { LibraryError.unreadable($0) }
        }
        let headers = examFiles().compactMap { file in Self.examHeader(file).map { (file, $0.id, $0.language) } }
        let matches = headers.filter { $0.1 == reference }
        guard let chosen = matches.first(where: { $0.2 == language }) ?? matches.first else {
            let ids = Array(Set(headers.map(\.1))).sorted()
            return .failure(.notFound("no exam '\(reference)' in the library\(Suggestion.hint(for: reference, in: ids)); exams live in scenarios/exams"))
        }
        return .success(chosen.0)
    }

    private func examFiles() -> [SourceFile] {
        roots.flatMap { root -> [SourceFile] in
            switch root {
            case .embedded(let files):
                files.keys.sorted().filter { $0.hasPrefix("exams/") && $0.hasSuffix(".yaml") }
                    .map { SourceFile(path: "<shipped>/\($0)", text: files[$0]!) }
            case .directory(let directory):
                YAMLFiles.find(under: FilePath.join(directory, "exams")).compactMap { try? SourceFile.read($0).get() }
            }
        }
    }

    private static func examHeader(_ file: SourceFile) -> (id: String, language: Language)? {
        guard case .success(let root) = YAMLParser.parse(file), Linter.kind(of: root) == .exam,
              case .scalar(let id, false)? = root.entry("id")?.kind,
              case .scalar(let language, false)? = root.entry("language")?.kind, let language = Language(rawValue: language) else { return nil }
        return (id, language)
    }
}
