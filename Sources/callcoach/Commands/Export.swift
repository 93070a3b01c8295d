import ArgumentParser
import CallCoachKit
import Certification
import Foundation

/// `callcoach export --xapi RESULT.json…`: exam results as xAPI statements for an LMS.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write exam results as xAPI statements (cmi5 passed/failed), one JSON object a line.")

    @Flag(help: "xAPI statements (the only format so far).")
    var xapi = false

    @Option(help: "The IRI of the system the trainee names are accounts of; also the root of activity ids.")
    var homePage = "https://callcoach.local"

    @Argument(help: "Result documents (their .sig beside them, when signed).")
    var results: [String]

    func validate() throws {
        guard xapi else { throw ValidationError("say which format: --xapi") }
        guard !results.isEmpty else { throw ValidationError("give at least one RESULT.json") }
    }

    func run() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for path in results {
            guard let data = FileManager.default.contents(atPath: path) else { throw InputError("\(path): cannot be read") }
            guard let result = try? ExamResult.read(data) else { throw InputError("\(path): not an exam result") }
            let signature = FileManager.default.contents(atPath: path + ".sig").map(Fingerprint.sha256)
            let statement = XAPIStatement(result, signatureSHA256: signature, homePage: homePage)
            Output.line(String(decoding: try encoder.encode(statement), as: UTF8.self))
        }
    }
}
