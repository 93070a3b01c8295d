import Engine

/// Plays a call to its end: the opening, then one line at a time from the source until the
/// call ends or the input does (then the call is abandoned, and still gets its scorecard).
public enum CallLoop {
    /// - Parameters:
    ///   - source: where lines come from; lines it does not show are echoed into the
    ///     transcript, and blank lines typed at a prompt are ignored rather than judged.
    ///   - prompt: what readline shows before the cursor.
    ///   - record: sees each step's outputs and the session after it, before they are shown,
    ///     so a host can keep the call (every turn's full record, whatever the mode shows).
    ///   - show: prints what each step produced.
    public static func run(_ call: inout CallController, source: any LineSource, prompt: String,
                           record: ((Session, [CallOutput]) -> Void)? = nil, show: ([CallOutput]) -> Void) {
        var opening = call.start()
        if source.showsInput {
            let afterBrief = opening.firstIndex { if case .event(.start) = $0 { true } else { false } }.map { $0 + 1 } ?? 0
            opening.insert(.notice(.welcome), at: afterBrief)
        }
        record?(call.session, opening)
        show(opening)
        while !call.isOver {
            guard let line = source.readLine(prompt: prompt) else {
                let leaving = call.leave()
                record?(call.session, leaving)
                show(leaving)
                return
            }
            if source.showsInput && line.trimmed.isEmpty { continue }
            let outputs = (source.showsInput ? [] : [.notice(.echo(line))]) + call.enter(line)
            record?(call.session, outputs)
            show(outputs)
        }
    }
}
