import Judge
import ScenarioKit

/// One call played over a checked scenario. The host steps it: `start()` once, then
/// `answer(_:)` per line the trainee types and `help(_:)` when they ask for it, each returning
/// the events to show. Deterministic: the same scenario, seed and answers give the same events.
/// The mode's policy lives here, not in the front ends: an exam's events carry no verdict,
/// coaching, state or points until the scorecard.
public struct Session: Sendable {
    public let scenario: Scenario
    public let judge: Judge
    public private(set) var state: SessionState
    private let replyPatterns: PatternSet

    public init(scenario: Scenario, judge: Judge, mode: Mode = .practice, seed: UInt64 = 1,
                provenance: Provenance = Provenance(scenario: "", rulebook: "")) {
        self.scenario = scenario
        self.judge = judge
        state = SessionState(scenario: scenario.id, mode: mode, seed: seed, provenance: provenance,
                             values: scenario.initialState, random: SeededRandom(seed: seed))
        replyPatterns = judge.compile(scenario.steps.flatMap { $0.replies.flatMap(\.when.patterns) })
    }

    /// Resumes a saved call. Refused when the state was saved by another format, for another
    /// scenario, or on other content than `provenance` names: a call is never judged by rules
    /// it was not played on.
    public init(restoring saved: SessionState, scenario: Scenario, judge: Judge, provenance: Provenance) throws(RestoreError) {
        guard saved.version == SessionState.currentVersion else { throw .version(found: saved.version) }
        guard saved.scenario == scenario.id else { throw .scenario(saved: saved.scenario, current: scenario.id) }
        guard saved.provenance == provenance else { throw .provenance(saved: saved.provenance, current: provenance) }
        if let step = saved.step, scenario.step(step) == nil { throw .step(step) }
        self.scenario = scenario
        self.judge = judge
        state = saved
        replyPatterns = judge.compile(scenario.steps.flatMap { $0.replies.flatMap(\.when.patterns) })
    }

    public var mode: Mode { state.mode }
    public var seed: UInt64 { state.seed }
    public var provenance: Provenance { state.provenance }
    public var isFinished: Bool { state.isFinished }

    /// The step waiting for an answer.
    public var currentStep: Step? { state.step.flatMap(scenario.step) }

    /// The counterpart's last line, for `/repeat`.
    public var lastLine: Line? { state.lastLine }

    /// The brief and the counterpart's first line.
    public mutating func start() -> [Event] {
        guard state.step == nil, !state.isFinished, state.turns == 0 else { return [] }
        let cast = scenario.cast.map { Start.Person(id: $0.id, name: $0.name, role: $0.role, about: $0.about) }
        var events: [Event] = [.start(Start(
            scenario: scenario.id, title: scenario.title, language: scenario.language, brief: scenario.brief,
            mode: mode, seed: seed, cast: cast, passMark: scenario.passMark, provenance: provenance))]
        events += enter(step: scenario.startStep)
        return events
    }

    /// Judges one answer and moves the call on.
    public mutating func answer(_ text: String) -> [Event] {
        guard let step = currentStep, !state.isFinished else { return [] }
        if let written = Language.clearly(text), written != scenario.language, !state.toldOtherLanguage {
            state.toldOtherLanguage = true
            return [.notice(CallNotice(kind: .otherLanguage, language: scenario.language))]
        }
        state.turns += 1
        let answeredLine = state.lastLine
        let judgement = judge.judge(text, after: answeredLine?.text ?? "")
        let counterpart = scenario.castMember(step.speaker)?.role ?? .gatekeeper
        let rules = judge.rules(for: judgement, in: Situation(counterpart: counterpart, state: state.values))
        let situation = Situation(counterpart: counterpart, state: state.values, firedRules: Set(rules.map(\.rule)))
        let reply = step.replies.first { reply in
            guard !judgement.unclear || reply.when.listensOnlyToWords else { return false }
            return reply.when.holds(acts: judgement.actIDs, situation: situation, tokens: judgement.tokens,
                                    patterns: replyPatterns, language: scenario.language)
        }
        let reasking = reply == nil && state.reasks < step.otherwise.limit
        let target: Target? = reply?.target.value ?? (reasking ? nil : step.otherwise.then.value)
        let ending: Ending? = if case .ending(let id)? = target { scenario.ending(id) } else { nil }
        let losing = ending.map { $0.outcome != .win } ?? false

        var points = (reply?.points ?? (reasking ? step.otherwise.points : 0)) + rules.reduce(0) { $0 + $1.points }
        rules.forEach { state.record($0) }
        var advice: [Event] = []
        if let coach = reply?.coach { advice.append(coaching(coach, .reply)) }
        // Praise on the answer that lost the call would contradict its ending.
        for rule in rules where !(losing && rule.severity == .good) {
            if let coach = rule.coach { advice.append(coaching(coach, .rule, rule: rule.rule)) }
        }
        var changes = apply(reply?.effects ?? [])

        var rest: [Event] = []
        if reasking {
            state.reasks += 1
            if let coach = step.otherwise.coach { rest.append(coaching(coach, .otherwise)) }
            rest.append(say(step.otherwise.say, speaker: step.speaker, step: step.id, reask: true))
        } else if case .step(let id)? = target {
            rest += enter(step: id)
        } else if let ending {
            points += ending.points
            changes += apply(ending.effects)
            let blamed = reply?.when.rules.first { situation.firedRules.contains($0.value) }?.value
            rest += finish(ending, speaker: step.speaker, blaming: losing ? blamed : nil)
        }
        state.points += points
        let verdict = Verdict(
            turn: state.turns, step: step.id, answer: text, acts: judgement.acts, unclear: judgement.unclear,
            rules: rules, reply: reply?.id, points: points, total: currentScore)
        state.records.append(TurnRecord(
            turn: state.turns, step: step.id, line: answeredLine, answer: text, verdict: verdict,
            state: state.values, help: state.pendingHelp))
        state.pendingHelp = []
        if state.isFinished { rest.append(.scorecard(scorecard())) }
        var events: [Event] = [.verdict(verdict)] + advice
        if !changes.isEmpty { events.append(.state(StateChange(changes: changes))) }
        return visible(events + rest)
    }

    /// A hint (the best model answer) or the step's options in a seeded order. Recorded with
    /// the next answer; refused in an exam.
    public mutating func help(_ kind: Help.Kind) -> [Event] {
        guard let step = currentStep, !state.isFinished else { return [] }
        guard mode != .exam else { return [.notice(CallNotice(kind: .helpRefused))] }
        let answers = kind == .hint ? Array(options.prefix(1)) : shuffledOptions
        guard !answers.isEmpty else { return [.help(Help(kind: kind, step: step.id, answers: []))] }
        state.helpUsed += 1
        state.pendingHelp.append(kind)
        return [.help(Help(kind: kind, step: step.id, answers: answers))]
    }

    /// The trainee left the call: it ends as abandoned with the scorecard so far.
    public mutating func abandon() -> [Event] {
        guard !state.isFinished else { return [] }
        state.outcome = .abandoned
        state.step = nil
        return [.ending(EndingReached(ending: nil, outcome: .abandoned, rule: nil)), .scorecard(scorecard())]
    }

    /// Model answers for the current step, best first.
    public var options: [String] {
        guard let step = currentStep else { return [] }
        return step.replies.enumerated()
            .compactMap { index, reply in reply.example.map { (index, reply.points, $0) } }
            .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
            .map(\.2)
    }

    /// Options in a seeded order that does not reveal which is best; the session's own
    /// randomness is left untouched so asking for options never changes the call.
    private var shuffledOptions: [String] {
        var random = SeededRandom(seed: seed &+ UInt64(state.turns) &* 0x9E37_79B9)
        return options.shuffled(using: &random)
    }

    /// The score as the call stands: bounded while it runs, on its side of the pass mark once
    /// it has ended.
    public var currentScore: Int {
        Scorecard.score(points: state.points, outcome: state.outcome, passMark: scenario.passMark)
    }

    /// What the mode lets the trainee see.
    private func visible(_ events: [Event]) -> [Event] {
        mode == .exam ? events.filter { !$0.revealsJudgement } : events
    }

    private mutating func apply(_ effects: [Effect]) -> [StateChange.Change] {
        var changes: [StateChange.Change] = []
        for effect in effects {
            let name = effect.variable.value
            guard let variable = scenario.variable(name), let previous = state.values[name] else { continue }
            let operand = effect.value.value.evaluate(state.values)
            let value: StateValue = switch (effect.kind, previous, operand) {
            case (.add, .int(let current), .int(let delta)): .int(current.addingReportingOverflow(delta).overflow ? current : current + delta)
            default: operand
            }
            guard value != previous else { continue }
            state.values[name] = value
            let reached = variable.isMilestone && value == .bool(true)
            if reached, !state.milestones.contains(name) { state.milestones.append(name) }
            changes.append(.init(variable: name, value: value, previous: previous, milestone: reached ? (variable.title ?? name) : nil))
        }
        return changes
    }

    private mutating func enter(step id: String) -> [Event] {
        guard let step = scenario.step(id) else { return [] }
        state.step = id
        state.reasks = 0
        return [say(step.say, speaker: step.speaker, step: id, reask: false)]
    }

    /// The ending's last words and lesson; the caller adds the scorecard once the turn's points
    /// are counted.
    private mutating func finish(_ ending: Ending, speaker: String, blaming rule: String?) -> [Event] {
        var events: [Event] = []
        if !ending.say.isEmpty { events.append(say(ending.say, speaker: speaker, step: nil, reask: false)) }
        if let coach = ending.coach { events.append(coaching(coach, .ending)) }
        state.step = nil
        state.outcome = ending.outcome
        state.ending = ending.id
        events.append(.ending(EndingReached(ending: ending.id, outcome: ending.outcome, rule: rule)))
        return events
    }

    private mutating func say(_ variants: [Variant], speaker: String, step: String?, reask: Bool) -> Event {
        // The most specific lines win, as in Yarn Spinner's line groups: variants whose
        // condition holds are said instead of the plain ones; plain ones otherwise.
        let fitting = variants.filter { $0.condition?.value.holds(state.values) ?? false }
        let plain = variants.filter { $0.condition == nil }
        let pool = !fitting.isEmpty ? fitting : (!plain.isEmpty ? plain : variants)
        let variant = pool.isEmpty ? nil : pool[state.random.index(below: pool.count)]
        let line = Line(speaker: speaker, name: scenario.castMember(speaker)?.name ?? speaker, text: variant?.text.value ?? "",
                        step: step, variant: variant?.id ?? "", reask: reask)
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
            score: Scorecard.score(points: state.points, outcome: state.outcome ?? .abandoned, passMark: scenario.passMark),
            passMark: scenario.passMark, points: state.points, answers: state.turns,
            milestones: state.milestones.map { .init(id: $0, title: scenario.variable($0)?.title ?? $0) },
            state: state.values,
            violations: counts.filter(\.severity.isViolation),
            goodMoves: counts.filter { !$0.severity.isViolation },
            helpUsed: state.helpUsed,
            coaching: CoachingPriority.ordered(state.coaching, counts: counts),
            provenance: provenance)
    }
}
