import Crypto
import Foundation
import ScenarioKit

/// SHA-256 digests that name content exactly: a recorded call or an exam result says which
/// scenario text and which rules judged it, and any edit changes the name.
public enum Fingerprint {
    /// The scenario file's text as loaded (UTF-8, LF line ends), so a file and its shipped
    /// copy have one fingerprint.
    public static func scenario(_ file: SourceFile) -> String {
        hex(SHA256.hash(data: Data(file.text.utf8)))
    }

    /// The rulebook file and every example it learns from: a changed rule, pattern or example
    /// is a different rulebook.
    public static func rulebook(_ rulebook: Rulebook) -> String {
        var hash = SHA256()
        hash.update(data: Data(rulebook.source.utf8))
        for answer in rulebook.answers {
            let line = "\u{1E}\(answer.language.rawValue)\u{1F}\(answer.counterpart)\u{1F}\(answer.acts.map(\.rawValue).sorted().joined(separator: ","))\u{1F}\(answer.text)"
            hash.update(data: Data(line.utf8))
        }
        return hex(hash.finalize())
    }

    public static func sha256(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
