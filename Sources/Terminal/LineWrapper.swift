/// Breaks a line into lines no wider than the terminal, between words where it can, with the
/// continuation indented two columns past the line's own indent so a long coaching note still
/// reads as one item. Widths are columns on screen (see `DisplayWidth`), not bytes.
public enum LineWrapper {
    /// `line` as screen lines of at most `width` columns; a word longer than a whole line is
    /// cut where the line ends.
    public static func wrap(_ line: String, width: Int) -> [String] {
        let pieces = DisplayWidth.Piece.split(line)
        guard width > 0, columns(pieces) > width else { return [line] }
        let indent = String(repeating: " ", count: min(leadingSpaces(pieces) + 2, width / 2))
        var lines: [String] = []
        var current = ""
        var used = 0
        var hasWords = false
        var spaces: [DisplayWidth.Piece] = []

        // A continuation starts at its indent: the spaces the break fell on are dropped.
        func breakLine() {
            lines.append(current)
            (current, used, hasWords, spaces) = (indent, indent.count, false, [])
        }

        for word in words(pieces) {
            if word.first?.isSpace == true {
                spaces += word
                continue
            }
            if hasWords, used + columns(spaces) + columns(word) > width { breakLine() }
            if hasWords || lines.isEmpty {
                current += spaces.map(\.text).joined()
                used += columns(spaces)
            }
            spaces = []
            for piece in word {
                if used + piece.width > width, used > indent.count { breakLine() }
                current += piece.text
                used += piece.width
            }
            hasWords = hasWords || columns(word) > 0
        }
        lines.append(current)
        return lines
    }

    private static func columns(_ pieces: [DisplayWidth.Piece]) -> Int {
        pieces.reduce(0) { $0 + $1.width }
    }

    private static func leadingSpaces(_ pieces: [DisplayWidth.Piece]) -> Int {
        pieces.filter { $0.width > 0 }.prefix { $0.isSpace }.count
    }

    /// Runs of spaces and runs of everything else, in order.
    private static func words(_ pieces: [DisplayWidth.Piece]) -> [[DisplayWidth.Piece]] {
        var words: [[DisplayWidth.Piece]] = []
        for piece in pieces {
            if let last = words.last?.last, last.isSpace == piece.isSpace {
                words[words.count - 1].append(piece)
            } else {
                words.append([piece])
            }
        }
        return words
    }
}
