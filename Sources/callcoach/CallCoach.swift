import ArgumentParser
import CallCoachKit
import Foundation
import ProgressStore

/// The `callcoach` command: thin glue over the library modules.
@main
struct CallCoach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callcoach",
        abstract: "A flight simulator for sales calls: play scripted calls, get judged, check scenarios.",
        discussion: "Exit codes: 0 ok, 1 the checked thing failed, 2 usage or input error.",
        subcommands: [Play.self, Report.self, History.self, Review.self, Unclear.self, Forget.self, Lint.self, TestScenarios.self, Graph.self, List.self,
                      Classify.self, Stem.self, EvalJudge.self, Bench.self, BenchStore.self, Keys.self, ExamCommand.self, Verify.self, CertificateCommand.self, Export.self])

    /// Usage errors exit with 2 and one line, as the command line contract promises, rather
    /// than the parser's default 64 and full usage text.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if let input = error as? InputError {
                Output.error(input.description)
                Foundation.exit(2)
            }
            if let store = error as? StoreError {
                Output.error("progress database: \(store)")
                Foundation.exit(2)
            }
            if let catalog = error as? CatalogError {
                catalog.diagnostics.forEach { Output.diagnostic($0.description) }
                Output.error(catalog.description)
                Foundation.exit(2)
            }
            if error is ExitCode || error is CleanExit {
                Foundation.exit(code.rawValue)
            }
            let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            Output.error("\(message) (see 'callcoach help')")
            Foundation.exit(code == .validationFailure ? 2 : (code.rawValue == 1 ? 2 : code.rawValue))
        }
    }
}
