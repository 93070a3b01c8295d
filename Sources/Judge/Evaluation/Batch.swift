import Dispatch
import Foundation
import ScenarioKit

/// Work over many answers spread on every processor. A judge touches no shared state while it
/// judges, so an evaluation set, a benchmark or a cross-validation fold is split in interleaved
/// slices, one per core, and the results come back in the order of the items.
public enum Batch {
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ work: @escaping @Sendable (Item) -> Result) -> [Result] {
        let slices = min(items.count, ProcessInfo.processInfo.activeProcessorCount)
        guard slices > 1 else { return items.map(work) }
        var results = [Result?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: slices) { slice in
                for index in stride(from: slice, to: items.count, by: slices) {
                    slots.store(work(items[index]), at: index)
                }
            }
        }
        return results.map { $0! }
    }

    /// The results' storage, written by several threads at once: each index by exactly one
    /// slice, and read only after every slice has finished.
    private struct Slots<Result>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Result?>

        func store(_ result: Result, at index: Int) { (base + index).pointee = result }
    }
}

extension Judge {
    /// Verdicts for a batch of answers (each with the other side's line), judged in parallel by
    /// the judge of each answer's language; nil where no judge speaks that language.
    public static func judgeAll(_ answers: [LabelledAnswer], judges: [Language: Judge]) -> [Judgement?] {
        Batch.map(answers) { (answer: LabelledAnswer) in judges[answer.language]?.judge(answer.text, after: answer.counterpart) }
    }
}
