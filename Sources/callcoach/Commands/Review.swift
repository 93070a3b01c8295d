import ArgumentParser
import Foundation
import ProgressStore
import Terminal

/// `callcoach review SESSION`: one call as a manager reads it when coaching — each line, the
/// answer, and under it what the judge heard, why, and which rules it applied.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The transcript of one call with the judge's verdict and reasons under each answer.")

    @Argument(help: "The call's number from `history`, or TRAINEE/ATTEMPT (e.g. anna/3).")
    var session: String

    @Flag(help: "Print the call as JSON, the engine's verdicts as they were recorded.")
    var json = false

    @Option(help: "Language of the labels: ru or en (default: from LANG).")
    var ui: UILanguage?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if SessionReference(session) == nil { throw ValidationError("'\(session)' is neither a call number nor TRAINEE/ATTEMPT") }
    }

    func run() throws {
        guard let transcript = try store.open().review(SessionReference(session)!) else {
            throw InputError("no call '\(session)' (see `callcoach history`)")
        }
        if json {
            return Output.line(String(decoding: try ReportFormat.json.encode(transcript), as: UTF8.self))
        }
        let text = ReportText(language: ui ?? UILanguage.fromEnvironment(ProcessInfo.processInfo.environment))
        TranscriptView(transcript: transcript, text: text).lines().forEach { Output.line($0) }
    }
}
