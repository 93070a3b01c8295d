import Foundation
import Testing
@testable import embed_files

@Suite struct ShippedFilesSourceTests {
    /// Whatever a trainer writes — quotes, backslashes in patterns, a stray CR, control
    /// characters — must come out of the literal as written, and nothing may end it early.
    @Test func literalsEscapeEverythingThatIsNotPlainText() {
        #expect(ShippedFilesSource.literal("say: \"Да\" \\d+\tok\r\n\u{0}\u{2028}ё") == #""say: \"Да\" \\d+\tok\r\n\u{0}\u{2028}ё""#)
        #expect(ShippedFilesSource.literal("\"\"\"#####") == "\"\\\"\\\"\\\"#####\"")
    }

    @Test func sourceListsEachFileByPath() {
        let source = ShippedFilesSource.render([(path: "en/a.yaml", text: "id: a\n")])
        #expect(source.contains("extension ShippedFiles {\n    public static let all: [String: String] = [\n        \"en/a.yaml\": \"id: a\\n\",\n    ]\n}\n"))
        #expect(ShippedFilesSource.render([]).contains("= [\n        :\n    ]"))
    }

    @Test func hiddenFilesAndSkippedFoldersAreLeftOut() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("embed-files-\(UUID().uuidString)")
        for path in ["en/a.yaml", "exams/deep/b.yaml", "eval/held-out.tsv", "en/.a.yaml.swp", ".git/x", "rulebooks/r.tsv"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(LibraryFiles.find(under: root, skipping: ["eval"]) == ["en/a.yaml", "exams/deep/b.yaml", "rulebooks/r.tsv"])
    }
}
