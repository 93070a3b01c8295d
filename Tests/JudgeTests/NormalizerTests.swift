import Testing
@testable import Judge

@Suite struct NormalizerTests {
    @Test func foldsCaseYoPunctuationEmojiAndRepeats() {
        let words = Normalizer.words("Ёлки-палки!!! Оооочень ХОРОШО 👍, i’ll send it…").map(\.word)
        #expect(words == ["елки-палки", "очень", "хорошо", "i'll", "send", "it"])
    }

    @Test func compatibilityFormsAreUnified() {
        #expect(Normalizer.words("ﬁne Ｔｕｅｓｄａｙ").map(\.word) == ["fine", "tuesday"])
    }

    @Test func clockTimesStayOneWord() {
        #expect(Normalizer.words("в 10:30 или 11.00?").map(\.word) == ["в", "10:30", "или", "11.00"])
    }

    @Test func punctuationMarksClausesAndSentences() {
        let words = Normalizer.words("Хорошо, вышлю. Пока")
        #expect(words.map(\.break) == [.sentence, .clause, .sentence])
    }

    @Test func percentAndCurrencySignsAreWords() {
        #expect(Normalizer.words("скидка 15% и $6").map(\.word) == ["скидка", "15", "%", "и", "$", "6"])
    }

    @Test func hugeInputIsCutNotChoked() {
        let words = Normalizer.words(String(repeating: "а ", count: 500_000))
        #expect(words.count == Normalizer.maximumScalars / 2)
    }
}

@Suite struct TimeRecognizerTests {
    private func classes(_ text: String, _ language: ScenarioKit.Language = .ru) -> [String] {
        Analyzer(language: language).tokens(text).filter { $0.classes.contains(.when) }.map(\.text)
    }

    @Test(arguments: [
        ("давайте во вторник в 10", ["вторник", "10"]),
        ("в среду в 15:30", ["среду", "15:30"]),
        ("завтра после обеда", ["завтра"]),
        ("через час", ["час"]),
        ("15 марта", ["15"]),
        ("на следующей неделе", []),
        ("в 10 раз дешевле", []),
        ("скидка 20 процентов", []),
        ("наберу 16-го", ["16-го"]),
        ("давайте 16го в 11", ["16го", "11"]),
    ])
    func russianDaysAndTimes(text: String, expected: [String]) {
        #expect(classes(text) == expected)
    }

    @Test(arguments: [
        ("Thursday at 2pm works?", ["thursday", "2pm"]),
        ("tomorrow at 3", ["tomorrow", "3"]),
        ("in an hour", ["hour"]),
        ("sometime next week", []),
        ("around 10 am", ["10"]),
        ("I'll call him on the 16th", ["16th"]),
        ("call u jan 8th", ["jan", "8th"]),
        ("by Friday", []),
    ])
    func englishDaysAndTimes(text: String, expected: [String]) {
        #expect(classes(text, .en) == expected)
    }
}

import ScenarioKit

@Suite struct PatternMatchingTests {
    private func matches(_ pattern: String, _ text: String, _ language: Language = .ru) -> Bool {
        let analyzer = Analyzer(language: language)
        let parsed = try! Pattern.parse(pattern).get()
        let set = PatternSet([Located(parsed, at: SourceLocation(file: "", line: 1, column: 1))], analyzer: analyzer)
        return set.matches(parsed, analyzer.tokens(text), language: language)
    }

    @Test func stemsMatchInflections() {
        #expect(matches("встреча", "давайте встретимся? нет: встречу назначим"))
        #expect(matches("презентация", "скину презентацию"))
        #expect(matches("send proposal", "sending the proposals", .en))
    }

    @Test func wordsMustBeNearAndInOrder() {
        #expect(matches("вышл* кп", "вышлю вам наше кп"))
        #expect(!matches("вышл* кп", "кп вышлю"))
        #expect(!matches("вышл* кп", "вышлю вам потом когда нибудь кп"))
        #expect(matches("вышл* ... кп", "вышлю вам потом когда нибудь кп"))
    }

    @Test func proximityStopsAtAComma() {
        #expect(!matches("вышл* кп", "вышлю, кп"))
        #expect(matches("вышл* ... кп", "вышлю, конечно, кп"))
        #expect(!matches("вышл* ... кп", "вышлю. кп"))
    }

    @Test func negationCancelsAMatch() {
        #expect(!matches("высыла*", "не буду ничего высылать"))
        #expect(!matches("кп", "давайте без кп"))
        #expect(!matches("send", "no need to send anything", .en))
        #expect(matches("высыла*", "не знаю. высылаю"))
        #expect(!matches("=не высыла*", "высылаю"))
    }

    @Test func exactAndClassAtoms() {
        #expect(matches("=вышлю", "вышлю"))
        #expect(!matches("=вышлю", "вышлем"))
        #expect(matches("{day} {time}", "во вторник в 10", .ru))
    }
}
