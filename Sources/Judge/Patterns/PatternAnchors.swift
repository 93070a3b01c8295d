/// Which of a group's patterns an answer could match at all, found from the answer's words
/// rather than by trying every pattern: each pattern is filed under the words of its first
/// term, so an answer visits only the patterns one of its words opens. Of the eight hundred
/// patterns of a rulebook, a typical answer opens a few dozen; testing every one of them was
/// most of the time spent on patterns.
struct PatternAnchors: Sendable {
    /// Pattern numbers filed under each stem, word and prefix number of the group's `Lexicon`,
    /// and under each word-class bit.
    private var byStem: [[Int32]] = []
    private var byWord: [[Int32]] = []
    private var byPrefix: [[Int32]] = []
    private var byClass: [[Int32]] = Array(repeating: [], count: 8)
    private(set) var count = 0

    /// Files `pattern` and returns its number.
    mutating func add(_ pattern: CompiledPattern) -> Int32 {
        let number = Int32(count)
        count += 1
        guard let first = pattern.terms.first else { return number }
        func file(_ id: Int32, in table: inout [[Int32]]) {
            if table.count <= Int(id) { table.append(contentsOf: repeatElement([], count: Int(id) + 1 - table.count)) }
            table[Int(id)].append(number)
        }
        for stem in first.stems { file(stem, in: &byStem) }
        for word in first.words { file(word, in: &byWord) }
        for prefix in first.prefixes { file(prefix, in: &byPrefix) }
        for bit in 0..<8 where first.classes & (1 << bit) != 0 { byClass[bit].append(number) }
        return number
    }

    /// The numbers of the patterns whose first term one of the answer's words could be.
    func opened(by encoded: EncodedTokens) -> IDSet {
        var opened = IDSet()
        func open(_ id: Int32, in table: [[Int32]]) {
            guard id >= 0, Int(id) < table.count else { return }
            for number in table[Int(id)] { opened.insert(number) }
        }
        for code in encoded.codes {
            open(code.stem, in: byStem)
            open(code.word, in: byWord)
            for index in Int(code.prefixStart)..<Int(code.prefixEnd) { open(encoded.prefixes[index], in: byPrefix) }
        }
        for bit in 0..<8 where encoded.classes & (1 << bit) != 0 {
            for number in byClass[bit] { opened.insert(number) }
        }
        return opened
    }
}
