import ScenarioKit

/// Turns an analysed answer into the sparse features the example model compares: stems (marked
/// when a negation governs them, so "не вышлю" is far from "вышлю"), neighbouring stem pairs for
/// word order, character trigrams for typos and unseen inflections, and day/time classes.
struct FeatureExtractor: Sendable {
    /// How much each kind of feature counts relative to a stem.
    static let pairWeight: Float = 0.7
    static let trigramWeight: Float = 0.35
    static let classWeight: Float = 1.0
    /// Answers that open with a clause this short lean on the other side's line for their
    /// meaning ("ок", "давайте", "Will do. How many boxes a month?"); 4 cross-validated better
    /// than 2 and 3.
    static let shortOpening = 4

    let language: Language

    /// A feature as a 64-bit FNV-1a hash of its kind and scalars: no strings are built per
    /// feature, and the value is the same in every process (unlike Swift's seeded `Hasher`).
    typealias Feature = UInt64

    /// Features with their counts, in the order they first occur: a stable order, so feature
    /// ids (and every floating-point sum over them) are the same in every process.
    func features(_ tokens: [Token]) -> [(feature: Feature, count: Float)] {
        var features = OrderedCounts()
        let negated = negatedPositions(tokens)
        var previous: Feature?
        for (index, token) in tokens.enumerated() {
            let stem = HashIndex.key(token.stem.unicodeScalars, kind: negated[index] ? 2 : 1)
            features.add(stem, 1)
            if let previous, !token.startsClause {
                features.add(Self.combine(previous, stem), Self.pairWeight)
            }
            previous = stem
            for tokenClass in token.classes where tokenClass != .number && tokenClass != .when {
                features.add(HashIndex.key(tokenClass.rawValue.unicodeScalars, kind: 4), Self.classWeight)
            }
            guard !token.isNumber, token.text.unicodeScalars.count >= 3 else { continue }
            // The trigrams of "<word>", rolled along the word without building it.
            var first: Unicode.Scalar = "<"
            var middle: Unicode.Scalar?
            for scalar in token.text.unicodeScalars {
                if let second = middle {
                    features.add(HashIndex.key(first, second, scalar, kind: 5), Self.trigramWeight)
                    first = second
                }
                middle = scalar
            }
            if let second = middle { features.add(HashIndex.key(first, second, ">", kind: 5), Self.trigramWeight) }
        }
        return features.items
    }

    /// The other side's line as context: its stems, and again, marked, when the answer opens
    /// with a short clause, so the classifier can learn that "ок" or "хорошо, а кому?" after
    /// "пришлите КП" agrees to send it while a long answer speaks for itself.
    func contextFeatures(_ line: [Token], openingLength: Int) -> [(feature: Feature, count: Float)] {
        var features = OrderedCounts()
        for token in line where !token.isNumber {
            features.add(HashIndex.key(token.stem.unicodeScalars, kind: 6), 1)
            if openingLength <= Self.shortOpening { features.add(HashIndex.key(token.stem.unicodeScalars, kind: 7), 1) }
        }
        return features.items
    }

    /// Words before the first punctuation break: "Хорошо. А как его зовут?" opens with one.
    static func openingLength(_ tokens: [Token]) -> Int {
        tokens.indices.dropFirst().first { tokens[$0].startsClause } ?? tokens.count
    }

    private static func combine(_ first: Feature, _ second: Feature) -> Feature {
        ((first ^ 0x9E37_79B9_7F4A_7C15) &* 0x0000_0100_0000_01B3) ^ (second &* 31) ^ 3
    }

    /// Tokens inside a negation's scope: the rest of the clause after a negator, at most three words.
    private func negatedPositions(_ tokens: [Token]) -> [Bool] {
        var negated = [Bool](repeating: false, count: tokens.count)
        for index in tokens.indices where Negation.negates(tokens, at: index, language: language) {
            var next = index + 1
            while next < tokens.count, next <= index + Negation.window, !tokens[next].startsClause {
                negated[next] = true
                next += 1
            }
        }
        return negated
    }
}

/// Counts kept in first-seen order.
private struct OrderedCounts {
    private(set) var items: [(feature: FeatureExtractor.Feature, count: Float)] = []
    private var index = HashIndex(capacity: 64)

    mutating func add(_ feature: FeatureExtractor.Feature, _ amount: Float) {
        let position = index.value(for: feature, inserting: items.count)
        if position < items.count {
            items[position].count += amount
        } else {
            items.append((feature, amount))
        }
    }
}
