/// Reads the expression language of conditions and effects: integers, `true`/`false`,
/// variable names (letters, digits, `_`, and `-` between letters: `passed-gatekeeper`),
/// `not`/`!`, unary `-`, `* + -`, comparisons `== != < <= > >=`, `and`/`&&`, `or`/`||` and
/// parentheses. Errors carry the offset of the character they are about, so the loader can
/// point at the exact column of a trainer's file.
public enum ExpressionParser {
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
        /// Characters from the start of the expression's text.
        public var offset: Int
    }

    public static func parse(_ text: String) -> Result<Expression, Failure> {
        do {
            var parser = Parser(tokens: try tokenize(text), end: text.count)
            let expression = try parser.expression(minimum: 1)
            if let extra = parser.peek { throw Failure(message: "unexpected '\(extra.text)' after the expression", offset: extra.offset) }
            return .success(expression)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "\(error)", offset: 0))
        }
    }

    struct Token {
        enum Kind { case number(Int), word(String), symbol(String) }
        var kind: Kind
        var text: String
        var offset: Int
    }

    static func tokenize(_ text: String) throws -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace { index += 1; continue }
            let start = index
            if character.isASCII && character.isNumber {
                while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
                let digits = String(characters[start..<index])
                guard let value = Int(digits) else { throw Failure(message: "number \(digits) is too large", offset: start) }
                tokens.append(Token(kind: .number(value), text: digits, offset: start))
            } else if character.isLetter || character == "_" {
                while index < characters.count {
                    let next = characters[index]
                    if next.isLetter || next.isNumber || next == "_" {
                        index += 1
                    } else if next == "-", index + 1 < characters.count, characters[index + 1].isLetter {
                        index += 1
                    } else {
                        break
                    }
                }
                let word = String(characters[start..<index])
                tokens.append(Token(kind: .word(word), text: word, offset: start))
            } else {
                let pair = index + 1 < characters.count ? String(characters[index...index + 1]) : ""
                if ["==", "!=", "<=", ">=", "&&", "||"].contains(pair) {
                    tokens.append(Token(kind: .symbol(pair), text: pair, offset: start))
                    index += 2
                } else if "<>+-*()!".contains(character) {
                    tokens.append(Token(kind: .symbol(String(character)), text: String(character), offset: start))
                    index += 1
                } else if character == "=" {
                    throw Failure(message: "'=' is not a comparison; write '==' to compare, or use set: to change a value", offset: start)
                } else {
                    throw Failure(message: "unexpected character '\(character)'", offset: start)
                }
            }
        }
        return tokens
    }

    struct Parser {
        var tokens: [Token]
        var end: Int
        var position = 0

        var peek: Token? { position < tokens.count ? tokens[position] : nil }

        mutating func expression(minimum: Int) throws -> Expression {
            var left = try unary()
            while let token = peek, let op = Self.binaryOperator(token), op.precedence >= minimum {
                position += 1
                let right = try expression(minimum: op.precedence + 1)
                left = .binary(op, left, right)
            }
            return left
        }

        mutating func unary() throws -> Expression {
            guard let token = peek else { throw Failure(message: "the expression ends too early", offset: end) }
            switch token.kind {
            case .word("not"), .symbol("!"):
                position += 1
                return .not(try unary())
            case .symbol("-"):
                position += 1
                return .negate(try unary())
            default:
                return try primary()
            }
        }

        mutating func primary() throws -> Expression {
            guard let token = peek else { throw Failure(message: "the expression ends too early", offset: end) }
            position += 1
            switch token.kind {
            case .number(let value):
                return .literal(.int(value))
            case .word("true"):
                return .literal(.bool(true))
            case .word("false"):
                return .literal(.bool(false))
            case .word(let name) where !["and", "or", "not"].contains(name):
                return .variable(name, column: token.offset)
            case .symbol("("):
                let inner = try expression(minimum: 1)
                guard let close = peek, case .symbol(")") = close.kind else {
                    throw Failure(message: "'(' is never closed", offset: token.offset)
                }
                position += 1
                return inner
            default:
                throw Failure(message: "expected a value, a name or '(', found '\(token.text)'", offset: token.offset)
            }
        }

        static func binaryOperator(_ token: Token) -> Expression.BinaryOperator? {
            switch token.kind {
            case .word("and"), .symbol("&&"): .and
            case .word("or"), .symbol("||"): .or
            case .symbol(let symbol): Expression.BinaryOperator(rawValue: symbol)
            default: nil
            }
        }
    }
}
