@testable import ScenarioKit
import Testing

@Suite struct ExamLoaderTests {
    let library = ScenarioLibrary(roots: [.embedded(["rulebooks/mini.yaml": Fixtures.rulebook, "en/demo.yaml": Fixtures.scenario])])

    func findings(_ text: String) -> [String] {
        Linter.lint(SourceFile(path: "exam.yaml", text: text), library: library).sortedByLocation()
            .map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
    }

    @Test func aPoolExamLoadsEveryField() throws {
        let text = """
        id: basic
        title: Basic
        language: en
        pool: [demo]
        draw: 1
        pass-mark: {average: 70, wins: 1}
        critical-rules: [proposal-instead-of-meeting]
        time-per-answer: 90
        attempts: 3
        cool-down: 24h
        valid-for: 365d
        """
        let (exam, diagnostics) = ExamLoader.load(try YAMLParser.parse(SourceFile(path: "e.yaml", text: text)).get(), path: "e.yaml")
        #expect(diagnostics.isEmpty)
        let loaded = try #require(exam)
        #expect(loaded.scenarios.map(\.value) == ["demo"])
        #expect(loaded.draw == 1)
        #expect(loaded.passMark == .init(average: 70, wins: 1))
        #expect(loaded.timePerAnswer == 90)
        #expect(loaded.attempts == 3)
        #expect(loaded.coolDown == 86_400)
        #expect(loaded.validFor == 365 * 86_400)
        #expect(findings(text).isEmpty)
    }

    @Test func lintPointsAtUnknownScenariosRulesAndBadDurations() {
        let text = """
        id: basic
        title: Basic
        language: en
        scenarios: [demo, dmeo]
        pass-mark: {average: 170, wins: 1}
        critical-rules: [proposal-instead-of-meting]
        time-per-answer: 90 minutes
        cool-down: 1w
        """
        #expect(findings(text) == [
            "4:19: error: no scenario 'dmeo' in en in the library",
            "5:22: error: average must be from 0 to 100, found 170",
            "6:18: error: no rule 'proposal-instead-of-meting' in the exam's rulebooks; did you mean 'proposal-instead-of-meeting'?",
            "7:18: error: time-per-answer must be a duration such as 90 (seconds), 90s, 2m, 24h or 365d, found '90 minutes'",
            "8:12: error: cool-down must be a duration such as 90 (seconds), 90s, 2m, 24h or 365d, found '1w'",
        ])
    }

    @Test func aPoolNeedsADrawItCanMeet() {
        let base = "id: x\ntitle: X\nlanguage: en\npass-mark: {average: 60}\n"
        #expect(findings(base + "pool: [demo]\n") == ["5:7: error: a pool needs 'draw: N', how many calls to draw from it"])
        #expect(findings(base + "pool: [demo]\ndraw: 2\n") == ["6:7: error: draw must be from 1 to the pool's 1 scenarios, found 2"])
        #expect(findings(base + "scenarios: [demo, demo]\n") == ["5:19: error: scenario 'demo' is listed twice"])
    }

    @Test func durationsTakeAUnit() {
        #expect(Duration.seconds("90") == 90)
        #expect(Duration.seconds("2m") == 120)
        #expect(Duration.seconds("24h") == 86_400)
        #expect(Duration.seconds("365d") == 31_536_000)
        #expect(Duration.seconds("-5") == nil)
        #expect(Duration.seconds("5w") == nil)
    }

    @Test func theLibraryFindsAnExamByIdInTheLanguageAsked() throws {
        let exam = "id: basic\ntitle: B\nlanguage: en\nscenarios: [demo]\npass-mark: {average: 60}\n"
        let library = ScenarioLibrary(roots: [.embedded(["exams/basic.en.yaml": exam, "exams/basic.ru.yaml": exam.replacingOccurrences(of: "en\n", with: "ru\n")])])
        #expect(try library.examFile("basic", preferring: .ru).get().path == "<shipped>/exams/basic.ru.yaml")
        #expect(try library.examFile("basic", preferring: .en).get().path == "<shipped>/exams/basic.en.yaml")
        guard case .failure(.notFound(let message)) = library.examFile("basik", preferring: nil) else {
            Issue.record("an unknown exam was found")
            return
        }
        #expect(message.contains("did you mean 'basic'?"))
    }
}
