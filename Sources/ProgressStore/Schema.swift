import GRDB

/// The database layout, as named migrations that are only ever appended: a database made by
/// an older `callcoach` is brought up to date step by step, and never rebuilt.
/// The tables are meant to be read with `sqlite3` too: `.tables` shows what they hold.
enum Schema {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("trainees") { db in
            try db.execute(sql: """
                CREATE TABLE trainees (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL
                )
                """)
        }
        migrator.registerMigration("exam_results") { db in
            // Ready for exams: one result per exam taken, its calls in `sessions`.
            try db.execute(sql: """
                CREATE TABLE exam_results (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    trainee_id INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
                    exam TEXT NOT NULL,
                    exam_hash TEXT NOT NULL,
                    started_at TEXT NOT NULL,
                    ended_at TEXT,
                    score INTEGER,
                    pass_mark INTEGER NOT NULL,
                    passed INTEGER,
                    result_json TEXT,
                    signature TEXT
                )
                """)
            try db.execute(sql: "CREATE INDEX exam_results_by_trainee ON exam_results(trainee_id, started_at)")
        }
        migrator.registerMigration("sessions") { db in
            try db.execute(sql: """
                CREATE TABLE sessions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    trainee_id INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
                    attempt INTEGER NOT NULL,
                    scenario TEXT NOT NULL,
                    title TEXT NOT NULL,
                    language TEXT NOT NULL,
                    stage TEXT NOT NULL,
                    role TEXT NOT NULL,
                    process TEXT NOT NULL,
                    difficulty INTEGER NOT NULL,
                    scenario_hash TEXT NOT NULL,
                    rulebook_fingerprint TEXT NOT NULL,
                    program_version TEXT NOT NULL,
                    mode TEXT NOT NULL,
                    seed TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('running', 'finished', 'abandoned')),
                    outcome TEXT,
                    ending TEXT,
                    score INTEGER,
                    pass_mark INTEGER NOT NULL,
                    points INTEGER,
                    answers INTEGER NOT NULL DEFAULT 0,
                    funnel INTEGER NOT NULL DEFAULT 0,
                    proposal_trap INTEGER NOT NULL DEFAULT 0,
                    started_at TEXT NOT NULL,
                    ended_at TEXT,
                    pid INTEGER NOT NULL,
                    host TEXT NOT NULL,
                    exam_result_id INTEGER REFERENCES exam_results(id) ON DELETE SET NULL,
                    UNIQUE (trainee_id, attempt)
                )
                """)
            // The engine's own start and scorecard, as JSON, apart from the narrow rows the
            // reports scan.
            try db.execute(sql: """
                CREATE TABLE session_records (
                    session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
                    start_json TEXT NOT NULL,
                    scorecard_json TEXT
                )
                """)
            // `funnel` (the furthest funnel milestone reached: 0 none, 1 gatekeeper passed,
            // 2 decision maker reached, 3 meeting booked) and `proposal_trap` (the trap's rule
            // fired) are kept as turns and milestones are written, so the team report is one
            // pass over this index, which holds every column it reads.
            try db.execute(sql: """
                CREATE INDEX sessions_by_trainee ON sessions(trainee_id, started_at, state, outcome, score, funnel, proposal_trap)
                """)
            try db.execute(sql: "CREATE INDEX sessions_by_start ON sessions(started_at)")
            try db.execute(sql: "CREATE INDEX sessions_running ON sessions(state) WHERE state = 'running'")
        }
        migrator.registerMigration("turns") { db in
            // Append-only: a turn is written once, when it is answered. `record_json` is the
            // engine's TurnRecord as it is; the other columns are what queries read.
            try db.execute(sql: """
                CREATE TABLE turns (
                    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                    turn INTEGER NOT NULL,
                    step TEXT NOT NULL,
                    line TEXT NOT NULL,
                    answer TEXT NOT NULL,
                    acts TEXT NOT NULL,
                    unclear INTEGER NOT NULL,
                    rules TEXT NOT NULL,
                    points INTEGER NOT NULL,
                    total INTEGER NOT NULL,
                    state TEXT NOT NULL,
                    help TEXT NOT NULL,
                    answer_ms INTEGER,
                    answered_at TEXT NOT NULL,
                    record_json TEXT NOT NULL,
                    PRIMARY KEY (session_id, turn)
                )
                """)
            try db.execute(sql: "CREATE INDEX turns_unclear ON turns(answer) WHERE unclear = 1")
        }
        migrator.registerMigration("turn_rules") { db in
            // One row per rule a turn hit: "rules broken most" counts these without reading JSON.
            try db.execute(sql: """
                CREATE TABLE turn_rules (
                    session_id INTEGER NOT NULL,
                    turn INTEGER NOT NULL,
                    rule TEXT NOT NULL,
                    title TEXT NOT NULL,
                    severity TEXT NOT NULL,
                    points INTEGER NOT NULL,
                    PRIMARY KEY (session_id, turn, rule),
                    FOREIGN KEY (session_id, turn) REFERENCES turns(session_id, turn) ON DELETE CASCADE
                )
                """)
        }
        migrator.registerMigration("session_milestones") { db in
            try db.execute(sql: """
                CREATE TABLE session_milestones (
                    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                    milestone TEXT NOT NULL,
                    turn INTEGER NOT NULL,
                    PRIMARY KEY (session_id, milestone)
                )
                """)
        }
        migrator.registerMigration("exam_attempts") { db in
            // What the exam command needs to count attempts and what reports show without the
            // exam's file: the attempt's id (a sitting's provisional row is replaced by its
            // result), its state and figures, the certificate's expiry and the exam's rules of
            // sitting as they were; the process and host find a sitting that was killed.
            for column in [
                "attempt TEXT", "title TEXT NOT NULL DEFAULT ''", "language TEXT NOT NULL DEFAULT ''", "seed TEXT NOT NULL DEFAULT ''",
                "state TEXT NOT NULL DEFAULT 'running'", "wins INTEGER", "valid_until TEXT", "attempts_allowed INTEGER",
                "cool_down INTEGER NOT NULL DEFAULT 0", "pid INTEGER NOT NULL DEFAULT 0", "host TEXT NOT NULL DEFAULT ''",
            ] {
                try db.execute(sql: "ALTER TABLE exam_results ADD COLUMN \(column)")
            }
            try db.execute(sql: "CREATE UNIQUE INDEX exam_results_by_attempt ON exam_results(attempt)")
            try db.execute(sql: "CREATE INDEX sessions_by_exam_result ON sessions(exam_result_id) WHERE exam_result_id IS NOT NULL")
        }
        return migrator
    }()
}
