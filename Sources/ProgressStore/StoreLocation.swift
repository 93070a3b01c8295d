import Foundation

/// Where the progress database lives: `--db`, else `$CALLCOACH_DB`, else
/// `$XDG_DATA_HOME/callcoach/progress.sqlite`, else `~/.local/share/callcoach/progress.sqlite`.
/// The folder is made private (0700) when created: the file holds what trainees said.
public enum StoreLocation {
    public static func path(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let variable = environment["CALLCOACH_DB"], !variable.isEmpty { return variable }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return data + "/callcoach/progress.sqlite"
    }

    /// Creates the database's folder, private to its owner, when missing.
    public static func prepareFolder(for path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError("cannot create the folder \(folder) for the progress database")
        }
    }

    /// The trainee's name when none is given: the login name (`USER`, else `LOGNAME`, as
    /// login and sshd set them, else the account's own name).
    public static func defaultTrainee(environment: [String: String]) -> String {
        for key in ["USER", "LOGNAME"] {
            if let name = environment[key], !name.isEmpty { return name }
        }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "trainee"
    }
}
