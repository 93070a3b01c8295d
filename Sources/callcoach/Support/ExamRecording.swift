import Certification
import Engine
import ProgressStore

/// The sitting's calls in the progress store, as `play` records a call: each call is a
/// session pointing at the attempt's `exam_results` row, every answer committed before the
/// next line is shown (the trainee sees no verdict; the store keeps it). A write that fails
/// costs one line on stderr, never the sitting: the attempt itself is already recorded.
final class ExamRecording {
    private let database: SQLiteProgressDatabase
    private let trainee: String
    private let examResult: Int64?
    private let calls: [ScenarioFacts]
    private let warn: (StoreError) -> Void
    private var recorder: CallRecorder?
    private var call = 0
    private var failed = false

    /// - Parameter calls: the drawn scenarios' facts, in the sitting's order.
    init(database: SQLiteProgressDatabase, trainee: String, examResult: Int64?, calls: [ScenarioFacts], warn: @escaping (StoreError) -> Void) {
        self.database = database
        self.trainee = trainee
        self.examResult = examResult
        self.calls = calls
        self.warn = warn
    }

    /// Records a batch about to be shown. One batch may end a call and begin the next: the
    /// events before a `.call` marker belong to the call before it.
    func record(_ outputs: [ExamSitting.Output], _ sitting: ExamSitting) {
        var events: [Event] = []
        for output in outputs {
            switch output {
            case .call(let number, _, _):
                flush(events, sitting)
                events = []
                call = number - 1
                recorder = CallRecorder(database: database, trainee: trainee, scenario: calls[call], examResult: examResult)
            case .event(let event):
                events.append(event)
            case .late:
                break
            }
        }
        flush(events, sitting)
    }

    private func flush(_ events: [Event], _ sitting: ExamSitting) {
        guard !failed, let recorder, call < sitting.sessions.count else { return }
        let session = sitting.sessions[call]
        recorder.record(events, turns: session.state.records, milestones: session.state.milestones)
        if let failure = recorder.failure {
            failed = true
            warn(failure)
        }
    }
}
