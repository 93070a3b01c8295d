import ArgumentParser
import ScenarioKit

/// `callcoach graph SCENARIO`: the call as a graph for Graphviz or Mermaid.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a scenario's call graph (steps, replies, milestones, endings).",
        discussion: "Render with: callcoach graph SCENARIO | dot -Tsvg > call.svg")

    @Argument(help: "A scenario file, or an id from the library.")
    var scenario: String

    @Option(help: "dot (Graphviz) or mermaid.")
    var format: GraphExporter.Format = .dot

    @Option(help: "Prefer this scenario language when an id exists in several: ru or en.")
    var lang: Language?

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let scenario = try library.loadScenario(scenario, language: lang).scenario
        Output.line(GraphExporter.export(scenario, as: format), terminator: "")
    }
}

extension GraphExporter.Format: ExpressibleByArgument {}
