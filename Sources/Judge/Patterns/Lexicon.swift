import ScenarioKit

/// The words a group of patterns mentions, numbered, so matching an answer compares integers
/// instead of strings: each answer's tokens are looked up once per group (`encode`), then every
/// pattern of the group tests numbers.
struct Lexicon: Sendable {
    /// Keyed by the words' stable hashes (as the example model's features are): looking a
    /// Russian word up in a `[String: Int32]` spent most of its time normalising it for hashing.
    private var stems = HashIndex()
    private var words = HashIndex()
    /// Prefixes as a trie over Unicode scalars: a token's known prefixes are found in one walk
    /// along its letters, without building a string per length.
    private var children: [[UInt32: Int32]] = [[:]]
    private var prefixIDs: [Int32] = [-1]
    private var prefixCount: Int32 = 0

    mutating func stem(_ stem: String) -> Int32 { Self.intern(stem, in: &stems) }
    mutating func word(_ word: String) -> Int32 { Self.intern(word, in: &words) }

    mutating func prefix(_ prefix: String) -> Int32 {
        var node = 0
        for scalar in prefix.unicodeScalars {
            if let next = children[node][scalar.value] {
                node = Int(next)
            } else {
                children.append([:])
                prefixIDs.append(-1)
                children[node][scalar.value] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        if prefixIDs[node] < 0 {
            prefixIDs[node] = prefixCount
            prefixCount += 1
        }
        return prefixIDs[node]
    }

    /// The numbers of each token's stem, word and known prefixes (-1 when unknown). The
    /// prefixes of all tokens share one array, so matching touches no per-token arrays.
    func encode(_ tokens: [Token]) -> EncodedTokens {
        var encoded = EncodedTokens()
        encoded.codes.reserveCapacity(tokens.count)
        for token in tokens {
            let start = encoded.prefixes.count
            var node = 0
            for scalar in token.text.unicodeScalars {
                guard let next = children[node][scalar.value] else { break }
                node = Int(next)
                if prefixIDs[node] >= 0 { encoded.prefixes.append(prefixIDs[node]) }
            }
            let stem = stems[HashIndex.key(token.stem.unicodeScalars)].map(Int32.init) ?? -1
            let word = words[HashIndex.key(token.text.unicodeScalars)].map(Int32.init) ?? -1
            encoded.stems.insert(stem)
            encoded.words.insert(word)
            for index in start..<encoded.prefixes.count { encoded.prefixSet.insert(encoded.prefixes[index]) }
            encoded.classes |= TokenCode.mask(token.classes)
            encoded.codes.append(TokenCode(
                stem: stem, word: word,
                prefixStart: Int32(start), prefixEnd: Int32(encoded.prefixes.count),
                classes: TokenCode.mask(token.classes), startsClause: token.startsClause, startsSentence: token.startsSentence))
        }
        return encoded
    }

    private static func intern(_ text: String, in table: inout HashIndex) -> Int32 {
        Int32(table.value(for: HashIndex.key(text.unicodeScalars), inserting: table.count))
    }
}

/// An answer's tokens as numbers of one `Lexicon`.
struct EncodedTokens: Sendable {
    var codes: [TokenCode] = []
    /// Every token's known prefixes, one after another; a code says where its own are.
    var prefixes: [Int32] = []
    /// What occurs anywhere in the answer: a pattern one of whose words cannot be found here
    /// is passed over without a search.
    var stems = IDSet()
    var words = IDSet()
    var prefixSet = IDSet()
    var classes: UInt8 = 0

    var count: Int { codes.count }
}

/// A set of small non-negative ids as bits.
struct IDSet: Sendable {
    private var bits: [UInt64] = []

    mutating func insert(_ id: Int32) {
        guard id >= 0 else { return }
        let word = Int(id) >> 6
        if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word - bits.count + 1)) }
        bits[word] |= 1 << UInt64(id & 63)
    }

    func contains(_ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return id >= 0 && word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }
}

/// A token as numbers of one `Lexicon`.
struct TokenCode: Sendable {
    var stem: Int32
    var word: Int32
    var prefixStart: Int32
    var prefixEnd: Int32
    var classes: UInt8
    var startsClause: Bool
    var startsSentence: Bool

    static func mask(_ classes: Set<Pattern.TokenClass>) -> UInt8 {
        classes.reduce(0) { $0 | bit($1) }
    }

    static func bit(_ tokenClass: Pattern.TokenClass) -> UInt8 {
        switch tokenClass {
        case .time: 1
        case .day: 2
        case .when: 4
        case .number: 8
        case .question: 16
        }
    }
}
