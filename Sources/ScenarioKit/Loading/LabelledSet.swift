import Foundation

/// One answer with the acts a person heard in it: a line of a rulebook's example file or of an
/// evaluation set.
public struct LabelledAnswer: Sendable {
    public var language: Language
    /// The other side's line the answer replies to: it settles what a short "ок" agrees to.
    public var counterpart: String
    public var acts: Set<ActID>
    public var text: String
    /// Where it was written, so a report can point at it.
    public var location: SourceLocation

    public init(language: Language, counterpart: String, acts: Set<ActID>, text: String, location: SourceLocation) {
        self.language = language
        self.counterpart = counterpart
        self.acts = acts
        self.text = text
        self.location = location
    }
}

/// Reads labelled answers: UTF-8 TSV, `lang<TAB>counterpart line<TAB>acts<TAB>answer`, acts
/// comma-separated or `-` for none, `#` comments. Plain text, so a trainer can paste in the
/// answers the judge got wrong with the right acts.
public enum LabelledSet {
    public static func read(_ path: String, vocabulary: Set<ActID>) -> Result<[LabelledAnswer], Diagnostic> {
        SourceFile.read(path).flatMap { parse($0, vocabulary: vocabulary) }
    }

    public static func parse(_ file: SourceFile, vocabulary: Set<ActID>) -> Result<[LabelledAnswer], Diagnostic> {
        var text = file.text
        return text.withUTF8 { parse($0, path: file.path, vocabulary: vocabulary) }
    }

    /// Works on the file's bytes: a rulebook's example files are thousands of lines, read on
    /// every start, and splitting them as Strings was most of a rulebook's load time.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String, vocabulary: Set<ActID>) -> Result<[LabelledAnswer], Diagnostic> {
        var answers: [LabelledAnswer] = []
        var actSets: [String: Set<ActID>] = [:]
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            let lineEnd = (lineStart..<bytes.count).first { bytes[$0] == UInt8(ascii: "\n") } ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            let location = SourceLocation(file: path, line: lineNumber, column: 1)
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
            guard fields.count == 4 else {
                return .failure(Diagnostic(.error, "expected 4 tab-separated fields (lang, counterpart, acts, answer), found \(fields.count)", at: location))
            }
            guard let language = Language(rawValue: fields[0]) else {
                return .failure(Diagnostic(.error, "language '\(fields[0])' is not ru or en", at: location))
            }
            let acts: Set<ActID>
            if let known = actSets[fields[2]] {
                acts = known
            } else {
                let listed = fields[2] == "-" ? [] : fields[2].split(separator: ",").map { ActID(String(String($0).trimmingWhitespace())) }
                if let unknown = listed.first(where: { !vocabulary.contains($0) }) {
                    let column = (fields[0] + fields[1]).unicodeScalars.count + 3
                    let hint = Suggestion.hint(for: unknown.rawValue, in: vocabulary.map(\.rawValue))
                    return .failure(Diagnostic(.error, "unknown act '\(unknown)'\(hint)", at: SourceLocation(file: path, line: lineNumber, column: column)))
                }
                acts = Set(listed)
                actSets[fields[2]] = acts
            }
            guard !isBlank(fields[3]) else {
                return .failure(Diagnostic(.error, "the answer is empty", at: location))
            }
            answers.append(LabelledAnswer(language: language, counterpart: fields[1], acts: acts, text: fields[3], location: location))
        }
        return .success(answers)
    }

    /// Blank, looking at Unicode properties only when a letter is not plain ASCII.
    private static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte >= 0x80 { return text.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
            if byte != 32 && byte != 9 && byte != 13 { return false }
        }
        return true
    }
}
