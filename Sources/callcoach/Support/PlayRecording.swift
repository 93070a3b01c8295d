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
            recorder = CallRecorder(database: database, trainee: trainee, scenario: ScenarioFacts(
                stage: scenario.stage.rawValue, role: scenario.role.rawValue, process: scenario.process.rawValue,
                difficulty: scenario.difficulty))
        } catch {
            recorder = nil
            warn(error)
        }
    }

    func record(_ outputs: [CallOutput]) {
        guard let recorder, !warned else { return }
        var events: [Event] = []
        for output in outputs {
            switch output {
            case .event(let event): events.append(event)
            case .notice(.hint): recorder.helpUsed("hint")
            case .notice(.options): recorder.helpUsed("options")
            case .notice: break
            }
        }
        recorder.record(events)
        if let failure = recorder.failure { warn(failure) }
    }

    private func warn(_ error: StoreError) {
        warned = true
        Output.error(ui == .ru ? "прогресс не сохраняется: \(error)" : "progress is not being saved: \(error)")
    }
}
