/// Durations in exam files: a whole number of seconds, or a number with `s`, `m`, `h` or `d`
/// (`90`, `90s`, `2m`, `24h`, `365d`).
enum Duration {
    static let units: [Character: Int] = ["s": 1, "m": 60, "h": 3600, "d": 86400]

    /// Seconds, or nil when the text is not a duration.
    static func seconds(_ text: String) -> Int? {
        let trimmed = String(text.trimmingWhitespace())
        if let plain = Int(trimmed) { return plain >= 0 ? plain : nil }
        guard let unit = trimmed.last, let factor = units[unit], let count = Int(trimmed.dropLast()), count >= 0,
              !count.multipliedReportingOverflow(by: factor).overflow else { return nil }
        return count * factor
    }
}
