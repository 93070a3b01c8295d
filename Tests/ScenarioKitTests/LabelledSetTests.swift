import Foundation
import Testing
@testable import ScenarioKit

@Suite struct LabelledSetTests {
    private let vocabulary: Set<ActID> = [ActID("agree-send-proposal"), ActID("propose-meeting")]

    private func parse(_ text: String) -> Result<[LabelledAnswer], Diagnostic> {
        LabelledSet.parse(SourceFile(path: "x.tsv", text: text), vocabulary: vocabulary)
    }

    private func refusal(_ text: String) -> String? {
        guard case .failure(let diagnostic) = parse(text) else { return nil }
        return "\(diagnostic.location.line):\(diagnostic.location.column): \(diagnostic.message)"
    }

    @Test func readsAnswersSkippingCommentsAndBlankLinesWithTheirLines() throws {
        let text = "\u{FEFF}# header\r\nru\tПришлите КП\tagree-send-proposal\tок, вышлю\r\n\r\nen\tSend it over\tpropose-meeting, agree-send-proposal\tsure, and Tuesday?\r\nen\t\t-\thmm"
        let answers = try parse(text).get()
        #expect(answers.map(\.text) == ["ок, вышлю", "sure, and Tuesday?", "hmm"])
        #expect(answers.map(\.location.line) == [2, 4, 5])
        #expect(answers[0].counterpart == "Пришлите КП")
        #expect(answers[1].acts == [ActID("propose-meeting"), ActID("agree-send-proposal")])
        #expect(answers[2].acts.isEmpty && answers[2].counterpart.isEmpty)
    }

    @Test func badLinesAreRefusedAtTheirPosition() {
        #expect(refusal("ru\tline\tpropose-meeting\tда\nru\tonly three\tpropose-meeting") == "2:1: expected 4 tab-separated fields (lang, counterpart, acts, answer), found 3")
        #expect(refusal("de\tline\tpropose-meeting\tja") == "1:1: language 'de' is not ru or en")
        #expect(refusal("ru\tКП?\tpropose-meting\tда")?.hasPrefix("1:8: unknown act 'propose-meting'") == true)
        #expect(refusal("ru\tline\tpropose-meeting\t   ") == "1:1: the answer is empty")
        #expect(refusal("ru\tline\tpropose-meeting\t\u{3000}") == "1:1: the answer is empty")
    }

    @Test func anUnknownActIsCaughtOnEveryLineThatNamesIt() {
        let text = "ru\tline\tpropose-meeting\tда\nru\tline\tpropose-meeting,agree\tнет"
        #expect(refusal(text)?.hasPrefix("2:") == true)
    }
}
