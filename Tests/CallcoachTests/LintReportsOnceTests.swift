import Foundation
import Testing

/// One mistake, one line: a target shared by several steps is reported where it is written, once.
@Suite struct LintReportsOnceTests {
    @Test func aMissingEndingInTheDefaultOtherwise() throws {
        let folder = try Binary.scratchLibrary()
        let text = try Binary.shipped("ru/gatekeeper-proposal.yaml").replacingOccurrences(of: "  limit: 2\n  then: lost-unclear\n", with: "  limit: 2\n  then: nosuchending\n")
        try text.write(to: folder.appendingPathComponent("ru/otherwise.yaml"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["lint", "ru/otherwise.yaml"], in: folder)
        #expect(run.status == 1)
        let line = try #require(text.components(separatedBy: "\n").firstIndex(of: "  then: nosuchending")) + 1
        #expect(run.stdout == "ru/otherwise.yaml:\(line):9: error: 'nosuchending' names no step or ending\n")
    }

    @Test func aMissingEndingInAReply() throws {
        let folder = try Binary.scratchLibrary()
        var text = try Binary.shipped("ru/gatekeeper-proposal.yaml")
        let reply = try #require(text.range(of: "      - when: [pressure]\n        end: hung-up\n"))
        text.replaceSubrange(reply, with: "      - when: [pressure]\n        end: nosuchending\n")
        try text.write(to: folder.appendingPathComponent("ru/reply.yaml"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["lint", "ru/reply.yaml"], in: folder)
        #expect(run.status == 1)
        let errors = run.stdout.split(separator: "\n").filter { $0.contains("nosuchending") }
        #expect(errors.count == 1)
        #expect(errors.first?.hasSuffix("error: 'nosuchending' names no ending") == true)
    }
}
