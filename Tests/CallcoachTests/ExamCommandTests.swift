import Foundation
import Testing

/// The exam as a trainee and a manager meet it: sit, sign, verify, sign off, certificate.
@Suite struct ExamCommandTests {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("exam-\(UUID().uuidString)")
    var environment: [String: String] {
        ["XDG_CONFIG_HOME": home.path + "/config", "XDG_DATA_HOME": home.path + "/data", "USER": "anna",
         "CALLCOACH_DB": home.path + "/progress.sqlite",
         "SSH_ORIGINAL_COMMAND": "callcoach exam cold-call-basic --trainee boss"]
    }

    func examFile() throws -> String {
        try OneCallExam.write(in: home, [
            "critical-rules: [proposal-instead-of-meeting]", "time-per-answer: 90", "attempts: 3", "cool-down: 24h", "valid-for: 365d",
        ])
    }

    func write(_ name: String, _ lines: [String]) throws -> String {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let path = home.appendingPathComponent(name).path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aPassedSittingIsSignedVerifiedSignedOffAndCertified() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try Binary.run(["keys", "init", "--comment", "proctor"], environment: environment).status == 0)
        let answers = try write("answers.txt", [
            "Hi Laura, this is Alex from Brightline. Could you put me through to David Miller, please?",
            "I understand. But the proposal depends on how his fleet runs, so I need two minutes with him. Could you connect me?",
            "Hi David, Alex from Brightline. We cut fuel costs for three hauliers your size. I'd like to set up a short meeting.",
            "I understand. But the numbers depend on your routes. Could we meet on Tuesday at 10 or Wednesday at 3?",
            "Great, so that's Tuesday at 10am at your depot. I'll send an invite. See you then!",
        ])
        let result = home.appendingPathComponent("result.json").path
        let sat = try Binary.run(["exam", try examFile(), "--lang", "en", "--answers", answers, "--out", result, "--seed", "3"], environment: environment)
        #expect(sat.status == 0, "\(sat.stderr)")
        #expect(sat.stdout.contains("PASSED"))
        #expect(sat.stdout.contains("Trainee         anna"), "the trainee is the login name, as under ForceCommand; SSH_ORIGINAL_COMMAND is ignored")
        #expect(FileManager.default.fileExists(atPath: result + ".sig"))

        let verified = try Binary.run(["verify", result], environment: environment)
        #expect(verified.status == 0)
        #expect(verified.stdout.contains("result: valid, signed by proctor"))
        #expect(try Binary.run(["verify", result, "--sign-off"], environment: environment).status == 0)
        #expect(try Binary.run(["verify", result], environment: environment).stdout.contains("manager's sign-off: valid"))

        let certificate = try Binary.run(["certificate", result, "--format", "markdown", "--lang", "ru"], environment: environment)
        #expect(certificate.stdout.hasPrefix("# Сертификат CallCoach"))
        #expect(certificate.stdout.contains("| Результат | СДАН |"))

        let exported = try Binary.run(["export", "--xapi", result], environment: environment)
        #expect(exported.status == 0)
        #expect(exported.stdout.contains(#""verb":{"display":{"en-US":"passed"},"id":"http://adlnet.gov/expapi/verbs/passed"}"#))
        #expect(exported.stdout.contains("/xapi/signature-sha256"))

        let text = try String(contentsOfFile: result, encoding: .utf8)
        try text.replacingOccurrences(of: "\"trainee\":\"anna\"", with: "\"trainee\":\"boris\"").write(toFile: result, atomically: true, encoding: .utf8)
        let tampered = try Binary.run(["verify", result], environment: environment)
        #expect(tampered.status == 1)
        #expect(tampered.stdout.contains("result: not valid: document edited"))
    }

    @Test func theTrapFailsTheExamAndTheCoolDownRefusesTheNextAttempt() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let answers = try write("answers.txt", ["Hi, could you put me through to your director please?", "Sure, I'll email it over."])
        let result = home.appendingPathComponent("result.json").path
        let sat = try Binary.run(["exam", try examFile(), "--lang", "en", "--answers", answers, "--out", result], environment: environment)
        #expect(sat.status == 1)
        #expect(sat.stdout.contains("FAILED"))
        #expect(sat.stdout.contains("critical rule 'proposal-instead-of-meeting'"))
        #expect(sat.stdout.contains("not signed: no key"))
        let again = try Binary.run(["exam", try examFile(), "--lang", "en", "--answers", answers, "--out", result], environment: environment)
        #expect(again.status == 1)
        #expect(again.stderr.contains("the last attempt failed; the next may start at"))
    }

    @Test func quittingIsAnAttemptAndUnknownExamsAreInputErrors() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let answers = try write("answers.txt", ["/hint", "/quit"])
        let result = home.appendingPathComponent("result.json").path
        let quit = try Binary.run(["exam", try examFile(), "--lang", "en", "--answers", answers, "--out", result, "--json"], environment: environment)
        #expect(quit.status == 1)
        #expect(quit.stdout.contains(#""reasons":[{"kind":"abandoned""#))
        let unknown = try Binary.run(["exam", "cold-call-basik"], environment: environment)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no exam 'cold-call-basik'"))
    }
}
