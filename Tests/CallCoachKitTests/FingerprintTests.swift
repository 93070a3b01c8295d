import CallCoachKit
import Foundation
import ScenarioKit
import Testing

@Suite struct FingerprintTests {
    @Test func aScenarioFingerprintIsTheSHA256OfItsText() {
        let file = SourceFile(path: "a.yaml", text: "abc")
        #expect(Fingerprint.scenario(file) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func anyEditChangesTheFingerprint() {
        let one = Fingerprint.scenario(SourceFile(path: "a.yaml", text: "id: a\n"))
        let other = Fingerprint.scenario(SourceFile(path: "a.yaml", text: "id: b\n"))
        #expect(one != other)
        #expect(one.count == 64)
    }
}
