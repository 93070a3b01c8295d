@testable import Certification
import Foundation
import Testing

@Suite struct KeyStoreTests {
    @Test func standardPlaceFollowsXDGThenHome() {
        #expect(KeyStore.standard(environment: ["XDG_CONFIG_HOME": "/x/config", "HOME": "/h"]).directory == "/x/config/callcoach")
        #expect(KeyStore.standard(environment: ["HOME": "/h"]).directory == "/h/.config/callcoach")
    }

    @Test func aNewKeyIsPrivateAndNeverOverwritten() throws {
        let scratch = Scratch()
        let store = KeyStore(directory: scratch.path + "/callcoach")
        let key = try store.create(comment: "proctor@test")
        let manager = FileManager.default
        let fileMode = try manager.attributesOfItem(atPath: store.privateKeyPath)[.posixPermissions] as? NSNumber
        let folderMode = try manager.attributesOfItem(atPath: store.directory)[.posixPermissions] as? NSNumber
        #expect(fileMode?.intValue == 0o600)
        #expect(folderMode?.intValue == 0o700)
        #expect(try store.load().publicKey == key.publicKey)
        #expect(throws: KeyStoreError.exists(store.privateKeyPath)) { try store.create(comment: "again") }
        #expect(try store.load().publicKey == key.publicKey)
    }

    @Test func aKeyOthersCanReadIsRefused() throws {
        let scratch = Scratch()
        let store = KeyStore(directory: scratch.path)
        try store.create(comment: "c")
        chmod(store.privateKeyPath, 0o644)
        #expect(throws: KeyStoreError.unprotected(store.privateKeyPath, mode: 0o644)) { try store.load() }
    }

    @Test func sshKeygenReadsTheKeyFile() throws {
        let scratch = Scratch()
        let store = KeyStore(directory: scratch.path)
        let key = try store.create(comment: "proctor@test")
        let derived = try run(sshKeygen, ["-y", "-f", store.privateKeyPath])
        #expect(derived.status == 0, "\(derived.output)")
        #expect(derived.output.hasPrefix(key.publicKey.line()))
    }
}
