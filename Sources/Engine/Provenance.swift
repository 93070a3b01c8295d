/// What a call was played on: the scenario file's SHA-256, the rulebook's fingerprint (its
/// file and example files) and the program version. A recorded call, a resumed session or an
/// exam result names exactly the content it was judged by.
public struct Provenance: Sendable, Codable, Equatable {
    public var scenario: String
    public var rulebook: String
    public var version: String

    public init(scenario: String, rulebook: String, version: String = CallCoachVersion.current) {
        self.scenario = scenario
        self.rulebook = rulebook
        self.version = version
    }
}

/// The program's version, recorded with every call.
public enum CallCoachVersion {
    public static let current = "0.3.0"
}
