import ArgumentParser
import CallCoachKit
import Engine
import Judge
import ScenarioKit

/// `callcoach test PATH…`: plays the tests written inside scenario files.
struct TestScenarios: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the tests written inside scenario files.",
        discussion: "Prints each test as PASS or FAIL with the reason; exit 1 when any fails.")

    @Argument(help: "Scenario files or folders.")
    var paths: [String]

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one scenario file or folder, e.g. `callcoach test scenarios`") }
    }

    func run() throws {
        let library = library.library()
        let cache = ModelCache.standard()
        var passed = 0
        var failed = 0
        for file in try InputPaths.yamlFiles(paths) {
            let root: YAMLNode
            switch SourceFile.read(file).flatMap(YAMLParser.parse) {
            case .failure(let diagnostic):
                Output.line(diagnostic.description)
                Output.line("FAIL \(file): cannot be read, no test run")
                failed += 1
                continue
            case .success(let node):
                root = node
            }
            guard Linter.kind(of: root) != .rulebook else { continue }
            let (scenario, rulebook, diagnostics) = ScenarioLoader.load(root, path: file, rulebooks: library.rulebook)
            guard let scenario, let rulebook else {
                diagnostics.filter { $0.severity == .error }.sortedByLocation().forEach { Output.line($0.description) }
                Output.line("FAIL \(file): scenario has errors, no test run")
                failed += 1
                continue
            }
            let judge = cache.judge(rulebook, language: scenario.language)
            for result in ScenarioTestRunner.run(scenario, judge: judge) {
                if result.passed {
                    passed += 1
                    Output.line("PASS \(file): \(result.test.name) (score \(result.scorecard.score), \(result.scorecard.ending ?? "no ending"))")
                } else {
                    failed += 1
                    Output.line("FAIL \(file):\(result.test.location.line): \(result.test.name)")
                    result.failures.forEach { Output.line("     \($0)") }
                }
            }
        }
        Output.line("\(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }
}
