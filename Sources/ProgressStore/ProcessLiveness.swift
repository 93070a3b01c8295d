import Foundation

/// Whether the process that began a call still plays it. A call left `running` by a process
/// that is gone (killed, its terminal closed) was cut off.
enum ProcessLiveness {
    static func isPlaying(_ pid: Int32) -> Bool {
        if pid == getpid() { return true }
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        #if os(Linux)
        // A process id is reused once its process is gone: on Linux, check the one holding it
        // is a callcoach.
        if let name = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) {
            return name.contains("callcoach")
        }
        #endif
        return true
    }
}
