#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output as the trainee sees it. Lines can be wrapped to the terminal's width,
/// measured afresh at every write so a resized window just changes the next lines; a pipe or a
/// file has no width and gets them whole, so transcripts compare byte for byte. Write errors
/// (a closed terminal, a reader gone) are dropped: the call still ends and is scored.
public struct Screen: Sendable {
    private let fileDescriptor: Int32

    public static let standardOutput = Screen(fileDescriptor: 1)

    /// The terminal's width in columns, or nil when this is not a terminal.
    var columns: Int? {
        var size = winsize()
        guard ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Writes each line and a newline, wrapped when `wrapping` and this is a terminal; machine-read
    /// output such as JSON is never wrapped.
    public func write(_ lines: [String], wrapping: Bool) {
        guard !lines.isEmpty else { return }
        let width = wrapping ? columns : nil
        let screenLines = lines.flatMap { line in
            line.split(separator: "\n", omittingEmptySubsequences: false).flatMap { part in
                width.map { LineWrapper.wrap(String(part), width: $0) } ?? [String(part)]
            }
        }
        writeAll(Array(screenLines.map { $0 + "\n" }.joined().utf8))
    }

    private func writeAll(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { writeBytes(fileDescriptor, $0) }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}

/// The system's `write(2)`, which `Screen.write` hides by name.
private func writeBytes(_ fileDescriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
    write(fileDescriptor, bytes.baseAddress, bytes.count)
}
