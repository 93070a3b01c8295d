import Foundation
import Testing

@Suite struct LibraryCommandTests {
    @Test func scenarioTestsPassAndFailuresExitOne() throws {
        let passing = try Binary.run(["test", "scenarios/ru", "scenarios/en"])
        #expect(passing.status == 0)
        #expect(passing.stdout.contains("PASS scenarios/ru/gatekeeper-proposal.yaml"))
        #expect(passing.stdout.contains(" 0 failed"))

        let folder = try Binary.scratchLibrary()
        let text = try Binary.shipped("en/gatekeeper-proposal.yaml")
            .replacingOccurrences(of: "expect: {ending: lost-to-email, outcome: loss, violates: [proposal-instead-of-meeting]}",
                                  with: "expect: {ending: meeting-booked}")
        try text.write(to: folder.appendingPathComponent("ru/failing.yaml"), atomically: true, encoding: .utf8)
        let failing = try Binary.run(["test", "ru"], in: folder)
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("FAIL ru/failing.yaml:"))
        #expect(failing.stdout.contains("expected ending 'meeting-booked', got 'lost-to-email'"))
    }

    @Test func graphRendersWithGraphviz() throws {
        let graph = try Binary.run(["graph", "gatekeeper-proposal", "--lang", "ru", "--format", "dot"])
        #expect(graph.status == 0)
        #expect(graph.stdout.hasPrefix("digraph \"gatekeeper-proposal\""))
        #expect(graph.stdout.contains("\"meeting-booked\" [shape=doubleoctagon, style=filled, fillcolor=palegreen"))
        #expect(graph.stdout.contains("★ Прошли секретаря"))
        let dot = "/usr/bin/dot"
        guard FileManager.default.isExecutableFile(atPath: dot) else {
            Issue.record("Graphviz is missing: run scripts/setup")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(graph.stdout.utf8))
        try input.fileHandleForWriting.close()
        let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(svg.contains("<svg"))
    }

    @Test func mermaidGraph() throws {
        let graph = try Binary.run(["graph", "gatekeeper-proposal", "--format", "mermaid"])
        #expect(graph.status == 0)
        #expect(graph.stdout.hasPrefix("flowchart LR\n"))
        #expect(graph.stdout.contains("classDef win"))
    }

    @Test func listWorksFromAnyDirectoryWithTheShippedLibrary() throws {
        let run = try Binary.run(["list", "--json"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0)
        let entries = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
        let ids = Set(entries.map { "\($0["language"] ?? "")/\($0["id"] ?? "")" })
        #expect(ids == ["en/gatekeeper-proposal", "ru/gatekeeper-proposal"])
        #expect(entries.first?["stage"] as? String == "approach")
        #expect(entries.first?["file"] as? String == "<shipped>/en/gatekeeper-proposal.yaml")
        let play = try Binary.run(["play", "gatekeeper-proposal"], stdin: Data("hi\n".utf8), in: FileManager.default.temporaryDirectory)
        #expect(play.status == 0)
        #expect(play.stdout.contains("Acme Freight"))
    }

    @Test func classifyJSONExplainsEachAct() throws {
        let run = try Binary.run(["classify", "--json"], stdin: Data("ок, скину презентацию на почту\n\n".utf8))
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        let acts = first?["acts"] as? [[String: Any]]
        #expect(acts?.first?["act"] as? String == "agree-send-proposal")
        #expect((acts?.first?["why"] as? String)?.contains("скину презентацию") == true)
        #expect((first?["rules"] as? [[String: Any]])?.first?["rule"] as? String == "proposal-instead-of-meeting")
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
        #expect(second?["unclear"] as? Bool == true)
    }

    /// A bare "конечно" means what the line asked for, and says so; without the line it agrees to nothing.
    @Test func classifyAfterALineHearsAgreement() throws {
        let answer = Data("Конечно. А сколько у вас сотрудников?\n".utf8)
        let run = try Binary.run(["classify", "--json", "--after", "Пришлите КП на почту, директор посмотрит."], stdin: answer)
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let acts = object?["acts"] as? [[String: Any]]
        #expect(acts?.map { $0["act"] as? String } == ["agree-send-proposal", "ask-question"])
        #expect((acts?.first?["why"] as? String)?.hasPrefix("'конечно' agrees to 'пришлите") == true)
        #expect((object?["rules"] as? [[String: Any]])?.first?["rule"] as? String == "proposal-instead-of-meeting")
        let alone = try Binary.run(["classify", "--json"], stdin: answer)
        #expect(alone.stdout.contains("\"ask-question\""))
        #expect(!alone.stdout.contains("agree-send-proposal"))
    }

    @Test func stemShowsWhatAWordBecomes() throws {
        let run = try Binary.run(["stem", "встречами", "Meetings"])
        #expect(run.stdout == "встреч\nmeet\n")
    }
}

@Suite struct DeterminismTests {
    /// Two processes hash differently; reports and verdicts must not depend on it.
    @Test func reportsAndVerdictsAreTheSameInEveryProcess() throws {
        let eval = ["eval-judge", "scenarios/eval/cold-call-en.tsv", "--json"]
        #expect(try Binary.run(eval).stdout == Binary.run(eval).stdout)
        let input = Data("ok, I'll email the deck\nlet's meet tuesday at 10\nасдф\nдавайте встретимся в среду\n".utf8)
        let classify = ["classify", "--json"]
        let first = try Binary.run(classify, stdin: input)
        #expect(first.status == 0)
        #expect(first.stdout == (try Binary.run(classify, stdin: input)).stdout)
        #expect(first.stdout == (try Binary.run(classify, stdin: input, environment: ["CALLCOACH_CACHE": "off"])).stdout)
    }

    @Test func anUnknownCardinalRuleIsAnInputError() throws {
        let run = try Binary.run(["eval-judge", "scenarios/eval/cold-call-en.tsv", "--cardinal-rule", "proposal-instead-of-meetin"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("callcoach: rulebook 'cold-call' has no rule 'proposal-instead-of-meetin'"))
    }

    @Test func missingPathsAreInputErrors() throws {
        for command in ["lint", "test"] {
            let run = try Binary.run([command, "no-such-folder"])
            #expect(run.status == 2)
            #expect(run.stderr == "callcoach: no-such-folder: no such file or folder\n")
        }
    }
}
