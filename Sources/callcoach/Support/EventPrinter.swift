import Engine
import Foundation
import Terminal

/// Prints events as a transcript or as JSON lines (`--json`: one event object a line, keys
/// sorted, so scripts and diffs see stable text).
struct EventPrinter {
    let json: Bool
    let renderer: TranscriptRenderer
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    init(json: Bool, renderer: TranscriptRenderer) {
        self.json = json
        self.renderer = renderer
    }

    mutating func print(_ events: [Event]) {
        for event in events {
            if json {
                if let data = try? encoder.encode(event) { Output.line(String(decoding: data, as: UTF8.self)) }
            } else {
                renderer.render(event).forEach { Output.line($0) }
            }
        }
    }
}
