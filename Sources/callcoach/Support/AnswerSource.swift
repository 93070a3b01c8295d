import Foundation
import Terminal

/// Lines a command reads: `play` takes its answers from `--answers FILE`, from the keyboard
/// through readline when both ends are a terminal, or from a pipe; `classify` and `stem` read
/// standard input. Files and pipes go through one reader (`PlainLineReader`), so the same
/// answers give the same transcript whichever way they come.
enum AnswerSource {
    case standardInput

    /// The lines of standard input, one at a time.
    func lines() -> AnyIterator<String> {
        let reader = PlainLineReader.standardInput()
        return AnyIterator { reader?.readLine(prompt: "") }
    }

    /// Where `play` reads its answers; `historyPath` is asked for only when readline is used.
    static func open(answers path: String?, interactive: Bool, historyPath: @autoclosure () -> String?) throws(AnswerFileError) -> any LineSource {
        if let path {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing }
            guard !isDirectory.boolValue, let reader = PlainLineReader(path: path) else { throw .unreadable }
            return reader
        }
        if interactive { return LineEditor(historyPath: historyPath()) }
        guard let reader = PlainLineReader.standardInput() else { throw .noInput }
        return reader
    }
}

enum AnswerFileError: Error, CustomStringConvertible {
    case missing, unreadable, noInput

    var description: String {
        switch self {
        case .missing: "no such answers file"
        case .unreadable: "answers file cannot be read"
        case .noInput: "standard input cannot be read"
        }
    }
}
