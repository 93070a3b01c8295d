import Foundation
import ShippedLibrary
import Testing

/// The library compiled into the binary is exactly `scenarios/` as it is on disk, minus the
/// folders that are not library (held-out evaluation answers, recorded calls, schemas).
@Suite struct ShippedFilesTests {
    static let scenarios = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios")

    /// Every non-hidden file under `scenarios/` outside eval/, calls/ and schema/, by relative path.
    static func filesOnDisk() throws -> [String: String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: scenarios.path))
        var files: [String: String] = [:]
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            guard !["eval", "calls", "schema"].contains(components[0]), !components.contains(where: { $0.hasPrefix(".") }) else { continue }
            var isDirectory: ObjCBool = false
            let url = scenarios.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[relative] = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
        }
        return files
    }

    @Test func embeddedLibraryEqualsTheFilesOnDisk() throws {
        let onDisk = try Self.filesOnDisk()
        #expect(ShippedFiles.all.keys.sorted() == onDisk.keys.sorted())
        for (path, text) in onDisk {
            #expect(ShippedFiles.all[path] == text, "\(path) differs from its embedded copy; a file in a folder made since SwiftPM planned the build is re-embedded after `touch Package.swift`")
        }
    }

    @Test func theLibraryIsThereAndTheHeldOutSetIsNot() {
        #expect(ShippedFiles.all["rulebooks/cold-call.yaml"]?.contains("proposal-instead-of-meeting") == true)
        #expect(ShippedFiles.all["en/gatekeeper-proposal.yaml"] != nil)
        #expect(!ShippedFiles.all.keys.contains { $0.hasPrefix("eval/") || $0.hasPrefix("schema/") })
    }
}
