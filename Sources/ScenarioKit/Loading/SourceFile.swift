import Foundation

/// The text of a trainer's file, checked to be something a person wrote: UTF-8, not binary,
/// not huge. Windows editors' CRLF line ends and byte-order marks are accepted silently.
public struct SourceFile: Sendable {
    /// The name diagnostics print: the path as the user gave it.
    public let path: String
    public let text: String

    /// Scenario files are a few kilobytes; anything past this is a mistake or an attack.
    public static let maximumBytes = 1 << 20

    public init(path: String, text: String) {
        self.path = path
        self.text = SourceFile.normalisedLineEnds(SourceFile.withoutByteOrderMark(text))
    }

    /// Reads and checks a file; every refusal is a single diagnostic at a precise position.
    public static func read(_ path: String) -> Result<SourceFile, Diagnostic> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Diagnostic(.error, "no such file", at: start))
        }
        if isDirectory.boolValue {
            return .failure(Diagnostic(.error, "is a directory, not a YAML file", at: start))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Diagnostic(.error, "cannot be read (permission denied?)", at: start))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            return .failure(Diagnostic(.error, "cannot be read: \(error.localizedDescription)", at: start))
        }
        return decode(data, path: path)
    }

    /// Checks bytes already in memory (embedded files, tests) exactly as `read` checks a file.
    public static func decode(_ data: Data, path: String) -> Result<SourceFile, Diagnostic> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        if data.count > maximumBytes {
            return .failure(Diagnostic(
                .error, "file is larger than \(maximumBytes / 1024) KiB; a scenario file should be a few kilobytes", at: start))
        }
        // Checked through the raw bytes: `Data`'s own iteration checks every access and made
        // this the slowest step of loading a rulebook with its example files.
        let (zero, decoded) = data.withUnsafeBytes { bytes in
            (bytes.firstIndex(of: 0), String(validating: bytes.bindMemory(to: UInt8.self), as: UTF8.self))
        }
        if let zero {
            return .failure(Diagnostic(.error, "binary file (NUL byte), not YAML text", at: location(ofByte: zero, in: data, path: path)))
        }
        guard let text = decoded else {
            let bad = firstInvalidUTF8Offset(in: data)
            return .failure(Diagnostic(
                .error, "not valid UTF-8 text; save the file as UTF-8", at: location(ofByte: bad, in: data, path: path)))
        }
        let file = SourceFile(path: path, text: text)
        if file.text.allSatisfy(\.isWhitespace) {
            return .failure(Diagnostic(.error, "file is empty", at: start))
        }
        return .success(file)
    }

    private static func withoutByteOrderMark(_ text: String) -> String {
        text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    private static func normalisedLineEnds(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private static func firstInvalidUTF8Offset(in data: Data) -> Int {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let lead = bytes[offset]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return offset
            }
            guard offset + length <= bytes.count else { return offset }
            let sequence = bytes[offset..<offset + length]
            if String(validating: sequence, as: UTF8.self) == nil { return offset }
            offset += length
        }
        return offset
    }

    /// Line and column of a byte, counting columns in characters of the valid prefix.
    private static func location(ofByte offset: Int, in data: Data, path: String) -> SourceLocation {
        let prefix = [UInt8](data.prefix(offset))
        let lineStart = (prefix.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: path, line: line, column: column)
    }
}
