import Foundation
import PackagePlugin

/// Compiles the shipped scenario library into the target that uses this plugin, so
/// `callcoach play ID` works from any directory without a generated file kept in git.
///
/// Every file under `scenarios/` is embedded except hidden ones and the folders that are not
/// library: `eval/` (held-out answers the judge must never learn from), `calls/` (recorded
/// calls) and `schema/` (for editors). SwiftPM asks this plugin for its command only when it
/// plans a build, and reuses the plan until the package's own structure changes; so the tool
/// finds the files itself each time it runs, and every library file and folder is an input:
/// editing a file, or adding, removing or renaming one in a folder, reruns it.
@main
struct EmbedScenarios: BuildToolPlugin {
    static let skippedFolders = ["eval", "calls", "schema"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let library = context.package.directoryURL.appendingPathComponent("scenarios")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("ShippedFiles+All.swift")
        let (folders, files) = Self.contents(of: library)
        return [.buildCommand(
            displayName: "Embedding the shipped scenario library",
            executable: try context.tool(named: "embed-files").url,
            arguments: [output.path, library.path] + Self.skippedFolders.flatMap { ["--skip", $0] },
            inputFiles: ([library] + folders + files),
            outputFiles: [output])]
    }

    /// The library's folders and files, found the way `embed-files` finds them.
    static func contents(of library: URL) -> (folders: [URL], files: [URL]) {
        guard let enumerator = FileManager.default.enumerator(atPath: library.path) else { return ([], []) }
        var folders: [URL] = [], files: [URL] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") || !relative.contains("/") && skippedFolders.contains(relative) {
                enumerator.skipDescendants()
                continue
            }
            let url = library.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue { folders.append(url) } else { files.append(url) }
        }
        return (folders, files)
    }
}
