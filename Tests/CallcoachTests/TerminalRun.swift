#if os(Linux)
import Foundation
import Glibc

/// The binary on a pseudo-terminal: `posix_spawn` makes it a session leader whose controlling
/// terminal is the pty, with every signal unblocked (the test runner's threads block most),
/// so Ctrl-C, a resize and a hang-up reach it as they would from a real terminal.
final class TerminalRun {
    struct Failure: Error, CustomStringConvertible { let description: String }

    private let pid: pid_t
    private let master: Int32
    /// Kept open so the terminal's settings can be read after the program has exited.
    private let slave: Int32
    private let home: URL
    private var output: [UInt8] = []
    private var consumed = 0
    private var masterOpen = true
    private var exited: Int32?

    /// How long a test waits for the screen before failing with what it shows; a deadline
    /// against hanging, not a measured time.
    private static let patience: Duration = .seconds(30)

    /// glibc's POSIX_SPAWN_SETSID (2.26+), which its header names only under _GNU_SOURCE.
    private static let startsASession: Int32 = 0x80

    static func makeHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("callcoach-tty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    /// - Parameter standardInput: a file to read instead of the keyboard; the screen is still
    ///   the terminal.
    init(_ arguments: [String], environment: [String: String?] = [:], columns: Int = 100, home: URL? = nil, standardInput: String? = nil) throws {
        self.home = try home ?? TerminalRun.makeHome()
        var size = winsize(ws_row: 50, ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        var (master, slave): (Int32, Int32) = (-1, -1)
        var name = [CChar](repeating: 0, count: 4096)
        guard openpty(&master, &slave, &name, nil, &size) == 0 else { throw Failure(description: "no pseudo-terminal") }
        (self.master, self.slave) = (master, slave)
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)

        var variables = ProcessInfo.processInfo.environment
        variables.removeValue(forKey: "CALLCOACH_SCENARIOS")
        variables.removeValue(forKey: "LC_ALL")
        variables.removeValue(forKey: "CALLCOACH_DB")
        let defaults: [String: String] = [
            "TERM": "xterm", "LANG": "en_US.UTF-8", "NO_COLOR": "1", "USER": "trainee",
            "HOME": self.home.path, "XDG_STATE_HOME": self.home.appendingPathComponent("state").path,
            "XDG_DATA_HOME": self.home.appendingPathComponent("data").path,
        ]
        variables.merge(defaults) { _, new in new }
        for (key, value) in environment { variables[key] = value }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let standardInput {
            posix_spawn_file_actions_addopen(&actions, 1, name, O_RDWR, 0)
            posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
        }
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        var defaulted = sigset_t()
        sigemptyset(&defaulted)
        for signal in [SIGINT, SIGHUP, SIGTERM, SIGPIPE, SIGWINCH] { sigaddset(&defaulted, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaulted)
        posix_spawnattr_setflags(&attributes, Int16(TerminalRun.startsASession | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([Binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Binary.path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure(description: "posix_spawn failed: \(spawned)") }
        self.pid = pid
    }

    deinit {
        if exited == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        if masterOpen { close(master) }
        close(slave)
        try? FileManager.default.removeItem(at: home)
    }

    func type(_ keys: String) {
        var bytes = Array(keys.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    func resize(columns: Int) {
        var size = winsize(ws_row: 50, ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    func send(_ signal: Int32) {
        kill(pid, signal)
    }

    /// Closes the terminal's far end, as closing a terminal window does.
    func hangUp() {
        close(master)
        masterOpen = false
    }

    /// Everything shown so far; without `raw`, with escape sequences and carriage returns
    /// removed (readline's bracketed-paste switches and cursor moves among them).
    func screen(raw: Bool = false) -> String {
        let text = String(decoding: output, as: UTF8.self)
        return raw ? text : TerminalRun.plain(text)
    }

    var screen: String { screen() }

    /// Waits until `text` appears after what earlier calls matched; returns what came
    /// before it, from the last match on.
    @discardableResult
    func expect(_ text: String) throws -> String {
        let deadline = ContinuousClock.now + TerminalRun.patience
        while true {
            let shown = screen
            let start = shown.utf8.index(shown.startIndex, offsetBy: min(consumed, shown.utf8.count))
            if let found = shown[start...].range(of: text) {
                consumed = shown.utf8.distance(from: shown.startIndex, to: found.upperBound)
                return String(shown[start..<found.lowerBound])
            }
            guard read(until: deadline) else {
                throw Failure(description: "'\(text)' never appeared; the screen shows:\n\(shown[start...])")
            }
        }
    }

    /// The exit status once the program ends; reading on meanwhile so it never blocks writing.
    func exitStatus() throws -> Int32 {
        let deadline = ContinuousClock.now + TerminalRun.patience
        while exited == nil {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                guard status & 0x7F == 0 else { throw Failure(description: "killed by signal \(status & 0x7F)") }
                exited = (status >> 8) & 0xFF
            } else if ContinuousClock.now >= deadline {
                throw Failure(description: "still running; the screen shows:\n\(screen)")
            } else if !read(until: ContinuousClock.now + .milliseconds(50)), !masterOpen {
                usleep(20_000)
            }
        }
        return exited ?? -1
    }

    /// Whether the terminal is back in line mode with echo, as the program found it.
    var terminalIsRestored: Bool {
        var settings = termios()
        guard tcgetattr(slave, &settings) == 0 else { return false }
        return settings.c_lflag & tcflag_t(ICANON) != 0 && settings.c_lflag & tcflag_t(ECHO) != 0
    }

    /// The trainee's history file, a line an entry.
    func history() -> [String] {
        let file = home.appendingPathComponent("state/callcoach/history/trainee")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    /// Reads what is available before `deadline`; false when nothing came.
    private func read(until deadline: ContinuousClock.Instant) -> Bool {
        guard masterOpen else { return false }
        let left = deadline - ContinuousClock.now
        let milliseconds = max(0, Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
        var wait = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&wait, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = Glibc.read(master, &buffer, buffer.count)
        guard count > 0 else { return false }
        output += buffer[..<count]
        return true
    }

    private static func plain(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\u{1B}":
                guard let next = scalars.next(), next == "[" else { continue }
                while let part = scalars.next(), !(0x40...0x7E).contains(part.value) {}
            case "\r", "\u{7}", "\u{8}": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
#endif
