/// The type of a named state variable. Two are enough for a call's memory: counts and moods
/// are integers, things that happened (a milestone, a question asked) are booleans.
public enum StateType: String, Sendable, Codable, Hashable {
    case int
    case bool
}

/// A state variable's value. Encodes as a bare JSON number or boolean, so a transcript reads
/// `"mood": 2`, not a tagged enum.
public enum StateValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case int(Int)
    case bool(Bool)

    public var type: StateType {
        switch self {
        case .int: .int
        case .bool: .bool
        }
    }

    public var intValue: Int? { if case .int(let value) = self { value } else { nil } }
    public var boolValue: Bool? { if case .bool(let value) = self { value } else { nil } }

    public var description: String {
        switch self {
        case .int(let value): String(value)
        case .bool(let value): value ? "true" : "false"
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else {
            self = .int(try container.decode(Int.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        }
    }
}

/// A variable a scenario declares under `state:`: the call's memory (the counterpart's mood,
/// objections handled, milestones reached), set by replies and endings and read by conditions.
public struct StateVariable: Sendable {
    public var name: String
    public var location: SourceLocation
    public var initial: StateValue
    /// Set for milestones: the words the trainee and the reports see instead of the id.
    public var title: String?
    /// Milestones are booleans that mark progress through the call (gatekeeper passed, meeting
    /// booked); reports count them as the sales funnel.
    public var isMilestone: Bool

    public init(name: String, location: SourceLocation, initial: StateValue, title: String? = nil, isMilestone: Bool = false) {
        self.name = name
        self.location = location
        self.initial = initial
        self.title = title
        self.isMilestone = isMilestone
    }

    public var type: StateType { initial.type }
}

/// A change a reply or an ending makes to the state: `set: {asked_budget: true}` or
/// `add: {mood: 1}`. Values are expressions, type-checked when the scenario loads.
public struct Effect: Sendable {
    public enum Kind: String, Sendable { case set, add }
    public var kind: Kind
    public var variable: Located<String>
    public var value: Located<Expression>

    public init(kind: Kind, variable: Located<String>, value: Located<Expression>) {
        self.kind = kind
        self.variable = variable
        self.value = value
    }
}
