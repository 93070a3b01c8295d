import ArgumentParser
import CallCoachKit
import Foundation
import Engine
import Judge
import ScenarioKit

/// `callcoach test PATH…`: plays the tests written inside scenario files, and files of
/// recorded calls through their scenarios.
struct TestScenarios: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the tests written inside scenario files, and recorded whole calls.",
        discussion: """
        Prints each test as PASS or FAIL with the reason; exit 1 when any fails. Recorded calls \
        (files with 'calls:') report how many reach the ending expected; they fail the run only \
        below --min-agreement.
        """)

    @Argument(help: "Scenario files, files of recorded calls, or folders.")
    var paths: [String]

    @Option(help: ArgumentHelp("Share of recorded calls (0–1) that must reach their expected ending.", valueName: "rate"))
    var minAgreement = 1.0

    @Flag(help: "List every recorded call that ended elsewhere, with what the judge heard.")
    var verbose = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one scenario file or folder, e.g. `callcoach test scenarios`") }
        if !(0...1).contains(minAgreement) { throw ValidationError("--min-agreement is a share from 0 to 1, e.g. 0.9") }
    }

    func run() throws {
        let catalog = library.catalog()
        var tally = Tally()
        for file in try InputPaths.yamlFiles(paths) {
            let root: YAMLNode
            switch SourceFile.read(file).flatMap(YAMLParser.parse) {
            case .failure(let diagnostic):
                Output.line(diagnostic.description)
                Output.line("FAIL \(file): cannot be read, no test run")
                tally.failed += 1
                continue
            case .success(let node):
                root = node
            }
            switch Linter.kind(of: root) {
            case .rulebook?: continue
            case .calls?: runCalls(root, file: file, catalog: catalog, tally: &tally)
            case .scenario?, nil: runTests(root, file: file, catalog: catalog, tally: &tally)
            }
        }
        Output.line("\(tally.passed) passed, \(tally.failed) failed")
        if tally.calls > 0 {
            let rate = Double(tally.callsAgreeing) / Double(tally.calls)
            Output.line("recorded calls: \(tally.callsAgreeing) of \(tally.calls) reach the expected ending (\(String(format: "%.1f%%", rate * 100)), required \(String(format: "%.1f%%", minAgreement * 100)))")
            if rate < minAgreement { throw ExitCode(1) }
        }
        if tally.failed > 0 { throw ExitCode(1) }
    }

    private struct Tally {
        var passed = 0
        var failed = 0
        var calls = 0
        var callsAgreeing = 0
    }

    private func runTests(_ root: YAMLNode, file: String, catalog: Catalog, tally: inout Tally) {
        let (scenario, rulebook, diagnostics) = ScenarioLoader.load(root, path: file, rulebooks: catalog.library.rulebook)
        guard let scenario, let rulebook else {
            diagnostics.filter { $0.severity == .error }.sortedByLocation().forEach { Output.line($0.description) }
            Output.line("FAIL \(file): scenario has errors, no test run")
            tally.failed += 1
            return
        }
        let judge = catalog.cache.judge(rulebook, language: scenario.language)
        for result in ScenarioTestRunner.run(scenario, judge: judge) {
            if result.passed {
                tally.passed += 1
                Output.line("PASS \(file): \(result.test.name) (score \(result.scorecard.score), \(result.scorecard.ending ?? "no ending"))")
            } else {
                tally.failed += 1
                Output.line("FAIL \(file):\(result.test.location.line): \(result.test.name)")
                result.failures.forEach { Output.line("     \($0)") }
            }
        }
    }

    private func runCalls(_ root: YAMLNode, file: String, catalog: Catalog, tally: inout Tally) {
        let (recorded, diagnostics) = CallsLoader.load(root, path: file)
        guard let recorded, let loaded = try? catalog.scenario("\(recorded.language.rawValue)/\(recorded.scenario.value)", preferring: recorded.language) else {
            diagnostics.filter { $0.severity == .error }.forEach { Output.line($0.description) }
            Output.line("FAIL \(file): the calls or their scenario have errors, no call played")
            tally.failed += 1
            return
        }
        let results = CallsRunner.run(recorded, scenario: loaded.scenario, judge: loaded.judge)
        let agreeing = results.filter(\.passed).count
        tally.calls += results.count
        tally.callsAgreeing += agreeing
        Output.line("CALLS \(file): \(agreeing) of \(results.count) reach the expected ending")
        guard verbose else { return }
        for result in results where !result.passed {
            Output.line("  \(file):\(result.call.location.line): \(result.call.name): expected \(result.call.ending.value), got \(result.scorecard.ending ?? "no ending")")
            for verdict in result.verdicts {
                let heard = verdict.unclear ? "unclear" : verdict.acts.map(\.act.rawValue).joined(separator: ", ")
                Output.line("     \(verdict.step): \(verdict.answer) → [\(heard)] \(verdict.reply ?? "otherwise")")
            }
        }
    }
}
