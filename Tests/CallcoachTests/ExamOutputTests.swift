import Foundation
import Testing

/// What a sitting prints and where its result goes: a Russian exam speaks only Russian, the
/// scorecard points to replaying the exam, and no result ever replaces an earlier file.
@Suite struct ExamOutputTests {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("exam-output-\(UUID().uuidString)")
    var environment: [String: String] {
        ["XDG_CONFIG_HOME": home.path + "/config", "XDG_DATA_HOME": home.path + "/data", "CALLCOACH_DB": home.path + "/progress.sqlite",
         "USER": "anna"]
    }

    func write(_ name: String, _ lines: [String]) throws -> String {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let path = home.appendingPathComponent(name).path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// One English call with no cool-down, so a test may sit it twice in a row.
    func examFile(coolDown: String = "0s") throws -> String {
        try OneCallExam.write(in: home, ["critical-rules: [proposal-instead-of-meeting]", "attempts: 5", "cool-down: \(coolDown)"])
    }

    /// The shipped Russian exam, sat under the Russian labels by a trainee with a Russian
    /// name: every Latin word left on screen is an id, a file name or the command to type.
    @Test func aRussianExamPrintsNoEnglish() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let answers = try write("answers.txt", ["Добрый день, соедините, пожалуйста, с директором", "Хорошо, вышлю КП на почту"])
        let ru = try Binary.run(["exam", "cold-call-basic", "--lang", "ru", "--seed", "7", "--answers", answers, "--trainee", "Ольга"],
                                in: home, environment: environment.merging(["LANG": "ru_RU.UTF-8"]) { $1 })
        #expect(ru.status == 1)
        let english = try Binary.run(["exam", "cold-call-basic", "--lang", "ru", "--ui", "en", "--seed", "7", "--answers", answers,
                                      "--trainee", "Ольга2"], in: home, environment: environment)
        // What is printed the same under English labels, whole or after a label ("Задача:" /
        // "Brief:"), is the scenarios' own words.
        let lines = english.stdout.split(separator: "\n").map(String.init)
        let content = Set(lines + lines.compactMap(Self.afterLabel))
        let labelled = (ru.stdout + ru.stderr).split(separator: "\n").map(String.init)
            .filter { !content.contains($0) && !(Self.afterLabel($0).map(content.contains) ?? false) }
        #expect(labelled.contains { $0.contains("Те же звонки ещё раз: callcoach exam cold-call-basic --lang ru --seed 7") })
        #expect(labelled.contains { $0.hasPrefix("результат: exam-cold-call-basic-Ольга-") })
        let allowed: Set<String> = ["CallCoach", "callcoach", "exam", "keys", "init", "lang", "ru", "seed"]
        for line in labelled {
            let stripped = line.replacingOccurrences(of: #"\S+\.json|[a-z0-9]+(-[a-z0-9]+)+"#, with: "", options: .regularExpression)
            let latin = stripped.split { !$0.isASCII || !$0.isLetter }.map(String.init).filter { !allowed.contains($0) }
            #expect(latin.isEmpty, "English on a Russian exam's screen: \(line)")
        }
    }

    private static func afterLabel(_ line: String) -> String? {
        line.firstRange(of: ": ").map { String(line[$0.upperBound...]) }
    }

    @Test func theScorecardPointsToReplayingTheExamNotTheCall() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let answers = try write("answers.txt", ["Hi, could you put me through to your director please?", "Sure, I'll email it over."])
        let exam = try examFile()
        let sat = try Binary.run(["exam", exam, "--lang", "en", "--seed", "11", "--answers", answers], in: home, environment: environment)
        #expect(sat.stdout.contains("Pass mark of this call: 60. The same calls again: callcoach exam \(exam) --lang en --seed 11 (a new attempt)"))
        #expect(!sat.stdout.contains("Replay this call"))
    }

    @Test func theDefaultResultNameNeverOverwritesAnEarlierResult() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let answers = try write("answers.txt", ["Hi, could you put me through to your director please?", "Sure, I'll email it over."])
        let exam = try examFile()
        #expect(try Binary.run(["exam", exam, "--answers", answers], in: home, environment: environment).status == 1)
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try Binary.run(["exam", exam, "--answers", answers], in: home, environment: environment).status == 1)
        let results = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.hasPrefix("exam-one-call-anna-") }.sorted()
        #expect(results.count == 2, "\(results)")
        #expect(results.allSatisfy { $0.wholeMatch(of: /exam-one-call-anna-\d{8}T\d{6}Z\.json/) != nil }, "\(results)")
    }

    /// A named result that exists is refused in one line before the sitting, so the refusal
    /// costs no attempt: the 24-hour cool-down of a failed one does not follow it.
    @Test func anExistingOutFileIsRefusedBeforeTheSittingCostsAnAttempt() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let answers = try write("answers.txt", ["Sure, I'll email it over."])
        let exam = try examFile(coolDown: "24h")
        let earlier = try write("result.json", ["{\"earlier\":true}"])
        let refused = try Binary.run(["exam", exam, "--answers", answers, "--out", earlier], in: home, environment: environment)
        #expect(refused.status == 2)
        #expect(refused.stderr == "callcoach: \(earlier) exists, and an exam result never overwrites a file; name another --out\n")
        #expect(refused.stdout.isEmpty)
        #expect(try String(contentsOfFile: earlier, encoding: .utf8) == "{\"earlier\":true}\n")
        let sat = try Binary.run(["exam", exam, "--answers", answers, "--out", home.path + "/other.json"], in: home, environment: environment)
        #expect(sat.status == 1)
        #expect(sat.stdout.contains("FAILED"), "\(sat.stderr)")
    }
}
