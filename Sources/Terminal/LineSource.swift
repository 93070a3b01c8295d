/// Where the lines of a call come from: the keyboard through readline, a pipe, or a file.
public protocol LineSource: AnyObject {
    /// True when the screen already shows what was typed, so the transcript must not echo it.
    var showsInput: Bool { get }

    /// The next line without its line end, or nil when no more will come (end of input,
    /// Ctrl-D, Ctrl-C on an empty line, a closed terminal). `prompt` is shown only where a
    /// person is typing.
    func readLine(prompt: String) -> String?
}
