import ArgumentParser
import Certification
import Foundation

/// `callcoach keys init|public`: the Ed25519 key that signs exam results.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The key that signs exam results (OpenSSH Ed25519, under $XDG_CONFIG_HOME/callcoach).",
        subcommands: [Init.self, Public.self])

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a new signing key; never replaces an existing one.")

        @Option(help: "The key's comment and allowed_signers principal (default: $USER@host).")
        var comment: String?

        func run() throws {
            let store = KeyStore.standard()
            let key: SigningKey
            do {
                key = try store.create(comment: comment ?? Keys.defaultComment)
            } catch {
                throw InputError(error.description)
            }
            Output.line("key written to \(store.privateKeyPath) (mode 0600)")
            Output.line("fingerprint \(key.publicKey.fingerprint)")
            Output.line("give this line to whoever verifies results (their allowed_signers file):")
            Output.line(AllowedSigners.line(principal: key.comment, key: key.publicKey))
        }
    }

    struct Public: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the public key line and an allowed_signers line for `ssh-keygen -Y verify`.")

        @Option(help: "The principal in the allowed_signers line (default: the key's comment).")
        var principal: String?

        func run() throws {
            let key: SigningKey
            do {
                key = try KeyStore.standard().load()
            } catch {
                throw InputError(error.description)
            }
            Output.line(key.publicKey.line(comment: key.comment))
            Output.line(AllowedSigners.line(principal: principal ?? key.comment, key: key.publicKey))
        }
    }

    static var defaultComment: String {
        let environment = ProcessInfo.processInfo.environment
        return "\(environment["USER"] ?? "callcoach")@\(ProcessInfo.processInfo.hostName)"
    }
}
