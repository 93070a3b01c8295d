import Engine
import Foundation
import Judge
import ScenarioKit

/// What every command that plays, checks or judges a scenario needs, in one place: finding a
/// scenario or rulebook (a path, an id in `--scenarios`, `$CALLCOACH_SCENARIOS`, `./scenarios`
/// or the shipped library), loading and checking it, the judge from the model cache, and the
/// provenance that ties a recorded call to the exact content it was played on. It returns
/// typed errors; only the command layer turns them into exit codes.
public final class Catalog {
    public let library: ScenarioLibrary
    public let cache: ModelCache

    public init(library: ScenarioLibrary, cache: ModelCache = .standard()) {
        self.library = library
        self.cache = cache
    }

    /// The catalog a command uses: `option` (`--scenarios`), else the environment's, else
    /// `./scenarios`; the shipped files always come last.
    public convenience init(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment, shipped: [String: String]) {
        self.init(library: .standard(option: option, environment: environment, embedded: shipped), cache: .standard(environment: environment))
    }

    /// A scenario ready to play: checked, with its judge and provenance.
    public func scenario(_ reference: String, preferring language: Language? = nil) throws(CatalogError) -> LoadedScenario {
        let file: SourceFile
        switch library.scenarioFile(reference, preferring: language) {
        case .success(let found): file = found
        case .failure(.notFound(let message)): throw .notFound(message)
        case .failure(.unreadable(let diagnostic)): throw .unreadable(diagnostic)
        }
        return try load(file)
    }

    /// A scenario file already read.
    public func load(_ file: SourceFile) throws(CatalogError) -> LoadedScenario {
        let (scenario, rulebook, diagnostics) = ScenarioLoader.load(file, rulebooks: library.rulebook)
        guard let scenario, let rulebook else { throw .invalid(file: file.path, diagnostics: diagnostics) }
        let judge = cache.judge(rulebook, language: scenario.language)
        let provenance = Provenance(scenario: Fingerprint.scenario(file), rulebook: Fingerprint.rulebook(rulebook))
        return LoadedScenario(scenario: scenario, rulebook: rulebook, judge: judge, provenance: provenance, warnings: diagnostics)
    }

    /// A rulebook by library name or path.
    public func rulebook(_ reference: String) throws(CatalogError) -> Rulebook {
        let name = Located(reference, at: SourceLocation(file: "--rulebook", line: 1, column: 1))
        let (rulebook, diagnostics) = library.rulebook(named: name, for: FileManager.default.currentDirectoryPath + "/-")
        guard let rulebook else {
            let own = diagnostics.filter { $0.location.file != "--rulebook" }
            if own.isEmpty { throw .noRulebook(reference) }
            throw .invalid(file: reference, diagnostics: own)
        }
        return rulebook
    }
}

/// A scenario ready to be played.
public struct LoadedScenario: Sendable {
    public var scenario: Scenario
    public var rulebook: Rulebook
    public var judge: Judge
    public var provenance: Provenance
    /// Warnings the scenario loaded with.
    public var warnings: [Diagnostic]

    /// A new session over this scenario.
    public func session(mode: Mode, seed: UInt64) -> Session {
        Session(scenario: scenario, judge: judge, mode: mode, seed: seed, provenance: provenance)
    }
}

/// Why a scenario or rulebook could not be handed over.
public enum CatalogError: Error, Sendable, CustomStringConvertible {
    case notFound(String)
    case unreadable(Diagnostic)
    /// The file has errors; the diagnostics say which.
    case invalid(file: String, diagnostics: [Diagnostic])
    case noRulebook(String)

    public var description: String {
        switch self {
        case .notFound(let message): message
        case .unreadable(let diagnostic): diagnostic.description
        case .invalid(let file, _): "\(file) has errors; fix them (see `callcoach lint \(file)`)"
        case .noRulebook(let reference):
            "no rulebook '\(reference)': give a file path, or a name found as rulebooks/NAME.yaml here, in --scenarios, or shipped"
        }
    }

    /// The problems to print above the one-line reason.
    public var diagnostics: [Diagnostic] {
        if case .invalid(_, let diagnostics) = self { return diagnostics.filter { $0.severity == .error }.sortedByLocation() }
        return []
    }
}
