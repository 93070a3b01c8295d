/// A scenario's header as `list` shows it, read without loading the whole call.
public struct LibraryEntry: Sendable, Codable {
    public var id: String
    public var file: String
    public var title: String
    public var language: Language
    public var stage: String
    public var role: String
    public var difficulty: Int
    public var rulebook: String

    /// The file's text, kept so the chosen scenario need not be read twice.
    var source: SourceFile { SourceFile(path: file, text: text) }
    private var text: String

    private enum CodingKeys: String, CodingKey {
        case id, file, title, language, stage, role, difficulty, rulebook
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        file = try container.decode(String.self, forKey: .file)
        title = try container.decode(String.self, forKey: .title)
        language = try container.decode(Language.self, forKey: .language)
        stage = try container.decode(String.self, forKey: .stage)
        role = try container.decode(String.self, forKey: .role)
        difficulty = try container.decode(Int.self, forKey: .difficulty)
        rulebook = try container.decode(String.self, forKey: .rulebook)
        text = ""
    }

    /// The header of a scenario file, or nil when the file is not a scenario (a rulebook, an
    /// exam, a broken file: `lint` reports those).
    static func read(_ file: SourceFile) -> LibraryEntry? {
        guard case .success(let root) = YAMLParser.parse(file), case .mapping(let entries) = root.kind,
              entries.contains(where: { $0.key == "steps" }) else { return nil }
        func field(_ key: String) -> String {
            guard let node = entries.first(where: { $0.key == key })?.value, case .scalar(let value, false) = node.kind else { return "" }
            return value
        }
        guard !field("id").isEmpty, let language = Language(rawValue: field("language")) else { return nil }
        return LibraryEntry(id: field("id"), file: file.path, title: field("title"), language: language, stage: field("stage"),
                            role: field("role"), difficulty: Int(field("difficulty")) ?? 1, rulebook: field("rulebook"), text: file.text)
    }

    private init(id: String, file: String, title: String, language: Language, stage: String, role: String, difficulty: Int, rulebook: String, text: String) {
        self.id = id
        self.file = file
        self.title = title
        self.language = language
        self.stage = stage
        self.role = role
        self.difficulty = difficulty
        self.rulebook = rulebook
        self.text = text
    }
}
