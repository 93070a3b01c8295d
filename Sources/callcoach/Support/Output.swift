import Foundation

/// Where the command writes: results to stdout, problems to stderr, each as whole lines.
enum Output {
    static func line(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("callcoach: " + text + "\n").utf8))
    }

    static func diagnostic(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// A user's mistake with a one-line reason: printed to stderr, exit code 2.
struct InputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}


