import Foundation
import ScenarioKit

/// What a judge learned from a rulebook's examples in one language, as a value that can be
/// stored and restored. Learning takes a noticeable fraction of a second for a few thousand
/// examples; a front end may keep this next to the rulebook (a cache) so the next start skips
/// it. The fingerprint says which examples it was learned from, so a stale copy is never used.
public struct LearnedModel: Sendable {
    public let fingerprint: UInt64
    let language: Language
    let space: FeatureSpace
    let examples: ExampleModel
    let classifier: ActClassifier
    /// The examples' words with their stems, so judging need not stem them again.
    let stems: StemMemo
    /// Per act (in the classifier's order), the share of the examples an act's patterns hear
    /// it in that carry it: the confidence a pattern hit is shown with, measured rather than
    /// assumed; -1 where the patterns heard it in no example.
    let patternPrecision: [Float]

    /// Bumped whenever the stored layout or the features change, so models from older builds
    /// are relearned. The training settings below are part of the fingerprint as well.
    static let formatVersion: UInt32 = 11

    private static var settings: String {
        "\(ActClassifier.epochs) \(ActClassifier.learningRate) \(ActClassifier.regularisation) \(ActClassifier.maximumPositiveWeight) "
            + "\(FeatureExtractor.pairWeight) \(FeatureExtractor.trigramWeight) \(FeatureExtractor.classWeight) \(ExampleModel.neighbours) "
            + "\(FeatureSpace.contextWeight) \(FeatureExtractor.shortOpening) \(ExampleModel.commonShare) \(ExampleModel.commonAtLeast)"
    }

    /// Identifies the examples (and acts) a model is learned from, and the patterns whose
    /// precision it measured on them, in one language.
    public static func fingerprint(of rulebook: Rulebook, in language: Language) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(formatVersion)
        func mix(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3
        }
        mix(language.rawValue)
        mix(settings)
        for act in rulebook.acts {
            mix(act.id.rawValue)
            for example in act.languages[language]?.examples ?? [] { mix(example.value) }
        }
        for act in rulebook.acts {
            let spec = act.languages[language]
            for pattern in [spec?.patterns, spec?.unless, spec?.except, spec?.agreeingTo].compactMap({ $0 }).joined() { mix(pattern.value.source) }
            for other in act.notAfter { mix(other.value.rawValue) }
        }
        mix("agreement")
        for pattern in (rulebook.agreement[language]?.opening ?? []) + (rulebook.agreement[language]?.unless ?? []) + (rulebook.filler[language] ?? []) {
            mix(pattern.value.source)
        }
        mix("noise")
        for noise in rulebook.noise[language] ?? [] { mix(noise.value) }
        mix("answers")
        for answer in rulebook.answers where answer.language == language {
            mix(answer.text)
            mix(answer.counterpart)
            for name in answer.acts.map(\.rawValue).sorted() { mix(name) }
        }
        return hash
    }

    /// The model as bytes: a small header, then the arrays as they lie in memory.
    public func encoded() -> Data {
        var writer = BinaryWriter()
        writer.append(BinaryWriter.magic)
        writer.append(Self.formatVersion)
        writer.append(fingerprint)
        writer.append(language.rawValue)
        writer.append(space.features)
        writer.append(space.inverseDocumentFrequency)
        writer.append(UInt32(examples.examples.count))
        for example in examples.examples {
            writer.append(example.text)
            writer.append(example.acts.map(\.rawValue).sorted().joined(separator: ","))
        }
        writer.append(examples.postingStarts)
        writer.append(examples.postingExamples)
        writer.append(examples.postingWeights)
        writer.append(classifier.acts.map(\.rawValue).joined(separator: ","))
        writer.append(classifier.weights)
        writer.append(classifier.biases)
        writer.append(stems.keys)
        writer.append(stems.stems.joined(separator: "\n"))
        writer.append(patternPrecision)
        return writer.data
    }

    /// A model from bytes `encoded()` wrote; nil for anything else (another format version,
    /// a truncated or foreign file).
    public init?(data: Data) {
        var reader = BinaryReader(data)
        guard reader.readUInt32() == BinaryWriter.magic, reader.readUInt32() == Self.formatVersion,
              let fingerprint = reader.readUInt64(), let languageName = reader.readString(),
              let language = Language(rawValue: languageName),
              let features: [UInt64] = reader.readArray(), let idf: [Float] = reader.readArray(), idf.count == features.count,
              let exampleCount = reader.readUInt32() else { return nil }
        var examples: [ExampleModel.Example] = []
        for _ in 0..<exampleCount {
            guard let text = reader.readString(), let acts = reader.readString() else { return nil }
            examples.append(.init(text: text, acts: Set(acts.split(separator: ",").map { ActID(String($0)) })))
        }
        guard let starts: [Int32] = reader.readArray(), let targets: [Int32] = reader.readArray(), let postingWeights: [Float] = reader.readArray(),
              starts.count == features.count + 1, starts.first == 0, starts.last.map(Int.init) == targets.count,
              postingWeights.count == targets.count, zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
              targets.allSatisfy({ $0 >= 0 && Int($0) < examples.count }) else { return nil }
        guard let actNames = reader.readString() else { return nil }
        let acts = actNames.split(separator: ",").map { ActID(String($0)) }
        guard let weights: [Float] = reader.readArray(), weights.count == features.count * acts.count,
              let biases: [Float] = reader.readArray(), biases.count == acts.count,
              let stemmed: [UInt64] = reader.readArray(), let stems = reader.readString(),
              let precision: [Float] = reader.readArray(), precision.count == acts.count, reader.isAtEnd else { return nil }
        let stemList = stems.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard stemList.count == stemmed.count || (stemmed.isEmpty && stems.isEmpty) else { return nil }
        self.init(
            fingerprint: fingerprint, language: language,
            space: FeatureSpace(language: language, features: features, inverseDocumentFrequency: idf),
            examples: ExampleModel(examples: examples, acts: acts, postingStarts: starts, postingExamples: targets, postingWeights: postingWeights),
            classifier: ActClassifier(acts: acts, weights: weights, biases: biases),
            stems: StemMemo(keys: stemmed, stems: stemmed.isEmpty ? [] : stemList), patternPrecision: precision)
    }

    init(fingerprint: UInt64, language: Language, space: FeatureSpace, examples: ExampleModel, classifier: ActClassifier, stems: StemMemo,
         patternPrecision: [Float]) {
        self.fingerprint = fingerprint
        self.language = language
        self.space = space
        self.examples = examples
        self.classifier = classifier
        self.stems = stems
        self.patternPrecision = patternPrecision
    }

    /// Learns from the rulebook's examples in `language`, and measures there how often the
    /// rulebook's patterns (`detector`) hear an act rightly.
    static func learn(_ rulebook: Rulebook, language: Language, analyzer: Analyzer, detector: PatternActDetector) -> LearnedModel {
        let labelled = RulebookExamples.labelled(rulebook, in: language)
        let phrases = labelled.map { ExampleModel.Example(text: $0.text, acts: $0.acts) }
        let texts = labelled.map { analyzer.tokens($0.text) }
        let contexts = labelled.map { analyzer.tokens($0.counterpart) }
        let (space, queries) = FeatureSpace.build(texts, contexts: contexts, language: language)
        return LearnedModel(
            fingerprint: fingerprint(of: rulebook, in: language), language: language, space: space,
            examples: ExampleModel(examples: phrases, acts: rulebook.acts.map(\.id), vectors: queries.map(\.withContext), featureCount: space.featureCount),
            classifier: ActClassifier(acts: rulebook.acts.map(\.id), labels: phrases.map(\.acts), vectors: queries.map(\.withContext),
                                      featureCount: space.featureCount),
            stems: StemMemo(texts + contexts),
            patternPrecision: precision(of: detector, on: labelled, texts: texts, contexts: contexts, acts: rulebook.acts.map(\.id)))
    }

    /// Of the examples each act's patterns hear it in, the share labelled with it. The patterns
    /// are the trainer's, not fitted to these examples, so the share is a fair measure.
    private static func precision(of detector: PatternActDetector, on labelled: [LabelledAnswer], texts: [[Token]], contexts: [[Token]],
                                  acts: [ActID]) -> [Float] {
        var heard = [Int](repeating: 0, count: acts.count)
        var right = [Int](repeating: 0, count: acts.count)
        for (index, answer) in labelled.enumerated() {
            let hits = detector.detect(texts[index], line: contexts[index]).hits
            for (position, act) in acts.enumerated() where hits[act] != nil {
                heard[position] += 1
                if answer.acts.contains(act) { right[position] += 1 }
            }
        }
        return zip(heard, right).map { $0 == 0 ? -1 : Float($1) / Float($0) }
    }
}
