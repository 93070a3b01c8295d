#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines from a pipe or a file, one answer a line: `printf '…' | callcoach play` and
/// `--answers FILE` are both read here, so they play alike. No prompt, no editing, no echo.
/// The line end (`\n` or `\r\n`) and a byte-order mark at the very start are dropped, bytes
/// that are not UTF-8 become U+FFFD, and a line of any length is read whole.
public final class PlainLineReader: LineSource {
    public let showsInput = false
    private let file: UnsafeMutablePointer<FILE>
    private var atStart = true

    /// Standard input, when it can be read.
    public static func standardInput() -> PlainLineReader? {
        fdopen(0, "r").map(PlainLineReader.init(file:))
    }

    /// A file of answers, or nil when it cannot be opened.
    public convenience init?(path: String) {
        guard let file = fopen(path, "r") else { return nil }
        self.init(file: file)
    }

    private init(file: UnsafeMutablePointer<FILE>) {
        self.file = file
    }

    deinit { fclose(file) }

    public func readLine(prompt: String) -> String? {
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        let length = getline(&buffer, &capacity, file)
        guard length >= 0, let buffer else { return nil }
        var bytes = UnsafeRawBufferPointer(start: buffer, count: length)[...]
        if bytes.last == UInt8(ascii: "\n") { bytes = bytes.dropLast() }
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        if atStart, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        atStart = false
        return String(decoding: bytes, as: UTF8.self)
    }
}
