import ArgumentParser
import Foundation
import Judge
import ScenarioKit
import ShippedLibrary

/// `--scenarios DIR`, shared by every command that looks scenarios up by id.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("scenarios"), help: "Scenario library folder (default: $CALLCOACH_SCENARIOS, ./scenarios, then the shipped library).")
    var directory: String?

    func library() -> ScenarioLibrary {
        ScenarioLibrary.standard(option: directory, environment: ProcessInfo.processInfo.environment, embedded: ShippedFiles.all)
    }

    /// A scenario loaded and checked, with its judge; diagnostics and exit 2 otherwise.
    func loadScenario(_ reference: String, language: Language? = nil) -> (Scenario, Judge) {
        let library = library()
        let file: SourceFile
        switch library.scenarioFile(reference, preferring: language) {
        case .success(let found): file = found
        case .failure(let error): InputError(error.description).exit()
        }
        let (scenario, rulebook, diagnostics) = ScenarioLoader.load(file, rulebooks: library.rulebook)
        guard let scenario, let rulebook else {
            diagnostics.sortedByLocation().forEach { Output.diagnostic($0.description) }
            InputError("\(file.path): scenario has errors; fix them (see `callcoach lint \(file.path)`)").exit()
        }
        return (scenario, ModelCache.standard().judge(rulebook, language: scenario.language))
    }

    /// A rulebook by library name or path; its errors and exit 2 when it cannot be used.
    func loadRulebook(_ reference: String) -> Rulebook {
        let library = library()
        let name = Located(reference, at: SourceLocation(file: "--rulebook", line: 1, column: 1))
        let (rulebook, diagnostics) = library.rulebook(named: name, for: FileManager.default.currentDirectoryPath + "/-")
        guard let rulebook else {
            diagnostics.filter { $0.location.file != "--rulebook" }.sortedByLocation().forEach { Output.diagnostic($0.description) }
            let found = diagnostics.contains { $0.location.file != "--rulebook" }
            InputError(found ? "rulebook '\(reference)' has errors (above)"
                : "no rulebook '\(reference)': give a file path, or a name found as rulebooks/NAME.yaml here, in --scenarios, or shipped").exit()
        }
        return rulebook
    }
}
