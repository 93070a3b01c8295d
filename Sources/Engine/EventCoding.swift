/// Events encode flat, with a `type` field naming the case, so a line of `play --json`
/// reads `{"type":"line","speaker":…}` rather than Swift's nested enum form.
extension Event: Codable {
    private enum TypeKey: String, CodingKey { case type }

    public init(from decoder: Decoder) throws {
        let type = try decoder.container(keyedBy: TypeKey.self).decode(String.self, forKey: .type)
        switch type {
        case "start": self = .start(try Start(from: decoder))
        case "line": self = .line(try Line(from: decoder))
        case "verdict": self = .verdict(try Verdict(from: decoder))
        case "coaching": self = .coaching(try Coaching(from: decoder))
        case "state": self = .state(try StateChange(from: decoder))
        case "help": self = .help(try Help(from: decoder))
        case "notice": self = .notice(try CallNotice(from: decoder))
        case "ending": self = .ending(try EndingReached(from: decoder))
        case "scorecard": self = .scorecard(try Scorecard(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: TypeKey.type, in: try decoder.container(keyedBy: TypeKey.self), debugDescription: "unknown event type '\(type)'")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: TypeKey.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .start(let value): try value.encode(to: encoder)
        case .line(let value): try value.encode(to: encoder)
        case .verdict(let value): try value.encode(to: encoder)
        case .coaching(let value): try value.encode(to: encoder)
        case .state(let value): try value.encode(to: encoder)
        case .help(let value): try value.encode(to: encoder)
        case .notice(let value): try value.encode(to: encoder)
        case .ending(let value): try value.encode(to: encoder)
        case .scorecard(let value): try value.encode(to: encoder)
        }
    }
}
