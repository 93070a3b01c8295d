import Testing
@testable import Judge

@Suite struct HashIndexTests {
    @Test func keepsTheFirstNumberOfEveryKeyThroughGrowth() {
        var table = HashIndex()
        let keys = (0..<5_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for (index, key) in keys.enumerated() { #expect(table.value(for: key, inserting: index) == index) }
        for (index, key) in keys.enumerated() { #expect(table.value(for: key, inserting: -1) == index) }
        #expect(table.count == keys.count)
        #expect(table[keys[4_321]] == 4_321)
        #expect(table[12_345] == nil)
    }

    @Test func keyZeroIsAKeyLikeAnyOther() {
        var table = HashIndex()
        #expect(table[0] == nil)
        _ = table.value(for: 0, inserting: 7)
        #expect(table[0] == 7)
    }

    @Test func wordSetsHoldExactlyTheirWords() {
        let words: WordSet = ["не", "без", "no", "don't"]
        #expect(words.contains("не") && words.contains("без") && words.contains("don't"))
        #expect(!words.contains("нет") && !words.contains("n") && !words.contains("") && !words.contains("dont"))
    }
}
