import Foundation
import Testing

/// `lint` run the way a trainer runs it: in a folder of their own scenarios, not the repository.
@Suite struct LintOwnFolderTests {
    private func freshFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("callcoach-own-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func ownScenario() throws -> String {
        try Binary.shipped("en/gatekeeper-proposal.yaml").replacingOccurrences(of: "id: gatekeeper-proposal\n", with: "id: my-call\n")
    }

    @Test func aScenarioAloneUsesTheShippedRulebook() throws {
        let folder = try freshFolder()
        try ownScenario().write(to: folder.appendingPathComponent("mine.yaml"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["lint", "."], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "1 file(s) checked: 0 error(s), 0 warning(s)\n")
    }

    @Test func aFolderWithItsOwnRulebooks() throws {
        let folder = try freshFolder()
        try FileManager.default.copyItem(at: Binary.repository.appendingPathComponent("scenarios/rulebooks"), to: folder.appendingPathComponent("rulebooks"))
        try ownScenario().write(to: folder.appendingPathComponent("mine.yaml"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["lint", "."], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "2 file(s) checked: 0 error(s), 0 warning(s)\n")
    }

    /// A one-letter folder is another path Foundation's `deletingLastPathComponent` traps on.
    @Test func aOneLetterFolder() throws {
        let folder = try freshFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a"), withIntermediateDirectories: true)
        try ownScenario().write(to: folder.appendingPathComponent("a/mine.yaml"), atomically: true, encoding: .utf8)
        for path in ["a", "./a/", "a/mine.yaml"] {
            let run = try Binary.run(["lint", path], in: folder)
            #expect(run.status == 0)
            #expect(run.stderr == "1 file(s) checked: 0 error(s), 0 warning(s)\n")
        }
    }

    @Test func aBrokenScenarioGetsDiagnosticsNotACrash() throws {
        let folder = try freshFolder()
        let text = try ownScenario().replacingOccurrences(of: "rulebook: cold-call\n", with: "rulebook: cold-cal\n")
        try text.write(to: folder.appendingPathComponent("mine.yaml"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["lint", "."], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout == "./mine.yaml:5:11: error: rulebook 'cold-cal' not found (looked for rulebooks/cold-cal.yaml beside the scenario and in the library)\n")
    }
}
