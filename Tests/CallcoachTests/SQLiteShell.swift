import Foundation

/// The sqlite3 shell run on a test's database, as a head of sales or a fixture would: what a
/// query prints, trimmed, or a script fed on standard input.
enum SQLiteShell {
    static func query(_ database: String, _ sql: String) throws -> String {
        try run(database, arguments: [sql], input: nil).output
    }

    /// Runs `script` and returns the shell's exit status.
    static func execute(_ database: String, script: String) throws -> Int32 {
        try run(database, arguments: [], input: script).status
    }

    private static func run(_ database: String, arguments: [String], input: String?) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database] + arguments
        let output = Pipe()
        process.standardOutput = output
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines), process.terminationStatus)
    }
}
