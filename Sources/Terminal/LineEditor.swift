@preconcurrency import CReadline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The prompt of an interactive call: GNU readline with UTF-8 editing (Cyrillic moves and
/// deletes by character), history kept per trainee, Tab completing the slash commands, Ctrl-C
/// that clears the line (and on an empty line leaves the call), and the terminal put back as
/// it was whenever a read ends, however it ends.
///
/// Readline keeps its state in C globals. This file is the only one that touches them, always
/// from the thread that runs the call, and there is at most one editor per process; that is
/// what `@preconcurrency import CReadline` and the one `nonisolated(unsafe)` below assert.
/// Keys are read through readline's callback interface so that signals, noted by the C
/// handlers in `shim.h`, are acted on here between keystrokes rather than inside a handler.
public final class LineEditor: LineSource {
    public let showsInput = true
    private let historyPath: String?
    private let wakeUp: Int32

    /// What readline handed to the line handler: set inside `rl_callback_read_char`, taken
    /// right after it returns.
    private enum Received { case line(String), end }
    nonisolated(unsafe) private static var received: Received?

    /// True when both ends are a terminal: readline reads the keyboard and draws on the
    /// screen, so a pipe on either side means plain lines instead.
    public static var isAvailable: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// - Parameter historyPath: the trainee's history file (see `HistoryFile`), or nil for none.
    public init(historyPath: String?) {
        LineEditor.useUTF8Locale()
        self.historyPath = historyPath
        wakeUp = callcoach_catch_signals()
        rl_readline_name = UnsafePointer(strdup("callcoach"))
        rl_catch_signals = 0
        rl_catch_sigwinch = 0
        rl_change_environment = 0
        rl_attempted_completion_function = { text, start, _ in
            rl_attempted_completion_over = 1
            guard start == 0, let text else { return nil }
            return rl_completion_matches(text) { text, index in
                let matches = text.map { SlashCommand.completions(for: String(cString: $0)) } ?? []
                return matches.indices.contains(Int(index)) ? strdup(matches[Int(index)]) : nil
            }
        }
        rl_initialize()
        using_history()
        stifle_history(Int32(HistoryFile.limit))
        if let historyPath {
            HistoryFile.makeFolder(for: historyPath)
            read_history(historyPath)
        }
    }

    /// The next line typed, or nil when the trainee leaves: Ctrl-D or Ctrl-C on an empty line,
    /// a closed terminal, SIGTERM. The cursor is at the start of a fresh line either way.
    /// A Ctrl-C from before the prompt is dropped (it meant nothing to this line); other
    /// signals from then still count, and the width is measured again in case it changed.
    public func readLine(prompt: String) -> String? {
        LineEditor.received = nil
        var early = Int(callcoach_take_signals()) & ~CALLCOACH_INTERRUPT
        rl_reset_screen_size()
        rl_callback_handler_install(prompt) { line in
            rl_callback_handler_remove()
            LineEditor.received = line.map { .line(String(cString: $0)) } ?? .end
            free(line)
        }
        defer {
            rl_callback_handler_remove()
            fflush(rl_outstream)
        }
        while LineEditor.received == nil {
            var waits = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeUp, events: Int16(POLLIN), revents: 0)]
            if early == 0, poll(&waits, nfds_t(waits.count), -1) < 0, errno != EINTR { return leave() }
            let signals = early | Int(callcoach_take_signals())
            early = 0
            if signals & (CALLCOACH_HANG_UP | CALLCOACH_TERMINATE) != 0 { return leave() }
            if signals & CALLCOACH_SUSPEND != 0 { suspend() }
            if signals & CALLCOACH_RESIZE != 0 { rl_resize_terminal() }
            if signals & CALLCOACH_INTERRUPT != 0 {
                if rl_end == 0 { return leave(echoing: SIGINT) }
                clearLine()
                continue
            }
            if waits[0].revents & Int16(POLLIN) != 0 {
                rl_callback_read_char()
            } else if waits[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                return leave()
            }
        }
        guard case .line(let line) = LineEditor.received else { return leave(newLine: !readlineEndsTheLineAtEndOfFile) }
        remember(line)
        return line
    }

    /// Ctrl-Z: give the shell its terminal back while stopped, and redraw the line on `fg`.
    private func suspend() {
        rl_cleanup_after_signal()
        callcoach_suspend()
        rl_reset_after_signal()
        rl_forced_update_display()
    }

    /// Ends the read with no line, leaving the cursor on a new line.
    private func leave(echoing signal: Int32? = nil, newLine: Bool = true) -> String? {
        if let signal { rl_echo_signal_char(signal) }
        rl_callback_handler_remove()
        if newLine { fputs("\n", rl_outstream) }
        return nil
    }

    /// Readline moves to a new line itself after Ctrl-D when it brackets pastes (its default
    /// since 8.1), and not otherwise.
    private var readlineEndsTheLineAtEndOfFile: Bool {
        rl_variable_value("enable-bracketed-paste").map { String(cString: $0) == "on" } ?? false
    }

    /// Ctrl-C on a line with text: show `^C` after it, and start the line again, empty.
    private func clearLine() {
        rl_point = rl_end
        rl_redisplay()
        rl_echo_signal_char(SIGINT)
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_replace_line("", 1)
        rl_point = 0
        rl_crlf()
        rl_on_new_line()
        rl_redisplay()
    }

    /// Adds a typed line to the history, unless blank or the same as the last, and saves it
    /// at once so a killed process loses nothing.
    private func remember(_ line: String) {
        guard !line.trimmed.isEmpty else { return }
        if history_length > 0, let last = history_get(history_base + history_length - 1)?.pointee.line,
           String(cString: last) == line { return }
        add_history(line)
        if let historyPath { write_history(historyPath) }
    }

    /// Readline edits by character only under a UTF-8 locale; containers often have none, or
    /// name one that is not installed, so fall back to C.UTF-8. Only LC_CTYPE is set: numbers
    /// and messages stay as the program expects them whatever the trainee's locale.
    private static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased().filter { $0 != "-" }
        if codeset != "UTF8" { setlocale(LC_CTYPE, "C.UTF-8") }
    }
}
