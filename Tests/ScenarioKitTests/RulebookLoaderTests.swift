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
        #expect(findings(text) == ["8:9: warning: act 'propose-meeting' has neither patterns nor examples in en; it will never be heard"])
    }

    @Test func patternSyntaxErrors() {
        #expect(Pattern.parse("... send").failureMessage == "'...' cannot start a pattern")
        #expect(Pattern.parse("send ...").failureMessage == "'...' cannot end a pattern")
        #expect(Pattern.parse("send|").failureMessage == "empty alternative around '|'")
        #expect(Pattern.parse("*send").failureMessage == "'*send' is not a word (letters, digits, '-' or an apostrophe)")
        let pattern = try? Pattern.parse("вышл* ... кп|предложени* {time}").get()
        #expect(pattern?.terms.count == 3)
        #expect(pattern?.terms[1].maximumGap == nil)
        #expect(pattern?.terms[2].maximumGap == Pattern.defaultGap)
    }
}

extension Result where Failure == PatternError {
    var failureMessage: String? {
        if case .failure(let error) = self { return error.message }
        return nil
    }
}
