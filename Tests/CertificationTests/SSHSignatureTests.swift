@testable import Certification
import Foundation
import Testing

@Suite struct SSHSignatureTests {
    let key = SigningKey(comment: "proctor@test")
    let document = Data(#"{"passed":true,"score":82,"trainee":"anna"}"#.utf8)

    @Test func signatureRoundTripsThroughItsArmour() throws {
        let signature = try SSHSignature.sign(document, with: key)
        #expect(signature.armored.hasPrefix("-----BEGIN SSH SIGNATURE-----\n"))
        #expect(signature.armored.hasSuffix("-----END SSH SIGNATURE-----\n"))
        let read = try SSHSignature(armored: signature.armored)
        #expect(read == signature)
        try read.verify(document)
    }

    @Test func anEditedDocumentOrAnotherNamespaceIsRefused() throws {
        let signature = try SSHSignature.sign(document, with: key)
        var edited = document
        edited[edited.count - 3] = UInt8(ascii: "b")
        #expect(throws: SignatureError.doesNotMatch) { try signature.verify(edited) }
        #expect(throws: SignatureError.wrongNamespace(found: "callcoach-exam", expected: "file")) {
            try signature.verify(document, namespace: "file")
        }
        #expect(throws: SignatureError.notASignature) { try SSHSignature(armored: "hello") }
    }

    @Test func publicKeyLineAndFingerprintAreOpenSSHs() throws {
        let scratch = Scratch()
        let line = key.publicKey.line(comment: key.comment)
        #expect(PublicKey(line: line) == key.publicKey)
        let file = scratch.write("key.pub", line + "\n")
        let listed = try run(sshKeygen, ["-l", "-f", file])
        #expect(listed.status == 0)
        #expect(listed.output.contains(key.publicKey.fingerprint))
    }

    @Test func sshKeygenVerifiesOurSignatureAndRefusesAnEditedDocument() throws {
        let scratch = Scratch()
        let signature = try SSHSignature.sign(document, with: key)
        let sig = scratch.write("result.json.sig", signature.armored)
        let signers = scratch.write("allowed_signers", AllowedSigners.line(principal: "proctor", key: key.publicKey) + "\n")
        let arguments = ["-Y", "verify", "-f", signers, "-I", "proctor", "-n", "callcoach-exam", "-s", sig]
        let good = try run(sshKeygen, arguments, input: document)
        #expect(good.status == 0, "\(good.output)")
        #expect(good.output.contains("Good \"callcoach-exam\" signature for proctor"))
        var edited = document
        edited.append(UInt8(ascii: " "))
        #expect(try run(sshKeygen, arguments, input: edited).status != 0)
        #expect(try run(sshKeygen, ["-Y", "check-novalidate", "-n", "callcoach-exam", "-s", sig], input: document).status == 0)
    }

    @Test func weVerifyWhatSshKeygenSignsWithOurKeyFile() throws {
        let scratch = Scratch()
        let keyFile = scratch.write("id_ed25519", OpenSSHKeyFile.encode(key))
        chmod(keyFile, 0o600)
        let message = scratch.write("doc", String(decoding: document, as: UTF8.self))
        let signed = try run(sshKeygen, ["-Y", "sign", "-f", keyFile, "-n", "callcoach-exam", message])
        #expect(signed.status == 0, "\(signed.output)")
        let text = try String(contentsOfFile: message + ".sig", encoding: .utf8)
        let signature = try SSHSignature(armored: text)
        #expect(signature.publicKey == key.publicKey)
        try signature.verify(document)
    }

    @Test func allowedSignersNameWhoMaySign() {
        let other = SigningKey(comment: "other")
        let signers = AllowedSigners(text: """
            # managers
            anna,boris namespaces="callcoach-exam,file" \(key.publicKey.line()) laptop
            carl namespaces="git" \(other.publicKey.line())
            """)
        #expect(signers.principals(for: key.publicKey) == ["anna", "boris"])
        #expect(signers.principals(for: other.publicKey).isEmpty)
        #expect(signers.principals(for: other.publicKey, namespace: "git") == ["carl"])
    }
}
