/// Whole calls written apart from a scenario and its tests, each with the ending a fair coach
/// expects: a play-level measure of the judge and the script on answers nobody tuned them on.
public struct RecordedCalls: Sendable {
    public var file: String
    public var scenario: Located<String>
    public var language: Language
    public var calls: [RecordedCall]
}

/// One call: what the trainee typed, answer by answer, and where the call should end.
public struct RecordedCall: Sendable {
    public var name: String
    public var location: SourceLocation
    public var answers: [String]
    public var ending: Located<String>
    public var seed: UInt64
}
