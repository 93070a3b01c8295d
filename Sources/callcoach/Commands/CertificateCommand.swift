import ArgumentParser
import Certification
import Foundation
import ScenarioKit

/// `callcoach certificate RESULT.json`: the result as a readable certificate.
struct CertificateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificate",
        abstract: "Print an exam result as a certificate (text or Markdown), in the exam's language or --lang.")

    @Argument(help: "The result document.")
    var result: String

    @Option(help: "text or markdown.")
    var format: Certificate.Format = .text

    @Option(help: "Language of the labels: ru or en (default: the exam's).")
    var lang: Language?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: result) else { throw InputError("\(result): cannot be read") }
        let document: ExamResult
        do {
            document = try ExamResult.read(data)
        } catch {
            throw InputError("\(result): not an exam result")
        }
        // Only a signature that matches these bytes is named; whose key it is, `verify` says.
        let signature = (try? String(contentsOfFile: result + ".sig", encoding: .utf8)).flatMap { try? SSHSignature(armored: $0) }
        let signer = signature.map { (try? $0.verify(data)) != nil ? $0.publicKey.fingerprint : "signature does not match: run `callcoach verify`" }
        Output.line(Certificate(result: document, signer: signer, language: lang).render(format), terminator: "")
    }
}

extension Certificate.Format: ExpressibleByArgument {}
