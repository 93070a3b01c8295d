import Foundation
import ScenarioKit

/// The files `lint` and `test` take: a path that does not exist, or a folder without a single
/// YAML file, is an input error (exit 2), so a typo never passes as "nothing wrong".
enum InputPaths {
    static func yamlFiles(_ paths: [String]) throws -> [String] {
        try paths.flatMap { path -> [String] in
            guard FileManager.default.fileExists(atPath: path) else { throw InputError("\(path): no such file or folder") }
            let files = YAMLFiles.find(under: path)
            if files.isEmpty { throw InputError("\(path): no .yaml files in this folder") }
            return files
        }
    }
}
