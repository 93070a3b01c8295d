/// Checks that every `next`, `end` and `then` names a step or an ending, and records which.
/// A target written once is checked once: the scenario's default `otherwise` is shared by
/// every step without its own, and its `then` must not be reported once per step.
struct TargetResolution {
    let sink: DiagnosticSink
    let steps: [Step]
    let endings: [Ending]

    func resolve() -> [Step] {
        let stepIDs = Set(steps.map(\.id))
        let endingIDs = Set(endings.map(\.id))
        for id in stepIDs.intersection(endingIDs).sorted() {
            if let ending = endings.first(where: { $0.id == id }) {
                sink.error("'\(id)' is both a step and an ending; give them different names", at: ending.location)
            }
        }
        var resolved: [SourceLocation: Located<Target>] = [:]
        func resolveOnce(_ target: Located<Target>) -> Located<Target> {
            if let known = resolved[target.location] { return known }
            let result = resolve(target, stepIDs: stepIDs, endingIDs: endingIDs)
            resolved[target.location] = result
            return result
        }
        return steps.map { step in
            var step = step
            step.replies = step.replies.map { reply in
                var reply = reply
                reply.target = resolveOnce(reply.target)
                return reply
            }
            step.otherwise.then = resolveOnce(step.otherwise.then)
            return step
        }
    }

    private func resolve(_ target: Located<Target>, stepIDs: Set<String>, endingIDs: Set<String>) -> Located<Target> {
        let all = stepIDs.union(endingIDs)
        switch target.value {
        case .step(let name):
            if stepIDs.contains(name) { return target }
            if endingIDs.contains(name) { return Located(.ending(name), at: target.location) }
            sink.error("'\(name)' names no step or ending\(Suggestion.hint(for: name, in: all))", at: target.location)
        case .ending(let name):
            if endingIDs.contains(name) { return target }
            if stepIDs.contains(name) {
                sink.error("'\(name)' is a step, not an ending; use 'next: \(name)'", at: target.location)
            } else {
                sink.error("'\(name)' names no ending\(Suggestion.hint(for: name, in: endingIDs))", at: target.location)
            }
        }
        return target
    }
}
