/// Type-checks an expression against the declared state, the way a compiler would: every
/// name declared, `and`/`or`/`not` over booleans, arithmetic and ordering over integers,
/// `==`/`!=` between values of one type.
public struct ExpressionChecker: Sendable {
    public let variables: [String: StateType]

    public init(variables: [String: StateType]) {
        self.variables = variables
    }

    /// The expression's type, or the first problem with the offset it concerns.
    public func type(of expression: Expression) -> Result<StateType, ExpressionParser.Failure> {
        switch expression {
        case .literal(let value):
            return .success(value.type)
        case .variable(let name, let column):
            guard let type = variables[name] else {
                let hint = Suggestion.hint(for: name, in: Array(variables.keys).sorted())
                return .failure(.init(message: "unknown state variable '\(name)'\(hint); declare it under state:", offset: column))
            }
            return .success(type)
        case .not(let inner):
            return expect(.bool, inner, "'not'").map { _ in .bool }
        case .negate(let inner):
            return expect(.int, inner, "'-'").map { _ in .int }
        case .binary(let op, let left, let right):
            switch op {
            case .and, .or:
                return expect(.bool, left, "'\(op.rawValue)'").flatMap { _ in expect(.bool, right, "'\(op.rawValue)'") }
            case .equal, .notEqual:
                return type(of: left).flatMap { leftType in
                    type(of: right).flatMap { rightType in
                        leftType == rightType ? .success(.bool)
                            : .failure(.init(message: "'\(op.rawValue)' compares \(leftType.rawValue) with \(rightType.rawValue)", offset: Self.offset(of: right)))
                    }
                }
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                return expect(.int, left, "'\(op.rawValue)'").flatMap { _ in expect(.int, right, "'\(op.rawValue)'") }.map { _ in .bool }
            case .plus, .minus, .times:
                return expect(.int, left, "'\(op.rawValue)'").flatMap { _ in expect(.int, right, "'\(op.rawValue)'") }
            }
        }
    }

    private func expect(_ wanted: StateType, _ expression: Expression, _ what: String) -> Result<StateType, ExpressionParser.Failure> {
        type(of: expression).flatMap { found in
            found == wanted ? .success(found)
                : .failure(.init(message: "\(what) needs \(wanted == .bool ? "a condition (bool)" : "a number (int)"), found \(found.rawValue)", offset: Self.offset(of: expression)))
        }
    }

    /// Where an expression starts, as near as the tree remembers: its first variable.
    static func offset(of expression: Expression) -> Int {
        switch expression {
        case .variable(_, let column): column
        case .not(let inner), .negate(let inner): max(0, offset(of: inner) - 1)
        case .binary(_, let left, _): offset(of: left)
        case .literal: 0
        }
    }
}
