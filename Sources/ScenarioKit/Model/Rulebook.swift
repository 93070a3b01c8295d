/// The act vocabulary and the house rules a judge scores answers by. Shared by every scenario
/// that names it, so the rule of the cold call is written once.
public struct Rulebook: Sendable {
    public var id: String
    public var title: LocalizedText
    public var file: String
    public var acts: [ActDefinition]
    public var rules: [Rule]
    /// Below this confidence an act counts as not heard.
    public var threshold: Double
    /// Answers that carry no act at all (filler, off-topic, gibberish), per language: they teach
    /// the example model what an unclear answer looks like.
    public var noise: [Language: [Located<String>]]
    /// The example files' answers as written, each with the other side's line it replies to:
    /// "ок" after "пришлите КП" agrees to send it, after "перезвоните в понедельник" it agrees to
    /// call back. With the acts' inline examples and the noise, what the judge learns from.
    public var answers: [LabelledAnswer]
    /// How a reply agrees to what the other side just asked, per language: it carries the acts
    /// whose `agreeingTo` lines the other side said.
    public var agreement: [Language: Agreement]
    /// Acts after which a bare agreement agrees to nothing the line asked: "Хорошо, тогда
    /// перезвоню на следующей неделе" answers "пришлите КП" with a callback, not a promise.
    public var agreementNotWith: [Located<ActID>]
    /// The rulebook file's text as loaded, for its fingerprint: a recorded call names the
    /// exact rules it was judged by.
    public var source = ""
    /// Words that carry no act, per language: "ну", "sorry?", «вы меня слышите?». An answer made
    /// of nothing else (or of bare numbers) is unclear and asked again, whatever its line or
    /// the examples suggest; an opening of agreement may hold them («ну да»).
    public var filler: [Language: [Located<Pattern>]]

    public init(id: String, title: LocalizedText, file: String, acts: [ActDefinition], rules: [Rule], threshold: Double,
                noise: [Language: [Located<String>]] = [:], answers: [LabelledAnswer] = [], agreement: [Language: Agreement] = [:], agreementNotWith: [Located<ActID>] = [],
                filler: [Language: [Located<Pattern>]] = [:]) {
        self.id = id
        self.title = title
        self.file = file
        self.acts = acts
        self.rules = rules
        self.threshold = threshold
        self.noise = noise
        self.answers = answers
        self.agreement = agreement
        self.agreementNotWith = agreementNotWith
        self.filler = filler
    }

    public func act(_ id: ActID) -> ActDefinition? { acts.first { $0.id == id } }
    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}

/// A bare agreement in one language: "Конечно. А вам на какую почту?" agrees to send the
/// proposal the other side asked for, though no word of it says "send".
public struct Agreement: Sendable {
    /// Words an agreeing reply opens with ("да", "конечно", "will do"): its whole first clause
    /// must be these.
    public var opening: [Located<Pattern>]
    /// Phrases that take the agreement back anywhere in the answer: "Да, понимаю. Но КП мы
    /// готовим под задачу…" says yes to the objection, not to the request.
    public var unless: [Located<Pattern>]

    public init(opening: [Located<Pattern>], unless: [Located<Pattern>] = []) {
        self.opening = opening
        self.unless = unless
    }
}

/// One act: what it means, and how a trainer recognises it in each language.
public struct ActDefinition: Sendable {
    public var id: ActID
    public var location: SourceLocation
    public var meaning: LocalizedText
    public var languages: [Language: ActLanguage]
    /// Acts that, when heard in the same answer, mean this one was not meant: "до свидания"
    /// after booking a meeting is politeness, not giving up.
    public var notWith: [Located<ActID>]
    /// The confidence the examples need to hear this act when no pattern matched; nil when
    /// they never may (acts that patterns define exactly, such as a named day or time). Acts
    /// whose false alarm costs the trainee dearly (pressure ends the call) ask for more.
    public var examplesAlone: Double?
    /// A matched pattern hears the act even when the examples say otherwise: for the act whose
    /// miss costs the trainee most (agreeing to send a proposal), a trainer's explicit words win.
    public var patternsDecide: Bool
    /// Acts whose request in the other side's line rules this one out: details of a meeting are
    /// not confirmed in reply to "send me a proposal", since nothing is booked yet. A line
    /// asks for an act when one of that act's `agreeing-to` patterns matches it; a line that
    /// names a day or time ("OK, Monday at 9. Send me something first") rules nothing out.
    public var notAfter: [Located<ActID>]
    /// A question alone ("Will he really read it?") carries the act only through a pattern, not
    /// through its resemblance to the examples: a commitment is stated, not asked.
    public var questionsNeedPatterns: Bool
    /// An answer that asks nothing (no question mark) carries the act only through a pattern:
    /// "But they last ten years!" resembles no question, whatever its words share with the
    /// examples of one.
    public var statementsNeedPatterns: Bool

    public init(id: ActID, location: SourceLocation, meaning: LocalizedText, languages: [Language: ActLanguage],
                notWith: [Located<ActID>] = [], examplesAlone: Double? = 0.5, patternsDecide: Bool = false,
                notAfter: [Located<ActID>] = [], questionsNeedPatterns: Bool = false, statementsNeedPatterns: Bool = false) {
        self.id = id
        self.location = location
        self.meaning = meaning
        self.languages = languages
        self.notWith = notWith
        self.examplesAlone = examplesAlone
        self.patternsDecide = patternsDecide
        self.notAfter = notAfter
        self.questionsNeedPatterns = questionsNeedPatterns
        self.statementsNeedPatterns = statementsNeedPatterns
    }
}

/// How an act sounds in one language.
public struct ActLanguage: Sendable {
    /// Phrases that signal the act.
    public var patterns: [Located<Pattern>]
    /// Phrases that cancel the act even when a pattern matched ("не буду высылать").
    public var unless: [Located<Pattern>]
    /// Phrases whose words are not the act, though a pattern may match them: "вышлю сегодня"
    /// names a day but offers no slot, while the rest of the answer still may. Unlike `unless`,
    /// they discount only the words they cover.
    public var except: [Located<Pattern>]
    /// Whole answers that carry the act; the judge generalises from them.
    public var examples: [Located<String>]
    /// Lines of the other side that a bare agreement answers with this act: after "пришлите
    /// КП на почту", "Конечно. А вам на какую почту?" agrees to send it, though no word of the
    /// answer says so. A line the act's `unless` patterns match is not agreed to this way.
    public var agreeingTo: [Located<Pattern>]

    public init(patterns: [Located<Pattern>], unless: [Located<Pattern>], except: [Located<Pattern>] = [], examples: [Located<String>],
                agreeingTo: [Located<Pattern>] = []) {
        self.patterns = patterns
        self.unless = unless
        self.except = except
        self.examples = examples
        self.agreeingTo = agreeingTo
    }
}

/// A house rule over the acts of one answer: points, a severity and the coaching that explains it.
public struct Rule: Sendable, Identifiable {
    public enum Severity: String, Sendable, Codable, CaseIterable {
        /// Loses the call (and fails an exam that lists the rule as critical).
        case critical
        /// A mistake counted on the scorecard.
        case violation
        /// A good move worth praise.
        case good

        /// Critical rules and violations are mistakes, counted on the scorecard as such.
        public var isViolation: Bool { self != .good }
    }

    public var id: String
    public var location: SourceLocation
    public var title: LocalizedText
    public var when: Condition
    public var points: Int
    public var severity: Severity
    public var coach: LocalizedText?
    /// Acts of the condition's `none` that excuse the answer only when its words say them (a
    /// pattern or an agreement), not when it merely resembles the examples of one: "Sure, I'll
    /// send the deck over today" resembles closing a deal, and closes nothing.
    public var excusedByWords: Set<ActID>

    public init(id: String, location: SourceLocation, title: LocalizedText, when: Condition, points: Int, severity: Severity, coach: LocalizedText?,
                excusedByWords: Set<ActID> = []) {
        self.id = id
        self.location = location
        self.title = title
        self.when = when
        self.points = points
        self.severity = severity
        self.coach = coach
        self.excusedByWords = excusedByWords
    }

}
