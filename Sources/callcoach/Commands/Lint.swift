import ArgumentParser
import ScenarioKit

/// `callcoach lint PATH…`: every problem in scenario and rulebook files, compiler style.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check scenario and rulebook files; prints file:line:col: error|warning: message.",
        discussion: "Exit 1 when any file has errors; warnings alone exit 0.")

    @Argument(help: "Files or folders (searched for .yaml files).")
    var paths: [String]

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to lint, e.g. `callcoach lint scenarios`") }
    }

    func run() throws {
        let library = library.library()
        var errors = 0
        var warnings = 0
        var files = 0
        for file in InputPaths.yamlFiles(paths) {
            files += 1
            let diagnostics = Linter.lint(path: file, library: library).sortedByLocation()
            diagnostics.forEach { Output.line($0.description) }
            errors += diagnostics.filter { $0.severity == .error }.count
            warnings += diagnostics.filter { $0.severity == .warning }.count
        }
        Output.diagnostic("\(files) file(s) checked: \(errors) error(s), \(warnings) warning(s)")
        if errors > 0 { throw ExitCode(1) }
    }
}
