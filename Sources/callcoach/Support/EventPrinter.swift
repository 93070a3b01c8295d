import Engine
import Foundation
import Terminal

/// Prints what a call produces to standard output: a transcript (coloured by the renderer's
/// style, wrapped to the terminal when `wrapping`), or with `--json` the engine's events only,
/// one JSON object a line with sorted keys, so scripts and diffs see stable text and the
/// terminal's notices stay out.
struct EventPrinter {
    let json: Bool
    let renderer: TranscriptRenderer
    let wrapping: Bool
    private let screen = Screen.standardOutput
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    init(json: Bool, renderer: TranscriptRenderer, wrapping: Bool) {
        self.json = json
        self.renderer = renderer
        self.wrapping = wrapping
    }

    func print(_ outputs: [CallOutput]) {
        guard json else { return screen.write(renderer.render(outputs), wrapping: wrapping) }
        let lines = outputs.compactMap { output -> String? in
            guard case .event(let event) = output, let data = try? encoder.encode(event) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
        screen.write(lines, wrapping: false)
    }
}
