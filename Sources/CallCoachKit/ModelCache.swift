import Foundation
import Judge
import ScenarioKit

/// Keeps what the judge learned from a rulebook's examples on disk, so a call starts without
/// relearning: `$CALLCOACH_CACHE`, else `$XDG_CACHE_HOME/callcoach/models`, else
/// `~/.cache/callcoach/models`. A file is named by the rulebook's id, the language and the
/// examples' fingerprint, so edited examples are simply learned again and two rulebooks never
/// evict each other. Any failure (no home, a full disk) only costs time.
public struct ModelCache: Sendable {
    public let directory: URL?

    public init(directory: URL?) {
        self.directory = directory
    }

    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ModelCache {
        if let explicit = environment["CALLCOACH_CACHE"], !explicit.isEmpty {
            return ModelCache(directory: explicit == "off" ? nil : URL(fileURLWithPath: explicit))
        }
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty {
            return ModelCache(directory: URL(fileURLWithPath: cache).appendingPathComponent("callcoach/models"))
        }
        guard let home = environment["HOME"], !home.isEmpty else { return ModelCache(directory: nil) }
        return ModelCache(directory: URL(fileURLWithPath: home).appendingPathComponent(".cache/callcoach/models"))
    }

    public func judge(_ rulebook: Rulebook, language: Language) -> Judge {
        guard let directory else { return Judge(rulebook: rulebook, language: language) }
        let fingerprint = LearnedModel.fingerprint(of: rulebook, in: language)
        let file = directory.appendingPathComponent("\(Self.prefix(rulebook, language))\(String(fingerprint, radix: 16)).model")
        if let data = try? Data(contentsOf: file), let model = LearnedModel(data: data), model.fingerprint == fingerprint {
            return Judge(rulebook: rulebook, language: language, learned: model)
        }
        let judge = Judge(rulebook: rulebook, language: language)
        store(judge.learned, at: file, prefix: Self.prefix(rulebook, language), in: directory)
        return judge
    }

    /// What every model file of one rulebook and language starts with. The id is kept to
    /// letters, digits and '-', so a rulebook named "cold" never shares a prefix with "cold-call".
    static func prefix(_ rulebook: Rulebook, _ language: Language) -> String {
        let id = String(rulebook.id.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" ? Character($0) : "_" })
        return "\(id).\(language.rawValue)."
    }

    /// Models of the same rulebook and language learned from older examples are of no further use.
    private func pruneOthers(of file: URL, prefix: String, in directory: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".model") && name != file.lastPathComponent {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    /// Written beside and renamed into place, so a concurrent reader never sees half a file.
    private func store(_ model: LearnedModel, at file: URL, prefix: String, in directory: URL) {
        let temporary = directory.appendingPathComponent(".\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try model.encoded().write(to: temporary)
            if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
            pruneOthers(of: file, prefix: prefix, in: directory)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
