import Foundation
import Testing

/// Whole calls written apart from a scenario: `test` plays them and measures how many end as
/// expected; `lint` checks they name a real scenario and real endings.
@Suite struct RecordedCallsTests {
    static func folder(_ calls: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("calls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try calls.write(to: folder.appendingPathComponent("calls.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    static let calls = """
    scenario: gatekeeper-proposal
    language: en
    calls:
      - name: the trap
        answers: ["Hi, could you put me through to the director?", "Sure, I'll email it over."]
        ending: lost-to-email
      - name: expected wrongly
        answers: ["Look, don't waste my time, just put me through to your boss."]
        ending: meeting-booked

    """

    @Test func callsAreMeasuredAgainstTheRequiredShare() throws {
        let folder = try Self.folder(Self.calls)
        let strict = try Binary.run(["test", "calls.yaml", "--verbose"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("CALLS calls.yaml: 1 of 2 reach the expected ending"))
        #expect(strict.stdout.contains("expected wrongly: expected meeting-booked, got hung-up"))
        #expect(strict.stdout.contains("recorded calls: 1 of 2 reach the expected ending (50.0%, required 100.0%)"))
        let lenient = try Binary.run(["test", "calls.yaml", "--min-agreement", "0.5"], in: folder)
        #expect(lenient.status == 0)
    }

    @Test func lintChecksTheScenarioAndTheEndings() throws {
        let folder = try Self.folder(Self.calls.replacingOccurrences(of: "ending: meeting-booked", with: "ending: meeting-bookd"))
        let lint = try Binary.run(["lint", "calls.yaml"], in: folder)
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("calls.yaml:9:13: error: call 'expected wrongly' expects ending 'meeting-bookd', which scenario 'gatekeeper-proposal' does not have; did you mean 'meeting-booked'?"))
    }
}
