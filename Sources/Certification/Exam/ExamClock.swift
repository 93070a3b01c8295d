import Foundation

/// Where an exam reads the time: the wall clock in use, a fake one in tests, so the time
/// limit is tested without sleeping.
public protocol ExamClock: Sendable {
    func now() -> Date
}

public struct SystemClock: ExamClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// Dates in result documents: ISO 8601 in UTC to the second, so they sort and sign as text.
public enum ExamDate {
    public static func string(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    public static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
