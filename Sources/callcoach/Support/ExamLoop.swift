import Certification
import Engine
import Foundation
import Terminal

/// Plays a sitting to its end from a line source, as `CallLoop` plays one call: answers go to
/// the sitting, `/quit` (or the end of input) abandons it, every other command is refused,
/// and the prompt shows the seconds left for the answer.
enum ExamLoop {
    /// - Parameters:
    ///   - record: given each batch with the sitting as it stands, before `show`: what the
    ///     trainee has seen is already kept.
    static func run(_ sitting: inout ExamSitting, source: any LineSource, renderer: TranscriptRenderer, text: ExamText,
                    record: ([ExamSitting.Output], ExamSitting) -> Void, show: ([ExamSitting.Output]) -> Void,
                    notice: ([CallOutput]) -> Void) {
        func shown(_ outputs: [ExamSitting.Output], _ sitting: ExamSitting) {
            record(outputs, sitting)
            show(outputs)
        }
        shown(sitting.start(), sitting)
        while !sitting.isOver {
            let prompt = (sitting.timeLeft.map(text.secondsLeft) ?? "") + renderer.prompt
            guard let line = source.readLine(prompt: prompt) else {
                shown(sitting.quit(), sitting)
                return
            }
            let blank = line.allSatisfy(\.isWhitespace)
            if source.showsInput && blank { continue }
            if !source.showsInput { notice([.notice(.echo(line))]) }
            switch TypedLine(line) {
            case .command(.quit): shown(sitting.quit(), sitting)
            case .command(let command): notice([.notice(.refused(command))])
            case .unknownCommand(let word): notice([.notice(.unknownCommand(word, suggestion: nil))])
            case .answer, .number: shown(sitting.answer(line), sitting)
            }
        }
    }
}

/// How the exam's own outputs read, besides the engine's events.
struct ExamPrinter {
    let json: Bool
    let renderer: TranscriptRenderer
    let text: ExamText
    let wrapping: Bool
    private let screen = Screen.standardOutput

    func show(_ outputs: [ExamSitting.Output]) {
        var lines: [String] = []
        for output in outputs {
            switch output {
            case .event(let event):
                lines += json ? [Self.encode(event)] : renderer.render(event)
            case .call(let number, let count, let title):
                lines.append(json ? #"{"call":\#(number),"of":\#(count),"type":"exam-call"}"#
                                  : "\n" + text.call(number, of: count, title: title))
            case .late(let seconds, let limit):
                lines.append(json ? #"{"limit":\#(limit),"seconds":\#(seconds),"type":"late"}"#
                                  : text.late(seconds: seconds, limit: limit))
            }
        }
        screen.write(lines, wrapping: wrapping && !json)
    }

    func notice(_ outputs: [CallOutput]) {
        guard !json else { return }
        screen.write(renderer.render(outputs), wrapping: wrapping)
    }

    static func encode(_ event: Event) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(event)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
