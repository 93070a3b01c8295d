import Foundation
import Testing

@Suite struct LintCommandTests {
    @Test func shippedScenariosAreClean() throws {
        let run = try Binary.run(["lint", "scenarios"])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("0 error(s), 0 warning(s)"))
    }

    /// Line and column of the first occurrence of `needle` (1-based, in characters).
    private func position(of needle: String, in text: String, offset: Int = 0) -> String {
        let lines = text.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            if let range = line.range(of: needle) {
                return "\(index + 1):\(line.distance(from: line.startIndex, to: range.lowerBound) + 1 + offset)"
            }
        }
        return "not found"
    }

    @Test func brokenCopyGetsEachErrorAtItsPositionAndPlayRefusesIt() throws {
        let folder = try Binary.scratchLibrary()
        var text = try Binary.shipped("ru/gatekeeper-proposal.yaml")
        text = text.replacingOccurrences(of: "        next: director-objection\n        example: \"Андрей Викторович, добрый день! Знаю", with: "        next: director-objektion\n        example: \"Андрей Викторович, добрый день! Знаю")
        text = text.replacingOccurrences(of: "      - when: [schedule-callback]\n        end: callback-only\n        example", with: "      - when: [schedule-calback]\n        end: callback-only\n        example")
        text = text.replacingOccurrences(of: "difficulty: 1\n", with: "dificulty: 1\n")
        let file = folder.appendingPathComponent("ru/broken.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)

        let expected = [
            "ru/broken.yaml:\(position(of: "dificulty", in: text)): error: unknown key 'dificulty' in scenario; did you mean 'difficulty'?",
            "ru/broken.yaml:\(position(of: "director-objektion", in: text)): error: 'director-objektion' names no step or ending; did you mean 'director-objection'?",
            "ru/broken.yaml:\(position(of: "schedule-calback", in: text)): error: unknown act 'schedule-calback' (not in rulebook 'cold-call'); did you mean 'schedule-callback'?",
        ]
        let lint = try Binary.run(["lint", "ru/broken.yaml"], in: folder)
        #expect(lint.status == 1)
        #expect(lint.stdout.split(separator: "\n").map(String.init) == expected)

        let play = try Binary.run(["play", "ru/broken.yaml", "--answers", "/dev/null"], in: folder)
        #expect(play.status == 2)
        #expect(play.stderr.split(separator: "\n").prefix(3).map(String.init) == expected)
        #expect(play.stderr.contains("ru/broken.yaml has errors; fix them"))
        #expect(play.stdout.isEmpty)
    }

    @Test func wrongIndentationIsReportedAtItsLine() throws {
        let folder = try Binary.scratchLibrary()
        var text = try Binary.shipped("ru/gatekeeper-proposal.yaml")
        text = text.replacingOccurrences(of: "  proposal-ask:\n    speaker: secretary\n", with: "  proposal-ask:\n    speaker: secretary\n   say:\n")
        try text.write(to: folder.appendingPathComponent("ru/indent.yaml"), atomically: true, encoding: .utf8)
        let lint = try Binary.run(["lint", "ru/indent.yaml"], in: folder)
        #expect(lint.status == 1)
        let inserted = try #require(text.components(separatedBy: "\n").firstIndex(of: "   say:")) + 1
        #expect(lint.stdout.hasPrefix("ru/indent.yaml:\(inserted):"))
        #expect(lint.stdout.contains("error: YAML syntax"))
        #expect(lint.stdout.split(separator: "\n").count == 1)
        let play = try Binary.run(["play", "ru/indent.yaml"], in: folder)
        #expect(play.status == 2)
        #expect(play.stderr.hasPrefix(lint.stdout.trimmingCharacters(in: .newlines)))
    }

    @Test func hostileFilesGetOneLineEach() throws {
        let folder = try Binary.scratchLibrary()
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x02]).write(to: folder.appendingPathComponent("ru/binary.yaml"))
        try Data([0x69, 0x64, 0x3A, 0x20, 0xC3, 0x28]).write(to: folder.appendingPathComponent("ru/latin1.yaml"))
        try Data().write(to: folder.appendingPathComponent("ru/empty.yaml"))
        let run = try Binary.run(["lint", "ru"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.split(separator: "\n").map(String.init) == [
            "ru/binary.yaml:1:5: error: binary file (NUL byte), not YAML text",
            "ru/empty.yaml:1:1: error: file is empty",
            "ru/latin1.yaml:1:5: error: not valid UTF-8 text; save the file as UTF-8",
        ])
    }

    @Test func missingArgumentIsAUsageError() throws {
        let run = try Binary.run(["lint"])
        #expect(run.status == 2)
        #expect(run.stderr.split(separator: "\n").count == 1)
    }
}

@Suite struct DuplicateIDTests {
    @Test func twoScenariosWithOneIDInOneLanguageAreAnError() throws {
        let folder = try Binary.scratchLibrary()
        let text = try Binary.shipped("ru/gatekeeper-proposal.yaml")
        try text.write(to: folder.appendingPathComponent("ru/a.yaml"), atomically: true, encoding: .utf8)
        try text.write(to: folder.appendingPathComponent("ru/b.yaml"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["lint", "ru"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout == "ru/b.yaml:1:1: error: scenario id 'gatekeeper-proposal' (ru) is also used by ru/a.yaml; ids must be unique per language\n")
    }
}
