/// What a line the trainee entered means. A line that starts with `/` is a command, never an
/// answer; a bare number picks one of the options on screen (the controller decides whether
/// any are); everything else is an answer, passed on exactly as typed.
public enum TypedLine: Equatable, Sendable {
    case answer(String)
    case command(SlashCommand)
    /// A `/word` that names no command, as typed.
    case unknownCommand(String)
    case number(Int)

    public init(_ line: String) {
        let trimmed = line.trimmed
        if trimmed.hasPrefix("/") {
            let word = String(trimmed.prefix { !$0.isWhitespace })
            self = SlashCommand(rawValue: String(word.dropFirst()).lowercased()).map(TypedLine.command) ?? .unknownCommand(word)
        } else if (1...3).contains(trimmed.count), trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(trimmed) {
            self = .number(number)
        } else {
            self = .answer(line)
        }
    }
}

extension StringProtocol {
    /// Without white space at either end.
    var trimmed: SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
