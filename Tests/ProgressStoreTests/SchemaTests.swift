import Foundation
import GRDB
import ProgressStore
import Testing

@Suite struct SchemaTests {
    @Test func migratesAnEmptyFileToEveryTable() throws {
        let path = StoreFixtures.databasePath()
        let store = try StoreFixtures.open(path)
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
        #expect(tables == ["exam_results", "grdb_migrations", "session_milestones", "session_records", "sessions", "trainees", "turn_rules",
                           "turns"])
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func reopeningAppliesNothingTwiceAndKeepsWAL() throws {
        let path = StoreFixtures.databasePath()
        _ = try StoreFixtures.open(path)
        _ = try StoreFixtures.open(path)
        let (applied, mode) = try DatabaseQueue(path: path).read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations"), try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(applied == 7)
        #expect(mode == "wal")
    }

    @Test func theDefaultFolderIsPrivate() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("callcoach-xdg-\(UUID().uuidString)").path
        let path = StoreLocation.path(option: nil, environment: ["XDG_DATA_HOME": root, "HOME": "/nonexistent"])
        #expect(path == root + "/callcoach/progress.sqlite")
        try StoreLocation.prepareFolder(for: path)
        let mode = try FileManager.default.attributesOfItem(atPath: root + "/callcoach")[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }

    @Test func theOptionWinsOverTheVariableAndTheVariableOverTheDefault() {
        #expect(StoreLocation.path(option: "/a.sqlite", environment: ["CALLCOACH_DB": "/b.sqlite"]) == "/a.sqlite")
        #expect(StoreLocation.path(option: nil, environment: ["CALLCOACH_DB": "/b.sqlite"]) == "/b.sqlite")
        #expect(StoreLocation.path(option: nil, environment: ["HOME": "/home/anna"]) == "/home/anna/.local/share/callcoach/progress.sqlite")
    }

    @Test func aFileThatIsNotADatabaseIsRefusedInOneLine() throws {
        let path = StoreFixtures.databasePath()
        try StoreLocation.prepareFolder(for: path)
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError("\(path) is not a CallCoach progress database, or is damaged")) {
            try SQLiteProgressDatabase.open(at: path)
        }
    }
}

@Suite struct CutOffCallTests {
    @Test func aRunningCallWhoseProcessIsGoneBecomesAbandonedWhenTheStoreOpens() throws {
        let path = StoreFixtures.databasePath()
        let store = try StoreFixtures.open(path)
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let cut = try StoreFixtures.call(store, trainee: "anna", on: 1, answers: [.init(text: "Добрый день"), .init(text: "Соедините")],
                                         outcome: nil, score: 15, pid: gone.processIdentifier)
        let wasWinning = try StoreFixtures.call(store, trainee: "anna", on: 1, answers: [.init(text: "Встречаемся во вторник")],
                                                outcome: nil, score: 85, pid: gone.processIdentifier)
        let playing = try StoreFixtures.call(store, trainee: "anna", on: 2, answers: [.init(text: "Алло")], outcome: nil, score: 0)
        let reopened = try StoreFixtures.open(path)
        #expect(try reopened.review(.id(cut))?.session.state == "abandoned")
        #expect(try reopened.review(.id(cut))?.turns.count == 2)
        #expect(try reopened.review(.id(cut))?.session.score == 15)
        #expect(try reopened.review(.id(wasWinning))?.session.score == 59)
        #expect(try reopened.review(.id(playing))?.session.state == "running")
    }
}
