import Foundation

/// An exam of one call drawn from one scenario, so a test knows which answers win: the shipped
/// exams draw several calls from a pool that grows with the library. Each test adds the rules
/// it exercises (attempts, cool-down, critical rules, time per answer).
enum OneCallExam {
    static func write(in folder: URL, _ settings: [String]) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("one-call.yaml").path
        let lines = ["id: one-call", "title: One call", "language: en", "pool: [gatekeeper-proposal]", "draw: 1",
                     "pass-mark: {average: 70, wins: 1}"] + settings
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
