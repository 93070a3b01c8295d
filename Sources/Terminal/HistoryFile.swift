#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a trainee's typed lines are kept between calls, so ↑ brings back yesterday's
/// answers: `$XDG_STATE_HOME/callcoach/history/NAME` (`~/.local/state/…` by default), one
/// file per trainee, the last `limit` lines.
public enum HistoryFile {
    public static let limit = 500

    /// The trainee's history file, or nil when neither `XDG_STATE_HOME` nor `HOME` says where.
    public static func path(trainee: String, environment: [String: String]) -> String? {
        let stated = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 + "/.local/state" : nil }
        return (stated ?? home).map { "\($0)/callcoach/history/\(fileName(trainee))" }
    }

    /// A trainee's name as a file name: letters and digits of any script kept, anything that
    /// could leave the folder or hide the file replaced.
    static func fileName(_ trainee: String) -> String {
        let safe = String(trainee.map { $0.isLetter || $0.isNumber || "-_".contains($0) ? $0 : "_" })
        return safe.isEmpty ? "trainee" : safe
    }

    /// Creates the folders above `path`, readable by the trainee alone; failures leave the
    /// history unsaved rather than stopping the call.
    static func makeFolder(for path: String) {
        var folder = ""
        for part in path.split(separator: "/").dropLast() {
            folder += "/" + part
            mkdir(folder, 0o700)
        }
    }
}
