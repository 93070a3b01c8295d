import Foundation
import Testing

/// `play --json` of each shipped scenario's best path, compared byte for byte with the
/// transcript kept in Golden/: any change to the events a front end, the progress store or an
/// exam relies on shows up here. Regenerate with CALLCOACH_UPDATE_GOLDEN=1 after a deliberate
/// change, and read the diff.
@Suite struct GoldenTranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// `LANG.SCENARIO.answers`: one answer a line.
    static var answerFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".answers") }.sorted()
    }

    @Test(arguments: answerFiles)
    func transcriptIsUnchanged(name: String) throws {
        let parts = name.split(separator: ".")
        let (language, scenario) = (String(parts[0]), String(parts[1]))
        let answers = Self.folder.appendingPathComponent(name)
        let run = try Binary.run(["play", scenario, "--lang", language, "--json", "--seed", "1", "--answers", answers.path])
        #expect(run.status == 0)
        let golden = answers.deletingPathExtension().appendingPathExtension("jsonl")
        if ProcessInfo.processInfo.environment["CALLCOACH_UPDATE_GOLDEN"] == "1" {
            try run.stdout.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(run.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func anExamShowsNothingJudgedBeforeTheScorecard() throws {
        let input = "Hi Laura, this is Alex from Brightline. Could you put me through to David Miller?\n/hint\nSure, I'll email it over.\n"
        let run = try Binary.run(["play", "gatekeeper-proposal", "--lang", "en", "--mode", "exam", "--json", "--seed", "1"], stdin: Data(input.utf8))
        let events = try run.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        let types = events.map { $0["type"] as? String ?? "?" }
        #expect(types.last == "scorecard")
        let beforeCard = types.dropLast()
        #expect(beforeCard.allSatisfy { ["start", "line", "notice", "ending"].contains($0) }, "\(types)")
        #expect(!run.stdout.dropLast(1).split(separator: "\n").dropLast().contains { $0.contains("\"points\"") || $0.contains("\"coach") })
        #expect(events.contains { $0["kind"] as? String == "help-refused" })
    }
}
