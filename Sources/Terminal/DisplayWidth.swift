/// How many terminal columns text takes: what wrapping has to count, since a byte count makes
/// Cyrillic look twice as long and a character count gets accents and CJK wrong. Combining
/// marks and ANSI colour codes take none, East Asian wide characters and emoji two.
public enum DisplayWidth {
    /// The columns `text` takes on screen.
    public static func of<Text: StringProtocol>(_ text: Text) -> Int {
        Piece.split(text).reduce(0) { $0 + $1.width }
    }

    /// The columns one character takes: the widest of its scalars, so a letter with an accent
    /// takes one and a joined emoji sequence two.
    public static func of(_ character: Character) -> Int {
        character.unicodeScalars.map(width).max() ?? 0
    }

    private static func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .control, .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        return wide.contains { $0.contains(scalar.value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth W and F), coarsely.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x20000...0x3FFFD,
    ]

    /// A character as it lands on screen, or a whole ANSI escape sequence, which lands nowhere.
    struct Piece {
        var text: Substring
        var width: Int
        var isSpace: Bool { width == 1 && text == " " }

        static func split<Text: StringProtocol>(_ text: Text) -> [Piece] {
            let string = Substring(text)
            var pieces: [Piece] = []
            var index = string.startIndex
            while index < string.endIndex {
                let next = string[index] == "\u{1B}" ? escapeEnd(string, from: index) : string.index(after: index)
                let piece = string[index..<next]
                pieces.append(Piece(text: piece, width: piece.first == "\u{1B}" ? 0 : DisplayWidth.of(string[index])))
                index = next
            }
            return pieces
        }

        /// Where a CSI sequence (`ESC [` parameters, then a final letter) started at `start` ends.
        private static func escapeEnd(_ text: Substring, from start: Substring.Index) -> Substring.Index {
            var index = text.index(after: start)
            guard index < text.endIndex, text[index] == "[" else { return index }
            index = text.index(after: index)
            while index < text.endIndex {
                let scalar = text[index].unicodeScalars.first?.value ?? 0
                index = text.index(after: index)
                if (0x40...0x7E).contains(scalar) { break }
            }
            return index
        }
    }
}
