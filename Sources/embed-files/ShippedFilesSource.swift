/// The Swift source that gives `ShippedFiles.all` its contents.
enum ShippedFilesSource {
    static func render(_ files: [(path: String, text: String)]) -> String {
        var source = "// Generated at build time by the EmbedScenarios plugin from scenarios/; not kept in git.\n\n"
        source += "extension ShippedFiles {\n    public static let all: [String: String] = [\n"
        for file in files {
            source += "        \(literal(file.path)): \(literal(file.text)),\n"
        }
        if files.isEmpty { source += "        :\n" }
        return source + "    ]\n}\n"
    }

    /// A string literal holding `text` exactly: every character that could end the literal,
    /// start an escape or be changed by the compiler (line breaks, controls) is escaped.
    static func literal(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case _ where scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029:
                literal += "\\u{\(String(scalar.value, radix: 16))}"
            default:
                literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
