import Foundation
import Testing

@Suite struct KeysCommandTests {
    @Test func initWritesAPrivateKeyOnceAndPublicPrintsItsLines() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("keys-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: config) }
        let environment = ["XDG_CONFIG_HOME": config.path]
        let made = try Binary.run(["keys", "init", "--comment", "proctor"], environment: environment)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("SHA256:"))
        let again = try Binary.run(["keys", "init"], environment: environment)
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
        let shown = try Binary.run(["keys", "public"], environment: environment)
        let lines = shown.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("ssh-ed25519 AAAA") == true)
        #expect(lines.last?.hasPrefix("proctor namespaces=\"callcoach-exam\" ssh-ed25519 AAAA") == true)
    }

    @Test func publicWithoutAKeySaysHowToMakeOne() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("keys-\(UUID().uuidString)")
        let run = try Binary.run(["keys", "public"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("callcoach keys init"))
    }
}
