import Foundation
import Testing
@testable import Terminal

@Suite struct LineInputTests {
    private func reader(_ bytes: [UInt8]) throws -> PlainLineReader {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        return try #require(PlainLineReader(path: url.path))
    }

    private func readAll(_ reader: PlainLineReader) -> [String] {
        Array(sequence(state: reader) { $0.readLine(prompt: "ignored") })
    }

    @Test func linesLoseTheirEndsAndAByteOrderMark() throws {
        let text = "\u{FEFF}Добрый день\r\n\nlast without end"
        #expect(readAll(try reader(Array(text.utf8))) == ["Добрый день", "", "last without end"])
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        #expect(readAll(try reader([0x61, 0xFF, 0xFE, 0x0A, 0xEF, 0xBB, 0xBF, 0x62, 0x0A])) == ["a\u{FFFD}\u{FFFD}", "\u{FEFF}b"])
    }

    @Test func aMegabyteLineIsReadWhole() throws {
        let long = String(repeating: "я", count: 1 << 19)
        #expect(readAll(try reader(Array((long + "\nnext\n").utf8))) == [long, "next"])
    }

    @Test func aMissingFileCannotBeOpened() {
        #expect(PlainLineReader(path: "/nonexistent/answers.txt") == nil)
    }

    @Test func historyLivesUnderTheStateFolderPerTrainee() {
        #expect(HistoryFile.path(trainee: "ivan", environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/callcoach/history/ivan")
        #expect(HistoryFile.path(trainee: "ivan", environment: ["HOME": "/h"]) == "/h/.local/state/callcoach/history/ivan")
        #expect(HistoryFile.path(trainee: "ivan", environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/callcoach/history/ivan")
        #expect(HistoryFile.path(trainee: "ivan", environment: [:]) == nil)
        #expect(HistoryFile.fileName("Иван Петров") == "Иван_Петров")
        #expect(HistoryFile.fileName("../../etc/passwd") == "______etc_passwd")
        #expect(HistoryFile.fileName("") == "trainee")
    }
}
