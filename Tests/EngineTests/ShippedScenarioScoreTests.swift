import Foundation
import Judge
import ScenarioKit
import Testing
@testable import Engine

/// Every shipped scenario, played along each of its own tests: no lost or abandoned call
/// scores as high as any won one, and each has a win and a loss to compare.
@Suite struct ShippedScenarioScoreTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios")

    static var files: [String] {
        ["ru", "en"].flatMap { YAMLFiles.find(under: root.appendingPathComponent($0).path) }
    }

    @Test(arguments: files)
    func everyLossScoresBelowEveryWin(path: String) throws {
        let library = ScenarioLibrary(roots: [.directory(Self.root.path)])
        let file = try SourceFile.read(path).get()
        let (loaded, rulebook, diagnostics) = ScenarioLoader.load(file, rulebooks: library.rulebook)
        let scenario = try #require(loaded, "\(diagnostics)")
        let judge = Judge(rulebook: try #require(rulebook), language: scenario.language)
        let cards = ScenarioTestRunner.run(scenario, judge: judge).map(\.scorecard)
        let wins = cards.filter { $0.outcome == .win }.map(\.score)
        let losses = cards.filter { $0.outcome != .win }.map(\.score)
        #expect(!wins.isEmpty && !losses.isEmpty, "\(path) needs a test that wins and one that loses")
        if let best = losses.max(), let worst = wins.min() {
            #expect(best < worst, "\(path): a loss scored \(best), a win \(worst)")
        }
    }
}
