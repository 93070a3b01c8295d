import Foundation

/// Answers read one a line from a file or a pipe. Bytes that are not UTF-8 become U+FFFD
/// rather than an error, and Windows line ends are dropped, so a file saved anywhere plays.
enum AnswerSource {
    case file([String])
    case standardInput

    static func file(_ path: String) throws -> AnswerSource {
        guard FileManager.default.fileExists(atPath: path) else { throw AnswerFileError.missing }
        guard let data = FileManager.default.contents(atPath: path) else { throw AnswerFileError.unreadable }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        return .file(lines)
    }

    func lines() -> AnyIterator<String> {
        switch self {
        case .file(let lines):
            var iterator = lines.makeIterator()
            return AnyIterator { iterator.next() }
        case .standardInput:
            return AnyIterator {
                guard let line = readLine(strippingNewline: true) else { return nil }
                return line.hasSuffix("\r") ? String(line.dropLast()) : line
            }
        }
    }
}

enum AnswerFileError: Error, CustomStringConvertible {
    case missing, unreadable

    var description: String {
        switch self {
        case .missing: "no such answers file"
        case .unreadable: "answers file cannot be read"
        }
    }
}
