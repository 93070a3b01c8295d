import Foundation
import GRDB

/// The progress store in one SQLite file, in WAL mode so a report can read while a call
/// writes, with a busy timeout so two trainees playing at once both succeed.
public final class SQLiteProgressDatabase: ProgressDatabase {
    public let path: String
    let queue: DatabaseQueue

    /// Opens (creating when missing) the database at `path`, brings its schema up to date and
    /// marks abandoned the calls whose process is gone.
    ///
    /// Two processes creating one new file at the same moment can collide while switching to
    /// WAL or running the first migration; the loser retries after a short pause.
    ///
    /// - Parameter tracing: receives every statement run, arguments filled in: the benchmark
    ///   hands the reports' own SQL to `sqlite3` with it.
    public static func open(at path: String, tracing: (@Sendable (String) -> Void)? = nil) throws -> SQLiteProgressDatabase {
        var attempt = 0
        while true {
            do {
                return try SQLiteProgressDatabase(path: path, tracing: tracing)
            } catch let error as DatabaseError where attempt < 20 && isOpeningRace(error) {
                attempt += 1
                usleep(UInt32(10_000 * attempt + Int.random(in: 0..<10_000)))
            } catch {
                throw StoreError(error, path: path)
            }
        }
    }

    private init(path: String, tracing: (@Sendable (String) -> Void)?) throws {
        self.path = path
        var configuration = Configuration()
        if let tracing {
            configuration.prepareDatabase { db in db.trace { tracing($0.expandedDescription) } }
        }
        configuration.busyMode = .timeout(10)
        configuration.journalMode = .wal
        configuration.label = "callcoach-progress"
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try Schema.migrator.migrate(queue)
        try markCutOffCalls()
    }

    private static func isOpeningRace(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: true
        case .SQLITE_ERROR: error.message?.contains("already exists") == true
        default: false
        }
    }

    /// A write in an immediate transaction: it takes the write lock before reading, so a
    /// concurrent writer makes it wait (busy timeout) rather than fail mid-way.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw StoreError(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// `PRAGMA integrity_check`'s verdict: "ok" for a sound file.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    /// Calls left `running` on this host by a process that is gone become abandoned, ended at
    /// their last answer, keeping every turn; so do exam sittings, ended at their last call.
    private func markCutOffCalls() throws {
        let (running, sittings) = try queue.read { db in
            (try Row.fetchAll(db, sql: "SELECT id, pid FROM sessions WHERE state = 'running' AND host = ?", arguments: [HostName.current]),
             try Row.fetchAll(db, sql: "SELECT id, pid FROM exam_results WHERE state = 'running' AND host = ?", arguments: [HostName.current]))
        }
        let gone: ([Row]) -> [Int64] = { rows in rows.compactMap { row in ProcessLiveness.isPlaying(row["pid"]) ? nil : row["id"] } }
        let (cutOff, cutOffSittings) = (gone(running), gone(sittings))
        guard !cutOff.isEmpty || !cutOffSittings.isEmpty else { return }
        try write { db in
            for id in cutOff {
                try db.execute(sql: """
                    UPDATE sessions SET ended_at = COALESCE((SELECT MAX(answered_at) FROM turns WHERE session_id = sessions.id), started_at)
                    WHERE id = ? AND state = 'running'
                    """, arguments: [id])
                try Writes.markAbandoned(id, db)
            }
            for id in cutOffSittings {
                try db.execute(sql: """
                    UPDATE exam_results SET state = 'abandoned',
                        ended_at = COALESCE((SELECT MAX(ended_at) FROM sessions WHERE exam_result_id = exam_results.id), started_at)
                    WHERE id = ? AND state = 'running'
                    """, arguments: [id])
            }
        }
    }
}
