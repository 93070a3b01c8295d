import ArgumentParser
import Foundation
import ScenarioKit

/// `callcoach list`: the scenarios a trainee can play.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the scenarios in the library.")

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let entries = library.library().entries()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            Output.line(String(decoding: try encoder.encode(entries), as: UTF8.self))
            return
        }
        let header = ["ID", "LANG", "STAGE", "ROLE", "DIFF", "TITLE", "FILE"]
        let rows = entries.map { [$0.id, $0.language.rawValue, $0.stage, $0.role, String($0.difficulty), $0.title, $0.file] }
        Table.print([header] + rows)
    }
}
