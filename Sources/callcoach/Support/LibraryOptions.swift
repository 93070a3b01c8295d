import ArgumentParser
import CallCoachKit
import Foundation
import Judge
import ScenarioKit
import ShippedLibrary

/// `--scenarios DIR`, shared by every command that looks scenarios up by id.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("scenarios"), help: "Scenario library folder (default: $CALLCOACH_SCENARIOS, ./scenarios, then the shipped library).")
    var directory: String?

    func catalog() -> Catalog {
        Catalog(option: directory, shipped: ShippedFiles.all)
    }

    func library() -> ScenarioLibrary { catalog().library }

    /// A scenario loaded and checked, with its judge and provenance.
    func loadScenario(_ reference: String, language: Language? = nil) throws -> LoadedScenario {
        try catalog().scenario(reference, preferring: language)
    }

    /// A rulebook by library name or path.
    func loadRulebook(_ reference: String) throws -> Rulebook {
        try catalog().rulebook(reference)
    }
}
