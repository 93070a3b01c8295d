import Foundation

/// Where the signing key lives: `$XDG_CONFIG_HOME/callcoach/id_ed25519` (else
/// `~/.config/callcoach/`), the folder 0700 and the file 0600 as OpenSSH demands of its own
/// keys. On a proctored server this is the server account's key, out of the trainees' reach.
public struct KeyStore: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// The standard place, from the environment.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> KeyStore {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return KeyStore(directory: config + "/callcoach")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return KeyStore(directory: home + "/.config/callcoach")
    }

    public var privateKeyPath: String { directory + "/id_ed25519" }
    public var publicKeyPath: String { privateKeyPath + ".pub" }

    public var hasKey: Bool { FileManager.default.fileExists(atPath: privateKeyPath) }

    /// Makes a new key; never replaces one, since results already signed name the old key.
    @discardableResult
    public func create(comment: String) throws(KeyStoreError) -> SigningKey {
        guard !hasKey else { throw .exists(privateKeyPath) }
        let key = SigningKey(comment: comment)
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory)
        } catch {
            throw .unwritable(directory)
        }
        guard Self.createExclusively(privateKeyPath, Data(OpenSSHKeyFile.encode(key).utf8), mode: 0o600),
              Self.createExclusively(publicKeyPath, Data((key.publicKey.line(comment: comment) + "\n").utf8), mode: 0o644) else {
            throw .unwritable(privateKeyPath)
        }
        return key
    }

    /// `open(O_CREAT|O_EXCL)` with the final mode: the secret is never readable by others,
    /// not even for a moment, and a file that appeared meanwhile is not overwritten.
    private static func createExclusively(_ path: String, _ data: Data, mode: mode_t) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { return false }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        return (try? handle.write(contentsOf: data)) != nil && fchmod(descriptor, mode) == 0
    }

    /// The key, refused when others can read it (as ssh refuses "UNPROTECTED PRIVATE KEY FILE").
    public func load() throws(KeyStoreError) -> SigningKey {
        guard hasKey else { throw .missing(privateKeyPath) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: privateKeyPath)
        if let mode = (attributes?[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0 {
            throw .unprotected(privateKeyPath, mode: mode)
        }
        guard let text = try? String(contentsOfFile: privateKeyPath, encoding: .utf8) else { throw .unreadable(privateKeyPath, .notAKey) }
        do {
            return try OpenSSHKeyFile.decode(text)
        } catch {
            throw .unreadable(privateKeyPath, error)
        }
    }
}

/// Why the key store could not do what was asked.
public enum KeyStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case exists(String)
    case missing(String)
    case unwritable(String)
    case unprotected(String, mode: Int)
    case unreadable(String, KeyFileError)

    public var description: String {
        switch self {
        case .exists(let path): "\(path) already exists; results signed with it name that key, so it is not replaced"
        case .missing(let path): "no signing key at \(path); make one with `callcoach keys init`"
        case .unwritable(let path): "cannot write \(path)"
        case .unprotected(let path, let mode): "\(path) is readable by others (mode \(String(mode, radix: 8))); chmod 600 it"
        case .unreadable(let path, let error): "\(path): \(error)"
        }
    }
}
