import Foundation

/// OpenSSH's private key file (PROTOCOL.key), unencrypted: the file `ssh-keygen -t ed25519`
/// writes with an empty passphrase. Keeping our key in it lets a manager inspect or use it with
/// OpenSSH's own tools.
enum OpenSSHKeyFile {
    static let label = "OPENSSH PRIVATE KEY"
    private static let magic = Data("openssh-key-v1\0".utf8)

    static func encode(_ key: SigningKey) -> String {
        let publicRaw = key.key.publicKey.rawRepresentation
        let check = UInt32.random(in: .min ... .max)
        var secret = SSHWriter()
        secret.uint32(check)
        secret.uint32(check)
        secret.string(PublicKey.algorithm)
        secret.string(publicRaw)
        secret.string(key.key.rawRepresentation + publicRaw)
        secret.string(key.comment)
        var padded = secret.data
        var pad: UInt8 = 1
        while padded.count % 8 != 0 {
            padded.append(pad)
            pad += 1
        }
        var file = SSHWriter()
        file.raw(magic)
        file.string("none")
        file.string("none")
        file.string(Data())
        file.uint32(1)
        file.string(key.publicKey.blob)
        file.string(padded)
        return Armor.wrap(file.data, label: label)
    }

    static func decode(_ text: String) throws(KeyFileError) -> SigningKey {
        guard let data = Armor.unwrap(text, label: label) else { throw .notAKey }
        var reader = SSHReader(data)
        guard reader.raw(magic.count) == magic else { throw .notAKey }
        guard let cipher = reader.text(), let kdf = reader.text(), reader.string() != nil else { throw .damaged }
        guard cipher == "none", kdf == "none" else { throw .encrypted }
        guard reader.uint32() == 1, reader.string() != nil, let section = reader.string() else { throw .damaged }
        var secret = SSHReader(section)
        guard let first = secret.uint32(), let second = secret.uint32(), first == second else { throw .damaged }
        guard secret.text() == PublicKey.algorithm else { throw .notEd25519 }
        guard secret.string() != nil, let pair = secret.string(), pair.count == 64, let comment = secret.text(),
              let key = try? SigningKey(seed: pair.prefix(32), comment: comment) else { throw .damaged }
        return key
    }
}

/// Why a key file could not be read.
public enum KeyFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAKey, damaged, encrypted, notEd25519

    public var description: String {
        switch self {
        case .notAKey: "not an OpenSSH private key"
        case .damaged: "the key file is damaged"
        case .encrypted: "the key is protected by a passphrase, which callcoach does not read"
        case .notEd25519: "not an Ed25519 key"
        }
    }
}
