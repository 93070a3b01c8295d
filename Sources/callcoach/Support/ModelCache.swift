import Foundation
import Judge
import ScenarioKit

/// Keeps what the judge learned from a rulebook's examples on disk, so a call starts without
/// relearning: `$CALLCOACH_CACHE`, else `$XDG_CACHE_HOME/callcoach/models`, else
/// `~/.cache/callcoach/models`. A file is named by the examples' fingerprint, so edited
/// examples are simply learned again. Any failure (no home, a full disk) only costs time.
struct ModelCache {
    let directory: URL?

    static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ModelCache {
        if let explicit = environment["CALLCOACH_CACHE"], !explicit.isEmpty {
            return ModelCache(directory: explicit == "off" ? nil : URL(fileURLWithPath: explicit))
        }
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty {
            return ModelCache(directory: URL(fileURLWithPath: cache).appendingPathComponent("callcoach/models"))
        }
        guard let home = environment["HOME"], !home.isEmpty else { return ModelCache(directory: nil) }
        return ModelCache(directory: URL(fileURLWithPath: home).appendingPathComponent(".cache/callcoach/models"))
    }

    func judge(_ rulebook: Rulebook, language: Language) -> Judge {
        guard let directory else { return Judge(rulebook: rulebook, language: language) }
        let fingerprint = LearnedModel.fingerprint(of: rulebook, in: language)
        let file = directory.appendingPathComponent("\(language.rawValue)-\(String(fingerprint, radix: 16)).model")
        if let data = try? Data(contentsOf: file), let model = LearnedModel(data: data), model.fingerprint == fingerprint {
            return Judge(rulebook: rulebook, language: language, learned: model)
        }
        let judge = Judge(rulebook: rulebook, language: language)
        store(judge.learned, at: file, in: directory)
        return judge
    }

    /// Models of the same language learned from older examples are of no further use.
    private func pruneOthers(of file: URL, in directory: URL) {
        let language = file.lastPathComponent.prefix { $0 != "-" }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(language + "-") && name.hasSuffix(".model") && name != file.lastPathComponent {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    /// Written beside and renamed into place, so a concurrent reader never sees half a file.
    private func store(_ model: LearnedModel, at file: URL, in directory: URL) {
        let temporary = directory.appendingPathComponent(".\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try model.encoded().write(to: temporary)
            if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
            pruneOthers(of: file, in: directory)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
