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
        let files = try InputPaths.yamlFiles(paths)
        var diagnostics = Linter.duplicateIDs(files)
        for file in files {
            diagnostics += Linter.lint(path: file, library: library)
        }
        diagnostics.sortedByLocation().forEach { Output.line($0.description) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        Output.diagnostic("\(files.count) file(s) checked: \(errors) error(s), \(warnings) warning(s)")
        if errors > 0 { throw ExitCode(1) }
    }
}
