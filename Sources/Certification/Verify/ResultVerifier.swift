import Foundation

/// Checks a result document against its detached signature and the allowed signers: the
/// same three questions `ssh-keygen -Y verify` asks (is the signature sound, is it over these
/// bytes, is the key one we trust), answered with what exactly does not match.
public enum ResultVerifier {
    /// A signature that checked out: by whom.
    public struct Signer: Sendable, Equatable {
        public var fingerprint: String
        public var principals: [String]
    }

    public static func verify(document: Data, signature text: String, allowed: AllowedSigners) throws(VerificationError) -> Signer {
        let signature: SSHSignature
        do {
            signature = try SSHSignature(armored: text)
            try signature.verify(document)
        } catch {
            throw error == .doesNotMatch ? .edited : .badSignature(error)
        }
        let principals = allowed.principals(for: signature.publicKey)
        guard !principals.isEmpty else { throw .untrustedKey(signature.publicKey.fingerprint) }
        return Signer(fingerprint: signature.publicKey.fingerprint, principals: principals)
    }
}

/// What does not match.
public enum VerificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The signature is sound but over other bytes: the document was changed after signing.
    case edited
    /// The signature file is not a sound SSHSIG signature for exam results.
    case badSignature(SignatureError)
    /// A sound signature by a key the allowed signers do not list.
    case untrustedKey(String)

    public var description: String {
        switch self {
        case .edited: "document edited: the signature is sound but was made over other bytes (a score, a name, a date or an answer changed)"
        case .badSignature(let error): "signature invalid: \(error)"
        case .untrustedKey(let fingerprint): "signed by key \(fingerprint), which is not in the allowed signers"
        }
    }
}
