import Foundation

/// Runs the built `callcoach` as a user would: arguments, stdin, environment, working
/// directory in; exit code, stdout and stderr out.
struct Binary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// One model cache for the test run, never the developer's own.
    static let cache = FileManager.default.temporaryDirectory.appendingPathComponent("callcoach-test-cache-\(UUID().uuidString)")

    /// One progress database for the test run's plays, never the developer's own.
    static let database = FileManager.default.temporaryDirectory.appendingPathComponent("callcoach-test-progress-\(UUID().uuidString).sqlite")

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var path: String {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("callcoach").path
        if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
        return repository.appendingPathComponent(".build/debug/callcoach").path
    }

    /// - Parameter executable: what to run instead of the binary, with the same environment
    ///   (a script that starts it).
    @discardableResult
    static func run(_ arguments: [String], stdin: Data = Data(), in directory: URL = repository, environment: [String: String] = [:],
                    executable: String = path) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["LANG"] = "en_US.UTF-8"
        env.removeValue(forKey: "CALLCOACH_SCENARIOS")
        env["CALLCOACH_CACHE"] = cache.path
        env["CALLCOACH_DB"] = database.path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inputFile = scratch.appendingPathComponent("stdin"), errorFile = scratch.appendingPathComponent("stderr")
        try stdin.write(to: inputFile)
        try Data().write(to: errorFile)
        let output = Pipe()
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorData = try Data(contentsOf: errorFile)
        return Run(status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self), stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// A scratch folder holding a copy of the shipped rulebooks, for broken scenario copies.
    static func scratchLibrary() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("callcoach-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("ru"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("scenarios/rulebooks"), to: folder.appendingPathComponent("rulebooks"))
        return folder
    }

    static func shipped(_ path: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent("scenarios/\(path)"), encoding: .utf8)
    }
}
