import ArgumentParser
import Certification
import Foundation

/// `callcoach verify RESULT.json`: is the result what its signer signed, by a key we trust?
/// With `--sign-off`, a manager who has checked it adds their own signature beside it.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check an exam result's signature (and a manager's sign-off) against the allowed signers.",
        discussion: """
            The same check without CallCoach: ssh-keygen -Y verify -f allowed_signers -I SIGNER -n callcoach-exam -s RESULT.json.sig < RESULT.json
            Exit codes: 0 valid, 1 not valid (what does not match is printed), 2 usage or input error.
            """)

    @Argument(help: "The result document.")
    var result: String

    @Option(help: "The signature (default: RESULT.sig).")
    var signature: String?

    @Option(help: "OpenSSH allowed_signers file naming the trusted keys (default: $XDG_CONFIG_HOME/callcoach/allowed_signers, else your own key).")
    var allowedSigners: String?

    @Flag(help: "After a valid check, sign the result with your key as the manager's sign-off (RESULT.manager.sig).")
    var signOff = false

    func run() throws {
        let document = try read(result)
        let allowed = try trusted()
        let signaturePath = signature ?? result + ".sig"
        var valid = check(document, signaturePath: signaturePath, allowed: allowed, role: "result")
        let managerPath = result + ".manager.sig"
        if FileManager.default.fileExists(atPath: managerPath) {
            valid = check(document, signaturePath: managerPath, allowed: allowed, role: "manager's sign-off") && valid
        }
        guard valid else { throw ExitCode(1) }
        if signOff {
            let fingerprint = try ResultSigning.sign(document, path: managerPath)
            Output.line("signed off by \(fingerprint): \(managerPath)")
        }
    }

    private func check(_ document: Data, signaturePath: String, allowed: AllowedSigners, role: String) -> Bool {
        guard let text = try? String(contentsOfFile: signaturePath, encoding: .utf8) else {
            Output.line("\(role): not valid: no signature at \(signaturePath)")
            return false
        }
        do {
            let signer = try ResultVerifier.verify(document: document, signature: text, allowed: allowed)
            Output.line("\(role): valid, signed by \(signer.principals.joined(separator: ", ")) (\(signer.fingerprint))")
            return true
        } catch {
            Output.line("\(role): not valid: \(error.description)")
            return false
        }
    }

    private func read(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError("\(path): cannot be read") }
        return data
    }

    /// The keys a signature may be by: the file given, the configured file, else the local key.
    private func trusted() throws -> AllowedSigners {
        let store = KeyStore.standard()
        let configured = store.directory + "/allowed_signers"
        if let path = allowedSigners ?? (FileManager.default.fileExists(atPath: configured) ? configured : nil) {
            return AllowedSigners(text: String(decoding: try read(path), as: UTF8.self))
        }
        guard let key = try? store.load() else {
            throw InputError("no allowed signers: give --allowed-signers FILE (lines from `callcoach keys public`)")
        }
        return AllowedSigners(entries: [.init(principals: [key.comment], namespaces: nil, key: key.publicKey)])
    }
}
