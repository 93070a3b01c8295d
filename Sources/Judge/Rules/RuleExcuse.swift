import ScenarioKit

extension Rule {
    /// The acts of an answer that may excuse it under this rule's `none`: all it carries, less
    /// those of `excused-by-words` that only its resemblance to the examples heard.
    public func excusing(_ judgement: Judgement) -> Set<ActID> {
        let resembled = Set(judgement.acts.filter { $0.pattern == nil }.map(\.act))
        return judgement.actIDs.subtracting(resembled.intersection(excusedByWords))
    }
}
