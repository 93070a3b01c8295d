import Judge
import ScenarioKit

/// One call played over a checked scenario. The host steps it: `start()` once, then
/// `answer(_:)` per line the trainee types, each returning the events to show. Deterministic:
/// the same scenario, seed and answers give the same events.
public struct Session: Sendable {
    public let scenario: Scenario
    public let judge: Judge
    public let mode: Mode
    public let seed: UInt64
    public private(set) var state: SessionState
    private let replyPatterns: PatternSet

    public init(scenario: Scenario, judge: Judge, mode: Mode = .practice, seed: UInt64 = 1) {
        self.scenario = scenario
        self.judge = judge
        self.mode = mode
        self.seed = seed
        state = SessionState(random: SeededRandom(seed: seed))
        replyPatterns = judge.compile(scenario.steps.flatMap { $0.replies.flatMap(\.when.patterns) })
    }

    public var isFinished: Bool { state.isFinished }

    /// The step waiting for an answer.
    public var currentStep: Step? { state.step.flatMap(scenario.step) }

    /// The brief and the counterpart's first line.
    public mutating func start() -> [Event] {
        guard state.step == nil, !state.isFinished else { return [] }
        let cast = scenario.cast.map { Start.Person(id: $0.id, name: $0.name, role: $0.role, about: $0.about) }
        var events: [Event] = [.start(Start(
            scenario: scenario.id, title: scenario.title, language: scenario.language, brief: scenario.brief,
            mode: mode, seed: seed, cast: cast))]
        events += enter(step: scenario.startStep)
        return events
    }

    /// Judges one answer and moves the call on.
    public mutating func answer(_ text: String) -> [Event] {
        guard let step = currentStep, !state.isFinished else { return [] }
        state.turns += 1
        let judgement = judge.judge(text, after: state.lastLine?.text ?? "")
        let situation = Situation(counterpart: speakerRole(step), milestones: Set(state.milestones))
        let rules = judge.rules(for: judgement, in: situation)
        let replyIndex = step.replies.firstIndex { reply in
            guard !judgement.unclear || reply.when.listensOnlyToWords else { return false }
            return reply.when.holds(acts: judgement.actIDs, situation: situation, tokens: judgement.tokens,
                                    patterns: replyPatterns, language: scenario.language)
        }
        let reply = replyIndex.map { step.replies[$0] }
        let points = (reply?.points ?? (state.reasks < step.otherwise.limit ? step.otherwise.points : 0)) + rules.reduce(0) { $0 + $1.points }
        state.points += points
        rules.forEach { state.record($0) }

        var events: [Event] = [.verdict(Verdict(
            turn: state.turns, step: step.id, answer: text, acts: judgement.acts, unclear: judgement.unclear,
            rules: rules, reply: replyIndex, points: points, total: state.points))]
        if let coach = reply?.coach { events.append(coaching(coach, .reply)) }
        for rule in rules {
            if let coach = rule.coach { events.append(coaching(coach, .rule, rule: rule.rule)) }
        }
        if let reply {
            if let milestone = reply.milestone?.value { events += reach(milestone) }
            events += go(to: reply.target.value)
        } else if state.reasks < step.otherwise.limit {
            state.reasks += 1
            if let coach = step.otherwise.coach { events.append(coaching(coach, .otherwise)) }
            events.append(say(step.otherwise.say, speaker: step.speaker, step: step.id, reask: true))
        } else {
            events += go(to: step.otherwise.then.value)
        }
        return events
    }

    /// The trainee left the call: it ends as abandoned with the scorecard so far.
    public mutating func abandon() -> [Event] {
        guard !state.isFinished else { return [] }
        state.outcome = .abandoned
        state.step = nil
        return [.ending(EndingReached(ending: nil, outcome: .abandoned)), .scorecard(scorecard())]
    }

    /// The counterpart's last line, for `/repeat`.
    public var lastLine: Line? { state.lastLine }

    /// Model answers for the current step, best first: what `/hint` and guided options offer.
    public var options: [String] {
        guard let step = currentStep else { return [] }
        return step.replies.enumerated()
            .compactMap { index, reply in reply.example.map { (index, reply.points, $0) } }
            .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
            .map(\.2)
    }

    /// Options in a seeded order that does not reveal which is best; the session's own
    /// randomness is left untouched so asking for options never changes the call.
    public var shuffledOptions: [String] {
        var random = SeededRandom(seed: seed &+ UInt64(state.turns) &* 0x9E37_79B9)
        return options.shuffled(using: &random)
    }

    private func speakerRole(_ step: Step) -> CounterpartRole {
        scenario.castMember(step.speaker)?.role ?? .gatekeeper
    }

    private mutating func go(to target: Target) -> [Event] {
        switch target {
        case .step(let id): enter(step: id)
        case .ending(let id): end(id)
        }
    }

    private mutating func enter(step id: String) -> [Event] {
        guard let step = scenario.step(id) else { return [] }
        state.step = id
        state.reasks = 0
        return [say(step.say, speaker: step.speaker, step: id, reask: false)]
    }

    private mutating func end(_ id: String) -> [Event] {
        guard let ending = scenario.ending(id) else { return [] }
        var events: [Event] = []
        let speaker = currentStep?.speaker ?? scenario.cast.first?.id ?? ""
        if !ending.say.isEmpty { events.append(say(ending.say, speaker: speaker, step: nil, reask: false)) }
        state.points += ending.points
        if let milestone = ending.milestone { events += reach(milestone) }
        if let coach = ending.coach { events.append(coaching(coach, .ending)) }
        state.step = nil
        state.outcome = ending.outcome
        state.ending = id
        events.append(.ending(EndingReached(ending: id, outcome: ending.outcome)))
        events.append(.scorecard(scorecard()))
        return events
    }

    private mutating func reach(_ milestone: String) -> [Event] {
        guard !state.milestones.contains(milestone) else { return [] }
        state.milestones.append(milestone)
        return [.milestone(MilestoneReached(milestone: milestone))]
    }

    private mutating func say(_ variants: [Located<String>], speaker: String, step: String?, reask: Bool) -> Event {
        let text = variants.isEmpty ? "" : variants[state.random.index(below: variants.count)].value
        let line = Line(speaker: speaker, name: scenario.castMember(speaker)?.name ?? speaker, text: text, step: step, reask: reask)
        state.lastLine = line
        return .line(line)
    }

    private mutating func coaching(_ text: String, _ source: Coaching.Source, rule: String? = nil) -> Event {
        let advice = Coaching(text: text, source: source, rule: rule)
        state.coaching.append(advice)
        return .coaching(advice)
    }

    /// The scorecard as the call stands now.
    public func scorecard() -> Scorecard {
        let counts = state.ruleCounts.map {
            Scorecard.RuleCount(rule: $0.hit.rule, title: $0.hit.title, severity: $0.hit.severity, count: $0.count)
        }
        return Scorecard(
            scenario: scenario.id, seed: seed, mode: mode, outcome: state.outcome ?? .abandoned, ending: state.ending,
            score: Scorecard.score(points: state.points), points: state.points, answers: state.turns,
            milestones: state.milestones,
            violations: counts.filter(\.severity.isViolation),
            goodMoves: counts.filter { !$0.severity.isViolation },
            coaching: CoachingPriority.ordered(state.coaching, counts: counts))
    }
}
