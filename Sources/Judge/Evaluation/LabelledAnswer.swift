import Foundation
import ScenarioKit

/// One answer of an evaluation set with the acts a person heard in it.
public struct LabelledAnswer: Sendable {
    public var language: Language
    public var counterpart: String
    public var acts: Set<ActID>
    public var text: String
    /// Where it was written, so a report can point at it.
    public var location: SourceLocation
}

/// Reads evaluation sets: UTF-8 TSV, `lang<TAB>counterpart line<TAB>acts<TAB>answer`, acts
/// comma-separated or `-` for none, `#` comments. Kept as plain text so a trainer can add the
/// answers the judge got wrong.
public enum LabelledSet {
    public static func read(_ path: String, vocabulary: Set<ActID>) -> Result<[LabelledAnswer], Diagnostic> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Diagnostic(.error, "cannot read the evaluation set", at: start))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(Diagnostic(.error, "not valid UTF-8 text", at: start))
        }
        var answers: [LabelledAnswer] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let location = SourceLocation(file: path, line: index + 1, column: 1)
            if line.isEmpty || line.hasPrefix("#") || (index == 0 && line.hasPrefix("\u{FEFF}#")) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else {
                return .failure(Diagnostic(.error, "expected 4 tab-separated fields (lang, counterpart, acts, answer), found \(fields.count)", at: location))
            }
            guard let language = Language(rawValue: fields[0].replacingOccurrences(of: "\u{FEFF}", with: "")) else {
                return .failure(Diagnostic(.error, "language '\(fields[0])' is not ru or en", at: location))
            }
            let acts = fields[2] == "-" ? [] : fields[2].split(separator: ",").map { ActID(String($0).trimmingCharacters(in: .whitespaces)) }
            if let unknown = acts.first(where: { !vocabulary.contains($0) }) {
                return .failure(Diagnostic(.error, "unknown act '\(unknown)'", at: location))
            }
            answers.append(LabelledAnswer(language: language, counterpart: fields[1], acts: Set(acts), text: fields[3], location: location))
        }
        return .success(answers)
    }
}
