import Foundation

/// Where a sitting's result is written. An earlier result is never replaced: the default name
/// holds the exam, the trainee and the start to the second, a name that exists is refused
/// before the sitting starts (so no attempt is spent on a result that cannot be kept), and
/// the file is created exclusively at the end, so a race is refused too.
enum ResultFile {
    /// `exam-cold-call-basic-anna-20261206T101502Z.json`: in the working directory, with
    /// anything but letters, digits, `-`, `_` and `.` in the trainee's name turned into `_`,
    /// so a name can never reach another folder.
    static func defaultName(exam: String, trainee: String, started: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return "exam-\(safe(exam))-\(safe(trainee))-\(formatter.string(from: started)).json"
    }

    /// True when `path` or its signature is already there.
    static func isTaken(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path) || FileManager.default.fileExists(atPath: path + ".sig")
    }

    /// Creates `path` with `data`, failing when the file exists.
    static func create(_ path: String, data: Data) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: data)
        try handle.synchronize()
    }

    private static func safe(_ name: String) -> String {
        let cleaned = String(name.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
        return cleaned.hasPrefix(".") ? "_" + cleaned.dropFirst() : cleaned
    }
}
