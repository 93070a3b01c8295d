/// A condition or a value over the call's named state: `mood >= 2 and not asked_budget`,
/// `objections + 1`. Parsed and type-checked when the scenario loads, so the engine only
/// evaluates expressions that are known to be well typed.
public indirect enum Expression: Sendable, Hashable {
    case literal(StateValue)
    case variable(String, column: Int)
    case not(Expression)
    case negate(Expression)
    case binary(BinaryOperator, Expression, Expression)

    public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
        case or, and
        case equal = "==", notEqual = "!="
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
        case plus = "+", minus = "-", times = "*"

        /// Binding strength: `or` binds loosest, `*` tightest.
        var precedence: Int {
            switch self {
            case .or: 1
            case .and: 2
            case .equal, .notEqual: 3
            case .less, .lessOrEqual, .greater, .greaterOrEqual: 4
            case .plus, .minus: 5
            case .times: 6
            }
        }
    }

    /// Every variable the expression reads, in order of appearance.
    public var variables: [String] {
        switch self {
        case .literal: []
        case .variable(let name, _): [name]
        case .not(let inner), .negate(let inner): inner.variables
        case .binary(_, let left, let right): left.variables + right.variables
        }
    }

    /// The value under `values`. Only called on checked expressions: an unknown variable or a
    /// type mismatch cannot happen, and integer overflow saturates instead of trapping.
    public func evaluate(_ values: [String: StateValue]) -> StateValue {
        switch self {
        case .literal(let value):
            return value
        case .variable(let name, _):
            return values[name] ?? .int(0)
        case .not(let inner):
            return .bool(!(inner.evaluate(values).boolValue ?? false))
        case .negate(let inner):
            let value = inner.evaluate(values).intValue ?? 0
            return .int(value == Int.min ? Int.max : -value)
        case .binary(let op, let left, let right):
            let lhs = left.evaluate(values)
            switch op {
            case .or: return .bool(lhs.boolValue == true || right.evaluate(values).boolValue == true)
            case .and: return .bool(lhs.boolValue == true && right.evaluate(values).boolValue == true)
            case .equal: return .bool(lhs == right.evaluate(values))
            case .notEqual: return .bool(lhs != right.evaluate(values))
            default: break
            }
            let (a, b) = (lhs.intValue ?? 0, right.evaluate(values).intValue ?? 0)
            switch op {
            case .less: return .bool(a < b)
            case .lessOrEqual: return .bool(a <= b)
            case .greater: return .bool(a > b)
            case .greaterOrEqual: return .bool(a >= b)
            case .plus: return .int(Self.saturating(a.addingReportingOverflow(b), a > 0))
            case .minus: return .int(Self.saturating(a.subtractingReportingOverflow(b), a >= 0))
            case .times: return .int(Self.saturating(a.multipliedReportingOverflow(by: b), (a < 0) == (b < 0)))
            default: return .int(0)
            }
        }
    }

    /// Whether the condition holds under `values`.
    public func holds(_ values: [String: StateValue]) -> Bool { evaluate(values).boolValue == true }

    private static func saturating(_ result: (partialValue: Int, overflow: Bool), _ positive: Bool) -> Int {
        result.overflow ? (positive ? Int.max : Int.min) : result.partialValue
    }
}

extension Expression: CustomStringConvertible {
    /// The expression as a trainer would write it, with parentheses only where needed.
    public var description: String { written(outer: 0) }

    private func written(outer: Int) -> String {
        switch self {
        case .literal(let value): return value.description
        case .variable(let name, _): return name
        case .not(let inner): return "not " + inner.written(outer: 7)
        case .negate(let inner): return "-" + inner.written(outer: 7)
        case .binary(let op, let left, let right):
            let text = "\(left.written(outer: op.precedence)) \(op.rawValue) \(right.written(outer: op.precedence + 1))"
            return op.precedence < outer ? "(\(text))" : text
        }
    }
}
