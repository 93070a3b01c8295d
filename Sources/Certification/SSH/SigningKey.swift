import Crypto
import Foundation

/// An Ed25519 public key as OpenSSH writes it: the `ssh-ed25519 AAAA… comment` line, the
/// wire blob inside it, and the `SHA256:…` fingerprint `ssh-keygen -l` prints.
public struct PublicKey: Sendable, Equatable {
    static let algorithm = "ssh-ed25519"
    let key: Curve25519.Signing.PublicKey

    init(_ key: Curve25519.Signing.PublicKey) { self.key = key }

    /// The key's wire form: `string "ssh-ed25519"`, `string key`.
    var blob: Data {
        var writer = SSHWriter()
        writer.string(Self.algorithm)
        writer.string(key.rawRepresentation)
        return writer.data
    }

    init?(blob: Data) {
        var reader = SSHReader(blob)
        guard reader.text() == Self.algorithm, let raw = reader.string(), reader.isAtEnd,
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return nil }
        self.key = key
    }

    /// `ssh-ed25519 AAAA…` (and a comment when given), as in `id_ed25519.pub`.
    public func line(comment: String? = nil) -> String {
        [Self.algorithm, blob.base64EncodedString(), comment].compactMap { $0 }.joined(separator: " ")
    }

    /// Reads `ssh-ed25519 AAAA… [comment]`.
    public init?(line: String) {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count >= 2, fields[0] == Self.algorithm, let blob = Data(base64Encoded: String(fields[1])) else { return nil }
        self.init(blob: blob)
    }

    /// `SHA256:` and the unpadded base64 of the blob's SHA-256, as `ssh-keygen -l` shows it.
    public var fingerprint: String {
        "SHA256:" + Data(SHA256.hash(data: blob)).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    public static func == (lhs: PublicKey, rhs: PublicKey) -> Bool { lhs.blob == rhs.blob }
}

/// An Ed25519 private key, kept on disk in OpenSSH's own unencrypted format so that
/// `ssh-keygen -Y sign -f KEY` can use the same file.
public struct SigningKey: Sendable {
    let key: Curve25519.Signing.PrivateKey
    public var comment: String

    public init(comment: String) {
        key = Curve25519.Signing.PrivateKey()
        self.comment = comment
    }

    init(seed: Data, comment: String) throws {
        key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        self.comment = comment
    }

    public var publicKey: PublicKey { PublicKey(key.publicKey) }

    func sign(_ data: Data) throws -> Data { try key.signature(for: data) }
}
