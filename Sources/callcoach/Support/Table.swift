/// Columns padded to their widest cell, measured in characters so Cyrillic lines up.
enum Table {
    static func print(_ rows: [[String]]) {
        guard let columns = rows.first?.count else { return }
        let widths = (0..<columns).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { index, cell in
                index == columns - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }
            Output.line(cells.joined(separator: "  "))
        }
    }
}
