import Testing
@testable import Terminal

@Suite struct SlashCommandTests {
    @Test(arguments: [
        ("/hint", TypedLine.command(.hint)),
        ("  /Options  ", .command(.options)),
        ("/repeat that please", .command(.repeat)),
        ("/hnt", .unknownCommand("/hnt")),
        ("/", .unknownCommand("/")),
        ("2", .number(2)),
        (" 12 ", .number(12)),
        ("1234", .answer("1234")),
        ("٣", .answer("٣")),
        ("Соедините с директором", .answer("Соедините с директором")),
        ("", .answer("")),
        ("  spaced answer ", .answer("  spaced answer ")),
    ])
    func linesAreParsed(line: String, expected: TypedLine) {
        #expect(TypedLine(line) == expected)
    }

    @Test func tabCompletesCommandsAtTheStartOfALine() {
        #expect(SlashCommand.completions(for: "/hi") == ["/hint"])
        #expect(SlashCommand.completions(for: "/r") == ["/repeat", "/restart"])
        #expect(SlashCommand.completions(for: "/HE") == ["/help"])
        #expect(SlashCommand.completions(for: "") == SlashCommand.allCases.map(\.word))
        #expect(SlashCommand.completions(for: "hi").isEmpty)
        #expect(SlashCommand.completions(for: "/x").isEmpty)
    }

    @Test(arguments: [
        ("/hnit", SlashCommand.hint), ("/hnt", .hint), ("/qiut", .quit), ("/optoins", .options),
        ("/scroe", .score), ("/q", .quit), ("/helpp", .help), ("/res", .restart), ("/re", nil), ("/banana", nil), ("/", nil),
    ])
    func mistypedCommandsSuggestTheLikelyOne(word: String, expected: SlashCommand?) {
        #expect(SlashCommand.closest(to: word) == expected)
    }
}
