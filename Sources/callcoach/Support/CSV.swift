/// RFC 4180 text, as spreadsheets and Python's `csv` read it: a field holding a comma, a
/// quote or a line break is quoted, quotes doubled; lines end in CRLF. Small enough to keep
/// here rather than add a dependency.
enum CSV {
    static func text(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
