import Foundation

/// OpenSSH's allowed_signers file (ssh-keygen(1), ALLOWED SIGNERS): one
/// `principals [options] ssh-ed25519 AAAA… [comment]` a line. It says whose key a signature
/// must be by; the same file works with `ssh-keygen -Y verify`.
public struct AllowedSigners: Sendable {
    public struct Entry: Sendable {
        public var principals: [String]
        public var namespaces: [String]?
        public var key: PublicKey

        public init(principals: [String], namespaces: [String]?, key: PublicKey) {
            self.principals = principals
            self.namespaces = namespaces
            self.key = key
        }
    }

    public private(set) var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Reads the file's text; lines it cannot read (other key types, comments) are skipped.
    public init(text: String) {
        entries = text.split(whereSeparator: \.isNewline).compactMap { Self.entry(String($0)) }
    }

    /// `SIGNER namespaces="callcoach-exam" ssh-ed25519 AAAA…`.
    public static func line(principal: String, key: PublicKey, namespace: String = SSHSignature.examNamespace) -> String {
        "\(principal) namespaces=\"\(namespace)\" \(key.line())"
    }

    /// The principals the key may sign `namespace` as; empty when it is not allowed.
    public func principals(for key: PublicKey, namespace: String = SSHSignature.examNamespace) -> [String] {
        entries.filter { $0.key == key && ($0.namespaces?.contains(namespace) ?? true) }.flatMap(\.principals)
    }

    private static func entry(_ line: String) -> Entry? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        let fields = trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let keyIndex = fields.firstIndex(of: PublicKey.algorithm), keyIndex >= 1, keyIndex + 1 < fields.count,
              let key = PublicKey(line: fields[keyIndex] + " " + fields[keyIndex + 1]) else { return nil }
        let options = fields[1..<keyIndex].joined(separator: " ")
        let namespaces = options.range(of: "namespaces=\"").map { start in
            options[start.upperBound...].prefix { $0 != "\"" }.split(separator: ",").map(String.init)
        }
        return Entry(principals: fields[0].split(separator: ",").map(String.init), namespaces: namespaces, key: key)
    }
}
