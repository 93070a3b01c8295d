import Foundation
import Testing
@testable import ScenarioKit

@Suite struct SourceFileTests {
    private func refusal(_ data: Data) -> String? {
        switch SourceFile.decode(data, path: "f.yaml") {
        case .success: nil
        case .failure(let diagnostic): "\(diagnostic.location.line):\(diagnostic.location.column): \(diagnostic.message)"
        }
    }

    @Test func windowsLineEndsAndByteOrderMarkSimplyWork() throws {
        let text = "\u{FEFF}" + Fixtures.scenario.replacingOccurrences(of: "\n", with: "\r\n")
        let file = try SourceFile.decode(Data(text.utf8), path: "win.yaml").get()
        #expect(!file.text.contains("\r"))
        let rulebook = Fixtures.loadRulebook()
        let (scenario, _, diagnostics) = ScenarioLoader.load(file) { _, _ in (rulebook, []) }
        #expect(scenario != nil)
        #expect(diagnostics.isEmpty)
    }

    @Test func binaryFileIsRefused() {
        #expect(refusal(Data([0x69, 0x64, 0x3A, 0x00, 0x01])) == "1:4: binary file (NUL byte), not YAML text")
    }

    @Test func invalidUTF8IsRefusedAtItsPosition() {
        var bytes = Array("id: x\ntitle: ab".utf8)
        bytes.append(0xFF)
        #expect(refusal(Data(bytes)) == "2:10: not valid UTF-8 text; save the file as UTF-8")
    }

    @Test func emptyFileIsRefused() {
        #expect(refusal(Data("  \n\n".utf8)) == "1:1: file is empty")
    }

    @Test func hugeFileIsRefusedWithoutParsing() {
        let huge = Data(repeating: UInt8(ascii: "a"), count: SourceFile.maximumBytes + 1)
        #expect(refusal(huge)?.contains("larger than 1024 KiB") == true)
    }

    @Test func deepNestingIsRefusedBeforeParsing() {
        let file = SourceFile(path: "deep.yaml", text: "a: " + String(repeating: "[", count: 100_000))
        guard case .failure(let diagnostic) = YAMLParser.parse(file) else {
            Issue.record("deep nesting was parsed")
            return
        }
        #expect(diagnostic.message.contains("nesting deeper than 64"))
        #expect(diagnostic.location.column == 68)
    }

    @Test func aliasBombIsRefused() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(refs)]")
        }
        let file = SourceFile(path: "bomb.yaml", text: lines.joined(separator: "\n"))
        guard case .failure(let diagnostic) = YAMLParser.parse(file) else {
            Issue.record("alias bomb was expanded")
            return
        }
        #expect(diagnostic.message.contains("more than 100000 YAML nodes"))
    }

    @Test func notYAMLAtAllIsOneClearLine() {
        let file = SourceFile(path: "x.yaml", text: "key: [unclosed\nother: value\n")
        guard case .failure(let diagnostic) = YAMLParser.parse(file) else {
            Issue.record("broken YAML parsed")
            return
        }
        #expect(diagnostic.message.hasPrefix("YAML syntax"))
        #expect(!diagnostic.description.contains("\n"))
    }
}
