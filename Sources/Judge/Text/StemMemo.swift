/// The stems of the words the examples use, remembered when the judge learns them: most words
/// of an answer are among them, and looking one up by its hash costs a fraction of running
/// the Snowball stemmer on it again (stemming was a tenth of judging).
struct StemMemo: Sendable {
    /// Each word's stable hash (`HashIndex.key`) and its stem, in first-seen order.
    let keys: [UInt64]
    let stems: [String]
    private let index: HashIndex

    init(keys: [UInt64], stems: [String]) {
        self.keys = keys
        self.stems = stems
        var index = HashIndex(capacity: keys.count)
        for (position, key) in keys.enumerated() { _ = index.value(for: key, inserting: position) }
        self.index = index
    }

    /// The distinct words of these analysed texts with their stems.
    init(_ texts: [[Token]]) {
        var keys: [UInt64] = []
        var stems: [String] = []
        var seen = HashIndex()
        for token in texts.joined() {
            let key = HashIndex.key(token.text.unicodeScalars)
            guard seen.value(for: key, inserting: keys.count) == keys.count else { continue }
            keys.append(key)
            stems.append(token.stem)
        }
        self.init(keys: keys, stems: stems)
    }

    func stem(of word: String) -> String? {
        index[HashIndex.key(word.unicodeScalars)].map { stems[$0] }
    }
}
