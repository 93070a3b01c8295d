import ScenarioKit

/// Hears acts through the trainer's patterns: an act is heard when one of its patterns
/// matches outside a negation and outside its `except` phrases, and none of its `unless`
/// patterns matches; or when the answer opens with nothing but agreement to a line of the
/// other side that the act's `agreeing-to` patterns match.
struct PatternActDetector: Sendable {
    struct ActPatterns: Sendable {
        var act: ActID
        var patterns: [CompiledPattern]
        /// Each pattern's number among the anchored ones.
        var numbers: [Int32]
        var unless: [CompiledPattern]
        var except: [CompiledPattern]
        var agreeingTo: [CompiledPattern]
        /// Acts whose request in the line rules this one out (`not-after`).
        var notAfter: Set<ActID>
    }

    let language: Language
    let acts: [ActPatterns]
    /// The rulebook's agreement words ("да", "конечно", "will do"), and what takes them back.
    let agreement: [CompiledPattern]
    let agreementUnless: [CompiledPattern]
    /// Words that carry no act ("ну", "sorry?"): an answer of nothing else is unclear.
    let filler: [CompiledPattern]
    /// Whether some act is ruled out by what the line asks (`not-after`), so the line is read
    /// even when the answer does not agree to it.
    private let readsLine: Bool
    private let lexicon: Lexicon
    private let anchors: PatternAnchors

    init(rulebook: Rulebook, language: Language, analyzer: Analyzer) {
        self.language = language
        var lexicon = Lexicon()
        func compile(_ patterns: [Located<Pattern>]?) -> [CompiledPattern] {
            (patterns ?? []).map { CompiledPattern($0.value, location: $0.location, analyzer: analyzer, lexicon: &lexicon) }
        }
        var anchors = PatternAnchors()
        acts = rulebook.acts.map { definition in
            let spec = definition.languages[language]
            let patterns = compile(spec?.patterns)
            return ActPatterns(act: definition.id, patterns: patterns, numbers: patterns.map { anchors.add($0) }, unless: compile(spec?.unless),
                               except: compile(spec?.except), agreeingTo: compile(spec?.agreeingTo), notAfter: Set(definition.notAfter.map(\.value)))
        }
        self.anchors = anchors
        agreement = compile(rulebook.agreement[language]?.opening)
        agreementUnless = compile(rulebook.agreement[language]?.unless)
        filler = compile(rulebook.filler[language])
        readsLine = acts.contains { !$0.notAfter.isEmpty }
        self.lexicon = lexicon
    }

    /// What the patterns say about an answer: acts heard, and acts ruled out by an `unless`
    /// pattern (which the examples cannot bring back either).
    struct Findings {
        var hits: [ActID: ActHit] = [:]
        var ruledOut: Set<ActID> = []
        /// Acts heard only because the answer agreed to the line: no word of the answer says
        /// them, so the examples may overrule them.
        var agreed: Set<ActID> = []
        /// Acts the answer's bare agreement does not carry, because the line asked for
        /// something else: "will do" after "call back after three" promises no proposal,
        /// however much it resembles the examples' "will do" after "email us".
        var agreedToOther: Set<ActID> = []
        /// Acts whose patterns matched but that the line rules out (`not-after`): "Deal: Tuesday
        /// 10am at your office" confirms no booking after "send me a proposal", whatever the
        /// examples of confirmations say.
        var ruledOutByLine: Set<ActID> = []
        /// Acts whose matched words all lie inside an agreeing opening: «ну ок» after «скиньте
        /// прайс» agrees, though the words also sound like giving up.
        var withinAgreement: Set<ActID> = []
        /// The answer is nothing but agreement: no word of it could speak against the line.
        var onlyAgreement = false
        /// The answer says nothing: filler words and bare numbers ("ну", "20", "sorry?").
        var saysNothing = false
    }

    /// Acts whose patterns match outside a negation and whose `unless` patterns do not, in an
    /// answer said after `line` (empty when unknown).
    func detect(_ tokens: [Token], line: [Token] = []) -> Findings {
        var findings = Findings()
        let codes = lexicon.encode(tokens)
        let opened = anchors.opened(by: codes)
        let fillers = covered(by: filler, tokens, codes, upTo: tokens.count)
        if zip(tokens, fillers).allSatisfy({ $0.isNumber || $1 }) {
            findings.saysNothing = true
            return findings
        }
        // The opening agrees (and the line is read) only when there is a line to agree to.
        let agreeing = line.isEmpty ? nil : agreeingOpening(tokens, codes, fillers)
        let opening = agreeing?.takenBack == false ? agreeing?.words : nil
        findings.onlyAgreement = opening?.count == tokens.count
        let lineCodes = line.isEmpty || (agreeing == nil && !readsLine) ? nil : lexicon.encode(line)
        var asked: [ActID: (CompiledPattern, [String])?] = [:]
        /// What the line asks for, by the act's `agreeing-to` patterns: read once per act.
        func request(_ act: ActPatterns) -> (CompiledPattern, [String])? {
            if let known = asked[act.act] { return known }
            guard let encodedLine = lineCodes, !act.agreeingTo.isEmpty, !act.unless.contains(where: { $0.match(encodedLine) != nil }) else {
                asked[act.act] = .some(nil)
                return nil
            }
            let found = agreedLine(act, encodedLine, line)
            asked[act.act] = .some(found)
            return found
        }
        // A line that names a day or time has a meeting in view ("OK, Monday at 9. Send me
        // something first"): what it asks for rules nothing out.
        let lineBooks = line.contains { $0.classes.contains(.when) }
        for act in acts {
            if !lineBooks && act.notAfter.contains(where: { other in acts.first { $0.act == other }.flatMap(request) != nil }) {
                findings.ruledOut.insert(act.act)
                if firstMatch(act, codes, tokens, opened: opened) != nil { findings.ruledOutByLine.insert(act.act) }
                continue
            }
            if act.unless.contains(where: { $0.match(codes) != nil }) {
                findings.ruledOut.insert(act.act)
                continue
            }
            if let (index, positions) = firstMatch(act, codes, tokens, opened: opened) {
                let pattern = act.patterns[index]
                let words = positions.map { tokens[$0].text }
                findings.hits[act.act] = ActHit(
                    act: act.act, confidence: 1,
                    why: "'\(words.joined(separator: " "))' matched the pattern at \(pattern.place)",
                    pattern: pattern.source, place: pattern.place, words: words)
                if let opening, positions[positions.count - 1] < opening.count { findings.withinAgreement.insert(act.act) }
                continue
            }
            // "Sure, though the brochure's pretty generic. Who decides?": the yes is taken back,
            // so what the line asked for is not heard from a resemblance either.
            if agreeing?.takenBack == true, !act.agreeingTo.isEmpty, request(act) != nil {
                findings.agreedToOther.insert(act.act)
                continue
            }
            guard !act.agreeingTo.isEmpty, let words = opening else { continue }
            guard let (pattern, requested) = request(act) else {
                findings.agreedToOther.insert(act.act)
                continue
            }
            findings.hits[act.act] = ActHit(
                act: act.act, confidence: 1,
                why: "'\(words.joined(separator: " "))' agrees to '\(requested.joined(separator: " "))' in the other side's line (the pattern at \(pattern.place))",
                pattern: pattern.source, place: pattern.place, words: words)
            findings.agreed.insert(act.act)
        }
        return findings
    }

    /// The first of the act's `agreeing-to` patterns that the line matches outside a negation,
    /// and the line's words it matched.
    private func agreedLine(_ act: ActPatterns, _ encoded: EncodedTokens, _ line: [Token]) -> (CompiledPattern, [String])? {
        for pattern in act.agreeingTo {
            if let positions = pattern.matches(encoded).first(where: { !Negation.isNegated(line, match: $0, language: language) }) {
                return (pattern, positions.map { line[$0].text })
            }
        }
        return nil
    }

    /// The words of the answer's opening clause when agreement patterns cover every one of
    /// them, filler aside ("Конечно.", "ну да", "ок, договорились", "Sure thing!"), and whether
    /// the answer takes the agreement back ("Да, понимаю. Но…"); nil when the opening says more.
    private func agreeingOpening(_ tokens: [Token], _ codes: EncodedTokens, _ fillers: [Bool]) -> (words: [String], takenBack: Bool)? {
        guard !agreement.isEmpty, !tokens.isEmpty else { return nil }
        let end = FeatureExtractor.openingLength(tokens)
        let agreeing = covered(by: agreement, tokens, codes, upTo: end)
        guard agreeing.contains(true), (0..<end).allSatisfy({ agreeing[$0] || fillers[$0] }) else { return nil }
        return (tokens[..<end].map(\.text), agreementUnless.contains { $0.match(codes) != nil })
    }

    /// Which of the first `end` words lie inside a match of these patterns outside a negation.
    private func covered(by patterns: [CompiledPattern], _ tokens: [Token], _ codes: EncodedTokens, upTo end: Int) -> [Bool] {
        var covered = [Bool](repeating: false, count: end)
        for pattern in patterns {
            for positions in pattern.matches(codes) where positions[positions.count - 1] < end {
                guard !Negation.isNegated(tokens, match: positions, language: language) else { continue }
                for position in positions[0]...positions[positions.count - 1] { covered[position] = true }
            }
        }
        return covered
    }

    /// The first pattern (in rulebook order) with a match that is neither negated nor starts or
    /// ends inside one of the act's `except` phrases, and that match's positions. The ends are
    /// what a match hangs on (the verb of "send … quote", of «прайс … пришлю»): "send me your
    /// volumes and I'll send a quote" is heard at its second "send", "could you send me the
    /// details?" not at all, «прайс, который я пришлю, будет приблизительным» not at all.
    private func firstMatch(_ act: ActPatterns, _ codes: EncodedTokens, _ tokens: [Token], opened: IDSet) -> (Int, [Int])? {
        var excepted: [ClosedRange<Int>]?
        for (index, pattern) in act.patterns.enumerated() where opened.contains(act.numbers[index]) {
            var start = 0
            while let positions = pattern.match(codes, from: start) {
                start = positions[0] + 1
                if Negation.isNegated(tokens, match: positions, language: language) { continue }
                if !act.except.isEmpty {
                    let spans = excepted ?? act.except.flatMap { $0.matches(codes) }.map { $0[0]...$0[$0.count - 1] }
                    excepted = spans
                    if spans.contains(where: { $0.contains(positions[0]) || $0.contains(positions[positions.count - 1]) }) { continue }
                }
                return (index, positions)
            }
        }
        return nil
    }
}
