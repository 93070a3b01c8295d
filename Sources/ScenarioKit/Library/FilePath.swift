/// Folder arithmetic on the paths a trainer types, done on the text alone.
///
/// swift-corelibs-foundation's `NSString.deletingLastPathComponent` traps on a one-character
/// path (`.`, `a`, `./`), which is exactly the folder of `callcoach lint .`; these never trap
/// and keep relative paths relative, so diagnostics name files the way the trainer wrote them.
enum FilePath {
    /// The folder holding `path`: `a/b.yaml` → `a`, `b.yaml` → `.`, `/b.yaml` → `/`.
    static func folder(of path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// The folder above `folder`: `a/b` → `a`, `a` → `.`, `.` → `..`, `..` → `../..`.
    static func parent(of folder: String) -> String {
        let trimmed = trimmingTrailingSlashes(folder)
        if trimmed == "/" { return "/" }
        if trimmed == "." || trimmed.isEmpty { return ".." }
        if trimmed == ".." || trimmed.hasSuffix("/..") || trimmed.hasSuffix("/.") { return trimmed + "/.." }
        return Self.folder(of: trimmed)
    }

    /// `name` inside `folder`, or `name` itself when it is absolute; `.` adds nothing.
    static func join(_ folder: String, _ name: String) -> String {
        if name.hasPrefix("/") || folder.isEmpty || folder == "." { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
