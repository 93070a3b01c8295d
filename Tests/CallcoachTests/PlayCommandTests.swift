import Foundation
import Testing

@Suite struct PlayCommandTests {
    private let answers = """
    Добрый день, меня зовут Иван, компания «ОфисПро». Соедините, пожалуйста, с директором.
    Хорошо, вышлю КП на почту.

    """

    private func answersFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("answers-\(UUID().uuidString).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func answersFilePlaysTheWholeCall() throws {
        let run = try Binary.run(["play", "gatekeeper-proposal", "--lang", "ru", "--ui", "en", "--answers", try answersFile(answers), "--seed", "3"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("You: Хорошо, вышлю КП на почту."))
        #expect(run.stdout.contains("! rule proposal-instead-of-meeting"))
        #expect(run.stdout.contains("Outcome: lost"))
        #expect(run.stderr.isEmpty)
    }

    @Test func theCallsLanguageSetsTheLabelsAndIsSaid() throws {
        let run = try Binary.run(["play", "gatekeeper-proposal", "--lang", "ru", "--answers", try answersFile(answers), "--seed", "3"],
                                 environment: ["LANG": "en_US.UTF-8"])
        #expect(run.stdout.contains("Звонок на русском; тренировка"))
        #expect(run.stdout.contains("Вы: Хорошо, вышлю КП на почту."))
        #expect(run.stdout.contains("Сыграть этот звонок заново: --seed 3"))
    }

    @Test func withoutASeedEachCallDrawsOneAndShowsIt() throws {
        let run = try Binary.run(["play", "gatekeeper-proposal", "--lang", "en", "--answers", try answersFile("")])
        let seed = try #require(run.stdout.split(separator: "\n").last { $0.contains("--seed") }?.split(separator: " ").last)
        #expect(UInt64(seed) != nil)
    }

    @Test func aLostCallScoresUnderThePassMarkAndNamesItsViolation() throws {
        let input = "Hi Laura, this is Alex from Brightline. Could you put me through to David Miller, please?\nSure, I'll email it over.\n"
        let run = try Binary.run(["play", "gatekeeper-proposal", "--lang", "en", "--seed", "2"], stdin: Data(input.utf8))
        #expect(run.stdout.contains("Outcome: lost"))
        #expect(run.stdout.contains("Violations: Proposal instead of a meeting ×1"))
        #expect(!run.stdout.contains("Violations: none"))
    }

    @Test func pipedAnswersAndAnswersFileGiveTheSameTranscript() throws {
        let file = try Binary.run(["play", "gatekeeper-proposal", "--lang", "ru", "--answers", try answersFile(answers), "--seed", "5"])
        let piped = try Binary.run(["play", "gatekeeper-proposal", "--lang", "ru", "--seed", "5"], stdin: Data(answers.utf8))
        #expect(file.stdout == piped.stdout)
        #expect(!file.stdout.isEmpty)
    }

    @Test func jsonLinesAreEventsAndSeedReplays() throws {
        let arguments = ["play", "gatekeeper-proposal", "--lang", "en", "--json", "--seed", "9"]
        let input = Data("Hi, could you put me through to the director?\nSure, I'll email it over.\n".utf8)
        let first = try Binary.run(arguments, stdin: input)
        let second = try Binary.run(arguments, stdin: input)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let types = try first.stdout.split(separator: "\n").map { line -> String in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["type"] as? String ?? "?"
        }
        #expect(types.first == "start")
        #expect(types.last == "scorecard")
        #expect(types.contains("verdict"))
        #expect(first.stdout.contains("\"ending\":\"lost-to-email\""))
    }

    @Test func runningOutOfAnswersAbandonsTheCall() throws {
        let run = try Binary.run(["play", "gatekeeper-proposal", "--lang", "en"], stdin: Data("Hello, who handles fleet operations?\n".utf8))
        #expect(run.status == 0)
        #expect(run.stdout.contains("Outcome: abandoned"))
    }

    @Test func garbageAnswersAreUnclearNotFatal() throws {
        var bytes = Data("\u{1F600}\u{1F600}\n12345\n".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0x0A])
        bytes.append(Data(String(repeating: "x", count: 1 << 20).utf8))
        bytes.append(0x0A)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("garbage-\(UUID().uuidString).txt")
        try bytes.write(to: url)
        let run = try Binary.run(["play", "gatekeeper-proposal", "--lang", "en", "--answers", url.path, "--json"])
        #expect(run.status == 0)
        #expect(run.stdout.components(separatedBy: "\"unclear\":true").count - 1 == 3)
        #expect(run.stdout.contains("\"ending\":\"lost-unclear\""))
    }

    @Test func unknownScenarioIsAnInputError() throws {
        let run = try Binary.run(["play", "gatekeper-proposal"])
        #expect(run.status == 2)
        #expect(run.stderr == "callcoach: no scenario 'gatekeper-proposal' in the library; did you mean 'gatekeeper-proposal'?; `callcoach list` shows them all\n")
    }

    @Test func badOptionValueIsAUsageError() throws {
        let run = try Binary.run(["play", "gatekeeper-proposal", "--mode", "expert"])
        #expect(run.status == 2)
        #expect(run.stderr.split(separator: "\n").count == 1)
    }
}
