import Foundation
import Testing

/// The exam as sshd's ForceCommand starts it: `scripts/callcoach-exam-login` runs the real
/// binary with the trainee taken from the login name, whatever the trainee asked for in
/// SSH_ORIGINAL_COMMAND, and the answers come down the connection on stdin.
@Suite struct ProctoredExamTests {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("proctored-\(UUID().uuidString)")
    static let login = Binary.repository.appendingPathComponent("scripts/callcoach-exam-login").path
    static let hostile = "callcoach exam x --trainee someone-else; rm -rf ~"

    /// The environment sshd (and sudo) would give the script, pointed at scratch folders.
    func environment(_ login: [String: String]) throws -> [String: String] {
        let exam = try OneCallExam.write(in: home, ["critical-rules: [proposal-instead-of-meeting]", "attempts: 3", "cool-down: 24h"])
        return login.merging([
            "SSH_ORIGINAL_COMMAND": Self.hostile, "HOME": home.path, "XDG_CONFIG_HOME": home.path + "/config",
            "CALLCOACH_DB": home.path + "/progress.sqlite", "CALLCOACH_BIN": Binary.path, "CALLCOACH_EXAM": exam,
            "CALLCOACH_EXAM_LANG": "en", "CALLCOACH_RESULTS": home.path + "/results",
        ]) { $1 }
    }

    var answers: Data {
        Data((ExamAttemptsCommandTests.winning.joined(separator: "\n") + "\n").utf8)
    }

    func results() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: home.path + "/results").sorted()
    }

    @Test func theTraineeIsTheLoginNameAndTheOriginalCommandIsIgnored() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = try environment(["USER": "anna", "LOGNAME": "anna", "SUDO_USER": ""])
        let sentinel = home.appendingPathComponent("still-here")
        try Data().write(to: sentinel)
        let sat = try Binary.run([], stdin: answers, environment: environment, executable: Self.login)
        #expect(sat.status == 0, "\(sat.stdout)\(sat.stderr)")
        #expect(sat.stdout.contains("Trainee         anna"))
        #expect(!(sat.stdout + sat.stderr).contains("someone-else"))
        #expect(FileManager.default.fileExists(atPath: sentinel.path), "nothing of SSH_ORIGINAL_COMMAND ran")
        let written = try results()
        #expect(written.count == 1 && written[0].hasPrefix("exam-one-call-anna-"), "\(written)")
        let result = try String(contentsOfFile: home.path + "/results/" + written[0], encoding: .utf8)
        #expect(result.contains(#""trainee":"anna""#))

        // The attempt is in the progress database the head of sales reports from.
        let report = try Binary.run(["report", "--trainee", "anna", "--ui", "en"], environment: environment)
        #expect(report.stdout.contains("one-call: passed on"), "\(report.stdout)")
    }

    /// Under sudo, USER and LOGNAME name the service account; SUDO_USER, set by sudo from the
    /// caller's real user id, names the trainee.
    @Test func throughSudoTheTraineeIsTheCaller() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = try environment(["USER": "callcoach", "LOGNAME": "callcoach", "SUDO_USER": "boris"])
        let sat = try Binary.run([], stdin: Data("Sure, I'll email it over.\n".utf8), environment: environment, executable: Self.login)
        #expect(sat.status == 1)
        #expect(sat.stdout.contains("Trainee         boris"))
        #expect(try results().first?.hasPrefix("exam-one-call-boris-") == true)
    }

    @Test func argumentsAreRefusedSoNothingCanBeChosen() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = try environment(["USER": "anna", "LOGNAME": "anna", "SUDO_USER": ""])
        let refused = try Binary.run(["--trainee", "someone-else"], stdin: answers, environment: environment, executable: Self.login)
        #expect(refused.status == 2)
        #expect(refused.stderr == "callcoach-exam-login: takes no arguments\n")
        #expect(!FileManager.default.fileExists(atPath: home.path + "/results"))
    }
}
