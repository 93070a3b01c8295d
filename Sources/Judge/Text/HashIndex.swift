/// 64-bit hash → number, by open addressing, for the example model's features and the words
/// patterns mention. The keys are already hashes (`key`), so they need no second hashing: a
/// judge looks up a few hundred per answer, and the standard `Dictionary` spent most of that
/// time re-hashing Strings. Two keys with one hash are one key, a chance of about 10⁻¹¹ among
/// the hundred thousand a rulebook has.
struct HashIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    subscript(key: UInt64) -> Int? {
        var slot = Self.slot(key, mask)
        while values[slot] >= 0 {
            if keys[slot] == key { return Int(values[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The number of `key`, given `value` when the table does not hold it yet.
    mutating func value(for key: UInt64, inserting value: Int) -> Int {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.slot(key, mask)
        while values[slot] >= 0 {
            if keys[slot] == key { return Int(values[slot]) }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = Int32(value)
        count += 1
        return value
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.1 >= 0 }
        self = HashIndex(capacity: keys.count)
        for (key, value) in old { _ = self.value(for: key, inserting: Int(value)) }
    }

    /// FNV-1a of `kind` and the scalars: the same in every process (unlike Swift's seeded
    /// `Hasher`), so features can be stored in the model cache.
    static func key(_ scalars: some Sequence<Unicode.Scalar>, kind: UInt64 = 0) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ kind
        for scalar in scalars {
            value = (value ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
        }
        return value
    }

    /// `key([first, second, third], kind:)`, without a collection: a word's character trigrams.
    static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar, _ third: Unicode.Scalar, kind: UInt64) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ kind
        value = (value ^ UInt64(first.value)) &* 0x0000_0100_0000_01B3
        value = (value ^ UInt64(second.value)) &* 0x0000_0100_0000_01B3
        return (value ^ UInt64(third.value)) &* 0x0000_0100_0000_01B3
    }

    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
