/// A position in a trainer's file, so every complaint points at the line to fix.
public struct SourceLocation: Hashable, Sendable, Codable {
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in characters (Unicode scalars) as editors count them.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One finding about a trainer's file. Loading collects them all instead of stopping at the
/// first, so a trainer fixes a file in one pass; one type means one printer for every command.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// Compiler style, which editors and CI logs already know how to link.
    public var description: String {
        "\(location.description): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Ordered as a reader goes through the file.
    public func sortedByLocation() -> [Diagnostic] {
        sorted {
            ($0.location.file, $0.location.line, $0.location.column) <
                ($1.location.file, $1.location.line, $1.location.column)
        }
    }
}
