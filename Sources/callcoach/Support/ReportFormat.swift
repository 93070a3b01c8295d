import Foundation
import ProgressStore

/// How report figures are written: the same in the table, the CSV and the JSON.
enum ReportFormat {
    /// An average score to one decimal: "41.5".
    static func score(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    /// A share to three decimals for machines: "0.250".
    static func rate(_ value: Double) -> String {
        String(format: "%.3f", value)
    }

    /// A day as trainers write it, in UTC: "2026-11-04".
    static func day(_ date: Date?) -> String {
        guard let date else { return "" }
        return String(ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate]))
    }

    /// A moment for people, to the minute, in UTC: "2026-11-04 09:30".
    static func minute(_ date: Date) -> String {
        String(moment(date).prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// A moment for machines: "2026-11-04T09:30:00Z".
    static func moment(_ date: Date?) -> String {
        guard let date else { return "" }
        return ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withInternetDateTime])
    }

    /// "2026-11-04" or a full ISO 8601 moment, read as UTC; nil when it is neither.
    static func parseDay(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withFullDate]
        if let day = formatter.date(from: text) { return day }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    static let json: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()
}
