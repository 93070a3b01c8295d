import Foundation

// `embed-files OUTPUT ROOT [--skip FOLDER]…`: writes OUTPUT, a Swift source giving
// `ShippedFiles.all` the text of every file under ROOT keyed by its path relative to ROOT,
// leaving out hidden files and the top-level FOLDERs. Run by the EmbedScenarios build plugin.
//
// The files are found here, each time the tool runs, rather than listed by the plugin: SwiftPM
// keeps a build plan (and so the plugin's arguments) until the package's structure changes.
// Line endings are normalised to LF, so a file saved on Windows embeds the same text.

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("embed-files: \(message)\n".utf8))
    exit(status)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else { fail("usage: embed-files OUTPUT ROOT [--skip FOLDER]...", status: 2) }
let output = URL(fileURLWithPath: arguments.removeFirst())
let root = URL(fileURLWithPath: arguments.removeFirst())
var skipped: Set<String> = []
while arguments.count >= 2 && arguments[0] == "--skip" {
    skipped.insert(arguments[1])
    arguments.removeFirst(2)
}
guard arguments.isEmpty else { fail("unexpected argument '\(arguments[0])'", status: 2) }

var texts: [(path: String, text: String)] = []
for path in LibraryFiles.find(under: root, skipping: skipped) {
    let file = root.appendingPathComponent(path)
    guard let data = FileManager.default.contents(atPath: file.path), let text = String(data: data, encoding: .utf8) else {
        fail("\(file.path): not UTF-8 text, so it cannot be shipped in the library", status: 1)
    }
    texts.append((path, text.replacingOccurrences(of: "\r\n", with: "\n")))
}

let source = ShippedFilesSource.render(texts)
if FileManager.default.contents(atPath: output.path) != Data(source.utf8) {
    do {
        try Data(source.utf8).write(to: output, options: .atomic)
    } catch {
        fail("\(output.path): \(error.localizedDescription)", status: 1)
    }
}
