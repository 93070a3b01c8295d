import Foundation

/// The SSH wire encoding (RFC 4251 §5) that SSHSIG and OpenSSH key files are made of:
/// big-endian `uint32`s and length-prefixed byte strings.
struct SSHWriter {
    private(set) var data = Data()

    mutating func uint32(_ value: UInt32) {
        data.append(contentsOf: [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }

    mutating func string(_ bytes: Data) {
        uint32(UInt32(bytes.count))
        data.append(bytes)
    }

    mutating func string(_ text: String) { string(Data(text.utf8)) }

    mutating func raw(_ bytes: Data) { data.append(bytes) }
}

/// Reads what `SSHWriter` writes; every read fails cleanly (nil) on truncated input, so a
/// damaged signature is reported, never trapped on.
struct SSHReader {
    private let data: Data
    private var offset: Int

    init(_ data: Data) {
        self.data = Data(data)
        offset = 0
    }

    var isAtEnd: Bool { offset == data.count }

    mutating func raw(_ count: Int) -> Data? {
        guard count >= 0, data.count - offset >= count else { return nil }
        defer { offset += count }
        return data.subdata(in: offset..<offset + count)
    }

    mutating func uint32() -> UInt32? {
        guard let bytes = raw(4) else { return nil }
        return bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func string() -> Data? {
        guard let length = uint32() else { return nil }
        return raw(Int(length))
    }

    mutating func text() -> String? {
        string().flatMap { String(data: $0, encoding: .utf8) }
    }
}

/// PEM-like armour: a BEGIN line, base64 wrapped at `width` columns, an END line.
enum Armor {
    static func wrap(_ data: Data, label: String, width: Int = 70) -> String {
        let encoded = data.base64EncodedString()
        var lines: [String] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: width, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return "-----BEGIN \(label)-----\n" + lines.joined(separator: "\n") + "\n-----END \(label)-----\n"
    }

    static func unwrap(_ text: String, label: String) -> Data? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let begin = lines.firstIndex(of: "-----BEGIN \(label)-----"),
              let end = lines.firstIndex(of: "-----END \(label)-----"), begin < end else { return nil }
        return Data(base64Encoded: lines[(begin + 1)..<end].joined())
    }
}
