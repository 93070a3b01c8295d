import CallCoachKit
import Foundation
import ScenarioKit

/// An exam ready to sit: checked, with its file's SHA-256 and the drawn scenarios loaded.
public struct PreparedExam: Sendable {
    public var exam: Exam
    public var sha256: String
    public var calls: [LoadedScenario]
    public var seed: UInt64

    /// Finds `reference` (a path or an id) in the catalog's library, checks it as `lint`
    /// would, and loads the calls `seed` draws.
    public static func prepare(_ reference: String, catalog: Catalog, language: Language?, seed: UInt64) throws(CatalogError) -> PreparedExam {
        let file: SourceFile
        switch catalog.library.examFile(reference, preferring: language) {
        case .success(let found): file = found
        case .failure(.notFound(let message)): throw .notFound(message)
        case .failure(.unreadable(let diagnostic)): throw .unreadable(diagnostic)
        }
        let parsed: YAMLNode
        switch YAMLParser.parse(file) {
        case .success(let node): parsed = node
        case .failure(let diagnostic): throw .invalid(file: file.path, diagnostics: [diagnostic])
        }
        let (exam, diagnostics) = ExamLoader.load(parsed, path: file.path)
        guard let exam else { throw .invalid(file: file.path, diagnostics: diagnostics) }
        let problems = ExamLoader.check(exam, library: catalog.library)
        guard !problems.hasErrors else { throw .invalid(file: file.path, diagnostics: problems) }
        var calls: [LoadedScenario] = []
        for call in ExamDraw(exam, seed: seed).calls {
            calls.append(try catalog.scenario("\(exam.language.rawValue)/\(call.scenario)", preferring: exam.language))
        }
        return PreparedExam(exam: exam, sha256: Fingerprint.sha256(Data(file.text.utf8)), calls: calls, seed: seed)
    }
}
