import Engine
import Foundation
import ProgressStore
import ScenarioKit
import Terminal

/// `play`'s link to the progress store: every batch the trainee is shown is recorded too. A
/// store that cannot be opened or written (read-only, disk full) costs one line on stderr,
/// never the call.
final class PlayRecording {
    private let recorder: CallRecorder?
    private let ui: UILanguage
    private var warned = false

    init(store: StoreOptions, trainee: String, scenario: Scenario, ui: UILanguage) {
        self.ui = ui
        do {
            let database = try store.open()
            recorder = CallRecorder(database: database, trainee: trainee, scenario: ScenarioFacts(scenario))
        } catch {
            recorder = nil
            warn(error)
        }
    }

    /// Keeps the session's new turns and milestones, and the call's start and end.
    func record(_ session: Session, _ outputs: [CallOutput]) {
        guard let recorder, !warned else { return }
        let events = outputs.compactMap { output -> Event? in if case .event(let event) = output { event } else { nil } }
        recorder.record(events, turns: session.state.records, milestones: session.state.milestones)
        if let failure = recorder.failure { warn(failure) }
    }

    private func warn(_ error: StoreError) {
        warned = true
        Output.error(ui == .ru ? "прогресс не сохраняется: \(error)" : "progress is not being saved: \(error)")
    }
}

extension ScenarioFacts {
    /// What reports group a call by, from its scenario (`play` and every call of an exam).
    init(_ scenario: Scenario) {
        self.init(stage: scenario.stage.rawValue, role: scenario.role.rawValue, process: scenario.process.rawValue,
                  difficulty: scenario.difficulty)
    }
}
