import Testing
@testable import ScenarioKit

@Suite struct FilePathTests {
    @Test(arguments: [("a/b.yaml", "a"), ("b.yaml", "."), ("/b.yaml", "/"), ("./b.yaml", "."), ("a/b/", "a"), (".", "."), ("a", ".")])
    func folder(path: String, expected: String) {
        #expect(FilePath.folder(of: path) == expected)
    }

    @Test(arguments: [("a/b", "a"), ("a", "."), (".", ".."), ("..", "../.."), ("../x", ".."), ("/", "/"), ("./", "..")])
    func parent(folder: String, expected: String) {
        #expect(FilePath.parent(of: folder) == expected)
    }

    @Test func join() {
        #expect(FilePath.join(".", "rulebooks/x.yaml") == "rulebooks/x.yaml")
        #expect(FilePath.join("a/", "x.yaml") == "a/x.yaml")
        #expect(FilePath.join("a", "/abs.yaml") == "/abs.yaml")
        #expect(FilePath.join("..", "x.yaml") == "../x.yaml")
    }
}
