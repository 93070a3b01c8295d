@testable import Certification
import Foundation
import Testing

@Suite struct TamperingTests {
    let key = SigningKey(comment: "proctor")

    func signedResult() throws -> (ExamResult, Data, SSHSignature) {
        var sitting = try ExamFixtures.sitting(clock: FakeClock())
        _ = ExamFixtures.play(&sitting, ExamFixtures.winning)
        let result = sitting.result()
        let document = try result.canonicalJSON()
        return (result, document, try SSHSignature.sign(document, with: key))
    }

    var allowed: AllowedSigners { AllowedSigners(text: AllowedSigners.line(principal: "proctor", key: key.publicKey)) }

    static func edit(_ field: String, _ result: inout ExamResult) {
        switch field {
        case "trainee": result.trainee = "boris"
        case "score": result.calls[0].scorecard.score -= 1
        case "average": result.average = 99
        case "date": result.finished = "2027-01-16T08:00:00Z"
        case "answer": result.calls[0].answers[0].text += "!"
        case "pass": result.passed.toggle()
        case "provenance": result.calls[0].scorecard.provenance.rulebook = "0"
        default: result.validUntil = "2099-01-01T00:00:00Z"
        }
    }

    @Test(arguments: ["trainee", "score", "average", "date", "answer", "pass", "provenance", "expiry"]) func everyEditedFieldIsDetected(field: String) throws {
        let (result, document, signature) = try signedResult()
        let signer = try ResultVerifier.verify(document: document, signature: signature.armored, allowed: allowed)
        #expect(signer.principals == ["proctor"])
        var edited = result
        Self.edit(field, &edited)
        #expect(throws: VerificationError.edited) {
            try ResultVerifier.verify(document: edited.canonicalJSON(), signature: signature.armored, allowed: allowed)
        }
    }

    @Test func aKeyNotAllowedOrABrokenSignatureIsNamed() throws {
        let (_, document, _) = try signedResult()
        let stranger = SigningKey(comment: "trainee")
        let forged = try SSHSignature.sign(document, with: stranger)
        #expect(throws: VerificationError.untrustedKey(stranger.publicKey.fingerprint)) {
            try ResultVerifier.verify(document: document, signature: forged.armored, allowed: allowed)
        }
        #expect(throws: VerificationError.badSignature(.notASignature)) {
            try ResultVerifier.verify(document: document, signature: "garbage", allowed: allowed)
        }
    }

    @Test func sshKeygenAcceptsAResultAndRejectsAnEditedOne() throws {
        let scratch = Scratch()
        let (result, document, signature) = try signedResult()
        let sig = scratch.write("result.json.sig", signature.armored)
        let signers = scratch.write("allowed_signers", AllowedSigners.line(principal: "proctor", key: key.publicKey) + "\n")
        let arguments = ["-Y", "verify", "-f", signers, "-I", "proctor", "-n", "callcoach-exam", "-s", sig]
        let good = try run(sshKeygen, arguments, input: document)
        #expect(good.status == 0, "\(good.output)")
        var edited = result
        edited.calls[0].scorecard.score = 100 - edited.calls[0].scorecard.score + 1
        #expect(try run(sshKeygen, arguments, input: edited.canonicalJSON()).status != 0)
    }

    @Test func theDocumentIsCanonical() throws {
        let (result, document, _) = try signedResult()
        let text = String(decoding: document, as: UTF8.self)
        #expect(text.hasPrefix(#"{"attempt":"a1","average":"#))
        #expect(text.hasSuffix("}\n"))
        #expect(!text.dropLast().contains("\n"))
        #expect(try ExamResult.read(document).canonicalJSON() == document)
        #expect(try ExamResult.read(document) == result)
    }
}
