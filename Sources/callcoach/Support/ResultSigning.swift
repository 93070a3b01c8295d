import Certification
import Foundation

/// Signs a result document with the local key, when there is one.
enum ResultSigning {
    /// Writes the SSHSIG signature of `document` to `path`; returns the key's fingerprint, or
    /// nil when no key exists. A key that exists but cannot be used is an input error, never
    /// silently skipped.
    static func signIfKeyExists(_ document: Data, path: String) throws -> String? {
        let store = KeyStore.standard()
        guard store.hasKey else { return nil }
        return try sign(document, path: path, store: store)
    }

    static func sign(_ document: Data, path: String, store: KeyStore = .standard()) throws -> String {
        do {
            let key = try store.load()
            let signature = try SSHSignature.sign(document, with: key)
            try Data(signature.armored.utf8).write(to: URL(fileURLWithPath: path))
            return key.publicKey.fingerprint
        } catch let error as KeyStoreError {
            throw InputError(error.description)
        } catch {
            throw InputError("cannot sign \(path): \(error)")
        }
    }
}
