import Testing
@testable import Terminal

@Suite struct TextLayoutTests {
    @Test(arguments: [
        ("Ольга", 5), ("hello", 5), ("e\u{301}te\u{301}", 3), ("日本語", 6), ("\u{1B}[1;36mLaura\u{1B}[0m", 5),
        ("👋 hi", 5), ("", 0), ("Й", 1),
    ])
    func widthCountsColumnsOnScreen(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func shortLinesStayWhole() {
        #expect(LineWrapper.wrap("Ольга: Добрый день.", width: 19) == ["Ольга: Добрый день."])
    }

    @Test func cyrillicWrapsByCharactersNotBytes() {
        let line = "Ольга: Андрей Викторович занят, отправьте предложение на почту."
        #expect(LineWrapper.wrap(line, width: 30) == [
            "Ольга: Андрей Викторович",
            "  занят, отправьте предложение",
            "  на почту.",
        ])
    }

    @Test func continuationKeepsTheLinesIndentPlusTwo() {
        #expect(LineWrapper.wrap("  Coach: one two three four", width: 16) == ["  Coach: one two", "    three four"])
    }

    @Test func coloursDoNotCountAndSurviveWrapping() {
        let line = "\u{1B}[33m  Coach: one two three four\u{1B}[0m"
        let wrapped = LineWrapper.wrap(line, width: 16)
        #expect(wrapped == ["\u{1B}[33m  Coach: one two", "    three four\u{1B}[0m"])
    }

    @Test func aWordLongerThanTheLineIsCut() {
        #expect(LineWrapper.wrap("x abcdefghij", width: 6) == ["x", "  abcd", "  efgh", "  ij"])
    }

    @Test(arguments: [10, 17, 23, 40])
    func noWrappedLineIsWiderThanTheScreen(width: Int) {
        let text = "  Тренер: Звонок выигран: встреча с ЛПР назначена. Так и продают — 日本語 тоже, e\u{301}te\u{301} и supercalifragilisticexpialidocious."
        let lines = LineWrapper.wrap(text, width: width)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
        let words = { (text: String) in text.split(separator: " ").joined() }
        #expect(words(lines.joined(separator: " ")) == words(text))
    }
}
