/// A fixed set of normalised words, looked up by their FNV-1a hash: the small vocabularies
/// read for every word of every answer (negators, day names, time words). A `Set<String>`
/// hashes each Cyrillic word through Unicode normalisation first, which made these lookups a
/// tenth of judging; the words here are already normalised, so their scalars are hashed as
/// they are.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var index = HashIndex()

    init(_ words: some Sequence<String>) {
        for word in words { _ = index.value(for: HashIndex.key(word.unicodeScalars), inserting: 0) }
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: String) -> Bool {
        index[HashIndex.key(word.unicodeScalars)] != nil
    }
}
