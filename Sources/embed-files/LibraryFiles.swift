import Foundation

/// The files a library folder ships: every file below it, by relative path in a stable order,
/// without hidden files (`.DS_Store`, editor swap files) or the top-level folders skipped.
enum LibraryFiles {
    static func find(under root: URL, skipping skipped: Set<String>) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") || !relative.contains("/") && skipped.contains(relative) {
                enumerator.skipDescendants()
                continue
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }
}
