/// Draws a scenario's call graph for trainers: steps as boxes, wins and losses as coloured
/// endings, replies as edges labelled with the acts they need, their points and milestones.
public enum GraphExporter {
    public enum Format: String, CaseIterable, Sendable { case dot, mermaid }

    public static func export(_ scenario: Scenario, as format: Format) -> String {
        switch format {
        case .dot: dot(scenario)
        case .mermaid: mermaid(scenario)
        }
    }

    struct Edge {
        var from: String
        var to: String
        var label: String
        var isOtherwise: Bool
        var milestone: String?
    }

    static func edges(_ scenario: Scenario) -> [Edge] {
        scenario.steps.flatMap { step in
            step.replies.map { reply in
                Edge(from: step.id, to: name(reply.target.value), label: label(reply), isOtherwise: false,
                     milestone: milestone(reply.effects, in: scenario))
            } + [Edge(from: step.id, to: name(step.otherwise.then.value),
                      label: "otherwise ×\(step.otherwise.limit + 1)", isOtherwise: true, milestone: nil)]
        }
    }

    /// The title (or id) of the first milestone an effect list reaches.
    static func milestone(_ effects: [Effect], in scenario: Scenario) -> String? {
        effects.lazy.compactMap { effect in
            scenario.variable(effect.variable.value).flatMap { $0.isMilestone ? ($0.title ?? $0.name) : nil }
        }.first
    }

    static func name(_ target: Target) -> String {
        switch target {
        case .step(let id), .ending(let id): id
        }
    }

    static func label(_ reply: Reply) -> String {
        var parts: [String] = []
        let when = reply.when
        if !when.all.isEmpty { parts.append(when.all.map(\.value.rawValue).joined(separator: " + ")) }
        if !when.any.isEmpty { parts.append("any of " + when.any.map(\.value.rawValue).joined(separator: ", ")) }
        if !when.none.isEmpty { parts.append("not " + when.none.map(\.value.rawValue).joined(separator: ", ")) }
        if !when.rules.isEmpty { parts.append("rule " + when.rules.map(\.value).joined(separator: " | ")) }
        if let condition = when.expression { parts.append("if \(condition.value)") }
        if !when.patterns.isEmpty { parts.append("\"" + when.patterns.map(\.value.source).joined(separator: "\" | \"") + "\"") }
        if parts.isEmpty { parts.append("any answer") }
        if reply.points != 0 { parts.append(reply.points > 0 ? "+\(reply.points)" : "\(reply.points)") }
        return parts.joined(separator: "\n")
    }

    static func firstLine(_ step: Step, limit: Int = 40) -> String {
        guard let line = step.say.first?.text.value else { return "" }
        return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
    }

    private static func dot(_ scenario: Scenario) -> String {
        func quote(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        var lines = ["digraph \(quote(scenario.id)) {",
                     "  label=\(quote(scenario.title)); labelloc=t; rankdir=LR;",
                     "  node [fontname=\"Helvetica\"]; edge [fontname=\"Helvetica\", fontsize=10];",
                     "  \"__start\" [shape=point];",
                     "  \"__start\" -> \(quote(scenario.startStep));"]
        for step in scenario.steps {
            lines.append("  \(quote(step.id)) [shape=box, style=rounded, label=\(quote("\(step.id)\n\(firstLine(step))"))];")
        }
        for ending in scenario.endings {
            let colour = ending.outcome == .win ? "palegreen" : "lightpink"
            lines.append("  \(quote(ending.id)) [shape=doubleoctagon, style=filled, fillcolor=\(colour), label=\(quote("\(ending.id)\n\(ending.outcome.rawValue)"))];")
        }
        for edge in edges(scenario) {
            var attributes = ["label=\(quote(edge.milestone.map { "\(edge.label)\n★ \($0)" } ?? edge.label))"]
            if edge.isOtherwise { attributes.append("style=dashed") }
            if edge.milestone != nil { attributes.append("penwidth=2") }
            lines.append("  \(quote(edge.from)) -> \(quote(edge.to)) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func mermaid(_ scenario: Scenario) -> String {
        var ids: [String: String] = [:]
        func id(_ name: String) -> String {
            if let known = ids[name] { return known }
            let made = "n\(ids.count)"
            ids[name] = made
            return made
        }
        func text(_ value: String) -> String {
            value.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "\n", with: "<br/>")
        }
        var lines = ["flowchart LR", "  %% \(scenario.title)", "  start((start)) --> \(id(scenario.startStep))"]
        for step in scenario.steps {
            lines.append("  \(id(step.id))[\"\(text("\(step.id)\n\(firstLine(step))"))\"]")
        }
        for ending in scenario.endings {
            lines.append("  \(id(ending.id)){{\"\(text("\(ending.id)\n\(ending.outcome.rawValue)"))\"}}")
            lines.append("  class \(id(ending.id)) \(ending.outcome.rawValue)")
        }
        for edge in edges(scenario) {
            let label = text(edge.milestone.map { "\(edge.label)\n★ \($0)" } ?? edge.label)
            let arrow = edge.isOtherwise ? "-.->" : (edge.milestone != nil ? "==>" : "-->")
            lines.append("  \(id(edge.from)) \(arrow)|\"\(label)\"| \(id(edge.to))")
        }
        lines.append("  classDef win fill:#c8f7c5")
        lines.append("  classDef loss fill:#f7c5c5")
        return lines.joined(separator: "\n") + "\n"
    }
}
