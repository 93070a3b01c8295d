import Foundation
import Judge
import Testing

/// Reference pairs from the Snowball project (see Fixtures/snowball/COPYING).
private func referencePairs(_ language: String, filePath: String = #filePath) throws -> [(word: String, stem: String)] {
    let url = URL(fileURLWithPath: filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/snowball/\(language).tsv")
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
    }
}

private func expectReproduces(_ stemmer: some Stemmer, _ language: String, expectedCount: Int) throws {
    let pairs = try referencePairs(language)
    let total = pairs.count
    let mismatches = pairs.filter { stemmer.stem($0.word) != $0.stem }
    let matched = total - mismatches.count
    let shown = mismatches.prefix(10).map { "\($0.word) → \(stemmer.stem($0.word)), expected \($0.stem)" }
    #expect(total == expectedCount)
    #expect(matched == total, "\(matched)/\(total) matched; first mismatches: \(shown)")
}

@Test func russianReproducesAllSnowballPairs() throws {
    try expectReproduces(RussianStemmer(), "russian", expectedCount: 9957)
}

@Test func englishReproducesAllSnowballPairs() throws {
    try expectReproduces(EnglishStemmer(), "english", expectedCount: 8530)
}

@Test func russianTreatsYoAsYe() {
    let stemmer = RussianStemmer()
    #expect(stemmer.stem("берёзами") == stemmer.stem("березами"))
    #expect(stemmer.stem("ёлочный") == "елочн")
}

@Test func uppercaseInputIsLowercased() {
    #expect(RussianStemmer().stem("СКИДКАМИ") == "скидк")
    #expect(RussianStemmer().stem("Ёлочный") == "елочн")
    #expect(EnglishStemmer().stem("Offering") == "offer")
}

@Test func typographicApostropheActsAsApostrophe() {
    #expect(EnglishStemmer().stem("client’s") == "client")
    #expect(EnglishStemmer().stem("client's") == "client")
}

@Test(arguments: StemmerLanguage.allCases)
func unusualInputIsReturnedSensibly(language: StemmerLanguage) {
    let stemmer = makeStemmer(for: language)
    #expect(stemmer.stem("") == "")
    #expect(stemmer.stem("2024") == "2024")
    #expect(stemmer.stem("🙂") == "🙂")
    #expect(stemmer.stem("'") == "'")
    let otherScript = language == .ru ? "discount" : "скидка"
    #expect(stemmer.stem(otherScript) == otherScript)
    for word in ["ёё", "ь", "'s'", "y", "yy", "ing", "sses", "ied", "ейше", "нн", "skype-звонок", "🙂ing", "e\u{301}"] {
        #expect(stemmer.stem(word).unicodeScalars.count <= word.unicodeScalars.count + 1, "\(word)")
    }
}

@Test func factoryPicksTheLanguage() {
    #expect(makeStemmer(for: .ru).stem("звонили") == "звон")
    #expect(makeStemmer(for: .en).stem("calling") == "call")
}
