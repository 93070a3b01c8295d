/// Plays a call to its end: the opening, then one line at a time from the source until the
/// call ends or the input does (then the call is abandoned, and still gets its scorecard).
public enum CallLoop {
    /// - Parameters:
    ///   - source: where lines come from; lines it does not show are echoed into the
    ///     transcript, and blank lines typed at a prompt are ignored rather than judged.
    ///   - prompt: what readline shows before the cursor.
    ///   - show: prints what each step produced.
    public static func run(_ call: inout CallController, source: any LineSource, prompt: String, show: ([CallOutput]) -> Void) {
        var opening = call.start()
        if source.showsInput {
            let afterBrief = opening.firstIndex { if case .event(.start) = $0 { true } else { false } }.map { $0 + 1 } ?? 0
            opening.insert(.notice(.welcome), at: afterBrief)
        }
        show(opening)
        while !call.isOver {
            guard let line = source.readLine(prompt: prompt) else {
                show(call.leave())
                return
            }
            if source.showsInput && line.trimmed.isEmpty { continue }
            show((source.showsInput ? [] : [.notice(.echo(line))]) + call.enter(line))
        }
    }
}
