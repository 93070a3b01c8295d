import Testing
@testable import ScenarioKit

@Suite struct RulebookLoaderTests {
    private func findings(_ text: String) -> [String] {
        RulebookLoader.load(SourceFile(path: "r.yaml", text: text)).1.sortedByLocation()
            .map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
    }

    @Test func loadsTheFixture() throws {
        let rulebook = Fixtures.loadRulebook()
        #expect(rulebook.acts.map(\.id.rawValue) == ["ask-decision-maker", "agree-send-proposal", "propose-meeting"])
        let rule = try #require(rulebook.rule("proposal-instead-of-meeting"))
        #expect(rule.severity == .critical)
        #expect(rule.points == -30)
        #expect(rule.when.none.map(\.value) == ["propose-meeting"])
    }

    @Test func ruleNamingAnUnknownAct() {
        let text = Fixtures.rulebook.replacingOccurrences(of: "none: [propose-meeting]", with: "none: [propose-meting]")
        #expect(findings(text) == ["11:47: error: rule 'proposal-instead-of-meeting' names unknown act 'propose-meting'; did you mean 'propose-meeting'?"])
    }

    @Test func unknownSeverity() {
        let text = Fixtures.rulebook.replacingOccurrences(of: "severity: critical", with: "severity: critcal")
        #expect(findings(text) == ["13:15: error: severity 'critcal' is not one of critical, violation, good; did you mean 'critical'?"])
    }

    @Test func actWithNothingToHearIsAWarning() {
        let text = Fixtures.rulebook.replacingOccurrences(of: "en: {patterns: [\"meet\"]}", with: "en: {patterns: []}")
        #expect(findings(text) == ["7:3: warning: act 'propose-meeting' has neither patterns nor examples in en; it will never be heard"])
    }

    @Test func agreementIsReadPerLanguage() throws {
        let text = Fixtures.rulebook
            .replacingOccurrences(of: "id: mini\n", with: "id: mini\nagreement:\n  not-with: [propose-meeting]\n  en: {opening: [\"sure|ok\", \"will+do\"], unless: [\"but\"]}\n")
            .replacingOccurrences(of: "en: {patterns: [\"send ... proposal\"]}", with: "en: {patterns: [\"send ... proposal\"], agreeing-to: [\"email us\"]}")
        let (rulebook, diagnostics) = RulebookLoader.load(SourceFile(path: "r.yaml", text: text))
        #expect(diagnostics.isEmpty)
        let loaded = try #require(rulebook)
        #expect(loaded.agreement[.en]?.opening.map(\.value.source) == ["sure|ok", "will+do"])
        #expect(loaded.agreement[.en]?.unless.map(\.value.source) == ["but"])
        #expect(loaded.agreement[.ru] == nil)
        #expect(loaded.agreementNotWith.map(\.value) == ["propose-meeting"])
        #expect(loaded.act("agree-send-proposal")?.languages[.en]?.agreeingTo.map(\.value.source) == ["email us"])
    }

    @Test func agreementMistakesArePointedAt() {
        let unknownAct = Fixtures.rulebook
            .replacingOccurrences(of: "id: mini\n", with: "id: mini\nagreement:\n  not-with: [give-upp]\n  en: {opening: [\"sure\"]}\n")
        #expect(findings(unknownAct) == ["3:14: error: agreement names unknown act 'give-upp' in not-with"])
        let noOpening = Fixtures.rulebook.replacingOccurrences(of: "id: mini\n", with: "id: mini\nagreement:\n  en: {unless: [\"but\"]}\n")
        #expect(findings(noOpening) == ["3:7: error: agreement (en) is missing 'opening'"])
        let unused = Fixtures.rulebook
            .replacingOccurrences(of: "en: {patterns: [\"send ... proposal\"]}", with: "en: {patterns: [\"send ... proposal\"], agreeing-to: [\"email us\"]}")
        #expect(findings(unused) == ["6:57: warning: act 'agree-send-proposal' lists agreeing-to lines in en, but the rulebook has no agreement words in en, so they are never used; add them under agreement: {en: {opening: [...]}}"])
    }

    @Test func exampleFilesKeepEachAnswerWithItsLine() throws {
        let text = Fixtures.rulebook.replacingOccurrences(of: "id: mini\n", with: "id: mini\nexample-files: [mini.tsv]\n")
        let tsv = "# lang\tcounterpart\tacts\tanswer\nen\tEmail it.\tagree-send-proposal,propose-meeting\tI'll send it and let's meet\nen\tHello?\t-\tasdf\n"
        let (rulebook, diagnostics) = RulebookLoader.load(SourceFile(path: "r.yaml", text: text)) { name, _ in
            .success(SourceFile(path: name, text: tsv))
        }
        #expect(diagnostics.isEmpty)
        let loaded = try #require(rulebook)
        #expect(loaded.answers.map(\.text) == ["I'll send it and let's meet", "asdf"])
        #expect(loaded.answers.map(\.counterpart) == ["Email it.", "Hello?"])
        #expect(loaded.answers.map(\.acts) == [["agree-send-proposal", "propose-meeting"], []])
        #expect(loaded.answers.first?.location.line == 2)
    }

    @Test func exampleFileErrorsPointIntoTheFile() {
        let text = Fixtures.rulebook.replacingOccurrences(of: "id: mini\n", with: "id: mini\nexample-files: [mini.tsv, gone.tsv]\n")
        let (_, diagnostics) = RulebookLoader.load(SourceFile(path: "r.yaml", text: text)) { name, _ in
            name == "mini.tsv" ? .success(SourceFile(path: name, text: "en\thi\tpropose-meting\tlet's meet\n"))
                : .failure(Diagnostic(.error, "no such file", at: SourceLocation(file: name, line: 1, column: 1)))
        }
        #expect(diagnostics.map(\.description) == [
            "mini.tsv:1:7: error: unknown act 'propose-meting'; did you mean 'propose-meeting'?",
            "gone.tsv:1:1: error: no such file",
            "r.yaml:2:27: error: example file 'gone.tsv' cannot be read (looked beside the rulebook)",
        ])
    }

    @Test func patternSyntaxErrors() {
        #expect(Pattern.parse("... send").failureMessage == "'...' cannot start a pattern")
        #expect(Pattern.parse("send ...").failureMessage == "'...' cannot end a pattern")
        #expect(Pattern.parse("send|").failureMessage == "empty word around '|' or '+'")
        #expect(Pattern.parse("*send").failureMessage == "'*send' is not a word (letters, digits, '-' or an apostrophe; or one of % $ € ₽ £)")
        let pattern = try? Pattern.parse("вышл* ... кп|предложени* {time}").get()
        #expect(pattern?.terms.count == 3)
        #expect(pattern?.terms[1].maximumGap == nil)
        #expect(pattern?.terms[2].maximumGap == Pattern.defaultGap)
        #expect(Pattern.parse("не+").failureMessage == "empty word around '|' or '+'")
        let adjacent = try? Pattern.parse("кп не|ни+вышлю|отправлю").get()
        #expect(adjacent?.terms.map(\.maximumGap) == [0, Pattern.defaultGap, 0])
        #expect(adjacent?.terms[2].alternatives.count == 2)
    }
}

extension Result where Failure == PatternError {
    var failureMessage: String? {
        if case .failure(let error) = self { return error.message }
        return nil
    }
}

@Suite struct PatternWarningTests {
    @Test func phrasesWrittenAsAlternativesAreFlagged() {
        let text = Fixtures.rulebook.replacingOccurrences(of: "patterns: [\"meet\"]", with: "patterns: [\"no extra|no setup\"]")
        let diagnostics = RulebookLoader.load(SourceFile(path: "r.yaml", text: text)).1
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.message.hasPrefix("pattern 'no extra|no setup': 'no' stands in several of its words") == true)
        #expect(Pattern.parse("good morning|afternoon").map(\.repeatedAlternative) == .success(nil))
    }
}

@Suite struct RepeatedWordTests {
    @Test func aWordSaidTwiceIsNotAMistake() throws {
        #expect(try Pattern.parse("нет так нет").get().repeatedAlternative == nil)
        #expect(try Pattern.parse("no extra|no setup").get().repeatedAlternative == "no")
    }
}

@Suite struct ExtendsTests {
    static let shop = """
    id: shop
    title: Shop
    extends: mini
    rules:
      let-go:
        when: {all: [propose-meeting]}
        points: -20
        severity: critical
    """

    static func companions(_ name: String, _ path: String) -> Result<SourceFile, Diagnostic> {
        name == "mini.yaml" ? .success(SourceFile(path: "rulebooks/mini.yaml", text: Fixtures.rulebook))
            : .failure(Diagnostic(.error, "no such file", at: SourceLocation(file: name, line: 1, column: 1)))
    }

    @Test func aRulebookTakesTheActsOfTheOneItExtendsAndKeepsItsOwnRules() throws {
        let (rulebook, diagnostics) = RulebookLoader.load(SourceFile(path: "rulebooks/shop.yaml", text: Self.shop), companions: Self.companions)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let shop = try #require(rulebook)
        #expect(shop.id == "shop")
        #expect(shop.acts.map(\.id) == ["ask-decision-maker", "agree-send-proposal", "propose-meeting"])
        #expect(shop.rules.map(\.id) == ["let-go"])
        #expect(shop.source.contains("extends: mini") && shop.source.contains("proposal-instead-of-meeting"))
    }

    @Test func whatComesFromTheBaseCannotBeWrittenAgainAndTheBaseMustExist() {
        let again = Self.shop.replacingOccurrences(of: "extends: mini", with: "extends: mini\nthreshold: 0.3")
        let (_, diagnostics) = RulebookLoader.load(SourceFile(path: "rulebooks/shop.yaml", text: again), companions: Self.companions)
        #expect(diagnostics.map(\.message).contains("'threshold' comes from the rulebook 'mini' this one extends; remove it here"))
        let missing = Self.shop.replacingOccurrences(of: "extends: mini", with: "extends: nowhere")
        let (none, errors) = RulebookLoader.load(SourceFile(path: "rulebooks/shop.yaml", text: missing), companions: Self.companions)
        #expect(none == nil)
        #expect(errors.map(\.message).contains("rulebook 'nowhere' to extend cannot be read (looked for nowhere.yaml beside this one)"))
    }
}
