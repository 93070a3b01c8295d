/// A cheap pass over raw text that bounds how deep YAML could nest, before a recursive parser
/// sees it. Block nesting needs at least one column per level, flow nesting one bracket per
/// level, so indentation plus open brackets bounds the depth from above.
enum NestingScan {
    static func firstTooDeep(in text: String, limit: Int) -> (line: Int, column: Int)? {
        var line = 1
        var column = 0
        var indent = 0
        var atLineStart = true
        var flowDepth = 0
        var quote: Unicode.Scalar?
        var inComment = false
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" {
                line += 1; column = 0; indent = 0; atLineStart = true; inComment = false
                if quote == "'" || quote == "\"" , flowDepth == 0 { quote = nil }
                previous = scalar
                continue
            }
            if inComment { continue }
            if atLineStart {
                if scalar == " " || scalar == "-" || scalar == "?" || scalar == ":" {
                    indent += 1
                    if indent > limit * 4 { return (line, column) }
                    previous = scalar
                    continue
                }
                atLineStart = false
            }
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "#" && (previous == " " || previous == "\t") {
                inComment = true
            } else if (scalar == "\"" || scalar == "'") && flowDepth > 0 {
                quote = scalar
            } else if scalar == "[" || scalar == "{" {
                flowDepth += 1
                if flowDepth > limit { return (line, column) }
            } else if scalar == "]" || scalar == "}" {
                flowDepth = max(0, flowDepth - 1)
            }
            previous = scalar
        }
        return nil
    }
}
