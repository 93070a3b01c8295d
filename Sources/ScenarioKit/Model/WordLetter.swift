extension Unicode.Scalar {
    /// Whether this is a letter or digit of a word, as a trainer's pattern and the judge's
    /// normaliser both read words: a table lookup for the Latin and basic Cyrillic alphabets,
    /// which nearly every answer is written in, and Unicode's alphabetic property beyond them.
    public var isWordLetter: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x400...0x45F: true
        case 0..<0x80: false
        default: properties.isAlphabetic
        }
    }
}
