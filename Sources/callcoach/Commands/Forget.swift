import ArgumentParser
import Foundation
import ProgressStore

/// `callcoach forget TRAINEE`: removes a trainee and every call they played, after asking.
struct Forget: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove a trainee and every call they played (asks first, or --yes).")

    @Argument(help: "The trainee's name.")
    var trainee: String

    @Flag(help: "Do not ask.")
    var yes = false

    @OptionGroup var store: StoreOptions

    func run() throws {
        let database = try store.open()
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else { throw InputError("forgetting '\(trainee)' needs a yes: add --yes") }
            Output.line("Forget '\(trainee)' and every call they played? [y/N] ", terminator: "")
            guard let reply = readLine(), ["y", "yes", "д", "да"].contains(reply.lowercased()) else {
                return Output.line("Nothing removed.")
            }
        }
        guard let calls = try database.forget(trainee) else { throw InputError("no trainee '\(trainee)'") }
        Output.line("Forgot '\(trainee)': \(calls) call\(calls == 1 ? "" : "s") removed.")
    }
}
