import Crypto
import Foundation

/// A detached signature in OpenSSH's SSHSIG format (PROTOCOL.sshsig): what
/// `ssh-keygen -Y sign` writes and `ssh-keygen -Y verify` checks. The message is hashed with
/// SHA-512 and the signature binds a namespace, so a signature made for an exam result
/// cannot be passed off as one for anything else.
public struct SSHSignature: Sendable, Equatable {
    public static let examNamespace = "callcoach-exam"
    static let magic = Data("SSHSIG".utf8)
    static let hashAlgorithm = "sha512"
    static let label = "SSH SIGNATURE"

    public let publicKey: PublicKey
    public let namespace: String
    let signature: Data

    /// Signs `message` with `key` for `namespace`.
    public static func sign(_ message: Data, with key: SigningKey, namespace: String = examNamespace) throws -> SSHSignature {
        let signed = signedData(message, namespace: namespace)
        return SSHSignature(publicKey: key.publicKey, namespace: namespace, signature: try key.sign(signed))
    }

    /// The armoured text, `-----BEGIN SSH SIGNATURE-----` …, as a `.sig` file holds it.
    public var armored: String {
        var blob = SSHWriter()
        blob.raw(Self.magic)
        blob.uint32(1)
        blob.string(publicKey.blob)
        blob.string(namespace)
        blob.string(Data())
        blob.string(Self.hashAlgorithm)
        var inner = SSHWriter()
        inner.string(PublicKey.algorithm)
        inner.string(signature)
        blob.string(inner.data)
        return Armor.wrap(blob.data, label: Self.label)
    }

    /// Reads an armoured signature.
    public init(armored text: String) throws(SignatureError) {
        guard let data = Armor.unwrap(text, label: Self.label) else { throw .notASignature }
        var reader = SSHReader(data)
        guard reader.raw(Self.magic.count) == Self.magic, reader.uint32() == 1 else { throw .notASignature }
        guard let keyBlob = reader.string(), let namespace = reader.text(), reader.string() != nil,
              let hash = reader.text(), let inner = reader.string(), reader.isAtEnd else { throw .damaged }
        guard let publicKey = PublicKey(blob: keyBlob) else { throw .unsupportedKey }
        guard hash == Self.hashAlgorithm else { throw .unsupportedHash(hash) }
        var signatureReader = SSHReader(inner)
        guard signatureReader.text() == PublicKey.algorithm, let signature = signatureReader.string(), signature.count == 64 else {
            throw .damaged
        }
        self.init(publicKey: publicKey, namespace: namespace, signature: signature)
    }

    init(publicKey: PublicKey, namespace: String, signature: Data) {
        self.publicKey = publicKey
        self.namespace = namespace
        self.signature = signature
    }

    /// Checks that this signature was made over `message` for `namespace`; says what does
    /// not match otherwise. Who the key belongs to is the caller's question (`AllowedSigners`).
    public func verify(_ message: Data, namespace expected: String = examNamespace) throws(SignatureError) {
        guard namespace == expected else { throw .wrongNamespace(found: namespace, expected: expected) }
        guard publicKey.key.isValidSignature(signature, for: Self.signedData(message, namespace: namespace)) else {
            throw .doesNotMatch
        }
    }

    /// SHA-256 of the armoured signature's blob, to name a signature in exports.
    public var digest: String {
        Data(SHA256.hash(data: Data(armored.utf8))).map { String(format: "%02x", $0) }.joined()
    }

    /// What is actually signed: the magic preamble, namespace, reserved, hash name and the
    /// message's SHA-512.
    static func signedData(_ message: Data, namespace: String) -> Data {
        var writer = SSHWriter()
        writer.raw(magic)
        writer.string(namespace)
        writer.string(Data())
        writer.string(hashAlgorithm)
        writer.string(Data(SHA512.hash(data: message)))
        return writer.data
    }
}

/// Why a signature does not vouch for a document.
public enum SignatureError: Error, Sendable, Equatable, CustomStringConvertible {
    case notASignature, damaged, unsupportedKey
    case unsupportedHash(String)
    case wrongNamespace(found: String, expected: String)
    /// The signature is sound but not over these bytes: the document was edited after signing.
    case doesNotMatch

    public var description: String {
        switch self {
        case .notASignature: "not an SSH signature (no '-----BEGIN SSH SIGNATURE-----' block)"
        case .damaged: "the signature file is damaged"
        case .unsupportedKey: "the signature is not by an Ed25519 key"
        case .unsupportedHash(let hash): "the signature uses hash '\(hash)'; only sha512 is accepted"
        case .wrongNamespace(let found, let expected): "the signature is for namespace '\(found)', not '\(expected)'"
        case .doesNotMatch: "the signature does not match the document: it was edited after signing"
        }
    }
}
